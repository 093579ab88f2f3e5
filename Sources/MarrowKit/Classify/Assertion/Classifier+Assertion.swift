extension Classifier {
    /// The assertion stage on one mention: its sentence's triggers, with the relation cue that gave
    /// it its role and the topic in its clause as the spans whose denial is its own.
    func assertion(
        of mention: Mention, roleCue: Cue?, clause: Clause, context: ClassificationContext,
        triggers: inout SentenceTriggers
    ) -> AssertionResult {
        let segmented = context.matched.segmented
        let query = AssertionQuery(
            tokens: segmented.tokens, ids: context.matched.keyIDs, utf8: segmented.clean.utf8,
            sentence: segmented.sentences[mention.sentence].tokens,
            clauses: context.clauses[mention.sentence],
            triggers: triggers.hits(of: mention.sentence, in: context),
            target: mention.tokens,
            relationCue: roleCue?.tokens,
            relationCues: context.relationCues(of: mention.sentence),
            topicSpans: context.clauseFacts[context.clauseIndex(of: mention.tokens.lowerBound)].namedTopic)
        return assertionScope.assess(query)
    }
}

/// The assertion triggers of one sentence, found when the first of its mentions is assessed and
/// kept for the next ones (mentions are classified in text order), so a sentence whose mentions
/// make no claim is never searched; a trigger inside a concept's name ("lack of" in a term) is
/// part of the name.
struct SentenceTriggers {
    private var sentence = -1
    private var hits: [TriggerHit] = []

    /// The triggers of `sentence`, in token order.
    mutating func hits(of sentence: Int, in context: ClassificationContext) -> [TriggerHit] {
        guard sentence != self.sentence else { return hits }
        let segmented = context.matched.segmented
        hits = context.lexicon.assertion.matches(
            in: segmented.tokens, ids: context.matched.keyIDs, range: segmented.sentences[sentence].tokens)
        if !hits.isEmpty {
            let clauses = context.clauseFacts[context.sentenceClauses[sentence]]
            if clauses.contains(where: { !$0.mentions.isEmpty }) {
                hits.removeAll { hit in
                    clauses.contains { clause in
                        clause.mentions.contains {
                            $0.tokens.lowerBound <= hit.tokens.lowerBound
                                && hit.tokens.upperBound <= $0.tokens.upperBound
                        }
                    }
                }
            }
        }
        self.sentence = sentence
        return hits
    }
}
