import ArgumentParser
import Foundation
import MarrowKit

@main
struct Marrow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marrow",
        abstract: "Turn health articles into an auditable knowledge base of cause and treatment claims.",
        discussion: """
            Marrow cleans scraped text articles and HTML pages, finds the causes and treatments they name for the topic in Lexicons/, \
            classifies each mention (role; affirmed, negated or hedged) and keeps every claim tied to the exact bytes of its source.

            Typical use: 'marrow rebuild' builds the knowledge base from Corpus/; 'marrow ingest new-articles/' adds or updates \
            articles; 'marrow audit CONCEPT' shows who says what about a concept, word for word; 'marrow extract article.txt' \
            prints evidence as JSON Lines without a knowledge base.

            Environment: MARROW_KB names the knowledge base file, MARROW_LEXICONS the lexicon folder.
            """,
        version: MarrowVersion.description,
        subcommands: [
            Rebuild.self, Ingest.self, Load.self, Merge.self, Extract.self, CleanCommand.self, Audit.self, Claims.self,
            Report.self,
            Verify.self, Status.self, Remove.self, Explain.self, Eval.self, LexiconCommand.self,
        ])
}

/// The version `marrow --version` prints.
enum MarrowVersion {
    static let number = "0.3.0"
    static var description: String { "marrow \(number) (record schema \(EvidenceRecord.schemaVersion))" }
}

/// Where the lexicons are.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The lexicon folder.", discussion: "Defaults to $MARROW_LEXICONS, else ./Lexicons.", valueName: "folder"))
    var lexicons: String?

    var folder: String { LexiconSet.folder(named: lexicons) }

    /// Each concept's display name by id (``LexiconSet/conceptNames(folder:)``).
    func conceptNames() -> [String: String] { LexiconSet.conceptNames(folder: folder) }

    /// Loads and compiles the lexicons, failing with every problem listed.
    func load() throws -> CompiledLexicon {
        let (lexicon, problems) = CompiledLexicon.load(folder: folder)
        guard problems.isEmpty else {
            for problem in problems { Diagnostics.print(problem) }
            Diagnostics.note(LexiconCheck.failureNote(problems: problems.count, folder: folder))
            throw ExitCode(2)
        }
        // A command loads the lexicon once and uses it to the end: it is kept alive past the command
        // so the process exits without freeing its ≈100k tables one by one (≈3% of start-up).
        _ = Unmanaged.passRetained(lexicon)
        return lexicon
    }
}

/// Options every pipeline command shares.
struct PipelineOptions: ParsableArguments {
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: [.short, .long], help: "How many documents to process at once (output is identical at any value).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(
        name: .customLong("progress"), inversion: .prefixedNo,
        help: "Show progress on standard error (default: on when it is a terminal).")
    var progressFlag: Bool?

    /// Whether to show progress: as asked, else when standard error is a terminal.
    var progress: Bool { progressFlag ?? Console.isTerminal }

    /// Where a run's steps go: the progress line when progress is shown, else nowhere.
    var step: @Sendable (RunProgress) -> Void {
        let shown = progress
        return { if shown { Console.shared.progress($0) } }
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// Loads and compiles the lexicons.
    func loadLexicon() throws -> CompiledLexicon { try lexiconOptions.load() }
}

extension ValidationError {
    /// Refuses a negative count given to `flag` (a count of 0 asks for none).
    static func count(_ value: Int, of flag: String) throws {
        guard value >= 0 else { throw ValidationError("\(flag) must be 0 or more, not \(value)") }
    }
}

/// The knowledge-base location option.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The knowledge base file.", discussion: "Defaults to $MARROW_KB, else ./.marrow/knowledge.sqlite.",
            valueName: "file"))
    var kb: String?

    var path: String { KnowledgeBase.path(named: kb) }

    /// Opens the knowledge base for reading only, printing the error in the standard shape when it cannot.
    func openForReading() throws -> KnowledgeBase {
        try open(.readOnly)
    }

    /// Opens the knowledge base for writing (creating it when asked).
    func openForWriting(create: Bool) throws -> KnowledgeBase {
        try open(.readWrite(create: create))
    }

    private func open(_ access: KnowledgeBase.Access) throws -> KnowledgeBase {
        do {
            return try KnowledgeBase(path: path, access: access, waiting: Diagnostics.note)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
    }
}

/// Prints diagnostics on standard error in the `path:line: error: message` shape.
enum Diagnostics {
    static func print(_ error: MarrowError) {
        Console.shared.error(TerminalText.escape(error.description) + "\n")
    }

    static func note(_ message: String) {
        Console.shared.error("note: " + TerminalText.escape(message) + "\n")
    }
}

/// Writes to standard output.
enum Output {
    static func write(_ text: String) {
        Console.shared.clearProgress()
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        Console.shared.clearProgress()
        FileHandle.standardOutput.write(data)
    }

    /// Writes `bytes` as they are, without copying them into a `Data` first.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            // The `Data` borrows the array's storage only for this synchronous write.
            write(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }
}

/// Where a report goes: a file (written beside its final name and moved into place when
/// complete, then named on standard output with its size) or standard output.
final class ReportOutput {
    let file: PartialFile?

    init(path: String?) throws {
        do {
            file = try path.map(PartialFile.init)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
    }

    func write(_ text: String) throws { try write(Data(text.utf8)) }

    func write(_ data: Data) throws {
        guard let file else { return Output.write(data) }
        do {
            try file.write(data)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
    }

    /// Finishes the file and says what it holds.
    func finish(describing what: String) throws {
        guard let file else { return }
        do {
            try file.finish()
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
        Output.write("wrote \(what) to \(TerminalText.escape(file.path)) (\(ByteCount.text(file.count)))\n")
    }
}
