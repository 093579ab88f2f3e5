import ArgumentParser
import Foundation
import MarrowKit

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or update articles in the knowledge base.",
        discussion: """
            Each PATH is a file or a folder (read recursively, in sorted order; a manifest.jsonl in the folder gives origin URL, \
            publisher and title). Ingest is idempotent: the same bytes twice change nothing, and the same bytes at another path are \
            recorded at both. An article whose bytes changed replaces its old evidence; the old version stays recorded.

            A bad file (empty, binary, not UTF-8, no article text) is reported with its path and skipped, and recorded as rejected so \
            'marrow status' does not keep calling it new; the rest go through, and the exit status is 1. A source retracted with \
            'marrow remove' stays retracted unless --restore is given.

            A running 'marrow rebuild' of the same knowledge base makes ingest wait until it is done, so nothing ingested is lost.
            """)

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @Flag(name: .long, help: "Take back sources that were retracted with 'marrow remove'.")
    var restore = false

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        let kb = try knowledgeBase.openForWriting(create: true)
        let tally = try await Ingestion(lexicon: lexicon, jobs: pipeline.jobs, restore: restore)
            .ingest(
                paths: paths, into: kb, problem: Diagnostics.print,
                progress: pipeline.step)
        Output.write("ingest: \(tally.summary)\n")
        if tally.failed > 0 { throw ExitCode(1) }
    }
}
