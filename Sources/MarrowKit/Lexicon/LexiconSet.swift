import Crypto
import Foundation

/// The cue lists the pipeline reads, by file and section, as written.
public struct CueLists: Sendable {
    /// Phrases by section, per cue file name (`roles`, `assertion`, …).
    public var files: [String: [String: [CuePhrase]]] = [:]
    /// The folder the cue files were read from, for diagnostics.
    public var folder: String?

    /// The phrases of `file`'s `[section]`, or none.
    public func phrases(_ file: String, _ section: String) -> [String] {
        files[file]?[section]?.map(\.text) ?? []
    }
}

/// Everything in `Lexicons/`, parsed and checked: concepts, cues, spelling variants, and a version
/// that changes whenever any file does.
public struct LexiconSet: Sendable {
    /// Every concept of every `*.lex` file, in file then line order.
    public var concepts: [Concept]
    /// The cue files.
    public var cues: CueLists
    /// Spelling variants (British → American).
    public var spelling: [String: String]
    /// Spelling patterns, applied to the lexicons' own words when they are compiled.
    public var spellingRules: [SpellingRule]
    /// A short digest of every lexicon file's name and bytes.
    public var version: String

    /// The lexicon folder a command reads: the one named, else `$MARROW_LEXICONS`, else
    /// `Lexicons` in the working folder.
    public static func folder(named: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        named ?? environment["MARROW_LEXICONS"] ?? "Lexicons"
    }

    /// The concept files and the role each one's concepts play by default.
    public static let conceptFiles: [(name: String, role: Role?)] = [
        ("topic.lex", .topic), ("causes.lex", .cause), ("treatments.lex", .treatment),
        ("symptoms.lex", .symptom), ("diagnostics.lex", .diagnostic), ("conditions.lex", .condition),
    ]

    /// The cue files and the sections each may hold.
    public static let cueFiles: [String: Set<String>] = [
        "sections": Set(CueKind.sections(of: "sections")).union([RuleWindows.section]),
        "roles": Set(CueKind.sections(of: "roles")).union(["link.cause", "link.treatment", RuleWindows.section]),
        AssertionLexicon.file: AssertionLexicon.sectionNames,
        "boilerplate": Set<String>([
            "line", "prefix", "contains", "end", "meta.author", "meta.reviewer", "meta.published", "meta.modified",
            "meta.reviewed", "continuation", "html.chrome", "html.comments", "html.content", "byline", "html.byline",
        ]).union((1...12).map { "date.month.\($0)" }),
        "segmentation": [
            "abbreviation", "determiner", "clause", "subordinator", "relative", "prefix", "auxiliary", "passive",
            "of-form",
            "phrase-word",
        ],
        Morphology.file: Morphology.sections,
    ]

    /// Cue files a lexicon may leave out (without `morphology.cues` terms get no derived forms).
    public static let optionalCueFiles: Set<String> = [Morphology.file]

    /// Creates a set from parts (tests build small topics this way).
    public init(
        concepts: [Concept], cues: CueLists, spelling: [String: String] = [:], spellingRules: [SpellingRule] = [],
        version: String = "test"
    ) {
        self.concepts = concepts
        self.cues = cues
        self.spelling = spelling
        self.spellingRules = spellingRules
        self.version = version
    }

    /// Loads and checks every file of a lexicon folder.
    ///
    /// To compile the set as well, use ``CompiledLexicon/load(folder:)``: it checks and compiles
    /// with one expansion of the terms, where this and ``CompiledLexicon/init(_:)`` make one each.
    ///
    /// - Parameter folder: the `Lexicons/` folder.
    /// - Returns: the set, and every problem found (an empty list means the folder is valid).
    ///   The set is still returned when there are problems, built from what did parse.
    public static func load(folder: String) -> (set: LexiconSet, problems: [MarrowError]) {
        let (set, problems) = read(folder: folder)
        return (set, problems + set.problems(compiler: LexiconCompiler(set: set)))
    }

    /// Each concept's display name by id, from the lexicons of `folder` parsed but not compiled (a
    /// folder with problems still names what it can; the first of two concepts with one id wins).
    public static func conceptNames(folder: String) -> [String: String] {
        Dictionary(read(folder: folder).set.concepts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads and parses every file of a lexicon folder, with the problems each file has on its
    /// own, but none of the checks that span files (``load(folder:)`` adds those): enough to name
    /// the concepts, and much cheaper, since nothing is tokenized.
    ///
    /// - Parameter folder: the `Lexicons/` folder.
    /// - Returns: the set, built from what did parse, and the problems of single files.
    public static func read(folder: String) -> (set: LexiconSet, problems: [MarrowError]) {
        var problems: [MarrowError] = []
        var concepts: [Concept] = []
        var cues = CueLists()
        var spelling: [String: String] = [:]
        var spellingRules: [SpellingRule] = []
        var digestInput: [UInt8] = []
        let parser = LexiconParser()
        let fileManager = FileManager.default

        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (
                LexiconSet(concepts: [], cues: cues, version: "none"),
                [
                    MarrowError(
                        .notFound, "no lexicon folder here (set --lexicons or MARROW_LEXICONS)",
                        at: SourceLocation(path: folder))
                ]
            )
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        func read(_ name: String) -> String? {
            let path = folder + "/" + name
            guard let data = fileManager.contents(atPath: path) else { return nil }
            digestInput.append(contentsOf: Array(name.utf8) + [0] + [UInt8](data) + [0])
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(MarrowError(.lexicon, "file is not valid UTF-8", at: SourceLocation(path: path)))
                return nil
            }
            return text
        }
        let known = Dictionary(uniqueKeysWithValues: conceptFiles.map { ($0.name, $0.role) })
        for name in names {
            let path = folder + "/" + name
            if name.hasSuffix(".lex") {
                guard let text = read(name) else { continue }
                let (parsed, errors) = parser.parseConcepts(text, file: path, defaultRole: known[name] ?? nil)
                concepts += parsed
                problems += errors
            } else if name.hasSuffix(".cues") {
                let base = String(name.dropLast(5))
                guard let allowed = cueFiles[base] else {
                    problems.append(
                        MarrowError(
                            .lexicon,
                            "unknown cue file; expected one of \(cueFiles.keys.sorted().map { $0 + ".cues" }.joined(separator: ", "))",
                            at: SourceLocation(path: path)))
                    continue
                }
                guard let text = read(name) else { continue }
                let (sections, errors) = parser.parseCues(text, file: path, allowedSections: allowed)
                cues.files[base] = sections
                problems += errors
            } else if name == "spelling.txt" {
                guard let text = read(name) else { continue }
                let (map, rules, errors) = parser.parseSpelling(text, file: path)
                spelling = map
                spellingRules = rules
                problems += errors
            }
        }
        for (name, _) in conceptFiles where name != "conditions.lex" && !names.contains(name) {
            problems.append(
                MarrowError(.lexicon, "missing concept file \(name)", at: SourceLocation(path: folder + "/" + name)))
        }
        for base in cueFiles.keys.sorted() where !names.contains(base + ".cues") && !optionalCueFiles.contains(base) {
            problems.append(
                MarrowError(
                    .lexicon, "missing cue file \(base).cues", at: SourceLocation(path: folder + "/" + base + ".cues")))
        }
        if !concepts.contains(where: { $0.roles.contains(.topic) }) {
            problems.append(
                MarrowError(
                    .lexicon, "no concept with role 'topic': the knowledge base needs a topic",
                    at: SourceLocation(path: folder + "/topic.lex")))
        }
        let digest = SHA256.hash(data: digestInput).map { String(format: "%02x", $0) }.joined()
        cues.folder = folder
        let set = LexiconSet(
            concepts: concepts, cues: cues, spelling: spelling, spellingRules: spellingRules,
            version: String(digest.prefix(12)))
        return (set, problems)
    }

    /// The checks ``load(folder:)`` adds to ``read(folder:)``'s: those that span files, and the
    /// rule windows every cue file must set.
    ///
    /// - Parameter termSequences: each term's key sequences (``TermExpansion/termSequences``), when
    ///   they are known already; nil: made here.
    func problems(compiler: LexiconCompiler, termSequences: [[[[String]]]]? = nil) -> [MarrowError] {
        crossCheck(compiler: compiler, termSequences: termSequences) + RuleWindows.read(cues, requireAll: true).problems
    }

    /// Problems that span files: duplicate ids, a term shared by two concepts of one role,
    /// phrases that normalise to nothing. `compiler` is the set's own; `termSequences`, when
    /// given, each concept's terms' key sequences as `compiler.keySequences` makes them.
    func crossCheck(compiler: LexiconCompiler, termSequences: [[[[String]]]]? = nil) -> [MarrowError] {
        var problems: [MarrowError] = []
        // Owners by index into `concepts`: a `Concept` value copied into every slot costs a retain
        // of each of its strings and arrays.
        var ids: [String: Int] = [:]
        var termOwners: [String: Int] = [:]
        ids.reserveCapacity(concepts.count)
        for (conceptIndex, concept) in concepts.enumerated() {
            if let first = ids[concept.id].map({ concepts[$0] }) {
                problems.append(
                    MarrowError(
                        .lexicon, "duplicate concept id '\(concept.id)' (first defined at \(first.file):\(first.line))",
                        at: SourceLocation(path: concept.file, line: concept.line)))
            }
            ids[concept.id] = conceptIndex
            for (termIndex, term) in concept.terms.enumerated() {
                for keys in termSequences?[conceptIndex][termIndex] ?? compiler.keySequences(term) {
                    if keys.isEmpty {
                        problems.append(
                            MarrowError(
                                .lexicon, "term '\(term)' of '\(concept.id)' has no words",
                                at: SourceLocation(path: concept.file, line: concept.line)))
                        continue
                    }
                    for role in concept.roles {
                        let slot = role.rawValue + "\u{0}" + keys.joined(separator: " ")
                        if let owner = termOwners[slot].map({ concepts[$0] }), owner.id != concept.id {
                            problems.append(
                                MarrowError(
                                    .lexicon,
                                    "term '\(term)' of '\(concept.id)' also names '\(owner.id)' (\(owner.file):\(owner.line)) in role \(role.rawValue)",
                                    at: SourceLocation(path: concept.file, line: concept.line)))
                        }
                        termOwners[slot] = conceptIndex
                    }
                }
            }
        }
        var modifierOwners: [String: Concept] = [:]
        for concept in concepts {
            for word in concept.modifiers {
                let keys = compiler.cueKeys(word)
                if keys.count != 1 {
                    problems.append(
                        MarrowError(
                            .lexicon, "modifier '\(word)' of '\(concept.id)' must be one word",
                            at: SourceLocation(path: concept.file, line: concept.line)))
                } else if let owner = modifierOwners[keys[0]], owner.id != concept.id {
                    problems.append(
                        MarrowError(
                            .lexicon,
                            "modifier '\(word)' of '\(concept.id)' is also a modifier of '\(owner.id)' (\(owner.file):\(owner.line))",
                            at: SourceLocation(path: concept.file, line: concept.line)))
                } else {
                    modifierOwners[keys[0]] = concept
                }
            }
        }
        problems += AssertionLexicon.problems(in: cues)
        problems += Morphology.read(cues).problems
        for (file, sections) in cues.files.sorted(by: { $0.key < $1.key })
        where file != "boilerplate" && file != Morphology.file {
            for (section, phrases) in sections.sorted(by: { $0.key < $1.key })
            where section != RuleWindows.section
                && !(file == AssertionLexicon.file && AssertionLexicon.settingSections.contains(section))
            {
                for phrase in phrases where compiler.cueKeys(phrase.text).isEmpty {
                    problems.append(
                        MarrowError(
                            .lexicon, "cue '\(phrase.text)' in [\(section)] has no words",
                            at: SourceLocation(
                                path: (cues.folder.map { $0 + "/" } ?? "") + file + ".cues", line: phrase.line)))
                }
            }
        }
        return problems
    }
}
