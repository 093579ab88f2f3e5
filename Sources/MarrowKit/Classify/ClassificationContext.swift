/// A clause: the tokens of one sentence between clause boundaries. An embedded relative clause
/// (", which … ,") is a clause of its own, and the clause around it goes on after it, so a clause
/// may be several token ranges.
struct Clause: Sendable {
    var ranges: [Range<Int>]

    func contains(_ token: Int) -> Bool { ranges.contains { $0.contains(token) } }
    var lowerBound: Int { ranges.first?.lowerBound ?? 0 }
    var upperBound: Int { ranges.last?.upperBound ?? 0 }
}

/// What the rules read about one document, computed once: typed cues, clauses, where the topic is
/// named (or stood for by "it"), and the section kind in force at each block.
///
/// A class so that the facts of every mention share it without copying its arrays.
final class ClassificationContext: Sendable {
    let matched: MatchedText
    /// The compiled lexicons.
    let lexicon: CompiledLexicon
    /// The topic concepts.
    let topics: Set<Int>
    /// Cue phrases per sentence, with their kinds as bit sets.
    let cues: [[Cue]]
    /// Clauses per sentence.
    let clauses: [[Clause]]
    /// Token ranges naming the topic (directly or through a pronoun standing for it), per sentence.
    let topicSpans: [[Range<Int>]]
    /// Concept mentions per sentence.
    let mentionsBySentence: [[Mention]]
    /// The section kind in force at each block.
    let blockKind: [SectionKind]
    /// The section kind of each block's own section, before any paragraph override.
    let headingKind: [SectionKind]
    /// Sentences that set a paragraph override: their own mentions read the heading's kind.
    let overridingSentences: Set<Int>
    /// Assertion triggers per sentence.
    let triggers: [[TriggerHit]]

    init(matched: MatchedText, lexicon: CompiledLexicon, topics: Set<Int>, cues: [[Cue]], clauses: [[Clause]], topicSpans: [[Range<Int>]], mentionsBySentence: [[Mention]],
         blockKind: [SectionKind], headingKind: [SectionKind], overridingSentences: Set<Int>, triggers: [[TriggerHit]])
    {
        self.matched = matched
        self.lexicon = lexicon
        self.topics = topics
        self.cues = cues
        self.clauses = clauses
        self.topicSpans = topicSpans
        self.mentionsBySentence = mentionsBySentence
        self.blockKind = blockKind
        self.headingKind = headingKind
        self.overridingSentences = overridingSentences
        self.triggers = triggers
    }

    /// The segmented document.
    var segmented: SegmentedText { matched.segmented }

    /// How far the rules reach.
    var windows: RuleWindows { lexicon.windows }

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

    /// The clean text of a token range.
    func text(_ tokens: Range<Int>) -> String {
        let all = segmented.tokens
        return segmented.clean.text(all[tokens.lowerBound].range.lowerBound..<all[tokens.upperBound - 1].range.upperBound)
    }
}

extension Classifier {
    func makeContext(_ matched: MatchedText) -> ClassificationContext {
        let segmented = matched.segmented
        let clauses = segmented.sentences.map { splitClauses($0.tokens, tokens: segmented.tokens) }
        let cues = matched.cues.map { $0.map(Cue.init) }

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
            for cue in cues[sentenceIndex] where cue.kinds.contains(.anaphora) {
                events.append((cue.tokens, nil))
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
                let kinds = Set(cues[first].flatMap { $0.kinds.kinds.compactMap(\.sectionKind) })
                if kinds.count == 1, let kind = kinds.first, kind.role != nil {
                    override = kind
                    overriding.insert(first)
                }
            }
            headingKinds.append(sectionKinds[segmented.sectionOfBlock[blockIndex]])
            blockKind.append(override ?? headingKinds[blockIndex])
        }
        return ClassificationContext(matched: matched, lexicon: lexicon, topics: topics, cues: cues, clauses: clauses, topicSpans: topicSpans, mentionsBySentence: mentionsBySentence,
                                     blockKind: blockKind, headingKind: headingKinds, overridingSentences: overriding,
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

    /// The kind a heading names: the last section word in it; general when it names
    /// `generalHeadingKinds` kinds or more (a title like "Causes, Symptoms, Diagnosis, and
    /// Treatment"), or a title names `generalTitleKinds`.
    func sectionKind(ofTokens range: Range<Int>, isTitle: Bool, matched: MatchedText) -> SectionKind? {
        var kinds: [SectionKind] = []
        for hit in lexicon.cueMatches(in: matched.segmented.tokens, range: range) {
            kinds += hit.payloads.compactMap { CueKind(rawValue: $0)?.sectionKind }
        }
        let distinct = Set(kinds)
        let windows = lexicon.windows
        if distinct.count >= windows.generalHeadingKinds || (isTitle && distinct.count >= windows.generalTitleKinds) { return .general }
        return kinds.last
    }
}
