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
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Output.write(try encoder.encode(views) + Data("\n".utf8))
        case .text:
            var out = "sources  affirm  deny  hedge  claim\n"
            for view in views {
                let support = view.support
                out +=
                    String(support.sources).leftPad(7) + String(support.affirmed).leftPad(8)
                    + String(support.negated).leftPad(6) + String(support.uncertain).leftPad(7)
                out += "  \(view.sentence)  [\(support.category); \(view.roles.joined(separator: ", "))]"
                if !view.flags.isEmpty { out += "  " + view.flags.map(\.rawValue).joined(separator: " ") }
                out += "\n"
            }
            out += "\(views.count) claim\(views.count == 1 ? "" : "s")\n"
            Output.write(TerminalText.escape(out, keepingNewlines: true))
        }
    }
}

extension ClaimFlag: ExpressibleByArgument {}
