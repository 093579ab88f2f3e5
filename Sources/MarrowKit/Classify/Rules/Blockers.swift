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
        guard let objectCue = mention.cues.first(where: { $0.kinds.contains(.object) && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= mention.document.windows.givenForWords }) else { return nil }
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
