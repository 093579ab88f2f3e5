/// Decides each mention's role, the object of its claim, and its assertion.
///
/// Roles come, in order of strength, from a relation cue in the mention's clause when the topic is
/// in reach ("injury or infection cause it"), from a link word standing alone between the topic
/// and the mention ("hay fever from pollen"), from the intro line of the list the mention is in
/// ("You're at greater risk of it if you have:"), and from the kind of section it sits in. A
/// concept takes only roles its lexicon allows. Assertion comes from negation and hedge triggers
/// whose scope (bounded by clause ends and terminators) covers the mention or its relation.
public struct Classifier: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let topics: Set<Int>
    let primaryTopic: Int?
    let kindNames: [String]

    /// How many sentences back a mention of the topic still puts it in reach of a sentence that
    /// names no condition ("… what helped me: crutches, then PT").
    static let topicWindow = 3

    /// Creates a classifier.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        let topics = lexicon.conceptTable.indices.filter { lexicon.conceptTable[$0].roles.contains(.topic) }
        self.topics = Set(topics)
        self.primaryTopic = topics.first
        self.kindNames = lexicon.cueTable.map(\.description)
    }

    /// Classifies every mention of a document; mentions that make no claim are left out.
    public func classify(_ matched: MatchedText) -> [Finding] {
        let context = makeContext(matched)
        return matched.mentions.map { classify($0, context, concept: lexicon.conceptTable[$0.concept]) }.filter { $0.role != .other }
    }

    /// Classifies every mention of a document, including those that make no claim (role `other`),
    /// each with the reasons for its role and assertion.
    ///
    /// - Parameter forced: a span to classify as well, as if it named a concept that can be a
    ///   cause or a treatment (for `explain --term` on words the lexicons lack).
    public func explain(_ matched: MatchedText, forced: Mention? = nil) -> [Finding] {
        let context = makeContext(matched)
        var findings = matched.mentions.map { classify($0, context, concept: lexicon.conceptTable[$0.concept]) }
        if let forced {
            let concept = Concept(id: "term", name: "term", roles: [.cause, .treatment], category: "other", terms: [])
            findings.append(classify(forced, context, concept: concept))
        }
        return findings
    }

    // MARK: One mention

    /// The cue kinds of a hit, by name.
    func kinds(_ hit: CueHit) -> [String] { hit.kinds.map { kindNames[$0] } }

    func isCauseCue(_ hit: CueHit) -> Bool { kinds(hit).contains { $0 == "roles.cause" || $0 == "roles.association" || $0 == "roles.risk" } }
    func isTreatmentCue(_ hit: CueHit) -> Bool { kinds(hit).contains("roles.treatment") }

    /// The text a hit covers.
    func text(_ hit: CueHit, _ segmented: SegmentedText) -> String {
        segmented.clean.text(segmented.tokens[hit.tokens.lowerBound].range.lowerBound..<segmented.tokens[hit.tokens.upperBound - 1].range.upperBound)
    }

    func classify(_ mention: Mention, _ context: ClassificationContext, concept: Concept) -> Finding {
        var reasons: [String] = []
        let clause = context.clause(of: mention.tokens.lowerBound, in: mention.sentence)
        let decision = decideRole(mention, context, concept: concept, clause: clause, reasons: &reasons)
        var object = primaryTopic ?? mention.concept
        if let decision, let other = claimObject(mention, role: decision.role, byCue: decision.cue != nil, clause: clause, context, reasons: &reasons) {
            object = other
        }
        let assertion = assert(mention, roleCue: decision?.cue, clause: clause, context: context, reasons: &reasons)
        return Finding(mention: mention, role: decision?.role ?? .other, object: object, assertion: assertion,
                       sectionKind: context.sectionKind(of: mention.sentence), reasons: reasons)
    }

    func decideRole(_ mention: Mention, _ context: ClassificationContext, concept: Concept, clause: Clause, reasons: inout [String]) -> (role: Role, cue: CueHit?)? {
        let matched = context.matched
        let segmented = matched.segmented
        let tokens = segmented.tokens
        let allowed = concept.roles.filter { [.cause, .treatment, .symptom, .diagnostic].contains($0) }
        guard !allowed.isEmpty else {
            reasons.append("'\(concept.id)' is a \(concept.primaryRole.rawValue), never a claim of its own")
            return nil
        }
        let sentence = segmented.sentences[mention.sentence]
        let block = segmented.clean.blocks[sentence.block]
        if block.kind.headingLevel != nil {
            reasons.append("in a heading: headings name categories, they do not state claims")
            return nil
        }
        let hits = matched.cues[mention.sentence]
        let start = mention.tokens.lowerBound

        if let blocker = hits.first(where: { kinds($0).contains("roles.block") && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 3 && clause.contains($0.tokens.lowerBound) }) {
            reasons.append("follows '\(text(blocker, segmented))', which introduces no claim")
            return nil
        }
        // "chemotherapy for leukemia", "aspirin, a drug used for heart disease": the condition
        // a treatment in the clause is given for is not itself a claim.
        if let objectCue = hits.first(where: { kinds($0).contains("roles.object") && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 1 }),
            let treatment = context.mentions(in: clause, sentence: mention.sentence).first(where: { $0.tokens.upperBound <= objectCue.tokens.lowerBound }),
            lexicon.conceptTable[treatment.concept].roles.contains(.treatment), !allowed.contains(.treatment)
        {
            reasons.append("the condition '\(segmented.clean.text(treatment.range))' is given for ('\(text(objectCue, segmented))'), not a claim")
            return nil
        }

        var inClause = hits.filter { clause.contains($0.tokens.lowerBound) }
        var relationClause = clause
        // "Psoriasis does not cause it, but psoriatic arthritis does": an elliptical clause ending
        // on an auxiliary borrows the relation of the clause before it (not its polarity).
        var elliptical = false
        let clauses = context.clauses[mention.sentence]
        if !inClause.contains(where: { isCauseCue($0) || isTreatmentCue($0) }), let position = clauses.firstIndex(where: { $0.contains(start) }), position > 0,
            let last = clause.ranges.last?.last, lexicon.auxiliaries.contains(tokens[last].key) || (tokens[last].key == "." && last > 0 && lexicon.auxiliaries.contains(tokens[last - 1].key))
        {
            relationClause = clauses[position - 1]
            inClause = hits.filter { relationClause.contains($0.tokens.lowerBound) }
            elliptical = true
        }
        let causeCues = inClause.filter(isCauseCue)
        let treatmentCues = inClause.filter(isTreatmentCue)
        let differentials = hits.filter { kinds($0).contains("roles.differential") }
        // A look-alike: "resembles X", or "X or Y can mimic …" with no relation cue in between.
        let mimicAfter = differentials.first { differential in
            clause.contains(differential.tokens.lowerBound) && differential.tokens.lowerBound >= mention.tokens.upperBound
                && !inClause.contains { ($0.tokens.lowerBound >= mention.tokens.upperBound) && $0.tokens.upperBound <= differential.tokens.lowerBound && (isCauseCue($0) || isTreatmentCue($0)) }
        }
        if let differential = differentials.first(where: { clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= start }) ?? mimicAfter
            ?? (causeCues.isEmpty && treatmentCues.isEmpty ? differentials.first : nil)
        {
            reasons.append("compared with the topic ('\(text(differential, segmented))'): a look-alike, not a claim")
            return nil
        }

        // The topic is in reach when the mention's clause names it; when another clause names it
        // and this clause names no other condition ("If you have it, your provider may suggest
        // …", not "… although smoking increases the risk of heart disease"); or when the
        // sentence does not name it but one of the few sentences before it, in the same section,
        // does (a condition named in the clause then becomes the claim's object).
        let section = segmented.sectionOfBlock[sentence.block]
        let recentHasTopic = (max(0, mention.sentence - Classifier.topicWindow)..<mention.sentence).contains { earlier in
            let block = segmented.sentences[earlier].block
            return segmented.sectionOfBlock[block] == section && segmented.clean.blocks[block].kind.headingLevel == nil && context.hasTopic(earlier)
        }
        let clauseNamesOtherCondition = context.mentions(in: clause, sentence: mention.sentence).contains { other in
            other != mention && [.cause, .condition].contains(lexicon.conceptTable[other.concept].primaryRole)
        }
        let topicElsewhere = !clauseNamesOtherCondition && context.clauses[mention.sentence].contains { context.hasTopic(in: $0, sentence: mention.sentence) }
        let topicInReach = context.hasTopic(in: relationClause, sentence: mention.sentence) || topicElsewhere
            || (!context.hasTopic(mention.sentence) && recentHasTopic)
        if topicInReach {
            func distance(_ hit: CueHit) -> Int {
                hit.tokens.upperBound <= start ? start - hit.tokens.upperBound : max(0, hit.tokens.lowerBound - mention.tokens.upperBound)
            }
            let cause = allowed.contains(.cause) ? causeCues.min { distance($0) < distance($1) } : nil
            let treatment = allowed.contains(.treatment) ? treatmentCues.min { distance($0) < distance($1) } : nil
            let borrowed = elliptical ? " (borrowed by an elliptical clause)" : ""
            if let cause, treatment.map({ distance(cause) <= distance($0) }) ?? true {
                reasons.append("cause: cue '\(text(cause, segmented))' in the clause\(borrowed), with the topic in reach")
                return (.cause, elliptical ? nil : cause)
            }
            if let treatment {
                reasons.append("treatment: cue '\(text(treatment, segmented))' in the clause\(borrowed), with the topic in reach")
                return (.treatment, elliptical ? nil : treatment)
            }
        }

        // "hay fever from pollen", "antihistamines for hay fever": one link word between topic and mention.
        for span in context.topicSpans[mention.sentence] {
            func between(_ range: Range<Int>) -> String? {
                let words = tokens[range].filter { !lexicon.determiners.contains($0.key) }
                return words.isEmpty || words.count > 3 ? nil : words.map(\.key).joined(separator: " ")
            }
            if allowed.contains(.cause), span.upperBound <= start, let link = between(span.upperBound..<start), lexicon.causeLinks.contains(link) {
                reasons.append("cause: '\(link)' links the topic to it")
                return (.cause, nil)
            }
            if allowed.contains(.treatment), mention.tokens.upperBound <= span.lowerBound, let link = between(mention.tokens.upperBound..<span.lowerBound), lexicon.treatmentLinks.contains(link) {
                reasons.append("treatment: '\(link)' links it to the topic")
                return (.treatment, nil)
            }
        }

        if block.kind == .listItem, let intro = block.listIntro,
            let last = segmented.sentencesOfBlock[intro].last
        {
            // The list hangs off the intro's last role cue ("If you have …, your provider may recommend:").
            if let hit = matched.cues[last].last(where: { isCauseCue($0) || isTreatmentCue($0) }) {
                let role: Role = isCauseCue(hit) ? .cause : .treatment
                if allowed.contains(role) {
                    reasons.append("\(role.rawValue): item of a list introduced by '\(segmented.clean.text(segmented.sentences[last].range))'")
                    return (role, nil)
                }
            }
        }
        let kind = context.sectionKind(of: mention.sentence)
        if let sectionRole = kind.role, allowed.contains(sectionRole) {
            reasons.append("\(sectionRole.rawValue): in a \(kind.rawValue) section")
            return (sectionRole, nil)
        }
        reasons.append("no relation cue with the topic in reach, no link, no list intro, and a \(kind.rawValue) section does not make '\(concept.id)' a claim")
        return nil
    }

    /// The object of the claim when it is not the topic: a condition named in the clause when a
    /// relation cue, not the section, made the claim and the clause does not name the topic ("Leg
    /// swelling is often due to heart failure"), or for a treatment
    /// the condition right after an object cue ("used to treat cancer", "helps prevent gout").
    func claimObject(_ mention: Mention, role: Role, byCue: Bool, clause: Clause, _ context: ClassificationContext, reasons: inout [String]) -> Int? {
        let matched = context.matched
        let inClause = context.mentions(in: clause, sentence: mention.sentence).filter { $0 != mention }
        guard !inClause.contains(where: { topics.contains($0.concept) }) else { return nil }
        if role == .treatment {
            let objectCues = matched.cues[mention.sentence].filter { clause.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= mention.tokens.upperBound && kinds($0).contains("roles.object") }
            for cue in objectCues {
                if let target = inClause.first(where: { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= 2 }),
                    [.condition, .cause].contains(lexicon.conceptTable[target.concept].primaryRole)
                {
                    reasons.append("object: '\(lexicon.conceptTable[target.concept].id)' follows '\(text(cue, matched.segmented))', not the topic")
                    return target.concept
                }
            }
        }
        if byCue, let condition = inClause.first(where: { lexicon.conceptTable[$0.concept].primaryRole == .condition }) {
            reasons.append("object: the clause is about '\(lexicon.conceptTable[condition.concept].id)', not the topic")
            return condition.concept
        }
        return nil
    }
}
