import ArgumentParser
import Foundation
import MarrowKit

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the knowledge base holds and whether it is stale.",
        discussion: """
            Prints counts (current sources, old versions, retracted sources, rejected inputs, passages, claims, evidence), the \
            lexicon version the knowledge base was built with, and whether it is stale: evidence from another lexicon version than \
            the one in the lexicon folder, or files in the corpus folder that are new, changed or gone. Each kind of staleness names \
            the command that clears it. Files that were retracted or that the pipeline refused are listed but are not stale.

            Exit status 0 when up to date, 1 when stale. The knowledge base is opened read-only and never written.
            """)

    @Option(name: .long, help: ArgumentHelp("The corpus folder to compare with.", valueName: "folder"))
    var corpus: String = "Corpus"

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(name: .long, help: "Also list every source version.")
    var sources = false

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try lexiconOptions.load()
        let kb = try knowledgeBase.openForReading()
        let report = try StatusReport.build(
            knowledgeBase: kb, lexiconVersion: lexicon.version, corpus: corpus, listSources: sources)
        Output.write(report.text(knowledgeBasePath: knowledgeBase.path, lexiconFolder: lexiconOptions.folder))
        if report.staleness.isStale { throw ExitCode(1) }
    }
}
