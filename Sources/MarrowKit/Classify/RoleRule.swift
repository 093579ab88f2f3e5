/// A cue phrase of a sentence with its meaning as a bit set, resolved once per document.
public struct Cue: Hashable, Sendable {
    /// What the phrase means (it may be listed in several sections).
    public var kinds: CueKinds
    /// Its tokens.
    public var tokens: Range<Int>

    /// Creates a cue.
    public init(kinds: CueKinds, tokens: Range<Int>) {
        self.kinds = kinds
        self.tokens = tokens
    }

    /// A cue of the matcher's hit, whose payloads are ``CueKind`` raw values.
    init(_ hit: CueHit) { self.init(kinds: CueKinds(payloads: hit.kinds), tokens: hit.tokens) }

    /// Whether the phrase makes a mention a cause or a treatment.
    var isRelation: Bool { kinds.overlaps(.relation) }
}

/// What one rule says about a mention.
enum RoleVerdict: Hashable, Sendable {
    /// The mention is a claim in this role; `cue` is the relation cue that made it one (its
    /// negation or hedge is the claim's).
    case claim(Role, cue: Cue?, Reason)
    /// The mention makes no claim.
    case noClaim(Reason)

    /// The role, for a claim.
    var role: Role? {
        if case .claim(let role, _, _) = self { return role }
        return nil
    }

    /// The relation cue that made the claim.
    var cue: Cue? {
        if case .claim(_, let cue, _) = self { return cue }
        return nil
    }

    /// Why.
    var reason: Reason {
        switch self {
        case .claim(_, _, let reason), .noClaim(let reason): reason
        }
    }
}

/// One rule of the role decision: it reads the facts about a mention and either decides (a claim
/// in a role, or no claim) or passes (nil), leaving the mention to the rules after it.
protocol RoleRule: Sendable {
    /// The rule's verdict on `mention`, or nil when the rule has nothing to say.
    func decide(_ mention: MentionFacts) -> RoleVerdict?
}

/// The role decision: rules in order of strength; the first that decides wins, and a mention no
/// rule decides makes no claim.
struct RolePipeline: Sendable {
    /// The rules, strongest first.
    let rules: [any RoleRule]

    /// The verdict on `mention`.
    func decide(_ mention: MentionFacts) -> RoleVerdict {
        for rule in rules {
            if let verdict = rule.decide(mention) { return verdict }
        }
        return .noClaim(.noEvidence(section: mention.sectionKind, concept: mention.concept.id))
    }

    /// The shipped rules, strongest first: what can never be a claim, then what blocks a claim,
    /// then the evidence for one, from a relation cue down to the section's prior.
    static func standard(_ lexicon: CompiledLexicon) -> RolePipeline {
        RolePipeline(rules: [
            ClaimableConcept(),
            FurnitureBlocker(),
            DiagnosticBlocker(),
            HypernymBlocker(),
            PreventionBlocker(),
            OtherConditionObjectBlocker(),
            DifferentialBlocker(),
            SynonymBlocker(),
            ConsequenceBlocker(),
            RelativeClauseBlocker(),
            HeadingRule(lexicon: lexicon),
            RelationCueRule(),
            LinkWordRule(lexicon: lexicon),
            ListIntroRule(),
            OtherConditionRelationBlocker(),
            SectionPriorRule(),
            TopicPriorRule(),
        ])
    }
}
