/// A clause: the tokens of one sentence between clause boundaries. An embedded relative clause
/// (", which … ,") is a clause of its own, and the clause around it goes on after it, so a clause
/// may be several token ranges.
struct Clause: Sendable {
    var ranges: [Range<Int>]

    func contains(_ token: Int) -> Bool { ranges.contains { $0.contains(token) } }
    var lowerBound: Int { ranges.first?.lowerBound ?? 0 }
    var upperBound: Int { ranges.last?.upperBound ?? 0 }
}

/// The tables of one document's ``ClassificationContext``, filled by ``Classifier/fill(_:with:also:)``.
/// A value a caller can keep across documents (in a ``ClassificationWorkspace``): ``reset()``
/// empties every table in place, keeping its storage, so refilling allocates nothing once the
/// tables have grown; what they held before never shows, since each is emptied before it is
/// filled.
struct ContextTables: Sendable {
    /// Cue phrases per sentence, with their kinds as bit sets.
    var cues = ReusableRows<Cue>()
    /// Clauses per sentence.
    var clauses = ReusableRows<Clause>()
    /// Every clause of the document, sentence by sentence, with its indexes.
    private(set) var clauseFacts: [ClauseFacts] = []
    /// Clause facts of earlier documents, kept to be refilled.
    private var spareClauseFacts: [ClauseFacts] = []
    /// The clauses of each sentence, as a range of ``clauseFacts``.
    private(set) var sentenceClauses: [Range<Int>] = []
    /// The clause (an index into ``clauseFacts``) of each token; a separator belongs to the
    /// clause it ends.
    private(set) var clauseOfToken: [Int32] = []
    /// Token ranges naming the topic (directly or through a pronoun standing for it), per sentence.
    var topicSpans = ReusableRows<Range<Int>>()
    /// Every concept mention, in text order.
    var mentions: [Mention] = []
    /// The section kind in force at each block.
    var blockKind: [SectionKind] = []
    /// The section kind of each block's own section, before any paragraph override.
    var headingKind: [SectionKind] = []
    /// Sentences that set a paragraph override.
    var overridingSentences: Set<Int> = []
    /// Whether the document names the topic at all.
    var namesTopic = false
    /// First tokens of condition mentions that stand for the topic.
    var standIns: Set<Int> = []
    /// First tokens of the causes named by modifiers of the topic.
    var modifierStarts: Set<Int> = []
    /// For each list item block, the sentence its list hangs from, if any; empty when none.
    var listIntros: [Int?] = []
    /// The page furniture each sentence belongs to, if any; empty when none is.
    var furniture: [Furniture?] = []
    /// For each sentence with a comparison cue, the tokens that open a clause of their own inside it.
    private(set) var clauseBreaks: [[Int]] = []
    /// Working tables of the fill, kept for their storage.
    var scratch = ContextScratch()

    /// No tables.
    init() {}

    /// Empties every table, keeping its storage.
    mutating func reset() {
        cues.removeAll()
        clauses.removeAll()
        spareClauseFacts.append(contentsOf: clauseFacts)
        clauseFacts.removeAll(keepingCapacity: true)
        sentenceClauses.removeAll(keepingCapacity: true)
        clauseOfToken.removeAll(keepingCapacity: true)
        topicSpans.removeAll()
        mentions.removeAll(keepingCapacity: true)
        blockKind.removeAll(keepingCapacity: true)
        headingKind.removeAll(keepingCapacity: true)
        overridingSentences.removeAll(keepingCapacity: true)
        namesTopic = false
        standIns.removeAll(keepingCapacity: true)
        modifierStarts.removeAll(keepingCapacity: true)
        listIntros.removeAll(keepingCapacity: true)
        furniture.removeAll(keepingCapacity: true)
        clauseBreaks.removeAll(keepingCapacity: true)
    }

    /// Indexes the clauses, once cues, clauses, topic spans and mentions are in: each token's
    /// clause, and each clause's facts (for the clauses a mention, or `extra`, is in or borrows from).
    mutating func indexClauses(
        _ matched: MatchedText, lexicon: CompiledLexicon, topics: Set<Int>, primaryRoles: [Role], also extra: Mention?
    ) {
        let tokens = matched.segmented.tokens
        let sentences = matched.segmented.sentences
        let ids = matched.keyIDs
        // Left empty (read through ``breaks(of:)``) when no sentence has a comparison cue.
        if cues.contains(where: { $0.contains { $0.kinds.contains(.differential) } }) {
            clauseBreaks = sentences.indices.map { index in
                let sentenceCues = cues[index]
                guard sentenceCues.contains(where: { $0.kinds.contains(.differential) }) else { return [] }
                let range = sentences[index].tokens
                var covered = Array(repeating: false, count: range.count)
                for cue in sentenceCues {
                    for token in cue.tokens where range.contains(token) { covered[token - range.lowerBound] = true }
                }
                return range.filter { token in
                    let id = ids.key(token)
                    return !covered[token - range.lowerBound]
                        && (lexicon.wordIDs.subordinators.contains(id) || lexicon.wordIDs.relativePronouns.contains(id))
                }
            }
        }

        // Clauses with their indexes; each token knows its clause.
        clauseOfToken.append(contentsOf: repeatElement(Int32(-1), count: tokens.count))
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let first = clauseFacts.count
            let sentenceClauses = clauses[sentenceIndex]
            if sentenceClauses.isEmpty {
                for token in sentence.tokens { clauseOfToken[token] = Int32(clauseFacts.count) }
                appendClause(Clause(ranges: [sentence.tokens]), sentence: sentenceIndex)
            } else {
                for clause in sentenceClauses {
                    for range in clause.ranges {
                        for token in range { clauseOfToken[token] = Int32(clauseFacts.count) }
                    }
                    appendClause(clause, sentence: sentenceIndex)
                }
            }
            // A separator (a comma, a semicolon) belongs to the clause it ends.
            var current = Int32(first)
            for token in sentence.tokens {
                if clauseOfToken[token] < 0 { clauseOfToken[token] = current } else { current = clauseOfToken[token] }
            }
            self.sentenceClauses.append(first..<clauseFacts.count)
        }
        // Per clause, by first token.
        for sentence in cues {
            for cue in sentence { clauseFacts[Int(clauseOfToken[cue.tokens.lowerBound])].append(cue: cue) }
        }
        for mention in mentions { clauseFacts[Int(clauseOfToken[mention.tokens.lowerBound])].append(mention: mention) }
        for sentence in topicSpans {
            for span in sentence { clauseFacts[Int(clauseOfToken[span.lowerBound])].append(topicSpan: span) }
        }
        let standIns = self.standIns
        let isTopic: (Mention) -> Bool = {
            topics.contains($0.concept) || (!standIns.isEmpty && standIns.contains($0.tokens.lowerBound))
        }
        // A relative clause after a mention (", which …", "(AVN), which …") is about that mention.
        // Made only when a clause opens on a relative pronoun after a comma.
        var mentionEndingAt: [Int: Mention]?
        let mentions = self.mentions
        func antecedent(of clause: Clause) -> Mention? {
            let first = clause.lowerBound
            guard first >= 2, lexicon.wordIDs.relativePronouns.contains(ids.key(first)),
                tokens[first - 1].punctuation == UInt8(ascii: ",")
            else {
                return nil
            }
            var end = first - 1
            if tokens[end - 1].punctuation == UInt8(ascii: ")"), end >= 4,
                tokens[end - 3].punctuation == UInt8(ascii: "(")
            {
                end -= 3
            }
            if mentionEndingAt == nil {
                var ending: [Int: Mention] = [:]
                for mention in mentions { ending[mention.tokens.upperBound] = mention }
                mentionEndingAt = ending
            }
            return mentionEndingAt?[end]
        }
        // Only a clause that holds a mention (or the clause before one, whose relation an elliptical
        // clause borrows) is asked about beyond its tokens: the others get their tokens alone.
        scratch.asked.removeAll(keepingCapacity: true)
        scratch.asked.append(contentsOf: repeatElement(false, count: clauseFacts.count))
        func ask(_ mention: Mention) {
            let index = Int(clauseOfToken[mention.tokens.lowerBound])
            guard index >= 0 else { return }
            scratch.asked[index] = true
            if index > 0 { scratch.asked[index - 1] = true }
        }
        for mention in mentions { ask(mention) }
        if let extra { ask(extra) }
        for index in clauseFacts.indices {
            if scratch.asked[index] {
                let about = antecedent(of: clauseFacts[index].clause)
                clauseFacts[index].index(
                    antecedent: about, isTopic: isTopic, topics: topics, primaryRoles: primaryRoles)
            } else {
                clauseFacts[index].forgetLists()
            }
        }
    }

    /// Appends the facts of a clause, refilling a spare one when there is one.
    private mutating func appendClause(_ clause: Clause, sentence: Int) {
        if var spare = spareClauseFacts.popLast() {
            spare.reset(clause: clause, sentence: sentence)
            clauseFacts.append(spare)
        } else {
            clauseFacts.append(ClauseFacts(clause: clause, sentence: sentence))
        }
    }
}

/// What the rules read about one document, computed once: typed cues, clauses with their
/// indexes, where the topic is named (or stood for by "it"), the section kind in force at each
/// block, list intros and page furniture.
///
/// A class so that the facts of every mention share it without copying its arrays; its tables are
/// constants while the rules read them. A caller that classifies many documents in turn (an
/// `explain --jsonl` stream) keeps the tables' storage in a ``ClassificationWorkspace``.
final class ClassificationContext: Sendable {
    /// The matched document.
    let matched: MatchedText
    /// The compiled lexicons.
    let lexicon: CompiledLexicon
    /// The topic concepts.
    let topics: Set<Int>
    /// The tables.
    let tables: ContextTables
    /// Each concept's usual role, by concept index.
    let primaryRoles: [Role]
    /// Each concept's claim roles (cause, treatment, symptom, diagnostic), by concept index.
    let claimRoles: [[Role]]

    fileprivate init(
        matched: MatchedText, lexicon: CompiledLexicon, topics: Set<Int>, tables: ContextTables, primaryRoles: [Role],
        claimRoles: [[Role]]
    ) {
        self.matched = matched
        self.lexicon = lexicon
        self.topics = topics
        self.tables = tables
        self.primaryRoles = primaryRoles
        self.claimRoles = claimRoles
    }

    /// Cue phrases per sentence, with their kinds as bit sets.
    var cues: ReusableRows<Cue> { tables.cues }
    /// Clauses per sentence.
    var clauses: ReusableRows<Clause> { tables.clauses }
    /// Every clause of the document, sentence by sentence, with its indexes.
    var clauseFacts: [ClauseFacts] { tables.clauseFacts }
    /// The clauses of each sentence, as a range of ``clauseFacts``.
    var sentenceClauses: [Range<Int>] { tables.sentenceClauses }
    /// Token ranges naming the topic (directly or through a pronoun standing for it), per sentence.
    var topicSpans: ReusableRows<Range<Int>> { tables.topicSpans }
    /// Every concept mention, in text order: the matcher's, and the causes the topic's
    /// modifiers name ("allergic rhinitis").
    var mentions: [Mention] { tables.mentions }
    /// The section kind in force at each block.
    var blockKind: [SectionKind] { tables.blockKind }
    /// The section kind of each block's own section, before any paragraph override.
    var headingKind: [SectionKind] { tables.headingKind }
    /// Sentences that set a paragraph override: their own mentions read the heading's kind.
    var overridingSentences: Set<Int> { tables.overridingSentences }
    /// Whether the document names the topic at all (an article about it).
    var namesTopic: Bool { tables.namesTopic }
    /// First tokens of condition mentions that stand for the topic (its shorthand, "the rhinitis").
    var standIns: Set<Int> { tables.standIns }
    /// First tokens of the causes named by modifiers of the topic ("allergic" in "allergic rhinitis").
    var modifierStarts: Set<Int> { tables.modifierStarts }
    /// For each list item block, the sentence its list hangs from, if any; empty when the
    /// document has no list (read it with ``listIntro(ofBlock:)``).
    var listIntros: [Int?] { tables.listIntros }

    /// The tokens that open a clause of their own inside a sentence with a comparison cue.
    func breaks(of sentence: Int) -> [Int] { tables.clauseBreaks.isEmpty ? [] : tables.clauseBreaks[sentence] }

    /// The page furniture a sentence belongs to, if any.
    func furniture(of sentence: Int) -> Furniture? { tables.furniture.isEmpty ? nil : tables.furniture[sentence] }

    /// The sentence the list of a list item block hangs from, if any.
    func listIntro(ofBlock block: Int) -> Int? { listIntros.isEmpty ? nil : listIntros[block] }

    /// A sentence's last relation, comparison or test cue: what a list it introduces hangs from.
    /// An intro line with no such cue of its own ("These include:") takes the cue of the sentence
    /// before it in its block ("Rest and medication relieve it. These include:").
    func introCue(of sentence: Int) -> Cue? {
        func own(_ index: Int) -> Cue? {
            cues[index].last { $0.isRelation || $0.kinds.overlaps(ListIntroRule.excluding) }
        }
        if let cue = own(sentence) { return cue }
        let sentences = segmented.sentences
        guard sentence > 0, sentences[sentence - 1].block == sentences[sentence].block else { return nil }
        return own(sentence - 1)
    }

    /// A sentence's first comparison cue.
    func firstDifferential(of sentence: Int) -> Cue? {
        cues[sentence].first { $0.kinds.contains(.differential) }
    }

    /// The relation cues of a sentence (for the assertion stage).
    func relationCues(of sentence: Int) -> [Range<Int>] {
        cues[sentence].compactMap { $0.isRelation ? $0.tokens : nil }
    }

    /// Whether a mention names the topic, directly or by its shorthand.
    func isTopic(_ mention: Mention) -> Bool {
        topics.contains(mention.concept) || standIns.contains(mention.tokens.lowerBound)
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

    /// The index (into ``clauseFacts``) of the clause a token is in.
    func clauseIndex(of token: Int) -> Int { Int(tables.clauseOfToken[token]) }

    /// The clause a token is in.
    func clause(of token: Int, in sentence: Int) -> Clause { clauseFacts[clauseIndex(of: token)].clause }

    func hasTopic(_ sentence: Int) -> Bool { !topicSpans[sentence].isEmpty }

    /// The clean text of a token range.
    func text(_ tokens: Range<Int>) -> String {
        let all = segmented.tokens
        return segmented.clean.text(
            all[tokens.lowerBound].range.lowerBound..<all[tokens.upperBound - 1].range.upperBound)
    }
}

/// The working tables of ``Classifier/fill(_:with:also:)``, kept with the tables for their storage.
struct ContextScratch: Sendable {
    /// Whether each clause is asked about beyond its tokens.
    var asked: [Bool] = []
    /// Whether each sentence names the topic directly.
    var direct: [Bool] = []
    /// Where each sentence's mentions start in the context's mentions (one more entry than sentences).
    var mentionStart: [Int] = []
    /// The section kind of each section.
    var sectionKinds: [SectionKind] = []
    /// The first sentence of each block (-1: none).
    var firstSentenceOfBlock: [Int] = []
    /// One sentence's spans that name the topic or may stand for it, with whether they do.
    var events: [(span: Range<Int>, isTopic: Bool?)] = []
}

/// The classification tables one caller keeps across the documents it classifies in turn (the
/// questions of an `explain --jsonl` stream): ``Classifier/makeContext(_:also:reusing:)`` takes
/// them, refills them in place and puts them in the context; ``Classifier/recycle(_:into:)``
/// takes them back when the rules are done. What they held before never shows: every table is
/// emptied before it is filled.
struct ClassificationWorkspace: Sendable {
    fileprivate var tables = ContextTables()

    /// Creates an empty workspace.
    init() {}
}

extension Classifier {
    /// The context of a document; `extra` is a mention to classify that is not among the matcher's
    /// (a forced term).
    func makeContext(_ matched: MatchedText, also extra: Mention? = nil) -> ClassificationContext {
        var workspace = ClassificationWorkspace()
        return makeContext(matched, also: extra, reusing: &workspace)
    }

    /// ``makeContext(_:also:)`` in the tables of `workspace` (refilled in place); hand them back with
    /// ``recycle(_:into:)`` once the context's mentions are classified.
    func makeContext(
        _ matched: MatchedText, also extra: Mention? = nil, reusing workspace: inout ClassificationWorkspace
    )
        -> ClassificationContext
    {
        var tables = ContextTables()
        swap(&tables, &workspace.tables)
        tables.reset()
        fill(&tables, with: matched, also: extra)
        return ClassificationContext(
            matched: matched, lexicon: lexicon, topics: topics, tables: tables, primaryRoles: primaryRoles,
            claimRoles: claimRoles)
    }

    /// Gives a context's tables back to `workspace` for the next document; their storage is the
    /// workspace's alone again once the context is gone.
    func recycle(_ context: ClassificationContext, into workspace: inout ClassificationWorkspace) {
        workspace.tables = context.tables
    }

    /// Fills the empty `tables` for `matched`.
    func fill(_ tables: inout ContextTables, with matched: MatchedText, also extra: Mention?) {
        let segmented = matched.segmented
        let tokens = segmented.tokens
        for sentence in segmented.sentences {
            tables.clauses.appendRow()
            tables.clauses.modifyRow(tables.clauses.count - 1) {
                splitClauses(sentence.tokens, tokens: tokens, ids: matched.keyIDs, into: &$0)
            }
        }
        for (index, hits) in matched.cues.enumerated() {
            tables.cues.appendRow()
            for hit in hits { tables.cues.append(Cue(hit), toRow: index) }
        }
        let cues = tables.cues

        // Section kinds from headings; a section without a kind of its own inherits its parent's.
        // A page whose markup says nothing about levels (every heading below the title an h2)
        // has its levels read from content: a short heading with no section word of its own
        // ("Cancer", "Degenerative conditions") right after a heading that has one is read as its
        // sub-heading.
        let blocks = segmented.clean.blocks
        let levels = Set(blocks.compactMap { $0.kind.headingLevel }.filter { $0 > 1 })
        let flatMarkup = levels.count == 1 && blocks.contains { $0.anchor?.xpath != nil }
        var headingKind: [Int: SectionKind?] = [:]
        var previous: SectionKind?
        for (blockIndex, block) in blocks.enumerated() {
            guard let level = block.kind.headingLevel else { continue }
            let tokens = segmented.tokensOfBlock[blockIndex]
            let own = sectionKind(ofTokens: tokens, isTitle: level == 1, matched: matched)
            if let own {
                headingKind[blockIndex] = own
                previous = level == 1 ? nil : own
            } else if flatMarkup, let inherited = previous, isSubHeading(tokens, tokens: segmented.tokens) {
                headingKind[blockIndex] = inherited
            } else {
                headingKind[blockIndex] = SectionKind?.none
                previous = nil
            }
        }
        tables.scratch.sectionKinds.removeAll(keepingCapacity: true)
        for section in segmented.sections {
            var kind = SectionKind.general
            for heading in section.headings.reversed() {
                if let own = headingKind[heading] ?? nil {
                    kind = own
                    break
                }
            }
            tables.scratch.sectionKinds.append(kind)
        }

        // Where the topic is named; "it" and "this condition" stand for the topic unless another
        // condition was named since (within the block).
        let sentenceCount = segmented.sentences.count
        for _ in 0..<sentenceCount { tables.topicSpans.appendRow() }
        tables.scratch.direct.removeAll(keepingCapacity: true)
        tables.scratch.direct.append(contentsOf: repeatElement(false, count: sentenceCount))
        var lastConditionIsTopic = true
        var lastBlock = -1
        let modifiers = modifierMentions(matched)
        if modifiers.isEmpty {
            tables.mentions = matched.mentions
        } else {
            tables.mentions.append(contentsOf: matched.mentions)
            tables.mentions.append(contentsOf: modifiers)
            // The same stable sort `sorted` makes, in place.
            tables.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        let mentions = tables.mentions
        // Mentions come in text order, so those of sentence `s` are `mentions[mentionStart[s]..<mentionStart[s + 1]]`.
        tables.scratch.mentionStart.removeAll(keepingCapacity: true)
        tables.scratch.mentionStart.append(contentsOf: repeatElement(0, count: sentenceCount + 1))
        for mention in mentions { tables.scratch.mentionStart[mention.sentence + 1] += 1 }
        for index in tables.scratch.mentionStart.indices.dropFirst() {
            tables.scratch.mentionStart[index] += tables.scratch.mentionStart[index - 1]
        }
        let mentionStart = tables.scratch.mentionStart
        func sentenceMentions(_ sentence: Int) -> ArraySlice<Mention> {
            mentions[mentionStart[sentence]..<mentionStart[sentence + 1]]
        }
        // In an article that names the topic, its shorthand after a determiner ("the rhinitis",
        // "these allergies") stands for it: a condition mention or a shorthand cue with a
        // determiner right before it ("food allergies", "skin allergies" and a bare "Rhinitis" at the
        // start of a definition do not).
        let namesTopic = matched.mentions.contains { topics.contains($0.concept) }
        func isBare(_ span: Range<Int>, in sentence: Sentence) -> Bool {
            guard span.lowerBound > sentence.tokens.lowerBound else { return false }
            let previous = span.lowerBound - 1
            return segmented.tokens[previous].isWord
                && lexicon.wordIDs.determiners.contains(matched.keyIDs.key(previous))
        }
        var events = tables.scratch.events
        tables.scratch.events = []
        for (sentenceIndex, sentence) in segmented.sentences.enumerated() {
            if sentence.block != lastBlock {
                lastBlock = sentence.block
                lastConditionIsTopic = true
            }
            events.removeAll(keepingCapacity: true)
            for mention in sentenceMentions(sentenceIndex) {
                if topics.contains(mention.concept) {
                    events.append((mention.tokens, true))
                } else if primaryRoles[mention.concept] == .condition {
                    let standsIn =
                        namesTopic && isBare(mention.tokens, in: sentence)
                        && lexicon.topicShorthand.contains(
                            segmented.tokens[mention.tokens].map(\.key).joined(separator: " "))
                    if standsIn { tables.standIns.insert(mention.tokens.lowerBound) }
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
            var topicEnds: Set<Int>?
            for index in sentence.tokens.dropFirst(2)
            where segmented.tokens[index - 1].punctuation == UInt8(ascii: ",")
                && lexicon.wordIDs.relativePronouns.contains(matched.keyIDs.key(index))
            {
                if topicEnds == nil {
                    topicEnds = Set(
                        sentenceMentions(sentenceIndex).filter { topics.contains($0.concept) }.map(
                            \.tokens.upperBound))
                }
                if topicEnds?.contains(index - 1) == true { events.append((index..<(index + 1), nil)) }
            }
            // Sorted in place (the same stable sort `sorted` makes, without a copy per sentence).
            if events.count > 1 { events.sort(by: { $0.span.lowerBound < $1.span.lowerBound }) }
            for event in events {
                switch event.isTopic {
                case .some(let isTopic):
                    lastConditionIsTopic = isTopic
                    if isTopic {
                        tables.topicSpans.append(event.span, toRow: sentenceIndex)
                        tables.scratch.direct[sentenceIndex] = true
                    }
                case .none:
                    if lastConditionIsTopic { tables.topicSpans.append(event.span, toRow: sentenceIndex) }
                }
            }
        }
        events.removeAll(keepingCapacity: true)
        tables.scratch.events = events

        // A paragraph that opens on the topic and one section word in the clause that names it
        // ("Hay fever treatment centers on …", "The causes of hay fever are …") sets the kind for
        // what follows, up to the next heading; a section word in another clause ("Seeing hay
        // fever on a chart is worrying, yet it is not a diagnosis") or in an aside ("(… imaging)")
        // sets nothing.
        var override: SectionKind?
        tables.scratch.firstSentenceOfBlock.removeAll(keepingCapacity: true)
        tables.scratch.firstSentenceOfBlock.append(contentsOf: repeatElement(-1, count: blocks.count))
        for (index, sentence) in segmented.sentences.enumerated()
        where tables.scratch.firstSentenceOfBlock[sentence.block] < 0 {
            tables.scratch.firstSentenceOfBlock[sentence.block] = index
        }
        for (blockIndex, block) in blocks.enumerated() {
            if block.kind.headingLevel != nil { override = nil }
            let first = tables.scratch.firstSentenceOfBlock[blockIndex]
            if block.kind == .paragraph, first >= 0, tables.scratch.direct[first] {
                let sentence = segmented.sentences[first].tokens
                let clauseOf = clauseAndAsideOfTokens(
                    sentence, clauses: tables.clauses[first], tokens: segmented.tokens)
                let named = Set(
                    sentenceMentions(first).filter { topics.contains($0.concept) }.map {
                        clauseOf[$0.tokens.lowerBound - sentence.lowerBound].clause
                    })
                let phrase = cues[first].filter {
                    let place = clauseOf[$0.tokens.lowerBound - sentence.lowerBound]
                    return !place.aside && named.contains(place.clause)
                }
                let kinds = Set(phrase.flatMap { $0.kinds.kinds.compactMap(\.sectionKind) })
                if kinds.count == 1, let kind = kinds.first, kind.role != nil {
                    override = kind
                    tables.overridingSentences.insert(first)
                }
            }
            let own = tables.scratch.sectionKinds[segmented.sectionOfBlock[blockIndex]]
            tables.headingKind.append(own)
            tables.blockKind.append(override ?? own)
        }
        tables.namesTopic = namesTopic
        for modifier in modifiers { tables.modifierStarts.insert(modifier.tokens.lowerBound) }
        tables.listIntros = listIntros(segmented, cues: cues)
        tables.furniture = FurnitureFinder().find(segmented, cues: cues)
        tables.indexClauses(matched, lexicon: lexicon, topics: topics, primaryRoles: primaryRoles, also: extra)
    }

    /// For each token of a sentence, the index of its clause (-1 for a separator between clauses)
    /// and whether it stands inside parentheses.
    func clauseAndAsideOfTokens(_ sentence: Range<Int>, clauses: [Clause], tokens: [Token]) -> [(
        clause: Int, aside: Bool
    )] {
        var places = Array(repeating: (clause: clauses.isEmpty ? 0 : -1, aside: false), count: sentence.count)
        for (index, clause) in clauses.enumerated() {
            for range in clause.ranges {
                for token in range { places[token - sentence.lowerBound].clause = index }
            }
        }
        var depth = 0
        for token in sentence {
            places[token - sentence.lowerBound].aside = depth > 0
            if tokens[token].punctuation == UInt8(ascii: "(") { depth += 1 }
            if tokens[token].punctuation == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
        return places
    }

    /// Whether a heading reads as a category line: at most `subHeadingWords` words and no question.
    func isSubHeading(_ range: Range<Int>, tokens: [Token]) -> Bool {
        var words = 0
        for index in range {
            if tokens[index].punctuation == UInt8(ascii: "?") { return false }
            if tokens[index].isWord { words += 1 }
        }
        return words <= lexicon.windows[.subHeadingWords]
    }

    /// The causes named by adjectives that modify the topic: "allergic rhinitis", "infectious and
    /// allergic rhinitis", read back from each mention of the topic over modifiers (`modifier:` in
    /// the concept files), commas and coordinators; "non-allergic" is not one.
    func modifierMentions(_ matched: MatchedText) -> [Mention] {
        guard lexicon.wordIDs.hasTopicModifiers, matched.mentions.contains(where: { topics.contains($0.concept) })
        else {
            return []
        }
        let words = lexicon.wordIDs
        let segmented = matched.segmented
        let tokens = segmented.tokens
        let ids = matched.keyIDs
        var covered = Set<Int>()
        for mention in matched.mentions { covered.formUnion(mention.tokens) }
        var result: [Mention] = []
        for mention in matched.mentions where topics.contains(mention.concept) {
            let sentence = segmented.sentences[mention.sentence]
            var index = mention.tokens.lowerBound - 1
            while index >= sentence.tokens.lowerBound, !covered.contains(index) {
                let token = tokens[index]
                if let concept = words.topicModifier(ids.key(index)) {
                    if index > sentence.tokens.lowerBound, words.negatingPrefixes.contains(ids.key(index - 1)),
                        tokens[index - 1].range.upperBound.value + 1 == token.range.lowerBound.value
                    {
                        break
                    }
                    result.append(
                        Mention(
                            concept: concept, tokens: index..<(index + 1), range: token.range,
                            sentence: mention.sentence, isLearnedAbbreviation: false))
                    covered.insert(index)
                } else if !words.modifierJoiners.contains(ids.key(index)) && token.punctuation != UInt8(ascii: ",") {
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
    /// the next heading, "What the pain is like Bone pain tends to be:"). Short lines a scrape
    /// took for headings right after an intro ("Treatment options include:" and then
    /// "Bisphosphonates", "Physical therapy") are its items as well, until a paragraph or a
    /// heading that introduces a list of its own.
    func listIntros(_ segmented: SegmentedText, cues: ReusableRows<Cue>) -> [Int?] {
        let blocks = segmented.clean.blocks
        guard blocks.contains(where: { $0.kind == .listItem || $0.kind.headingLevel != nil }) else { return [] }
        var lastSentence = Array(repeating: -1, count: blocks.count)
        for (index, sentence) in segmented.sentences.enumerated() { lastSentence[sentence.block] = index }
        func introduces(_ sentence: Int) -> Bool {
            guard sentence >= 0 else { return false }
            let range = segmented.sentences[sentence].tokens
            guard let last = range.last else { return false }
            return segmented.tokens[last].punctuation == UInt8(ascii: ":")
                || cues[sentence].contains { $0.kinds.contains(.listIntro) && $0.tokens.upperBound == range.upperBound }
        }
        var intros = Array(repeating: Int?.none, count: blocks.count)
        var current: Int?
        // The intro a run of headings right after it hangs from (none after a list item).
        var headingIntro: Int?
        for (index, block) in blocks.enumerated() {
            if block.kind == .listItem {
                if let cleaner = block.listIntro, lastSentence[cleaner] >= 0 { current = lastSentence[cleaner] }
                intros[index] = current
                if introduces(lastSentence[index]) { current = lastSentence[index] }
                headingIntro = nil
            } else if block.kind.headingLevel != nil, let intro = headingIntro, !introduces(lastSentence[index]) {
                intros[index] = intro
            } else {
                current = introduces(lastSentence[index]) ? lastSentence[index] : nil
                headingIntro = current
            }
        }
        return intros
    }

    /// Cuts a sentence at `;` and at a comma followed by a clause opener; a relative clause opened
    /// after a comma ends at the next comma, and the clause it interrupted goes on. The clauses
    /// go into `clauses`, empty on entry (a row whose storage is reused).
    func splitClauses(_ range: Range<Int>, tokens: [Token], ids: TokenKeyIDs, into clauses: inout [Clause]) {
        clauses.append(Clause(ranges: []))
        var current = 0
        var interrupted: Int?
        var start = range.lowerBound
        func close(at end: Int) {
            if end > start { clauses[current].ranges.append(start..<end) }
        }
        // A sentence that opens on a subordinator ("Although …, ", "If …, ") ends that clause at
        // its first comma.
        var openingClause = !range.isEmpty && lexicon.wordIDs.subordinators.contains(ids.key(range.lowerBound))
        for index in range {
            let mark = tokens[index].punctuation
            guard mark == UInt8(ascii: ";") || mark == UInt8(ascii: ",") else { continue }
            let next: Int32 = index + 1 < range.upperBound ? ids.key(index + 1) : -1
            if mark == UInt8(ascii: ";") || openingClause || lexicon.wordIDs.clauseOpeners.contains(next) {
                openingClause = false
                close(at: index)
                let opensRelative =
                    mark == UInt8(ascii: ",") && interrupted == nil && lexicon.wordIDs.relativePronouns.contains(next)
                interrupted = opensRelative ? current : nil
                clauses.append(Clause(ranges: []))
                current = clauses.count - 1
                start = index + 1
            } else if let outer = interrupted {
                close(at: index)
                current = outer
                interrupted = nil
                start = index + 1
            }
        }
        close(at: range.upperBound)
        // In place: a one-clause sentence keeps its array.
        if clauses.contains(where: { $0.ranges.isEmpty }) { clauses.removeAll { $0.ranges.isEmpty } }
    }

    /// The kind a heading names: the last section word in it; general when it names
    /// `generalHeadingKinds` kinds or more (a title like "Causes, Symptoms, Diagnosis, and
    /// Treatment"), or a title names `generalTitleKinds`.
    func sectionKind(ofTokens range: Range<Int>, isTitle: Bool, matched: MatchedText) -> SectionKind? {
        var kinds: [SectionKind] = []
        for hit in lexicon.cueMatches(in: matched.segmented.tokens, ids: matched.keyIDs, range: range) {
            kinds += hit.payloads.compactMap { CueKind(rawValue: $0)?.sectionKind }
        }
        let distinct = Set(kinds)
        let windows = lexicon.windows
        if distinct.count >= windows[.generalHeadingKinds] || (isTitle && distinct.count >= windows[.generalTitleKinds])
        {
            return .general
        }
        return kinds.last
    }
}
