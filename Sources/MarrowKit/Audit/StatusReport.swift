import Foundation

/// What `marrow status` answers: the counts, and whether the knowledge base is stale against the
/// lexicons and a corpus folder.
public struct StatusReport: Sendable {
    /// Counts of what the knowledge base holds.
    public var statistics: Statistics
    /// What is stale, and what only looks different but is settled (retracted, rejected).
    public var staleness: Staleness
    /// Every source version, when asked for.
    public var sources: [SourceRow]?
    /// The corpus folder asked for (compared only when it exists: ``Staleness/corpus``).
    public var corpusFolder: String?

    /// Reads the corpus folder (when given and there) and compares it and the lexicons with the
    /// knowledge base.
    ///
    /// - Parameters:
    ///   - corpus: a corpus folder whose files are read and digested; a folder that is not there
    ///     is not compared, and the text says so.
    ///   - listSources: also list every source version.
    public static func build(knowledgeBase: KnowledgeBase, lexiconVersion: String, corpus: String?, listSources: Bool)
        throws -> StatusReport
    {
        var snapshot: (folder: String, files: [CorpusFile])?
        if let corpus, FileManager.default.fileExists(atPath: corpus) {
            let (references, failures) = SourceReader().references(for: [corpus])
            var files = failures.map { CorpusFile(path: $0.location?.path ?? corpus, sha256: nil) }
            for reference in references {
                files.append(CorpusFile(path: reference.path, sha256: (try? reference.load())?.sha256))
            }
            snapshot = (corpus, files)
        }
        return StatusReport(
            statistics: try knowledgeBase.statistics(),
            staleness: try knowledgeBase.staleness(lexiconVersion: lexiconVersion, corpus: snapshot),
            sources: listSources ? try knowledgeBase.sourceVersions() : nil, corpusFolder: corpus)
    }

    /// The report as `marrow status` prints it: counts, lexicon versions, every kind of staleness
    /// with the command that clears it, the verdict, and the sources when listed.
    ///
    /// - Parameters:
    ///   - knowledgeBasePath: the knowledge base file, as named.
    ///   - lexiconFolder: the lexicon folder compared with, as named.
    public func text(knowledgeBasePath: String, lexiconFolder: String) -> String {
        let stats = statistics
        let stale = staleness
        let e: (String) -> String = { TerminalText.escape($0) }
        var out = "\(e(knowledgeBasePath))\n"
        out +=
            "  \(stats.sources) sources (\(stats.oldVersions) old versions, \(stats.retracted) retracted, \(stats.rejected) rejected inputs), \(stats.passages) passages, \(stats.claims) claims, \(stats.evidence) pieces of evidence\n"
        let built =
            stats.sourceLexiconVersions.isEmpty
            ? (stats.lexiconVersion ?? "none") : stats.sourceLexiconVersions.joined(separator: ", ")
        out += "  built with lexicons \(built); \(e(lexiconFolder)) is \(stale.lexiconVersion)\n"
        if stale.lexiconStale {
            out +=
                "  stale: \(NounCount.text(stale.sourcesWithOtherLexicon.count, "source")) processed with other lexicons; run 'marrow rebuild'\n"
        }
        if let corpus = stale.corpus {
            let lists = [
                ("new in corpus", stale.newInCorpus), ("changed in corpus", stale.changedInCorpus),
                ("gone from corpus", stale.missingFromCorpus), ("unreadable", stale.unreadable),
                ("retracted (stays out)", stale.retractedInCorpus), ("rejected when ingested", stale.rejectedInCorpus),
            ]
            for (label, paths) in lists {
                for path in paths { out += "  \(label): \(e(path))\n" }
            }
            if !stale.newInCorpus.isEmpty || !stale.changedInCorpus.isEmpty {
                out += "  stale: \(e(corpus)) has new or changed files; run 'marrow ingest \(e(corpus))'\n"
            }
            if !stale.missingFromCorpus.isEmpty {
                out +=
                    "  stale: files recorded in the knowledge base are gone; restore them, or run 'marrow remove PATH' for each\n"
            }
        } else if let corpusFolder {
            out += "  no corpus folder at \(e(corpusFolder)); corpus staleness not checked\n"
        }
        out += stale.isStale ? "status: stale\n" : "status: up to date\n"
        if let sources {
            out += "\nSources:\n"
            for source in sources {
                let state =
                    source.retracted
                    ? "retracted" : source.supersededBy.map { "old version, replaced by \($0)" } ?? "current"
                out +=
                    "  \(source.id)  \(e(source.paths.joined(separator: ", ")))  \(state)  \(source.evidence) evidence  lexicons \(source.lexiconVersion)\n"
            }
        }
        return out
    }
}
