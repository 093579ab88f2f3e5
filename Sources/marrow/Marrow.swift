import ArgumentParser
import Foundation
import MarrowKit

@main
struct Marrow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marrow",
        abstract: "Turn health articles into an auditable knowledge base of cause and treatment claims.",
        discussion: """
            Marrow cleans scraped text articles, finds the causes and treatments they name for the
            topic in Lexicons/, classifies each mention (role; affirmed, negated or hedged) and keeps
            every claim tied to the exact bytes of its source.

            Typical use:
              marrow rebuild                      build the knowledge base from Corpus/
              marrow ingest new-articles/         add or update articles
              marrow audit "<concept>"           who says it, word for word
              marrow extract article.txt          evidence as JSON Lines, no knowledge base

            Environment: MARROW_KB (knowledge base file), MARROW_LEXICONS (lexicon folder).
            """,
        subcommands: [Rebuild.self, Ingest.self, Load.self, Extract.self, CleanCommand.self, Audit.self, Claims.self, Report.self, Verify.self, Status.self, Remove.self, Explain.self, LexiconCommand.self])
}

/// Where the lexicons are.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The lexicon folder.", discussion: "Defaults to $MARROW_LEXICONS, else ./Lexicons.", valueName: "folder"))
    var lexicons: String?

    var folder: String { lexicons ?? ProcessInfo.processInfo.environment["MARROW_LEXICONS"] ?? "Lexicons" }

    /// Loads and compiles the lexicons, failing with every problem listed.
    func load() throws -> CompiledLexicon {
        let (set, problems) = LexiconSet.load(folder: folder)
        guard problems.isEmpty else {
            for problem in problems { Diagnostics.print(problem) }
            Diagnostics.note("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(folder); run 'marrow lexicon check' after fixing them")
            throw ExitCode(2)
        }
        return CompiledLexicon(set)
    }
}

/// Options every pipeline command shares.
struct PipelineOptions: ParsableArguments {
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(name: [.short, .long], help: "How many documents to process at once (output is identical at any value).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Print one progress line per document on standard error.")
    var progress = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// Loads and compiles the lexicons.
    func loadLexicon() throws -> CompiledLexicon { try lexiconOptions.load() }
}

/// The knowledge-base location option.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file.", discussion: "Defaults to $MARROW_KB, else ./.marrow/knowledge.sqlite.", valueName: "file"))
    var kb: String?

    var path: String { kb ?? ProcessInfo.processInfo.environment["MARROW_KB"] ?? ".marrow/knowledge.sqlite" }
}

/// Prints diagnostics on standard error in the `path:line: error: message` shape.
enum Diagnostics {
    static func print(_ error: MarrowError) {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("note: " + message + "\n").utf8))
    }

    /// One progress line; `total` is nil when not known in advance (a stream).
    static func progress(_ done: Int, _ total: Int?, _ path: String, _ status: String) {
        FileHandle.standardError.write(Data("[\(done)/\(total.map(String.init) ?? "?")] \(status) \(path)\n".utf8))
    }
}

/// Writes to standard output.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
