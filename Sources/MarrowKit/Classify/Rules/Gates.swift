/// A concept whose lexicon roles allow no claim (a condition, the topic itself) is never a claim.
struct ClaimableConcept: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.allowed.isEmpty
            ? .noClaim(.neverAClaim(concept: mention.concept.id, role: mention.concept.primaryRole)) : nil
    }
}

/// Page furniture states no claim: index terms, source and reference lines, affiliations.
struct FurnitureBlocker: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        mention.document.furniture(of: mention.mention.sentence).map { .noClaim(.furniture($0)) }
    }
}

/// A heading states a claim only through what it says: a relation cue or a link word with the
/// topic ("Treating allergies with antihistamines"), the intro it stands under when it is a short
/// line after one ("Treatment options include:" and then "Antihistamines"), or a concept named under a causes or
/// treatment heading (a category sub-heading, "Inflammatory conditions" under "Causes"). Nothing
/// else makes it one: the topic's prior does not reach headings, which name categories, and a
/// heading naming a group of causes (lexicon category `group`, "Metabolic conditions") is a
/// label over the causes below it.
struct HeadingRule: RoleRule {
    let evidence: [any RoleRule]

    init(lexicon: CompiledLexicon) {
        evidence = [
            RelationCueRule(topicInSentence: true), LinkWordRule(lexicon: lexicon), ListIntroRule(), SectionPriorRule(),
        ]
    }

    /// The lexicon category of concepts that name a group of causes ("metabolic disorders"): a
    /// heading naming one labels the causes listed under it.
    static let group = "group"

    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard mention.block.kind.headingLevel != nil else { return nil }
        if mention.concept.category == HeadingRule.group { return .noClaim(.inHeading) }
        for rule in evidence {
            if let verdict = rule.decide(mention) { return verdict }
        }
        return .noClaim(.inHeading)
    }
}
