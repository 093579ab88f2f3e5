/// What `marrow status` answers: the counts, and whether the knowledge base is stale against the
/// lexicons and a corpus folder.
public struct StatusReport: Sendable {
    /// Counts of what the knowledge base holds.
    public var statistics: Statistics
    /// What is stale, and what only looks different but is settled (retracted, rejected).
    public var staleness: Staleness
    /// Every source version, when asked for.
    public var sources: [SourceRow]?

    /// Reads the corpus folder (when given) and compares it and the lexicons with the knowledge base.
    ///
    /// - Parameters:
    ///   - corpus: a corpus folder whose files are read and digested.
    ///   - listSources: also list every source version.
    public static func build(knowledgeBase: KnowledgeBase, lexiconVersion: String, corpus: String?, listSources: Bool)
        throws -> StatusReport
    {
        var snapshot: (folder: String, files: [CorpusFile])?
        if let corpus {
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
            sources: listSources ? try knowledgeBase.sourceVersions() : nil)
    }
}
