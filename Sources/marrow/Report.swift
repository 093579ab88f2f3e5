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

    @OptionGroup var shared: ReportOptions<ReportSourceLimit>

    func run() async throws {
        let kb = try shared.knowledgeBase.openForReading()
        let names = shared.lexiconOptions.conceptNames()
        let output = try ReportOutput(path: shared.output)
        try AuditReport.writePage(
            format, knowledgeBase: kb, top: shared.limit, names: { names[$0] }, to: output.write)
        try output.finish(describing: "the report (\(format.rawValue))")
    }
}

extension AuditReport.PageFormat: ExpressibleByArgument {}

/// `report --top`: 5 sources per claim unless asked.
enum ReportSourceLimit: SourceLimitOption {
    static let name = "top"
    static let defaultCount = 5
}

/// How a command names its per-claim source limit and what it shows when not asked.
protocol SourceLimitOption {
    /// The long flag, without its dashes.
    static var name: String { get }
    /// The limit when the flag is not given.
    static var defaultCount: Int { get }
}

/// The options `audit` and `report` share: how much evidence to show, where to write it, and which
/// lexicons and knowledge base to read. Each command keeps its own format, and names its
/// per-claim limit and its default with `Limit`.
struct ReportOptions<Limit: SourceLimitOption>: ParsableArguments {
    @Option(
        name: .customLong(Limit.name),
        help: ArgumentHelp("Show the evidence of at most this many sources per claim.", valueName: Limit.name))
    var count: Int = Limit.defaultCount

    @Flag(name: .long, help: "Show the evidence of every source.")
    var all = false

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// How many sources to show per claim: the count asked for, or every one (nil) with `--all`.
    var limit: Int? { all ? nil : count }

    func validate() throws { try ValidationError.count(count, of: "--" + Limit.name) }
}
