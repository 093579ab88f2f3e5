/// A clause: the tokens of one sentence between clause boundaries. An embedded relative clause
/// (", which … ,") is a clause of its own, and the clause around it goes on after it, so a clause
/// may be several token ranges.
struct Clause: Sendable {
    var ranges: [Range<Int>]

    func contains(_ token: Int) -> Bool { ranges.contains { $0.contains(token) } }
    var lowerBound: Int { ranges.first?.lowerBound ?? 0 }
    var upperBound: Int { ranges.last?.upperBound ?? 0 }
}

/// What the rules read about one document, computed once: clauses, where the topic is named (or
/// stood for by "it"), and the section kind in force at each block.
struct ClassificationContext: Sendable {
    let matched: MatchedText
    /// Clauses per sentence.
    var clauses: [[Clause]]
    /// Token ranges naming the topic (directly or through a pronoun standing for it), per sentence.
    var topicSpans: [[Range<Int>]]
    /// Concept mentions per sentence.
    var mentionsBySentence: [[Mention]]
    /// The section kind in force at each block.
    var blockKind: [SectionKind]
    /// The section kind of each block's own section, before any paragraph override.
    var headingKind: [SectionKind]
    /// Sentences that set a paragraph override: their own mentions read the heading's kind.
    var overridingSentences: Set<Int>
    /// Assertion triggers per sentence.
    var triggers: [[TriggerHit]]

    /// The section kind a sentence reads.
    func sectionKind(of sentence: Int) -> SectionKind {
        let block = matched.segmented.sentences[sentence].block
        return overridingSentences.contains(sentence) ? headingKind[block] : blockKind[block]
    }

    func clause(of token: Int, in sentence: Int) -> Clause {
        clauses[sentence].first { $0.contains(token) } ?? Clause(ranges: [matched.segmented.sentences[sentence].tokens])
    }

    /// The concept mentions of `sentence` whose first token is in `clause`.
    func mentions(in clause: Clause, sentence: Int) -> [Mention] {
        mentionsBySentence[sentence].filter { clause.contains($0.tokens.lowerBound) }
    }

    func hasTopic(_ sentence: Int) -> Bool { !topicSpans[sentence].isEmpty }

    func hasTopic(in clause: Clause, sentence: Int) -> Bool {
        topicSpans[sentence].contains { clause.contains($0.lowerBound) }
    }
}

extension Classifier {
    func makeContext(_ matched: MatchedText) -> ClassificationContext {
        let segmented = matched.segmented
        let clauses = segmented.sentences.map { splitClauses($0.tokens, tokens: segmented.tokens) }

        // Section kinds from headings; a section without a kind of its own inherits its parent's.
        var headingKind: [Int: SectionKind?] = [:]
        for (blockIndex, block) in segmented.clean.blocks.enumerated() where block.kind.headingLevel != nil {
            headingKind[blockIndex] = sectionKind(ofTokens: segmented.tokensOfBlock[blockIndex], isTitle: block.kind.headingLevel == 1, matched: matched)
        }
        let sectionKinds: [SectionKind] = segmented.sections.map { section in
            for heading in section.headings.reversed() {
                if let kind = headingKind[heading] ?? nil { return kind }
            }
            return .general
        }

        // Where the topic is named; "it" and "this condition" stand for the topic unless another
        // condition was named since (within the block).
        var topicSpans = Array(repeating: [Range<Int>](), count: segmented.sentences.count)
        var direct = Array(repeating: false, count: segmented.sentences.count)
        var lastConditionIsTopic = true
        var lastBlock = -1
        var mentionsBySentence = Array(repeating: [Mention](), count: segmented.sentences.count)
        for mention in matched.mentions { mentionsBySentence[mention.sentence].append(mention) }
        for (sentenceIndex, sentence) in segmented.sentences.enumerated() {
            if sentence.block != lastBlock {
                lastBlock = sentence.block
                lastConditionIsTopic = true
            }
            var events: [(span: Range<Int>, isTopic: Bool?)] = []
            for mention in mentionsBySentence[sentenceIndex] {
                if topics.contains(mention.concept) {
                    events.append((mention.tokens, true))
                } else if lexicon.conceptTable[mention.concept].primaryRole == .condition {
                    events.append((mention.tokens, false))
                }
            }
            for hit in matched.cues[sentenceIndex] where hit.kinds.contains(where: { kindNames[$0] == "roles.anaphora" }) {
                events.append((hit.tokens, nil))
            }
            // ", which" right after the topic stands for it ("… of the condition, which resolved with rest").
            for index in sentence.tokens.dropFirst(2) where lexicon.relativePronouns.contains(segmented.tokens[index].key) && segmented.tokens[index - 1].key == "," {
                if mentionsBySentence[sentenceIndex].contains(where: { topics.contains($0.concept) && $0.tokens.upperBound == index - 1 }) {
                    events.append((index..<(index + 1), nil))
                }
            }
            for event in events.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
                switch event.isTopic {
                case .some(let isTopic):
                    lastConditionIsTopic = isTopic
                    if isTopic {
                        topicSpans[sentenceIndex].append(event.span)
                        direct[sentenceIndex] = true
                    }
                case .none:
                    if lastConditionIsTopic { topicSpans[sentenceIndex].append(event.span) }
                }
            }
        }

        // A paragraph that opens on the topic and one section word ("Hay fever treatment
        // centers on …") sets the kind for what follows, up to the next heading.
        var blockKind: [SectionKind] = []
        var headingKinds: [SectionKind] = []
        var overriding: Set<Int> = []
        var override: SectionKind?
        var firstSentenceOfBlock: [Int: Int] = [:]
        for (index, sentence) in segmented.sentences.enumerated() where firstSentenceOfBlock[sentence.block] == nil {
            firstSentenceOfBlock[sentence.block] = index
        }
        for (blockIndex, block) in segmented.clean.blocks.enumerated() {
            if block.kind.headingLevel != nil { override = nil }
            if block.kind == .paragraph, let first = firstSentenceOfBlock[blockIndex], direct[first] {
                let kinds = Set(matched.cues[first].flatMap { hit in hit.kinds.compactMap { sectionKind(named: kindNames[$0]) } })
                if kinds.count == 1, let kind = kinds.first, kind.role != nil {
                    override = kind
                    overriding.insert(first)
                }
            }
            headingKinds.append(sectionKinds[segmented.sectionOfBlock[blockIndex]])
            blockKind.append(override ?? headingKinds[blockIndex])
        }
        return ClassificationContext(matched: matched, clauses: clauses, topicSpans: topicSpans, mentionsBySentence: mentionsBySentence, blockKind: blockKind, headingKind: headingKinds, overridingSentences: overriding,
                                     triggers: assertionTriggers(matched, mentionsBySentence: mentionsBySentence))
    }

    /// Cuts a sentence at `;` and at a comma followed by a clause opener; a relative clause opened
    /// after a comma ends at the next comma, and the clause it interrupted goes on.
    func splitClauses(_ range: Range<Int>, tokens: [Token]) -> [Clause] {
        var clauses = [Clause(ranges: [])]
        var current = 0
        var interrupted: Int?
        var start = range.lowerBound
        func close(at end: Int) {
            if end > start { clauses[current].ranges.append(start..<end) }
        }
        // A sentence that opens on a subordinator ("Although …, ", "If …, ") ends that clause at
        // its first comma.
        var openingClause = !range.isEmpty && lexicon.clauseOpeners.contains(tokens[range.lowerBound].key)
        for index in range {
            let key = tokens[index].key
            let next = index + 1 < range.upperBound ? tokens[index + 1].key : nil
            if key == ";" || (key == "," && (openingClause || next.map { lexicon.clauseOpeners.contains($0) } == true)) {
                openingClause = false
                close(at: index)
                let opensRelative = key == "," && interrupted == nil && next.map { lexicon.relativePronouns.contains($0) } == true
                interrupted = opensRelative ? current : nil
                clauses.append(Clause(ranges: []))
                current = clauses.count - 1
                start = index + 1
            } else if key == ",", let outer = interrupted {
                close(at: index)
                current = outer
                interrupted = nil
                start = index + 1
            }
        }
        close(at: range.upperBound)
        return clauses.filter { !$0.ranges.isEmpty }
    }

    /// The kind a heading names: the last section word in it; none when it names three kinds or
    /// more (a title like "Causes, Symptoms, Diagnosis, and Treatment"), or a title names two.
    func sectionKind(ofTokens range: Range<Int>, isTitle: Bool, matched: MatchedText) -> SectionKind? {
        var kinds: [SectionKind] = []
        for hit in lexicon.cueMatches(in: matched.segmented.tokens, range: range) {
            kinds += hit.payloads.compactMap { sectionKind(named: kindNames[$0]) }
        }
        let distinct = Set(kinds)
        if distinct.count >= 3 || (isTitle && distinct.count >= 2) { return .general }
        return kinds.last
    }

    func sectionKind(named kind: String) -> SectionKind? {
        kind.hasPrefix("sections.") ? SectionKind(rawValue: String(kind.dropFirst(9))) : nil
    }
}
