/// Whose finding a mention is.
public enum Experiencer: String, Codable, Sendable, Hashable {
    /// The patient's, or the text's own claim.
    case patient
    /// Someone else's ("family history of", "her mother had").
    case other
}

/// The ConText attributes besides negation and uncertainty: they describe the finding and leave
/// the assertion as it is ("Return if fever develops": `fever` is affirmed and hypothetical).
public struct AssertionAttributes: Hashable, Sendable {
    /// Spoken of as a condition or a possible future event.
    public var hypothetical = false
    /// Belongs to the past.
    public var historical = false
    /// Whose finding it is.
    public var experiencer = Experiencer.patient

    /// No attribute set.
    public init() {}

    /// Whether every attribute has its default value.
    public var isDefault: Bool { !hypothetical && !historical && experiencer == .patient }
}

/// A trigger that applied to a mention: its phrase as written, where it is, and its section.
public struct AppliedTrigger: Hashable, Sendable {
    /// The section of `assertion.cues` whose rule applied.
    public var section: AssertionSection
    /// The trigger as written in the text.
    public var text: String
    /// Its tokens.
    public var tokens: Range<Int>
}

/// Why a mention has the assertion and attributes it has: values, rendered only at the edge.
public enum AssertionReason: Hashable, Sendable {
    /// A trigger's scope covers the mention (or the relation it takes part in).
    case trigger(AppliedTrigger)
    /// An even number of negations covers the mention, so it stays affirmed.
    case doubleNegation(count: Int)
    /// A negation inside the condition that makes the mention hypothetical ("If rest does not
    /// help, …"): no denial.
    case conditionalNegation(AppliedTrigger)

    /// The reason in words, for `explain` and the records' `why`.
    public var description: String {
        switch self {
        case .trigger(let trigger):
            switch trigger.section.category {
            case .negation: return "negated by '\(trigger.text)'"
            case .uncertainty:
                return trigger.section == .uncertainSentence
                    ? "hedged by '\(trigger.text)' (a verdict on the whole sentence)" : "hedged by '\(trigger.text)'"
            case .hypothetical: return "hypothetical: '\(trigger.text)'"
            case .historical: return "historical: '\(trigger.text)'"
            case .experiencer: return "experienced by someone else: '\(trigger.text)'"
            case nil: return "'\(trigger.text)'"
            }
        case .doubleNegation(let count): return "double negation (\(count) negations): affirmed"
        case .conditionalNegation(let trigger): return "'\(trigger.text)' is part of a condition, not a denial"
        }
    }
}

/// The assertion stage's answer for one mention.
public struct AssertionResult: Hashable, Sendable {
    /// Affirmed, negated or uncertain.
    public var assertion: Assertion
    /// Hypothetical, historical, experiencer.
    public var attributes: AssertionAttributes
    /// The triggers that applied and what followed from them, in the order considered.
    public var reasons: [AssertionReason]

    /// The triggers that applied.
    public var triggers: [AppliedTrigger] {
        reasons.compactMap { if case .trigger(let trigger) = $0 { trigger } else { nil } }
    }
}
