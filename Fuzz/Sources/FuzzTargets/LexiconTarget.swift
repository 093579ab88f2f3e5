import Foundation
import MarrowKit

/// The lexicon loader and compiler: one file of a lexicon folder is replaced by the input, the
/// folder is loaded as `marrow lexicon check` loads it, and the result is compiled and run on an
/// article.
///
/// The folder is a sample of the shipped cue files and spelling list (every section, its first
/// phrases) with a tiny second topic (hay fever) for the concept files, so one run takes
/// milliseconds, not the seconds the full lexicons take to compile under the sanitizers. The first input byte picks the file (every `.lex`,
/// `.cues` and `spelling.txt`); the rest is its content. Every problem must name a file of the
/// folder, and a line of that file when it names one; whatever loads must compile and process
/// the article without breaking provenance.
enum LexiconTarget {
    static let target = FuzzTarget(
        name: "lexicon", summary: "a lexicon file replaced by the input: parser, cross-checks, compiler, pipeline"
    ) { bytes, harness in
        guard let selector = bytes.first else { return }
        let folder = Folder.shared
        let name = folder.names[Int(selector) % folder.names.count]
        let content = Data(bytes.dropFirst())
        let path = folder.path + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: content)
        defer { _ = FileManager.default.createFile(atPath: path, contents: folder.originals[name]) }

        let (lexicon, problems) = CompiledLexicon.load(folder: folder.path)
        let set = lexicon.lexiconSet
        for problem in problems {
            guard problem.code == .lexicon || problem.code == .notFound, let location = problem.location,
                let file = location.path.hasPrefix(folder.path + "/")
                    ? String(location.path.dropFirst(folder.path.count + 1)) : nil,
                folder.names.contains(file)
            else {
                harness.broke("problem-located", "problem does not name a lexicon file: \(problem)")
                continue
            }
            if let line = location.line {
                let lines =
                    file == name ? Shared.lineCount(content) : Shared.lineCount(folder.originals[file] ?? Data())
                if line < 1 || line > lines {
                    harness.broke("problem-line", "\(problem) but \(file) has \(lines) lines")
                }
            }
        }
        _ = set.concepts.map(\.primaryRole)
        let processor = DocumentProcessor(lexicon: lexicon)
        DocumentCheck.run(folder.article, processor: processor, &harness)
    }

    /// A private lexicon folder, made once per process.
    struct Folder: Sendable {
        let path: String
        let names: [String]
        let originals: [String: Data]
        let article: SourceDocument

        /// The second topic's concept files.
        static let concepts: [String: String] = [
            "topic.lex": "concept hay-fever\n  terms: hay fever | allergic rhinitis\n",
            "causes.lex":
                "concept pollen\n  category: allergen\n  terms: pollen | grass pollen | tree pollen\n\nconcept dust-mite\n  terms: dust mite | house dust mites\n",
            "treatments.lex":
                "concept antihistamine\n  category: drug\n  terms: antihistamine | cetirizine\n\nconcept nasal-spray\n  roles: treatment cause\n  terms: nasal spray | steroid nasal spray\n",
            "symptoms.lex": "concept sneezing\n  terms: sneezing\n",
            "diagnostics.lex": "concept skin-prick-test\n  terms: skin prick test\n",
            "conditions.lex": "concept asthma\n  terms: asthma\n",
        ]

        /// The first phrases of every section of a cue file (the first lines of the spelling
        /// list), comments dropped: every section stays, at a fraction of the compile time.
        static func sample(_ text: String, perSection: Int = 6) -> String {
            var kept: [Substring] = []
            var inSection = 0
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
                if line.hasPrefix("[") {
                    kept.append(line)
                    inSection = 0
                } else if inSection < perSection {
                    kept.append(line)
                    inSection += 1
                }
            }
            return kept.joined(separator: "\n") + "\n"
        }

        static let shared: Folder = {
            let source = Shared.lexiconFolder
            let manager = FileManager.default
            // Two files are written per input: in memory when the system has a RAM disk.
            let base = manager.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
            let path = base + "marrow-fuzz-lexicons-\(ProcessInfo.processInfo.processIdentifier)"
            try? manager.removeItem(atPath: path)
            try! manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            var originals: [String: Data] = concepts.mapValues { Data($0.utf8) }
            for name in try! manager.contentsOfDirectory(atPath: source)
            where name.hasSuffix(".cues") || name == "spelling.txt" {
                originals[name] = Data(
                    sample(String(decoding: manager.contents(atPath: source + "/" + name)!, as: UTF8.self)).utf8)
            }
            for (name, data) in originals { _ = manager.createFile(atPath: path + "/" + name, contents: data) }
            let text =
                "Hay fever\n\nWhat causes hay fever?\n\nGrass pollen is the most common trigger of hay fever. House dust mites (HDM) can also cause it.\n\n"
                + "Treatment\n\nAntihistamines such as cetirizine help relieve it. A nasal spray is not always needed. Sneezing is common.\n"
            atexit { try? FileManager.default.removeItem(atPath: Folder.shared.path) }
            return Folder(
                path: path, names: originals.keys.sorted(), originals: originals,
                article: SourceDocument(path: "hay-fever.txt", raw: Array(text.utf8), mediaType: .text))
        }()
    }
}
