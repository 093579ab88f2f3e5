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

/// A mention right after a prevention cue is what a measure prevents or puts off, not a cause
/// ("prevents infection", "protects against a new injury", "postponing a knee replacement").
struct PreventionBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.blockingCue(.blockPrevention)
    }
}

/// The condition a treatment is given for is not itself a claim: "chemotherapy for leukemia"
/// (an object cue right before it, a treatment before the cue in the clause), "that is treating
/// the asthma, not the rhinitis" (right after a treatment verb, in a clause without the topic).
struct OtherConditionObjectBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard !mention.allows(.treatment) else { return nil }
        let document = mention.document
        let near = mention.clause.objects.ending(
            within: document.windows[.givenForWords], before: mention.start, longest: mention.longestCue)
        if let verb = near.first(where: { $0.kinds.contains(.treatment) }), !mention.clause.hasTopic {
            return .noClaim(.givenFor(condition: mention.text(verb), cue: mention.text(verb)))
        }
        guard let objectCue = near.first, let treatment = mention.clause.mentions.first,
            treatment.tokens.upperBound <= objectCue.tokens.lowerBound,
            document.lexicon.conceptTable[treatment.concept].roles.contains(.treatment)
        else { return nil }
        return .noClaim(
            .givenFor(condition: document.segmented.clean.text(treatment.range), cue: mention.text(objectCue)))
    }
}

/// A look-alike of the topic makes no claim: "resembles X", "unlike X", "the differential
/// diagnosis includes X", or "X or Y can mimic …" with no relation cue in between; a comparison
/// anywhere in a sentence with no relation cue of the mention's clause.
///
/// A comparison before the mention reaches it only across its own phrase: a subordinator or a
/// relative pronoun in between opens a clause of its own, which the comparison does not govern
/// ("it belongs in the differential diagnosis whenever patients present with pain, above all in
/// pregnancy": the pregnancy is not a look-alike).
struct DifferentialBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        // "allergic rhinitis is distinguished from … infectious rhinitis" compares forms of the topic.
        if mention.document.modifierStarts.contains(mention.start) { return nil }
        let differentials = mention.clause.differentials
        let before = differentials.first.flatMap {
            $0.tokens.upperBound <= mention.start && mention.governedBy($0) ? $0 : nil
        }
        var mimicAfter: Cue?
        if let after = differentials.first(startingAtOrAfter: mention.end) {
            let relation = mention.relation.relations.first(startingAtOrAfter: mention.end)
            if relation.map({ $0.tokens.upperBound > after.tokens.lowerBound }) ?? true { mimicAfter = after }
        }
        let anywhere =
            mention.relation.relations.isEmpty
            ? mention.document.firstDifferential(of: mention.mention.sentence).flatMap {
                $0.tokens.upperBound <= mention.start && !mention.governedBy($0) ? nil : $0
            } : nil
        guard let differential = before ?? mimicAfter ?? anywhere else { return nil }
        return .noClaim(.lookAlike(cue: mention.text(differential)))
    }
}

/// An outcome of the topic is not its cause: a mention after an outcome word ("may progress to
/// sinusitis"), after the topic and an active cause verb ("it can lead to poor sleep"), or
/// before a passive one whose other side is the topic ("pain caused by it").
struct ConsequenceBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let longest = mention.longestCue
        let nearestBefore = mention.relation.relations.last(endingAtOrBefore: mention.start, longest: longest)
        // An outcome word before the mention, no relation cue in between.
        if let outcome = mention.relation.consequences.last(endingAtOrBefore: mention.start, longest: longest),
            nearestBefore.map({ $0.tokens.lowerBound < outcome.tokens.upperBound }) ?? true
        {
            return .noClaim(.consequence(cue: mention.text(outcome)))
        }
        guard let firstTopic = mention.relation.topicSpans.first, let lastTopic = mention.relation.topicSpans.last
        else { return nil }
        // The topic, an active cause verb, the mention: the nearest relation cue before the mention is that verb.
        if let cue = nearestBefore, cue.kinds.contains(.causeForward), firstTopic.upperBound <= cue.tokens.lowerBound,
            !mention.isPassive(cue)
        {
            return .noClaim(.consequence(cue: mention.text(cue)))
        }
        // The mention, a passive cause verb, the topic: the nearest relation cue after the mention is that verb.
        if let cue = mention.relation.relations.first(startingAtOrAfter: mention.end),
            cue.kinds.contains(.causePassive),
            lastTopic.lowerBound >= cue.tokens.upperBound
        {
            return .noClaim(.consequence(cue: mention.text(cue)))
        }
        return nil
    }
}

/// A relation between the mention and another concept, in a clause that does not name the topic,
/// is a claim about that other concept ("smoking increases the risk of heart disease",
/// "a skin rash is usually caused by a detergent"): across the nearest relation cue from the
/// mention stands another condition or cause, or, for a cause relation, a symptom ("it leads to
/// pain"). It runs after the evidence of cues, links and list intros, so "Hay fever is
/// different. Asthma is often due to cold air." stays a claim whose object is the
/// condition.
///
/// The partner must be the mention's own: a mention of the same role standing between the cue
/// and the partner opens a relation of its own, so "a nasal spray helps with a blocked nose, and
/// a saline rinse washes pollen out" does not tie the spray to the pollen.
struct OtherConditionRelationBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard !mention.clause.hasTopic else { return nil }
        func partners(_ cue: Cue) -> [Mention] {
            cue.kinds.overlaps(.causeRelation) ? mention.clause.partnersOrSymptoms : mention.clause.partners
        }
        let role = mention.concept.primaryRole
        let roles = mention.document.primaryRoles
        /// Whether a mention of the mention's role, not the partner, lies within `tokens`.
        func interrupted(_ tokens: Range<Int>, partner: Mention) -> Bool {
            mention.clause.mentions.contains {
                $0 != mention.mention && $0 != partner && tokens.lowerBound <= $0.tokens.lowerBound
                    && $0.tokens.upperBound <= tokens.upperBound && roles[$0.concept] == role
            }
        }
        if let cue = mention.clause.relations.first(startingAtOrAfter: mention.end),
            let partner = partners(cue).first(where: {
                $0.tokens.lowerBound >= cue.tokens.upperBound
                    && !interrupted(cue.tokens.upperBound..<$0.tokens.lowerBound, partner: $0)
            })
        {
            return mention.aboutOther(partner, cue)
        }
        if let cue = mention.clause.relations.last(endingAtOrBefore: mention.start, longest: mention.longestCue),
            let partner = partners(cue).first, partner.tokens.upperBound <= cue.tokens.lowerBound,
            !interrupted(partner.tokens.upperBound..<cue.tokens.lowerBound, partner: partner)
        {
            return mention.aboutOther(partner, cue)
        }
        return nil
    }
}

/// A relation in a relative clause about another concept is that concept's: "avascular necrosis
/// (AVN), which mostly results from ischaemic events" (the ischaemia causes the necrosis). It runs
/// before the relation cues, which would otherwise reach back to the topic.
struct RelativeClauseBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard !mention.clause.hasTopic, let antecedent = mention.clause.antecedent,
            [.cause, .condition].contains(mention.document.primaryRoles[antecedent.concept]),
            let cue = mention.clause.relations.last(endingAtOrBefore: mention.start, longest: mention.longestCue)
        else { return nil }
        return mention.aboutOther(antecedent, cue)
    }
}

extension MentionFacts {
    /// Whether a verb cue is passive: a form of "be" right before it ("can be caused not only by
    /// trauma"), so its cause stands after it.
    func isPassive(_ cue: Cue) -> Bool {
        let first = cue.tokens.lowerBound
        guard first > 0 else { return false }
        return document.lexicon.wordIDs.passives.contains(document.matched.keyIDs.key(first - 1))
    }

    /// Whether a cue before the mention governs it: no subordinator or relative pronoun outside
    /// every cue ("such as" is a cue, not the subordinator "as") stands between them.
    func governedBy(_ cue: Cue) -> Bool {
        let breaks = document.breaks(of: mention.sentence)
        let next = breaks.firstIndex(keyAtOrAfter: cue.tokens.upperBound) { $0 }
        return next == breaks.count || breaks[next] >= start
    }

    /// A no-claim verdict: the relation ties the mention to `other`.
    func aboutOther(_ other: Mention, _ cue: Cue) -> RoleVerdict {
        .noClaim(.aboutOther(concept: document.lexicon.conceptTable[other.concept].id, cue: text(cue)))
    }
}

/// Another name of the topic is not a claim: a mention right after a naming cue ("also called",
/// "known as") with the topic (or "it") right before the cue, right after it, or right after the
/// mention ("hay fever, also called …", "they called it …", "referred to as X or as hay fever"), or after a
/// term cue ("the term …") in a sentence that names the topic; or a mention right before "also
/// known as" and the topic.
struct SynonymBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let document = mention.document
        let topics = document.topicSpans[mention.mention.sentence]
        guard !topics.isEmpty else { return nil }
        let window = document.windows[.blockWords]
        if let cue = mention.cue(.synonymTerm, before: window) { return .noClaim(.synonym(cue: mention.text(cue))) }
        if let cue = mention.cue(.synonym, before: window) {
            let before =
                topics.last(endingAtOrBefore: cue.tokens.lowerBound).map { cue.tokens.lowerBound - $0.upperBound <= 2 }
                ?? false
            let between =
                topics.first(startingAtOrAfter: cue.tokens.upperBound).map { $0.upperBound <= mention.start } ?? false
            let after =
                topics.first(startingAtOrAfter: mention.end).map { $0.lowerBound - mention.end <= window } ?? false
            if before || between || after { return .noClaim(.synonym(cue: mention.text(cue))) }
        }
        if let cue = mention.clause.cues.first(startingAtOrAfter: mention.end), cue.kinds.contains(.synonym),
            cue.tokens.lowerBound - mention.end <= 1,
            let topic = topics.first(startingAtOrAfter: cue.tokens.upperBound),
            topic.lowerBound - cue.tokens.upperBound <= window
        {
            return .noClaim(.synonym(cue: mention.text(cue)))
        }
        return nil
    }
}

extension MentionFacts {
    /// A no-claim verdict when a cue of `kind` stands right before the mention in its clause.
    func blockingCue(_ kind: CueKind) -> RoleVerdict? {
        cue(kind, before: document.windows[.blockWords]).map { .noClaim(.blocked(kind, cue: text($0))) }
    }
}
