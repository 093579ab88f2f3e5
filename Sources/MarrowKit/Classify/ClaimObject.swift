/// The object of a claim when it is not the topic.
///
/// For a treatment, the condition right after an object cue ("used to treat cancer", "helps
/// prevent gout"); for a claim a relation cue (not the section) made, a condition named in the
/// clause ("Leg swelling is often due to heart failure"). Never when the clause names the topic.
struct ClaimObject: Sendable {
    /// The object concept and why, or nil when the object is the topic.
    func decide(_ mention: MentionFacts, role: Role, byCue: Bool) -> (object: Int, reason: Reason)? {
        let document = mention.document
        let conceptTable = document.lexicon.conceptTable
        let inClause = document.mentions(in: mention.clause, sentence: mention.mention.sentence).filter { $0 != mention.mention }
        guard !inClause.contains(where: document.isTopic) else { return nil }
        if role == .treatment {
            let end = mention.mention.tokens.upperBound
            let window = document.windows.objectWords
            for cue in mention.cues where cue.kinds.contains(.object) && mention.clause.contains(cue.tokens.lowerBound) && cue.tokens.lowerBound >= end {
                if let target = inClause.first(where: { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= window }),
                    [.condition, .cause].contains(conceptTable[target.concept].primaryRole)
                {
                    return (target.concept, .objectAfterCue(object: conceptTable[target.concept].id, cue: mention.text(cue)))
                }
            }
        }
        if byCue, let condition = inClause.first(where: { conceptTable[$0.concept].primaryRole == .condition }) {
            return (condition.concept, .objectInClause(object: conceptTable[condition.concept].id))
        }
        return nil
    }
}
