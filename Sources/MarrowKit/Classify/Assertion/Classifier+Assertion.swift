extension Classifier {
    /// The assertion stage on one mention: its sentence's triggers, with the relation cue that gave
    /// it its role and the topic in its clause as the spans whose denial is its own.
    func assertion(of mention: Mention, roleCue: Cue?, clause: Clause, context: ClassificationContext)
        -> AssertionResult
    {
        let segmented = context.matched.segmented
        let query = AssertionQuery(
            tokens: segmented.tokens, utf8: segmented.clean.utf8,
            sentence: segmented.sentences[mention.sentence].tokens,
            clauses: context.clauses[mention.sentence],
            triggers: context.triggers[mention.sentence],
            target: mention.tokens,
            relationCue: roleCue?.tokens,
            relationCues: context.relationCues[mention.sentence],
            topicSpans: context.clauseFacts[context.clauseIndex(of: mention.tokens.lowerBound)].namedTopic)
        return AssertionScope(lexicon: lexicon.assertion).assess(query)
    }

    /// The assertion triggers of every sentence; a trigger inside a concept's name ("lack of" in a
    /// term) is part of the name.
    func assertionTriggers(_ matched: MatchedText, mentionsBySentence: [[Mention]]) -> [[TriggerHit]] {
        let segmented = matched.segmented
        return segmented.sentences.indices.map { index in
            let names = mentionsBySentence[index].map(\.tokens)
            return lexicon.assertion.matches(
                in: segmented.tokens, ids: matched.keyIDs, range: segmented.sentences[index].tokens
            )
            .filter { hit in
                !names.contains { $0.lowerBound <= hit.tokens.lowerBound && hit.tokens.upperBound <= $0.upperBound }
            }
        }
    }
}
