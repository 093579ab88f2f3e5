import ArgumentParser
import Foundation
import MarrowKit

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which sources support the claims about a concept, word for word.",
        discussion: """
            TERM is a concept id, name or any synonym from the lexicons (an id such as "rheumatoid-arthritis", a name, or an \
            abbreviation such as "RA"). For each claim about it: every supporting source (title, publisher, path), whether it \
            affirms, denies or hedges, the passage with the mention marked »like this«, and the raw byte ranges that slice mention \
            and passage out of the source file.

            A claim stated by many sources shows the first --sources of them (by path) and says how many more there are; --all \
            shows every one. The knowledge base is opened read-only.
            """)

    @Argument(help: "A concept id, name or synonym.")
    var term: String

    @Option(
        name: .long,
        help: "Output format: text, json, html (a self-contained page) or annotations (W3C Web Annotation JSON-LD).")
    var format: AuditReport.Format = .text

    @OptionGroup var shared: ReportOptions<AuditSourceLimit>

    func run() async throws {
        let lexicon = try shared.lexiconOptions.load()
        let kb = try shared.knowledgeBase.openForReading()
        let report = try AuditReport.build(
            term: term, lexicon: lexicon, knowledgeBase: kb, sources: shared.limit)
        let output = try ReportOutput(path: shared.output)
        try output.write(try report.rendered(as: format))
        try output.finish(describing: report.description(format: format))
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}

extension AuditReport.Format: ExpressibleByArgument {}

/// `audit --sources`: 20 sources per claim unless asked.
enum AuditSourceLimit: SourceLimitOption {
    static let name = "sources"
    static let defaultCount = 20
}
