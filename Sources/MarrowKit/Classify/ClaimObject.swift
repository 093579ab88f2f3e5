/// The object of a claim when it is not the topic.
///
/// For a treatment, the condition right after an object cue ("used to treat cancer", "helps
/// prevent gout"); for a claim a relation cue (not the section) made, a condition named in the
/// clause ("Leg swelling is often due to heart failure"). Never when the clause names the topic.
struct ClaimObject: Sendable {
    /// How many object cues after a treatment are read for its object.
    static let objectCuesRead = 4

    /// The object concept and why, or nil when the object is the topic.
    func decide(_ mention: MentionFacts, role: Role, byCue: Bool) -> (object: Int, reason: Reason)? {
        guard !mention.clause.mentionsTopic else { return nil }
        let conceptTable = mention.document.lexicon.conceptTable
        if role == .treatment {
            let window = mention.document.windows[.objectWords]
            // The next few object cues after the mention (a long run of them is a list, not a clause).
            var index = mention.clause.objects.firstIndex(startingAtOrAfter: mention.end)
            let limit = min(mention.clause.objects.count, index + ClaimObject.objectCuesRead)
            while index < limit {
                let cue = mention.clause.objects[index]
                if let target = mention.clause.mentions.first(
                    startingIn: cue.tokens.upperBound..<(cue.tokens.upperBound + window + 1)),
                    [.condition, .cause].contains(conceptTable[target.concept].primaryRole)
                {
                    return (
                        target.concept, .objectAfterCue(object: conceptTable[target.concept].id, cue: mention.text(cue))
                    )
                }
                index += 1
            }
        }
        if byCue, let condition = mention.clause.conditions.first(where: { $0 != mention.mention }) {
            return (condition.concept, .objectInClause(object: conceptTable[condition.concept].id))
        }
        return nil
    }
}
