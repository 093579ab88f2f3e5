import Foundation
import MarrowKit

/// One fuzz target: a name, and a function that runs one input and reports what it broke.
public struct FuzzTarget: Sendable {
    /// The name used on the command line and in `Fuzz/pending.txt` (`text`, `html`, …).
    public let name: String
    /// What it exercises, for `--help`.
    public let summary: String
    /// Runs one input; reports every broken invariant to `harness`.
    let body: @Sendable ([UInt8], inout Harness) -> Void

    /// Every target, in the order `.ci/fuzz` runs them.
    public static let all: [FuzzTarget] = [
        TextTarget.target, HTMLTarget.target, MatchTarget.target, LexiconTarget.target, RecordsTarget.target,
    ]

    /// The target called `name`, if any.
    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Runs inputs through one target and decides what a broken invariant means: a new one stops
/// the process (libFuzzer then saves the input as a crash), a known open one (listed in
/// `Fuzz/pending.txt` with its finding) is counted and reported at exit.
public struct Harness: Sendable {
    /// The target being run.
    public let target: FuzzTarget
    /// Invariants known to be broken on main, as `target/invariant`.
    public let pending: Set<String>
    /// Times each pending invariant broke, and one example of each.
    public private(set) var pendingCounts: [String: Int] = [:]
    public private(set) var pendingExamples: [String: String] = [:]
    /// Inputs run.
    public private(set) var inputs = 0

    /// Creates a harness for `target` that tolerates `pending`.
    public init(target: FuzzTarget, pending: Set<String>) {
        self.target = target
        self.pending = pending
    }

    /// Runs one input.
    public mutating func run(_ bytes: [UInt8]) {
        inputs += 1
        broken = []
        pendingThisInput = []
        target.body(bytes, &self)
        guard !broken.isEmpty else { return }
        if let known = KnownFinding.all.first(where: {
            $0.target == target.name && pending.contains("\(target.name)/\($0.id)") && $0.matches(bytes)
        }) {
            let key = "\(target.name)/\(known.id)"
            pendingCounts[key, default: 0] += 1
            if pendingExamples[key] == nil {
                pendingExamples[key] = ProvenanceCheck.clip(
                    broken.map { "\($0.0): \($0.1)" }.joined(separator: "; "), 400)
            }
            return
        }
        var report = ""
        for (key, detail) in broken {
            report += "\n==marrow-fuzz== INVARIANT BROKEN \(key): \(ProvenanceCheck.clip(detail, 2_000))"
        }
        FileHandle.standardError.write(Data((report + "\n").utf8))
        abort()
    }

    /// The invariants the current input broke that are not pending, and those that are.
    private var broken: [(String, String)] = []
    private var pendingThisInput: Set<String> = []

    /// Reports a broken invariant of `target`: a pending one is counted; any other makes the
    /// process abort once the input is done, after printing everything the input broke.
    mutating func broke(_ invariant: String, _ detail: String) {
        let key = "\(target.name)/\(invariant)"
        if pending.contains(key) {
            if pendingThisInput.insert(key).inserted { pendingCounts[key, default: 0] += 1 }
            if pendingExamples[key] == nil { pendingExamples[key] = ProvenanceCheck.clip(detail, 400) }
            return
        }
        if broken.count < 20 { broken.append((key, detail)) }
    }

    /// Reports every violation of a list.
    mutating func broke(_ violations: [ProvenanceViolation]) {
        for violation in violations { broke(violation.invariant.rawValue, violation.detail) }
    }

    /// A summary of the pending invariants that broke, for the end of a run.
    public var pendingSummary: String {
        guard !pendingCounts.isEmpty else {
            return "==marrow-fuzz== \(target.name): \(inputs) inputs, no pending invariant broke\n"
        }
        var text = "==marrow-fuzz== \(target.name): \(inputs) inputs; known open invariants (Fuzz/pending.txt) broke:\n"
        for (key, count) in pendingCounts.sorted(by: { $0.key < $1.key }) {
            text += "  \(key): \(count) inputs, e.g. \(pendingExamples[key] ?? "")\n"
        }
        return text
    }

    /// Reads `Fuzz/pending.txt`: one `target/invariant` or `target/ID` (a ``KnownFinding``
    /// signature) a line, then the finding it belongs to; `#` starts a comment.
    public static func readPending(_ path: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var keys: Set<String> = []
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if let key = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).first { keys.insert(String(key)) }
        }
        return keys
    }
}

/// The repository the fuzz package was built from, and what the targets share.
enum Shared {
    /// The repository root: two folders above this package's folder.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shipped lexicons, or `$MARROW_LEXICONS`.
    static var lexiconFolder: String { ProcessInfo.processInfo.environment["MARROW_LEXICONS"] ?? root + "/Lexicons" }

    /// The shipped lexicons, compiled once.
    static let lexicon: CompiledLexicon = {
        let (lexicon, problems) = CompiledLexicon.load(folder: lexiconFolder)
        precondition(problems.isEmpty, "lexicons at \(lexiconFolder) have problems: \(problems)")
        return lexicon
    }()

    static let processor = DocumentProcessor(lexicon: lexicon)

    /// The classifier the processor runs, for targets that classify without a cleaner.
    static let classifier = Classifier(lexicon: lexicon)

    /// The number of lines of a text as an editor counts them (a final newline ends the last).
    static func lineCount(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

/// Checks a whole document through the pipeline: clean text, every sentence, every record.
enum DocumentCheck {
    static func run(
        _ document: SourceDocument, processor: DocumentProcessor = Shared.processor, _ harness: inout Harness
    ) {
        let result: DocumentResult
        do {
            result = try processor.process(document)
        } catch let error as MarrowError {
            if error.location?.path != document.path {
                harness.broke("error-located", "error does not name the document: \(error)")
            }
            return
        } catch {
            harness.broke("error-typed", "untyped error \(error)")
            return
        }
        harness.broke(ProvenanceCheck.violations(result, matched: processor.match(result.clean)))
    }
}
