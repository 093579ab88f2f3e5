import Foundation

@testable import MarrowKit

/// Paths and shared, compiled-once objects for tests that read the repository's own corpus and
/// lexicons.
public enum Repository {
    /// The package root, found from this file's path.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    public static var corpus: String { root + "/Corpus" }
    public static var lexicons: String { root + "/Lexicons" }

    /// The gold file: `../shared/gold` next to the repository, else the copy in Tests.
    public static var gold: String {
        let shared = root + "/../shared/gold/corpus-claims.jsonl"
        if FileManager.default.fileExists(atPath: shared) { return shared }
        return root + "/Tests/MarrowKitTests/Fixtures/gold/corpus-claims.jsonl"
    }

    /// The shipped lexicons, compiled once.
    public static let lexicon: CompiledLexicon = {
        let (lexicon, problems) = CompiledLexicon.load(folder: lexicons)
        precondition(problems.isEmpty, "shipped lexicons have problems: \(problems)")
        return lexicon
    }()

    public static let processor = DocumentProcessor(lexicon: lexicon)

    /// The corpus articles, as the reader sees them.
    public static func corpusReferences() -> [SourceReference] {
        SourceReader().references(for: [corpus]).references
    }

    /// Every corpus document, processed.
    public static let corpusResults: [DocumentResult] = {
        corpusReferences().map { try! processor.process(try! $0.load()) }
    }()

    /// Every document in a fixture folder whose name ends in `suffix`, processed (documents the
    /// pipeline rejects are left out).
    public static func results(in folder: String, suffix: String) -> [DocumentResult] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(suffix)
        }.sorted()
        return names.compactMap { name in
            try? processor.process(try SourceReference.file(path: folder + "/" + name, origin: SourceOrigin()).load())
        }
    }

    /// The held-out articles, processed.
    public static let heldOutResults = results(in: root + "/Tests/MarrowKitTests/Fixtures/heldout", suffix: ".txt")

    /// The HTML fixtures, processed.
    public static let htmlResults = results(in: root + "/Tests/MarrowKitTests/Fixtures/html", suffix: ".html")

    /// A fresh temporary folder.
    public static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "marrow-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Runs the pipeline on in-memory text with the shipped lexicons.
public func process(text: String, path: String = "test.txt", lexicon: CompiledLexicon = Repository.lexicon) throws
    -> DocumentResult
{
    try DocumentProcessor(lexicon: lexicon).process(SourceDocument(path: path, raw: Array(text.utf8), mediaType: .text))
}
