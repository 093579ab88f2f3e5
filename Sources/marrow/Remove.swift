import ArgumentParser
import Foundation
import MarrowKit

struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retract a source from the knowledge base, or forget one of its paths.",
        discussion: """
            SOURCE is a source id, the path it was ingested from, or an unambiguous prefix of its id or SHA-256 ('marrow status \
            --sources' lists them). Its passages and evidence are deleted, and claims left without evidence go; the source row \
            stays, marked retracted, so the knowledge base remembers it. The retraction stands: later ingests, rebuilds and loads \
            of the same bytes leave it out, until 'marrow ingest --restore' takes it back.

            When SOURCE is a path and the same bytes are also recorded at other paths (a copy of the file), only that path is \
            forgotten and the source stays.
            """)

    @Argument(help: "Source ids, paths or hash prefixes.")
    var sources: [String]

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try knowledgeBase.openForWriting(create: false)
        var failed = false
        for selector in sources {
            do {
                Output.write(try kb.remove(selector).summary + "\n")
            } catch let error as MarrowError {
                Diagnostics.print(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
