/// Decides each mention's role, the object of its claim, and its assertion.
///
/// Roles come, in order of strength, from a relation cue in the mention's clause when the topic is
/// in reach ("injury or infection cause it"), from the intro line of the list the mention is in
/// ("You're at greater risk of BME if you have:"), and from the kind of section it sits in. A
/// concept takes only roles its lexicon allows. Assertion comes from negation and hedge triggers
/// whose scope (bounded by clause ends and terminators) covers the mention or the relation.
public struct Classifier: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let topics: Set<Int>
    let primaryTopic: Int?
    let kindNames: [String]

    /// Creates a classifier.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        let topics = lexicon.conceptTable.indices.filter { lexicon.conceptTable[$0].roles.contains(.topic) }
        self.topics = Set(topics)
        self.primaryTopic = topics.first
        self.kindNames = lexicon.cueTable.map(\.description)
    }

    /// The per-document view the rules read.
    struct Context {
        let matched: MatchedText
        var sentenceHasTopic: [Bool]
        var sentenceHasDirectTopic: [Bool]
        var clauses: [[Range<Int>]]
        var blockKind: [SectionKind]
        var sectionKind: [SectionKind]
    }

    /// Classifies every mention of a document; mentions that make no claim are left out.
    public func classify(_ matched: MatchedText) -> [Finding] {
        let context = makeContext(matched)
        var findings: [Finding] = []
        for mention in matched.mentions {
            if let finding = classify(mention, context) { findings.append(finding) }
        }
        return findings
    }

    /// Explains one mention: the finding, or why there is none.
    public func explain(_ mention: Mention, in matched: MatchedText) -> (finding: Finding?, reasons: [String]) {
        let context = makeContext(matched)
        var reasons: [String] = []
        let finding = classify(mention, context, reasons: &reasons)
        return (finding, finding?.reasons ?? reasons)
    }

    // MARK: Context

    func makeContext(_ matched: MatchedText) -> Context {
        let segmented = matched.segmented
        let tokens = segmented.tokens
        var clauses: [[Range<Int>]] = []
        for sentence in segmented.sentences {
            var parts: [Range<Int>] = []
            var start = sentence.tokens.lowerBound
            for index in sentence.tokens {
                let key = tokens[index].key
                let boundary = key == ";" || (key == "," && index + 1 < sentence.tokens.upperBound && lexicon.clauseOpeners.contains(tokens[index + 1].key))
                if boundary {
                    parts.append(start..<index)
                    start = index + 1
                }
            }
            parts.append(start..<sentence.tokens.upperBound)
            clauses.append(parts)
        }

        // Section kinds from headings; a section without a kind of its own inherits its parent's.
        var headingKind: [Int: SectionKind?] = [:]
        for (blockIndex, block) in segmented.clean.blocks.enumerated() where block.kind.headingLevel != nil {
            headingKind[blockIndex] = sectionKind(ofTokens: segmented.tokensOfBlock[blockIndex], isTitle: block.kind.headingLevel == 1, matched: matched)
        }
        let sectionKind: [SectionKind] = segmented.sections.map { section in
            for heading in section.headings.reversed() {
                if let kind = headingKind[heading] ?? nil { return kind }
            }
            return .general
        }

        // Topic presence per sentence; "it" and "this condition" stand for the topic unless another
        // condition was named since.
        var hasTopic = Array(repeating: false, count: segmented.sentences.count)
        var hasDirectTopic = hasTopic
        var lastConditionIsTopic = true
        var lastBlock = -1
        var mentionCursor = 0
        for (sentenceIndex, sentence) in segmented.sentences.enumerated() {
            if sentence.block != lastBlock {
                lastBlock = sentence.block
                lastConditionIsTopic = true
            }
            var events: [(Int, Bool?)] = []
            while mentionCursor < matched.mentions.count, matched.mentions[mentionCursor].sentence <= sentenceIndex {
                let mention = matched.mentions[mentionCursor]
                mentionCursor += 1
                guard mention.sentence == sentenceIndex else { continue }
                if topics.contains(mention.concept) {
                    events.append((mention.tokens.lowerBound, true))
                } else if lexicon.conceptTable[mention.concept].primaryRole == .condition {
                    events.append((mention.tokens.lowerBound, false))
                }
            }
            for hit in matched.cues[sentenceIndex] where hit.kinds.contains(where: { kindNames[$0] == "roles.anaphora" }) {
                events.append((hit.tokens.lowerBound, nil))
            }
            for (_, event) in events.sorted(by: { $0.0 < $1.0 }) {
                switch event {
                case .some(let isTopic):
                    lastConditionIsTopic = isTopic
                    if isTopic { hasTopic[sentenceIndex] = true; hasDirectTopic[sentenceIndex] = true }
                case .none:
                    if lastConditionIsTopic { hasTopic[sentenceIndex] = true }
                }
            }
        }

        // A paragraph that opens on the topic and one section word ("Bone marrow edema treatment
        // centers on …") sets the kind for what follows, up to the next heading.
        var blockKind: [SectionKind] = []
        var override: SectionKind?
        var firstSentenceOfBlock: [Int: Int] = [:]
        for (index, sentence) in segmented.sentences.enumerated() where firstSentenceOfBlock[sentence.block] == nil {
            firstSentenceOfBlock[sentence.block] = index
        }
        for (blockIndex, block) in segmented.clean.blocks.enumerated() {
            if block.kind.headingLevel != nil { override = nil }
            if block.kind == .paragraph, let first = firstSentenceOfBlock[blockIndex], hasDirectTopic[first] {
                let kinds = Set(matched.cues[first].flatMap { hit in hit.kinds.compactMap { kindNames[$0].hasPrefix("sections.") ? SectionKind(rawValue: String(kindNames[$0].dropFirst(9))) : nil } })
                if kinds.count == 1, let kind = kinds.first, kind.role != nil { override = kind }
            }
            blockKind.append(override ?? sectionKind[segmented.sectionOfBlock[blockIndex]])
        }
        return Context(matched: matched, sentenceHasTopic: hasTopic, sentenceHasDirectTopic: hasDirectTopic, clauses: clauses, blockKind: blockKind, sectionKind: sectionKind)
    }

    /// The kind a heading names: the last section word in it; none when it names three kinds or
    /// more (a title like "Causes, Symptoms, Diagnosis, and Treatment"), or a title names two.
    func sectionKind(ofTokens range: Range<Int>, isTitle: Bool, matched: MatchedText) -> SectionKind? {
        let hits = lexicon.cueMatches(in: matched.segmented.tokens, range: range)
        var kinds: [SectionKind] = []
        for hit in hits {
            for payload in hit.payloads where kindNames[payload].hasPrefix("sections.") {
                if let kind = SectionKind(rawValue: String(kindNames[payload].dropFirst(9))) { kinds.append(kind) }
            }
        }
        let distinct = Set(kinds)
        if distinct.count >= 3 || (isTitle && distinct.count >= 2) { return .general }
        return kinds.last
    }

    // MARK: Mentions

    func classify(_ mention: Mention, _ context: Context) -> Finding? {
        var reasons: [String] = []
        return classify(mention, context, reasons: &reasons)
    }

    func classify(_ mention: Mention, _ context: Context, reasons: inout [String]) -> Finding? {
        let matched = context.matched
        let segmented = matched.segmented
        let concept = lexicon.conceptTable[mention.concept]
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
        let clause = context.clauses[mention.sentence].first { $0.contains(mention.tokens.lowerBound) } ?? sentence.tokens
        func kinds(_ hit: CueHit) -> [String] { hit.kinds.map { kindNames[$0] } }
        func text(_ hit: CueHit) -> String {
            segmented.clean.text(segmented.tokens[hit.tokens.lowerBound].range.lowerBound..<segmented.tokens[hit.tokens.upperBound - 1].range.upperBound)
        }

        if let blocker = hits.first(where: { hit in
            kinds(hit).contains("roles.block") && hit.tokens.upperBound <= mention.tokens.lowerBound
                && mention.tokens.lowerBound - hit.tokens.upperBound <= 3 && clause.contains(hit.tokens.lowerBound)
        }) {
            reasons.append("follows '\(text(blocker))', which introduces no claim")
            return nil
        }

        let inClause = hits.filter { clause.contains($0.tokens.lowerBound) }
        let causeCues = inClause.filter { kinds($0).contains { $0 == "roles.cause" || $0 == "roles.association" || $0 == "roles.risk" } }
        let treatmentCues = inClause.filter { kinds($0).contains("roles.treatment") }
        let differentials = hits.filter { kinds($0).contains("roles.differential") }
        if let differential = differentials.first(where: { inClause.contains($0) && $0.tokens.upperBound <= mention.tokens.lowerBound })
            ?? (causeCues.isEmpty && treatmentCues.isEmpty ? differentials.first : nil)
        {
            reasons.append("compared with the topic ('\(text(differential))'): a look-alike, not a claim")
            return nil
        }

        let previousHasTopic = sentence.indexInBlock > 0 && context.sentenceHasTopic[mention.sentence - 1]
        let topicInReach = context.sentenceHasTopic[mention.sentence] || previousHasTopic
        var role: Role?
        var roleCue: CueHit?
        if topicInReach {
            func distance(_ hit: CueHit) -> Int {
                hit.tokens.upperBound <= mention.tokens.lowerBound ? mention.tokens.lowerBound - hit.tokens.upperBound : max(0, hit.tokens.lowerBound - mention.tokens.upperBound)
            }
            let cause = allowed.contains(.cause) ? causeCues.min { distance($0) < distance($1) } : nil
            let treatment = allowed.contains(.treatment) ? treatmentCues.min { distance($0) < distance($1) } : nil
            if let cause, treatment == nil || distance(cause) <= distance(treatment!) {
                role = .cause
                roleCue = cause
            } else if let treatment {
                role = .treatment
                roleCue = treatment
            }
            if let roleCue { reasons.append("\(role!.rawValue): cue '\(text(roleCue))' in the clause, with the topic in reach") }
        }
        if role == nil, block.kind == .listItem, let intro = block.listIntro {
            let introSentences = segmented.sentences.indices.filter { segmented.sentences[$0].block == intro }
            if let last = introSentences.last {
                // The list hangs off the intro's last role cue ("If you have …, your provider may recommend:").
                for hit in matched.cues[last].reversed() {
                    let names = kinds(hit)
                    let cueRole: Role? = names.contains { $0 == "roles.cause" || $0 == "roles.association" || $0 == "roles.risk" } ? .cause : names.contains("roles.treatment") ? .treatment : nil
                    guard let cueRole else { continue }
                    if allowed.contains(cueRole) { role = cueRole }
                    break
                }
                if let role { reasons.append("\(role.rawValue): item of a list introduced by '\(segmented.clean.text(segmented.sentences[last].range))'") }
            }
        }
        let kind = context.blockKind[sentence.block]
        if role == nil, let sectionRole = kind.role, allowed.contains(sectionRole) {
            role = sectionRole
            reasons.append("\(sectionRole.rawValue): in a \(kind.rawValue) section")
        }
        guard let role else {
            reasons.append("no relation cue with the topic in reach, no list intro, and a \(kind.rawValue) section does not make a '\(concept.id)' a claim")
            return nil
        }

        var object = primaryTopic ?? mention.concept
        if role == .treatment, !context.sentenceHasDirectTopic[mention.sentence] {
            let objectCues = inClause.filter { kinds($0).contains("roles.object") && $0.tokens.lowerBound >= mention.tokens.upperBound }
            for cue in objectCues {
                if let target = matched.mentions.first(where: { $0.sentence == mention.sentence && $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= 2 }),
                    !topics.contains(target.concept), [.condition, .cause].contains(lexicon.conceptTable[target.concept].primaryRole)
                {
                    object = target.concept
                    reasons.append("object: '\(lexicon.conceptTable[target.concept].id)' after '\(text(cue))', not the topic")
                    break
                }
            }
        }

        let assertion = assert(mention, roleCue: roleCue, clause: clause, context: context, reasons: &reasons)
        return Finding(mention: mention, role: role, object: object, assertion: assertion, sectionKind: kind, reasons: reasons)
    }

    /// Negation and hedges: a trigger's scope runs forward (or backward, for post-triggers) to the
    /// end of its clause, stops at terminators, and spans at most a few words; pseudo-triggers
    /// ("not only") are matched as longer phrases and so never trigger.
    func assert(_ mention: Mention, roleCue: CueHit?, clause: Range<Int>, context: Context, reasons: inout [String]) -> Assertion {
        let matched = context.matched
        let segmented = matched.segmented
        let hits = matched.cues[mention.sentence]
        let sentence = segmented.sentences[mention.sentence]
        let terminators = hits.filter { $0.kinds.contains { kindNames[$0] == "assertion.terminate" } }.map(\.tokens.lowerBound)
        let sentenceClauses = context.clauses[mention.sentence]
        var negations = 0
        var uncertain = false
        for hit in hits {
            let names = hit.kinds.map { kindNames[$0] }
            let isNegation = names.contains("assertion.negation.pre") || names.contains("assertion.negation.post")
            let isHedge = names.contains("assertion.uncertain.pre") || names.contains("assertion.uncertain.post")
            guard isNegation || isHedge else { continue }
            let hitClause = sentenceClauses.first { $0.contains(hit.tokens.lowerBound) } ?? sentence.tokens
            let scope: Range<Int>
            if names.contains("assertion.negation.pre") || names.contains("assertion.uncertain.pre") {
                var end = min(hitClause.upperBound, hit.tokens.upperBound + (isHedge ? 12 : 8))
                if let stop = terminators.filter({ $0 >= hit.tokens.upperBound }).min() { end = min(end, stop) }
                scope = hit.tokens.upperBound..<max(hit.tokens.upperBound, end)
            } else {
                var start = max(hitClause.lowerBound, hit.tokens.lowerBound - 8)
                if let stop = terminators.filter({ $0 < hit.tokens.lowerBound }).max() { start = max(start, stop + 1) }
                scope = start..<hit.tokens.lowerBound
            }
            let coversMention = scope.overlaps(mention.tokens)
            let coversCue = roleCue.map { scope.overlaps($0.tokens) } ?? false
            let coversTopic = clause.contains(hit.tokens.lowerBound) && matched.mentions.contains { $0.sentence == mention.sentence && topics.contains($0.concept) && scope.overlaps($0.tokens) }
            guard coversMention || coversCue || coversTopic else { continue }
            let trigger = segmented.clean.text(segmented.tokens[hit.tokens.lowerBound].range.lowerBound..<segmented.tokens[hit.tokens.upperBound - 1].range.upperBound)
            if isNegation {
                negations += 1
                reasons.append("negated by '\(trigger)'")
            } else {
                uncertain = true
                reasons.append("hedged by '\(trigger)'")
            }
        }
        if negations % 2 == 1 { return .negated }
        if negations > 0 { reasons.append("double negation: affirmed") }
        return uncertain ? .uncertain : .affirmed
    }
}
