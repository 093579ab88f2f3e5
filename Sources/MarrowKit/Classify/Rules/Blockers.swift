/// A mention right after a test cue is looked for, not claimed ("blood tests to look for
/// infection", "screen for sickle cell disease").
struct DiagnosticBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.blockingCue(.blockTest)
    }
}

/// A mention right after a hypernym cue names the class of another concept, not a claim ("gout,
/// which is a form of arthritis").
struct HypernymBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.blockingCue(.blockHypernym)
    }
}

/// A mention right after a prevention cue is what a measure prevents, not a cause ("prevents
/// infection", "protects against a new injury").
struct PreventionBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.blockingCue(.blockPrevention)
    }
}

/// The condition a treatment in the clause is given for is not itself a claim ("chemotherapy for
/// leukemia", "aspirin, a drug used for heart disease").
struct OtherConditionObjectBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard !mention.allows(.treatment) else { return nil }
        let start = mention.start
        let window = mention.document.windows.givenForWords
        // "that is treating the arthritis, not the edema": a treatment verb's object, with the
        // topic not in the clause.
        if let verb = mention.cues.first(where: { $0.kinds.contains(.object) && $0.kinds.contains(.treatment) && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= window }),
            mention.clause.contains(verb.tokens.lowerBound), !mention.document.hasTopic(in: mention.clause, sentence: mention.mention.sentence)
        {
            return .noClaim(.givenFor(condition: mention.text(verb), cue: mention.text(verb)))
        }
        guard let objectCue = mention.cues.first(where: { $0.kinds.contains(.object) && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= window }) else { return nil }
        let document = mention.document
        guard let treatment = document.mentions(in: mention.clause, sentence: mention.mention.sentence).first(where: { $0.tokens.upperBound <= objectCue.tokens.lowerBound }),
            document.lexicon.conceptTable[treatment.concept].roles.contains(.treatment)
        else { return nil }
        return .noClaim(.givenFor(condition: document.segmented.clean.text(treatment.range), cue: mention.text(objectCue)))
    }
}

/// A look-alike of the topic makes no claim: "resembles X", "unlike X", "the differential
/// diagnosis includes X", or "X or Y can mimic …" with no relation cue in between; a comparison
/// anywhere in a sentence with no relation cue of the mention's clause.
struct DifferentialBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let clause = mention.clause
        let differentials = mention.cues.filter { $0.kinds.contains(.differential) }
        guard !differentials.isEmpty else { return nil }
        let end = mention.mention.tokens.upperBound
        let relations = mention.relationCues.filter(\.isRelation)
        let mimicAfter = differentials.first { differential in
            clause.contains(differential.tokens.lowerBound) && differential.tokens.lowerBound >= end
                && !relations.contains { $0.tokens.lowerBound >= end && $0.tokens.upperBound <= differential.tokens.lowerBound }
        }
        let before = differentials.first { clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= mention.start }
        guard let differential = before ?? mimicAfter ?? (relations.isEmpty ? differentials.first : nil) else { return nil }
        return .noClaim(.lookAlike(cue: mention.text(differential)))
    }
}

extension MentionFacts {
    /// A no-claim verdict when a cue of `kind` stands right before the mention in its clause.
    func blockingCue(_ kind: CueKind) -> RoleVerdict? {
        cue(kind, before: document.windows.blockWords).map { .noClaim(.blocked(kind, cue: text($0))) }
    }
}

/// An outcome of the topic is not its cause: a mention after an outcome word ("may progress to
/// osteonecrosis"), after the topic and an active cause verb ("it can lead to collapse"), or
/// before a passive one whose other side is the topic ("pain caused by it").
struct ConsequenceBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let start = mention.start, end = mention.mention.tokens.upperBound
        let clause = mention.relationClause
        let cues = mention.relationCues
        // An outcome word before the mention, no relation cue in between.
        if let outcome = cues.last(where: { $0.kinds.contains(.consequence) && $0.tokens.upperBound <= start }),
            !cues.contains(where: { $0.isRelation && $0.tokens.lowerBound >= outcome.tokens.upperBound && $0.tokens.upperBound <= start })
        {
            return .noClaim(.consequence(cue: mention.text(outcome)))
        }
        let topics = mention.document.topicSpans[mention.mention.sentence].filter { clause.contains($0.lowerBound) }
        guard !topics.isEmpty else { return nil }
        // The topic, an active cause verb, the mention: the nearest relation cue before the mention is that verb.
        if let cue = cues.last(where: { $0.isRelation && $0.tokens.upperBound <= start }), cue.kinds.contains(.causeForward),
            topics.contains(where: { $0.upperBound <= cue.tokens.lowerBound })
        {
            return .noClaim(.consequence(cue: mention.text(cue)))
        }
        // The mention, a passive cause verb, the topic: the nearest relation cue after the mention is that verb.
        if let cue = cues.first(where: { $0.isRelation && $0.tokens.lowerBound >= end }), cue.kinds.contains(.causePassive),
            topics.contains(where: { $0.lowerBound >= cue.tokens.upperBound })
        {
            return .noClaim(.consequence(cue: mention.text(cue)))
        }
        return nil
    }
}

/// A relation between the mention and another concept, in a clause that does not name the topic,
/// is a claim about that other concept ("smoking increases the risk of heart disease",
/// "soft tissue edema is usually caused by a sprain"): across a relation cue from the mention
/// stands another condition or cause, or, for a cause relation, a symptom ("it leads to pain").
struct OtherConditionRelationBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let document = mention.document
        let sentence = mention.mention.sentence
        let clause = mention.clause
        guard !document.hasTopic(in: clause, sentence: sentence) else { return nil }
        let conceptTable = document.lexicon.conceptTable
        let start = mention.start, end = mention.mention.tokens.upperBound
        for cue in mention.cues where cue.isRelation && clause.contains(cue.tokens.lowerBound) {
            let isCause = cue.kinds.overlaps(.causeRelation)
            let other = document.mentions(in: clause, sentence: sentence).first { other in
                guard other != mention.mention, !document.isTopic(other) else { return false }
                let across = (end <= cue.tokens.lowerBound && other.tokens.lowerBound >= cue.tokens.upperBound)
                    || (cue.tokens.upperBound <= start && other.tokens.upperBound <= cue.tokens.lowerBound)
                let role = conceptTable[other.concept].primaryRole
                return across && (role == .condition || role == .cause || (isCause && role == .symptom))
            }
            if let other { return .noClaim(.aboutOther(concept: conceptTable[other.concept].id, cue: mention.text(cue))) }
        }
        return nil
    }
}

/// Another name of the topic is not a claim: a mention right after a naming cue ("also called",
/// "known as") with the topic (or "it") right before the cue, right after it, or right after the
/// mention ("BME, also called …", "they called it …", "referred to as X or as BME"), or after a
/// term cue ("the term …") in a sentence that names
/// the topic; or a mention right before "also known as" and the topic.
struct SynonymBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let document = mention.document
        let sentence = mention.mention.sentence
        let topics = document.topicSpans[sentence]
        guard !topics.isEmpty else { return nil }
        let window = document.windows.blockWords
        if let cue = mention.cue(.synonymTerm, before: window) { return .noClaim(.synonym(cue: mention.text(cue))) }
        if let cue = mention.cue(.synonym, before: window),
            topics.contains(where: { topic in
                (topic.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - topic.upperBound <= 2)
                    || (topic.lowerBound >= cue.tokens.upperBound && topic.upperBound <= mention.start)
                    || (topic.lowerBound >= mention.mention.tokens.upperBound && topic.lowerBound - mention.mention.tokens.upperBound <= window)
            })
        {
            return .noClaim(.synonym(cue: mention.text(cue)))
        }
        let end = mention.mention.tokens.upperBound
        if let cue = mention.cues.first(where: { $0.kinds.contains(.synonym) && $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 1 }),
            topics.contains(where: { $0.lowerBound >= cue.tokens.upperBound && $0.lowerBound - cue.tokens.upperBound <= window })
        {
            return .noClaim(.synonym(cue: mention.text(cue)))
        }
        return nil
    }
}
