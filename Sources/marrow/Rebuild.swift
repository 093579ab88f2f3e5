import ArgumentParser
import Foundation
import MarrowKit

struct Rebuild: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the knowledge base from the corpus and the lexicons.",
        discussion: """
            Reads every article under the corpus folder, runs the pipeline with the current
            lexicons and writes a fresh knowledge base, replacing the old one atomically (readers
            keep seeing the old one until the new one is complete). The result is the same, byte
            for byte, at any --jobs. Prints a summary: sources, passages, claims, and the claims
            with the most supporting sources.
            """)

    @Option(name: .long, help: ArgumentHelp("The corpus folder.", valueName: "folder"))
    var corpus: String = "Corpus"

    @Option(name: .long, help: "How many top claims to list in the summary.")
    var top: Int = 10

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        var tally = IngestRun.Tally()
        do {
            try await KnowledgeBase.rebuild(at: knowledgeBase.path) { fresh in
                tally = try await IngestRun(pipeline: pipeline, lexicon: lexicon).run(paths: [corpus], into: fresh)
            }
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let stats = try kb.statistics()
        var out = "Rebuilt \(knowledgeBase.path) from \(corpus) (lexicons \(lexicon.version)): \(tally.summary)\n"
        out += "  \(stats.sources) sources, \(stats.passages) passages, \(stats.claims) claims, \(stats.evidence) pieces of evidence\n"
        let top = try kb.claims(limit: top)
        if !top.isEmpty {
            out += "\nTop claims by supporting sources:\n"
            for claim in top {
                out += "  \(String(claim.sources).leftPad(3)) source\(claim.sources == 1 ? " " : "s")  \(claim.subjectName) \(claim.predicate) \(claim.object)\n"
            }
        }
        Output.write(out)
        if tally.failed > 0 { throw ExitCode(1) }
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
