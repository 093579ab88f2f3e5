import ArgumentParser
import Foundation
import MarrowKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the knowledge base as one self-contained HTML page (or Web Annotations).",
        discussion: """
            The page groups claims by role and category; for each claim the first --top sources (title, publisher, dates) and \
            every passage of theirs with the mention highlighted and its assertion shown, and how many sources are not shown; \
            contested claims are called out at the top. All source text is escaped and the page forbids scripts. The page is \
            written claim by claim, so its size and the memory it takes follow the number of claims, not the size of the \
            knowledge base; --all shows every source (the page then grows with the knowledge base).

            With --format annotations, writes W3C Web Annotation JSON-LD instead, one annotation per piece of evidence shown, each \
            pointing into the raw source file with a byte-position and a quote selector.
            """)

    @Option(name: .long, help: "Output format: html or annotations.")
    var format: AuditReport.PageFormat = .html

    @Option(name: .long, help: "Show the evidence of at most this many sources per claim.")
    var top: Int = 5

    @OptionGroup var shared: ReportOptions

    func validate() throws { try ValidationError.count(top, of: "--top") }

    func run() async throws {
        let kb = try shared.knowledgeBase.openForReading()
        let names = shared.lexiconOptions.conceptNames()
        let output = try ReportOutput(path: shared.output)
        try AuditReport.writePage(
            format, knowledgeBase: kb, top: shared.limit(top), names: { names[$0] }, to: output.write)
        try output.finish(describing: "the report (\(format.rawValue))")
    }
}

extension AuditReport.PageFormat: ExpressibleByArgument {}

/// The options `audit` and `report` share: how much evidence to show, where to write it, and which
/// lexicons and knowledge base to read. Each command keeps its own format and per-claim limit.
struct ReportOptions: ParsableArguments {
    @Flag(name: .long, help: "Show the evidence of every source.")
    var all = false

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// How many sources to show per claim: `requested`, or every one with `--all`.
    func limit(_ requested: Int) -> Int? { all ? nil : requested }
}
