/// Whether a source affirms, denies or only hedges a claim.
public enum Assertion: String, Codable, Sendable, CaseIterable {
    case affirmed, negated, uncertain
}

/// The classification of one mention: its role, its claim's object, its assertion, and why.
public struct Finding: Hashable, Sendable {
    /// The mention classified.
    public var mention: Mention
    /// Cause, treatment, symptom, diagnostic, or other.
    public var role: Role
    /// The object of the claim: a concept index (usually the topic).
    public var object: Int
    /// Affirmed, negated or uncertain.
    public var assertion: Assertion
    /// Hypothetical, historical, experiencer.
    public var attributes: AssertionAttributes
    /// The assertion triggers that applied.
    public var triggers: [AppliedTrigger]
    /// The section kind in force where the mention is.
    public var sectionKind: SectionKind
    /// Why: the rule that decided the role, the object's reason, the assertion's, in that order.
    public var reasons: [Reason]
}
