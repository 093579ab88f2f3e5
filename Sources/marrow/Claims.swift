import ArgumentParser
import Foundation
import MarrowKit

struct Claims: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every claim with its support and flags.",
        discussion: """
            One line per claim, most-supported first: how many sources state it, how many affirm,
            deny and hedge it, and flags — single-source (one source only), contested (some sources
            affirm, others deny), hedged-only (every source only hedges). Filter with --role,
            --category and --flag (repeatable; a claim must carry every flag given).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Only claims with evidence in this role (cause, treatment, symptom, diagnostic, other).")
    var role: String?

    @Option(name: .long, help: "Only claims whose subject has this category.")
    var category: String?

    @Option(name: .long, help: "Only claims with this flag: single-source, contested or hedged-only.")
    var flag: [KnowledgeBase.ClaimFlag] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let views = try kb.claimViews(.init(role: role, category: category, flags: flag))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Output.write(try encoder.encode(views) + Data("\n".utf8))
        case .text:
            var out = "sources  affirm  deny  hedge  claim\n"
            for view in views {
                let support = view.support
                out += String(support.sources).leftPad(7) + String(support.affirmed).leftPad(8) + String(support.negated).leftPad(6) + String(support.uncertain).leftPad(7)
                out += "  \(support.subjectName) \(support.predicate) \(support.object)  [\(support.category); \(view.roles.joined(separator: ", "))]"
                if !view.flags.isEmpty { out += "  " + view.flags.map(\.rawValue).joined(separator: " ") }
                out += "\n"
            }
            out += "\(views.count) claim\(views.count == 1 ? "" : "s")\n"
            Output.write(out)
        }
    }
}

extension KnowledgeBase.ClaimFlag: ExpressibleByArgument {}
