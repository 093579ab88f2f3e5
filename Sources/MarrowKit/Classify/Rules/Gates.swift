/// A concept whose lexicon roles allow no claim (a condition, the topic itself) is never a claim.
struct ClaimableConcept: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.allowed.isEmpty ? .noClaim(.neverAClaim(concept: mention.concept.id, role: mention.concept.primaryRole)) : nil
    }
}

/// A mention in a heading states no claim: headings name categories.
struct HeadingRule: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.block.kind.headingLevel != nil ? .noClaim(.inHeading) : nil
    }
}
