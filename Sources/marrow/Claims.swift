import ArgumentParser
import Foundation
import MarrowKit

struct Claims: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every claim with its support and flags.",
        discussion: """
            One line per claim, most-supported first: how many sources state it, how many affirm, deny and hedge it, and flags: \
            single-source (one source only), contested (some sources affirm, others deny), hedged-only (every source only hedges). \
            Filter with --role, --category and --flag (repeatable; a claim must carry every flag given). The knowledge base is opened \
            read-only; the counts are kept up to date by every write, so listing is quick at any size.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Only claims with evidence in this role (cause, treatment, symptom, diagnostic, other).")
    var role: String?

    @Option(name: .long, help: "Only claims whose subject has this category.")
    var category: String?

    @Option(name: .long, help: "Only claims with this flag: single-source, contested or hedged-only.")
    var flag: [ClaimFlag] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try knowledgeBase.openForReading()
        let names = lexiconOptions.conceptNames()
        let views = try ClaimList.build(
            kb, filter: .init(role: role, category: category, flags: flag), names: { names[$0] })
        switch format {
        case .json: Output.write(try PrettyJSON.encode(views))
        case .text: Output.write(ClaimList.rendered(views))
        }
    }
}

extension ClaimFlag: ExpressibleByArgument {}
