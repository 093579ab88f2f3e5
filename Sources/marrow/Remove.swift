import ArgumentParser
import Foundation
import MarrowKit

struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retract a source from the knowledge base.",
        discussion: """
            SOURCE is a source id, the path it was ingested from, or an unambiguous prefix of its
            id or SHA-256 ('marrow status --sources' lists them). Its passages and evidence are
            deleted, and claims left without evidence go; the source row stays, marked retracted,
            so the knowledge base remembers it. Ingesting or loading the same bytes again restores it.
            """)

    @Argument(help: "Source ids, paths or hash prefixes.")
    var sources: [String]

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        var failed = false
        for selector in sources {
            do {
                let removed = try kb.remove(selector)
                Output.write("removed \(removed.id) \(removed.path) (\(removed.evidence) pieces of evidence)\n")
            } catch let error as MarrowError {
                Diagnostics.print(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
