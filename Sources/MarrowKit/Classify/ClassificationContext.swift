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
    /// Every concept mention, in text order: the matcher's, and the causes the topic's
    /// modifiers name ("traumatic BME").
    let mentions: [Mention]
    /// Concept mentions per sentence.
    let mentionsBySentence: [[Mention]]
    /// The section kind in force at each block.
    let blockKind: [SectionKind]
    /// The section kind of each block's own section, before any paragraph override.
    let headingKind: [SectionKind]
    /// Sentences that set a paragraph override: their own mentions read the heading's kind.
    let overridingSentences: Set<Int>
    /// Whether the document names the topic at all (an article about it).
    let namesTopic: Bool
    /// First tokens of condition mentions that stand for the topic (its bare shorthand, "the edema").
    let standIns: Set<Int>
    /// For each list item block, the sentence its list hangs from, if any.
    let listIntros: [Int?]
    /// The page furniture each sentence belongs to, if any.
    let furniture: [Furniture?]

    init(matched: MatchedText, lexicon: CompiledLexicon, topics: Set<Int>, cues: [[Cue]], clauses: [[Clause]], topicSpans: [[Range<Int>]], mentions: [Mention], mentionsBySentence: [[Mention]],
         blockKind: [SectionKind], headingKind: [SectionKind], overridingSentences: Set<Int>, namesTopic: Bool, standIns: Set<Int>, listIntros: [Int?], furniture: [Furniture?])
    {
        self.matched = matched
        self.lexicon = lexicon
        self.topics = topics
        self.cues = cues
        self.clauses = clauses
        self.topicSpans = topicSpans
        self.mentions = mentions
        self.mentionsBySentence = mentionsBySentence
        self.blockKind = blockKind
        self.headingKind = headingKind
        self.overridingSentences = overridingSentences
        self.namesTopic = namesTopic
        self.standIns = standIns
        self.listIntros = listIntros
        self.furniture = furniture
    }

    /// Whether a mention names the topic, directly or by its bare shorthand.
    func isTopic(_ mention: Mention) -> Bool { topics.contains(mention.concept) || standIns.contains(mention.tokens.lowerBound) }

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
        let mentions = (matched.mentions + modifierMentions(matched)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var mentionsBySentence = Array(repeating: [Mention](), count: segmented.sentences.count)
        for mention in mentions { mentionsBySentence[mention.sentence].append(mention) }
        // In an article that names the topic, its shorthand after a determiner ("the edema",
        // "these lesions") stands for it: a condition mention or a shorthand cue with a
        // determiner right before it ("leg edema", "cartilage lesions" and a bare "Edema" at the
        // start of a definition do not).
        let namesTopic = matched.mentions.contains { topics.contains($0.concept) }
        var standIns: Set<Int> = []
        func isBare(_ span: Range<Int>, in sentence: Sentence) -> Bool {
            guard span.lowerBound > sentence.tokens.lowerBound else { return false }
            let previous = segmented.tokens[span.lowerBound - 1]
            return previous.isWord && lexicon.determiners.contains(previous.key)
        }
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
                    let standsIn = namesTopic && isBare(mention.tokens, in: sentence)
                        && lexicon.topicShorthand.contains(segmented.tokens[mention.tokens].map(\.key).joined(separator: " "))
                    if standsIn { standIns.insert(mention.tokens.lowerBound) }
                    events.append((mention.tokens, standsIn))
                }
            }
            for cue in cues[sentenceIndex] {
                if cue.kinds.contains(.anaphora) {
                    events.append((cue.tokens, nil))
                } else if cue.kinds.contains(.shorthand), namesTopic, isBare(cue.tokens, in: sentence) {
                    events.append((cue.tokens, true))
                }
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
        return ClassificationContext(matched: matched, lexicon: lexicon, topics: topics, cues: cues, clauses: clauses, topicSpans: topicSpans, mentions: mentions, mentionsBySentence: mentionsBySentence,
                                     blockKind: blockKind, headingKind: headingKinds, overridingSentences: overriding, namesTopic: namesTopic, standIns: standIns,
                                     listIntros: listIntros(segmented, cues: cues), furniture: FurnitureFinder().find(segmented, cues: cues))
    }

    /// The causes named by adjectives that modify the topic: "traumatic BME", "reactive and
    /// mechanical BME", read back from each mention of the topic over modifiers (`modifier:` in
    /// the concept files), commas and coordinators; "non-traumatic" is not one.
    func modifierMentions(_ matched: MatchedText) -> [Mention] {
        guard !lexicon.topicModifiers.isEmpty else { return [] }
        let segmented = matched.segmented
        let tokens = segmented.tokens
        var covered = Set<Int>()
        for mention in matched.mentions { covered.formUnion(mention.tokens) }
        var result: [Mention] = []
        for mention in matched.mentions where topics.contains(mention.concept) {
            let sentence = segmented.sentences[mention.sentence]
            var index = mention.tokens.lowerBound - 1
            while index >= sentence.tokens.lowerBound, !covered.contains(index) {
                let token = tokens[index]
                if let concept = lexicon.topicModifiers[token.key] {
                    if index > sentence.tokens.lowerBound, lexicon.negatingPrefixes.contains(tokens[index - 1].key),
                        tokens[index - 1].range.upperBound.value + 1 == token.range.lowerBound.value
                    {
                        break
                    }
                    result.append(Mention(concept: concept, tokens: index..<(index + 1), range: token.range, sentence: mention.sentence, isLearnedAbbreviation: false))
                    covered.insert(index)
                } else if token.key != "and" && token.key != "or" && token.key != "," {
                    break
                }
                index -= 1
            }
        }
        return result
    }

    /// The sentence each list item's list hangs from: the intro the cleaner found (a line ending in
    /// a colon), else the last sentence of the block before the list when it ends in a colon or an
    /// intro word ("Frequent causes include"), a heading included ("Often it combines:"); within a
    /// list, an item ending in a colon introduces the items after it (bullets a scrape glued to
    /// the next heading, "What the pain is like Bone pain tends to be:").
    func listIntros(_ segmented: SegmentedText, cues: [[Cue]]) -> [Int?] {
        let blocks = segmented.clean.blocks
        var lastSentence = Array(repeating: -1, count: blocks.count)
        for (index, sentence) in segmented.sentences.enumerated() { lastSentence[sentence.block] = index }
        func introduces(_ sentence: Int) -> Bool {
            guard sentence >= 0 else { return false }
            let range = segmented.sentences[sentence].tokens
            guard let last = range.last else { return false }
            let key = segmented.tokens[last].key
            return key == ":" || cues[sentence].contains { $0.kinds.contains(.listIntro) && $0.tokens.upperBound == range.upperBound }
        }
        var intros = Array(repeating: Int?.none, count: blocks.count)
        var current: Int?
        for (index, block) in blocks.enumerated() {
            if block.kind == .listItem {
                if let cleaner = block.listIntro, lastSentence[cleaner] >= 0 { current = lastSentence[cleaner] }
                intros[index] = current
                if introduces(lastSentence[index]) { current = lastSentence[index] }
            } else {
                current = introduces(lastSentence[index]) ? lastSentence[index] : nil
            }
        }
        return intros
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
