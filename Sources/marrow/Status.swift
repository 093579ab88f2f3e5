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
        let hasCorpus = FileManager.default.fileExists(atPath: corpus)
        let report = try StatusReport.build(
            knowledgeBase: kb, lexiconVersion: lexicon.version, corpus: hasCorpus ? corpus : nil, listSources: sources)
        let stats = report.statistics
        let stale = report.staleness
        let e: (String) -> String = { TerminalText.escape($0) }
        var out = "\(e(knowledgeBase.path))\n"
        out +=
            "  \(stats.sources) sources (\(stats.oldVersions) old versions, \(stats.retracted) retracted, \(stats.rejected) rejected inputs), \(stats.passages) passages, \(stats.claims) claims, \(stats.evidence) pieces of evidence\n"
        let built =
            stats.sourceLexiconVersions.isEmpty
            ? (stats.lexiconVersion ?? "none") : stats.sourceLexiconVersions.joined(separator: ", ")
        out += "  built with lexicons \(built); \(e(lexiconOptions.folder)) is \(lexicon.version)\n"
        if stale.lexiconStale {
            out +=
                "  stale: \(stale.sourcesWithOtherLexicon.count) source\(stale.sourcesWithOtherLexicon.count == 1 ? "" : "s") processed with other lexicons; run 'marrow rebuild'\n"
        }
        if hasCorpus {
            for path in stale.newInCorpus { out += "  new in corpus: \(e(path))\n" }
            for path in stale.changedInCorpus { out += "  changed in corpus: \(e(path))\n" }
            for path in stale.missingFromCorpus { out += "  gone from corpus: \(e(path))\n" }
            for path in stale.unreadable { out += "  unreadable: \(e(path))\n" }
            for path in stale.retractedInCorpus { out += "  retracted (stays out): \(e(path))\n" }
            for path in stale.rejectedInCorpus { out += "  rejected when ingested: \(e(path))\n" }
            if !stale.newInCorpus.isEmpty || !stale.changedInCorpus.isEmpty {
                out += "  stale: \(e(corpus)) has new or changed files; run 'marrow ingest \(e(corpus))'\n"
            }
            if !stale.missingFromCorpus.isEmpty {
                out +=
                    "  stale: files recorded in the knowledge base are gone; restore them, or run 'marrow remove PATH' for each\n"
            }
        } else {
            out += "  no corpus folder at \(e(corpus)); corpus staleness not checked\n"
        }
        out += stale.isStale ? "status: stale\n" : "status: up to date\n"
        if let sources = report.sources {
            out += "\nSources:\n"
            for source in sources {
                let state =
                    source.retracted
                    ? "retracted" : source.supersededBy.map { "old version, replaced by \($0)" } ?? "current"
                out +=
                    "  \(source.id)  \(e(source.paths.joined(separator: ", ")))  \(state)  \(source.evidence) evidence  lexicons \(source.lexiconVersion)\n"
            }
        }
        Output.write(out)
        if stale.isStale { throw ExitCode(1) }
    }
}
