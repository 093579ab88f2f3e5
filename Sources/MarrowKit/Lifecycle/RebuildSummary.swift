/// What `marrow rebuild` prints when it is done: where from, what the run did, the knowledge
/// base's counts, and the claims with the most supporting sources.
public enum RebuildSummary {
    /// The summary of a rebuild of `knowledgeBasePath` from `corpus`.
    ///
    /// - Parameters:
    ///   - knowledgeBase: the rebuilt knowledge base, open for reading.
    ///   - tally: what the run did.
    ///   - top: how many of the most-supported claims to list (none at 0).
    /// - Throws: ``MarrowError`` when the knowledge base cannot be read.
    public static func text(
        knowledgeBasePath: String, corpus: String, lexicon: CompiledLexicon, tally: Ingestion.Tally,
        knowledgeBase: KnowledgeBase, top: Int
    ) throws -> String {
        let stats = try knowledgeBase.statistics()
        var out =
            "Rebuilt \(TerminalText.escape(knowledgeBasePath)) from \(TerminalText.escape(corpus)) (lexicons \(lexicon.version)): \(tally.summary)\n"
        out +=
            "  \(stats.sources) sources, \(stats.passages) passages, \(stats.claims) claims, \(stats.evidence) pieces of evidence\n"
        out += ClaimList.topLines(try ClaimList.build(knowledgeBase, names: lexicon.name(of:)).prefix(max(0, top)))
        return out
    }
}
