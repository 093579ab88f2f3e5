import ArgumentParser
import Foundation
import MarrowKit

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which sources support the claims about a concept, word for word.",
        discussion: """
            TERM is a concept id, name or any synonym from the lexicons ("osteoarthritis", "OA",
            "nsaids"). For each claim about it: every supporting source (title, publisher, path),
            whether it affirms, denies or hedges, the passage with the mention marked »like this«,
            and the raw byte ranges that slice mention and passage out of the source file.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A concept id, name or synonym.")
    var term: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("The lexicon folder.", discussion: "Defaults to $MARROW_LEXICONS, else ./Lexicons.", valueName: "folder"))
    var lexicons: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        var options = PipelineOptions()
        options.lexicons = lexicons
        let lexicon = try options.loadLexicon()
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let report = try AuditReport.build(term: term, lexicon: lexicon, knowledgeBase: kb)
        switch format {
        case .text:
            Output.write(report.renderText())
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Output.write(try encoder.encode(report) + Data("\n".utf8))
        }
        if report.claims.isEmpty { throw ExitCode(report.concepts.isEmpty ? 2 : 1) }
    }
}
