import ArgumentParser
import Foundation
import MarrowKit

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which sources support the claims about a concept, word for word.",
        discussion: """
            TERM is a concept id, name or any synonym from the lexicons (an id such as
            "rheumatoid-arthritis", a name, or an abbreviation such as "RA"). For each claim about
            it: every supporting source (title, publisher, path), whether it affirms, denies or
            hedges, the passage with the mention marked »like this«, and the raw byte ranges that
            slice mention and passage out of the source file.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, annotations
    }

    @Argument(help: "A concept id, name or synonym.")
    var term: String

    @Option(name: .long, help: "Output format: text, json, html (a self-contained page) or annotations (W3C Web Annotation JSON-LD).")
    var format: Format = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try lexiconOptions.load()
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let report = try AuditReport.build(term: term, lexicon: lexicon, knowledgeBase: kb)
        switch format {
        case .text:
            try writeReport(Data(report.renderText().utf8), to: output)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try writeReport(try encoder.encode(report) + Data("\n".utf8), to: output)
        case .html:
            try writeReport(Data(report.renderHTML().utf8), to: output)
        case .annotations:
            try writeReport(try WebAnnotationPage(report).encoded(), to: output)
        }
        if report.claims.isEmpty { throw ExitCode(report.concepts.isEmpty ? 2 : 1) }
    }
}
