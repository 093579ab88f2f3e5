import ArgumentParser
import Foundation
import MarrowKit

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the knowledge base holds and whether it is stale.",
        discussion: """
            Prints counts (current sources, old versions, retracted sources, passages, claims,
            evidence), the lexicon version the knowledge base was built with, and whether it is
            stale: evidence from another lexicon version than the one in the lexicon folder, or
            articles in the corpus folder that are new, changed or gone. Exit status 0 when up to
            date, 1 when stale.
            """)

    @Option(name: .long, help: ArgumentHelp("The corpus folder to compare with.", valueName: "folder"))
    var corpus: String = "Corpus"

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(name: .long, help: "Also list every source version.")
    var sources = false

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try lexiconOptions.load()
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let stats = try kb.statistics()
        let hasCorpus = FileManager.default.fileExists(atPath: corpus)
        let stale = try kb.staleness(lexiconVersion: lexicon.version, corpus: hasCorpus ? corpus : nil)
        var out = "\(knowledgeBase.path)\n"
        out += "  \(stats.sources) sources (\(stats.oldVersions) old versions, \(stats.retracted) retracted), \(stats.passages) passages, \(stats.claims) claims, \(stats.evidence) pieces of evidence\n"
        let built = stats.sourceLexiconVersions.isEmpty ? (stats.lexiconVersion ?? "none") : stats.sourceLexiconVersions.joined(separator: ", ")
        out += "  built with lexicons \(built); \(lexiconOptions.folder) is \(lexicon.version)\n"
        if stale.lexiconStale {
            out += "  stale: \(stale.sourcesWithOtherLexicon.count) source\(stale.sourcesWithOtherLexicon.count == 1 ? "" : "s") processed with other lexicons; run 'marrow rebuild'\n"
        }
        if hasCorpus {
            for path in stale.newInCorpus { out += "  new in corpus: \(path)\n" }
            for path in stale.changedInCorpus { out += "  changed in corpus: \(path)\n" }
            for path in stale.missingFromCorpus { out += "  gone from corpus: \(path)\n" }
            for path in stale.unreadable { out += "  unreadable: \(path)\n" }
            if stale.corpusStale { out += "  stale: \(corpus) differs; run 'marrow ingest \(corpus)' or 'marrow rebuild'\n" }
        } else {
            out += "  no corpus folder at \(corpus); corpus staleness not checked\n"
        }
        out += stale.isStale ? "status: stale\n" : "status: up to date\n"
        if sources {
            out += "\nSources:\n"
            for source in try kb.sourceVersions() {
                let state = source.retracted ? "retracted" : source.supersededBy.map { "old version, replaced by \($0)" } ?? "current"
                out += "  \(source.id)  \(source.path)  \(state)  \(source.evidence) evidence  lexicons \(source.lexiconVersion)\n"
            }
        }
        Output.write(out)
        if stale.isStale { throw ExitCode(1) }
    }
}
