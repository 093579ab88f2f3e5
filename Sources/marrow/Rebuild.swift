import ArgumentParser
import Foundation
import MarrowKit

struct Rebuild: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the knowledge base from the corpus and the lexicons.",
        discussion: """
            Reads every article under the corpus folder, runs the pipeline with the current lexicons and writes a fresh knowledge \
            base, then puts it in place in one step: readers keep seeing the old content until the new one is complete. The result \
            is the same, byte for byte, at any --jobs. Sources retracted with 'marrow remove' stay retracted.

            The file named by --kb must be a Marrow knowledge base, an empty file, or absent: anything else is refused untouched. \
            While a rebuild runs, ingests of the same knowledge base wait for it (and a rebuild waits for running ingests), so nothing \
            is lost in the replace. Files left by an interrupted rebuild are removed by the next command that writes.

            Prints a summary: sources, passages, claims, and the claims with the most supporting sources.
            """)

    @Option(name: .long, help: ArgumentHelp("The corpus folder.", valueName: "folder"))
    var corpus: String = "Corpus"

    @Option(name: .long, help: "How many top claims to list in the summary.")
    var top: Int = 10

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws { try ValidationError.count(top, of: "--top") }

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        let tally: Ingestion.Tally
        do {
            tally = try await Ingestion(lexicon: lexicon, jobs: pipeline.jobs)
                .rebuild(
                    paths: [corpus], at: knowledgeBase.path, waiting: Diagnostics.note, problem: Diagnostics.print,
                    progress: pipeline.step)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
        Output.write(
            try RebuildSummary.text(
                knowledgeBasePath: knowledgeBase.path, corpus: corpus, lexicon: lexicon, tally: tally,
                knowledgeBase: try knowledgeBase.openForReading(), top: top))
        if tally.failed > 0 { throw ExitCode(1) }
    }
}
