/// Decides each mention's role, the object of its claim, and its assertion.
///
/// The role comes from a pipeline of small rules over the facts about the mention
/// (``RolePipeline``): what can never be a claim, what blocks one (a test, a hypernym, a
/// prevention, the condition a treatment is given for, a look-alike), then the evidence for one, in
/// order of strength: a relation cue in the mention's clause with the topic in reach, a link word
/// between the topic and the mention, the intro line of the list the mention is in, the kind of
/// section it sits in. A concept takes only roles its lexicon allows. Assertion comes from negation
/// and hedge triggers whose scope (bounded by clause ends and terminators) covers the mention or
/// its relation.
public struct Classifier: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let topics: Set<Int>
    let primaryTopic: Int?
    let roles: RolePipeline
    let objects = ClaimObject()
    /// The assertion stage over the lexicon's triggers, made once: making it per mention would copy
    /// (retain and release) every table of ``AssertionLexicon``.
    let assertionScope: AssertionScope
    /// Each concept's usual role, by concept index.
    let primaryRoles: [Role]
    /// Each concept's claim roles (cause, treatment, symptom, diagnostic), by concept index.
    let claimRoles: [[Role]]

    /// Creates a classifier with the shipped rules.
    public init(lexicon: CompiledLexicon) {
        self.init(lexicon: lexicon, roles: .standard(lexicon))
    }

    init(lexicon: CompiledLexicon, roles: RolePipeline) {
        self.lexicon = lexicon
        let topics = lexicon.conceptTable.indices.filter { lexicon.conceptTable[$0].roles.contains(.topic) }
        self.topics = Set(topics)
        self.primaryTopic = topics.first
        self.roles = roles
        assertionScope = AssertionScope(lexicon: lexicon.assertion)
        primaryRoles = lexicon.conceptTable.map(\.primaryRole)
        claimRoles = lexicon.conceptTable.map(MentionFacts.claimRoles)
    }

    /// Classifies every mention of a document; mentions that make no claim are left out.
    public func classify(_ matched: MatchedText) -> [Finding] {
        let context = makeContext(matched)
        var triggers = SentenceTriggers()
        return context.mentions.compactMap { mention in
            let finding = classify(mention, context, explaining: false, triggers: &triggers)
            return finding.role == .other ? nil : finding
        }
    }

    /// Classifies every mention of a document, including those that make no claim (role `other`),
    /// each with the reasons for its role and assertion.
    ///
    /// - Parameter forced: a span to classify as well, as if it named a concept that can be a
    ///   cause or a treatment (for `explain --term` on words the lexicons lack).
    public func explain(_ matched: MatchedText, forced: Mention? = nil) -> [Finding] {
        var workspace = ClassificationWorkspace()
        return explain(matched, forced: forced, reusing: &workspace)
    }

    /// ``explain(_:forced:)`` with the context's tables refilled in `workspace`.
    func explain(_ matched: MatchedText, forced: Mention? = nil, reusing workspace: inout ClassificationWorkspace)
        -> [Finding]
    {
        let context = makeContext(matched, also: forced, reusing: &workspace)
        var triggers = SentenceTriggers()
        var findings = context.mentions.map { classify($0, context, triggers: &triggers) }
        if let forced { findings.append(classify(forced, context, forced: true, triggers: &triggers)) }
        recycle(context, into: &workspace)
        return findings
    }

    /// Classifies one mention (a `forced` one as ``forcedConcept``); unless `explaining`, a
    /// mention that makes no claim is left with the role rule's reason alone (no object, no
    /// assertion: nothing reads them).
    func classify(
        _ mention: Mention, _ context: ClassificationContext, forced: Bool = false, explaining: Bool = true,
        triggers: inout SentenceTriggers
    ) -> Finding {
        let facts = MentionFacts(mention, forced: forced, in: context)
        let verdict = roles.decide(facts)
        var reasons = [verdict.reason]
        if !explaining && verdict.role == nil {
            return Finding(
                mention: mention, role: .other, object: primaryTopic ?? mention.concept, assertion: .affirmed,
                attributes: AssertionAttributes(), triggers: [], sectionKind: facts.sectionKind, reasons: reasons)
        }
        var object = primaryTopic ?? mention.concept
        if let role = verdict.role, let other = objects.decide(facts, role: role, byCue: verdict.cue != nil) {
            object = other.object
            reasons.append(other.reason)
        }
        let assertion = assertion(
            of: mention, roleCue: verdict.cue, clause: facts.clause.clause, context: context, triggers: &triggers)
        reasons += assertion.reasons.map(Reason.assertion)
        var role = verdict.role ?? .other
        // A denial with only the prior for a claim denies the finding, not a relation ("no
        // history of trauma", "without overloading the bone"): no claim.
        if assertion.assertion == .negated, case .topicPrior = verdict.reason {
            role = .other
            reasons.append(.deniedWithoutRelation)
        }
        return Finding(
            mention: mention, role: role, object: object, assertion: assertion.assertion,
            attributes: assertion.attributes, triggers: assertion.triggers, sectionKind: facts.sectionKind,
            reasons: reasons)
    }
}
