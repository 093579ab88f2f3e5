/// Why the pipeline classifies a sentence the way it does: what `marrow explain` prints.
public struct Explanation: Codable, Sendable {
    /// One token with its matching keys.
    public struct TokenInfo: Codable, Sendable {
        public var text: String
        public var key: String
        public var abbreviation: String?
    }

    /// One cue phrase found.
    public struct CueInfo: Codable, Sendable {
        public var text: String
        public var kinds: [String]
    }

    /// One classified mention.
    public struct MentionInfo: Codable, Sendable {
        public var text: String
        /// Where the mention starts and ends in the text given, in Unicode scalars.
        public var start: Int
        public var end: Int
        public var concept: String
        public var role: Role
        public var object: String
        public var assertion: Assertion
        /// Spoken of as a condition or a possible future event ("return if fever develops").
        public var hypothetical: Bool
        /// Belongs to the past ("history of", "status post").
        public var historical: Bool
        /// Whose finding it is (`other`: "family history of", "her mother had").
        public var experiencer: Experiencer
        /// The assertion triggers that applied, as written.
        public var triggers: [String]
        /// Every reason, in the order the rules considered them.
        public var reasons: [String]
    }

    public var text: String
    public var term: String?
    public var section: [String]
    public var sectionKind: SectionKind
    public var tokens: [TokenInfo]
    public var cues: [CueInfo]
    public var mentions: [MentionInfo]

    /// The term's classification when a term was given, else the first mention's.
    public var target: MentionInfo? { mentions.first }
}

/// How `explain` reads the text it is given.
public enum ExplainReading: Sendable {
    /// As one passage, exactly as given: nothing is dropped as boilerplate, no line becomes a
    /// heading, no list is recognised. What clinical sentences and single claims need.
    case passage
    /// As a scraped article: blank lines split paragraphs, bullets start list items, short lines
    /// may be headings (the rules `extract` applies).
    case article
}

/// What to explain: a text, and optionally the term in it to classify.
public struct ExplainQuery: Sendable {
    /// The text.
    public var text: String
    /// A span to classify, known to the lexicons or not; matched case-insensitively at token
    /// boundaries. Nil: the first lexicon mention.
    public var term: String?
    /// Which occurrence of the term: the one that starts at (or holds) this Unicode-scalar offset
    /// of the text; nil or no such occurrence: the first.
    public var start: Int?
    /// A heading to put the text under, to see how a section changes the result.
    public var heading: String?

    /// Creates a query.
    public init(text: String, term: String? = nil, start: Int? = nil, heading: String? = nil) {
        self.text = text
        self.term = term
        self.start = start
        self.heading = heading
    }
}

/// Classifies a piece of text and says why, for lexicon curators and for assertion checks in bulk.
///
/// It runs the stages up to Classify itself (clean or passage building, segmenting, matching,
/// classifying); nothing in the pipeline depends on it.
public struct Explainer: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let cleaner: TextCleaner
    let segmenter: Segmenter
    let matcher: Matcher
    let classifier: Classifier
    let tokenizer: Tokenizer

    /// Creates an explainer for `lexicon`.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        cleaner = TextCleaner(cues: lexicon.cleaning)
        tokenizer = Tokenizer(lexicon: lexicon)
        segmenter = Segmenter(tokenizer: tokenizer, abbreviations: lexicon.sentenceAbbreviations)
        matcher = Matcher(lexicon: lexicon)
        classifier = Classifier(lexicon: lexicon)
    }

    /// Explains `query` in full: tokens, cues, and every mention (only the term's when a term is given).
    ///
    /// - Throws: ``MarrowError`` when the text is empty or the term does not occur in it.
    public func explain(_ query: ExplainQuery, reading: ExplainReading = .passage) throws -> Explanation {
        let matched = try match(query, reading: reading)
        let offset = scalarOffset(matched, reading)
        let findings: [Finding]
        if let term = query.term {
            findings = [
                classifier.classify(try target(of: term, start: query.start, offset: offset, in: matched), in: matched)
            ]
        } else {
            findings = classifier.explain(matched)
        }
        let segmented = matched.segmented
        let tokens = segmented.tokens
        var cues = matched.cues.flatMap { $0 }.map { hit in
            (
                hit.tokens,
                Explanation.CueInfo(
                    text: text(hit.tokens, segmented), kinds: hit.kinds.map { lexicon.cueTable[$0].description })
            )
        }
        for (index, sentence) in segmented.sentences.enumerated() {
            let names = matched.mentions.filter { $0.sentence == index }.map(\.tokens)
            for hit in lexicon.assertion.matches(in: tokens, ids: matched.keyIDs, range: sentence.tokens)
            where !names.contains(where: {
                $0.lowerBound <= hit.tokens.lowerBound && hit.tokens.upperBound <= $0.upperBound
            }) {
                cues.append(
                    (
                        hit.tokens,
                        Explanation.CueInfo(
                            text: text(hit.tokens, segmented),
                            kinds: hit.sections.sections.map { "\(AssertionLexicon.file).\($0.name)" })
                    ))
            }
        }
        cues.sort { ($0.0.lowerBound, $0.0.upperBound) < ($1.0.lowerBound, $1.0.upperBound) }
        let lastBlock = segmented.clean.blocks.count - 1
        return Explanation(
            text: query.text, term: query.term,
            section: lastBlock >= 0 ? segmented.headingPath(segmented.sectionOfBlock[lastBlock]) : [],
            sectionKind: findings.first?.sectionKind ?? .general,
            tokens: tokens.map {
                Explanation.TokenInfo(
                    text: segmented.clean.text($0.range), key: $0.key,
                    abbreviation: $0.abbreviationKey.map { String($0.dropFirst()) })
            },
            cues: cues.map(\.1),
            mentions: findings.map { info($0, matched, offset: offset) })
    }

    /// Explains the term of `query` (or the first lexicon mention) and nothing else: the fast path
    /// of `explain --jsonl`.
    ///
    /// - Returns: nil when no term is given and the text names no lexicon concept.
    /// - Throws: ``MarrowError`` when the text is empty or the term does not occur in it.
    public func explainTarget(_ query: ExplainQuery, reading: ExplainReading = .passage) throws -> Explanation
        .MentionInfo?
    {
        try explainTarget(query, reading: reading, termKeys: nil)
    }

    /// ``explainTarget(_:reading:)`` with the term's token keys already made (``termKeys(_:)``;
    /// nil: made here).
    func explainTarget(_ query: ExplainQuery, reading: ExplainReading = .passage, termKeys: [String]?) throws
        -> Explanation.MentionInfo?
    {
        var keys = DocumentKeys()
        var workspace = ClassificationWorkspace()
        return try explainTarget(query, reading: reading, termKeys: termKeys, keys: &keys, workspace: &workspace)
    }

    /// ``explainTarget(_:reading:termKeys:)`` with the text's keys resolved through `keys` and the
    /// classification tables refilled in `workspace`, both kept across the questions of a stream.
    func explainTarget(
        _ query: ExplainQuery, reading: ExplainReading = .passage, termKeys: [String]?, keys: inout DocumentKeys,
        workspace: inout ClassificationWorkspace
    ) throws -> Explanation.MentionInfo? {
        let matched = try match(query, reading: reading, keys: &keys)
        let offset = scalarOffset(matched, reading)
        if let term = query.term {
            let mention = try target(of: term, keys: termKeys, start: query.start, offset: offset, in: matched)
            return info(classifier.classify(mention, in: matched, reusing: &workspace), matched, offset: offset)
        }
        guard let first = matched.mentions.first else { return nil }
        return info(classifier.classify(first, in: matched, reusing: &workspace), matched, offset: offset)
    }

    // MARK: Steps

    /// The text as segmented and matched text.
    func match(_ query: ExplainQuery, reading: ExplainReading) throws -> MatchedText {
        var keys = DocumentKeys()
        return try match(query, reading: reading, keys: &keys)
    }

    /// ``match(_:reading:)`` with the text's keys resolved through `keys`.
    func match(_ query: ExplainQuery, reading: ExplainReading, keys: inout DocumentKeys) throws -> MatchedText {
        let clean: CleanText
        switch reading {
        case .passage:
            guard query.text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
                throw MarrowError(.emptyInput, "the text is empty")
            }
            clean = Explainer.passage(query.text.utf8, heading: query.heading)
        case .article:
            let body = query.heading.map { "\($0)\n\n\(query.text)\n" } ?? "\n\(query.text)\n"
            let document = SourceDocument(path: "<explain>", raw: Array(body.utf8), mediaType: .text)
            try InputValidator.validate(document.raw, mediaType: .text, path: document.path)
            clean = cleaner.clean(document)
            if clean.blocks.isEmpty {
                throw MarrowError(
                    .emptyInput, "no text left after cleaning (everything looked like page chrome or boilerplate)")
            }
        }
        keys.trim()
        return matcher.match(segmenter.segment(clean, keys: &keys))
    }

    /// A clean text that is the given text, byte for byte, as one paragraph (under a heading when
    /// one is given).
    static func passage(_ text: String.UTF8View, heading: String?) -> CleanText {
        var builder = CleanTextBuilder()
        builder.reserveCapacity(bytes: text.count + (heading.map { $0.utf8.count + 2 } ?? 0), segments: 3)
        let raw = RawByteOffset(0)..<RawByteOffset(text.count)
        if let heading, !heading.isEmpty {
            builder.beginBlock(separatorAt: raw.lowerBound)
            builder.appendReplacement(heading.utf8, for: raw.lowerBound..<raw.lowerBound)
            builder.endBlock(kind: .heading(level: 2))
        }
        builder.beginBlock(separatorAt: raw.lowerBound)
        builder.appendVerbatim(text, from: raw)
        builder.endBlock(kind: .paragraph)
        return builder.build(metadata: DocumentMetadata())
    }

    /// The mention of `term` to classify: a lexicon mention on exactly its span, or the span forced.
    ///
    /// The term is found by token keys (case, plural and spelling folded) at token boundaries,
    /// else as a case-insensitive substring widened to whole tokens.
    func target(of term: String, keys: [String]? = nil, start: Int?, offset: Int, in matched: MatchedText) throws
        -> Mention
    {
        let segmented = matched.segmented
        let tokens = segmented.tokens
        let termKeys = keys ?? self.termKeys(term)
        guard let firstKey = termKeys.first else {
            throw MarrowError(.malformedInput, "the term '\(term)' has no words")
        }
        let length = termKeys.count
        let sentences = segmented.sentences.indices.filter {
            segmented.clean.blocks[segmented.sentences[$0].block].kind.headingLevel == nil
        }
        var occurrences: [(sentence: Int, tokens: Range<Int>)] = []
        for index in sentences {
            let sentence = segmented.sentences[index].tokens
            var first = sentence.lowerBound
            while first + length <= sentence.upperBound {
                if tokens[first].key == firstKey,
                    zip(tokens[first..<(first + length)], termKeys).allSatisfy({ $0.key == $1 })
                {
                    occurrences.append((index, first..<(first + length)))
                }
                first += 1
            }
        }
        if occurrences.isEmpty {
            occurrences = substringOccurrences(of: Array(term.utf8), in: segmented, sentences: sentences)
        }
        guard !occurrences.isEmpty else {
            throw MarrowError(.malformedInput, "the term '\(term)' does not occur in the text")
        }
        var chosen = occurrences[0]
        if let start {
            let wanted = start + offset
            func scalars(_ range: Range<Int>) -> Range<Int> {
                let span = segmented.clean.scalarRange(
                    tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
                return span.lowerBound.value..<span.upperBound.value
            }
            chosen =
                occurrences.first { scalars($0.tokens).lowerBound == wanted }
                ?? occurrences.first { scalars($0.tokens).contains(wanted) } ?? chosen
        }
        let range =
            tokens[chosen.tokens.lowerBound].range.lowerBound..<tokens[chosen.tokens.upperBound - 1].range.upperBound
        if let known = matched.mentions.first(where: { $0.tokens == chosen.tokens }) { return known }
        return Mention(
            concept: -1, tokens: chosen.tokens, range: range, sentence: chosen.sentence, isLearnedAbbreviation: false)
    }

    /// The token keys of a term (case, plural and spelling folded), what ``target(of:keys:start:offset:in:)``
    /// looks for.
    func termKeys(_ term: String) -> [String] {
        let bytes = Array(term.utf8)
        return tokenizer.tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count)).map(\.key)
    }

    /// Occurrences of `term` as a case-insensitive (ASCII) substring, widened to whole tokens.
    func substringOccurrences(of term: [UInt8], in segmented: SegmentedText, sentences: [Int]) -> [(
        sentence: Int, tokens: Range<Int>
    )] {
        let utf8 = segmented.clean.utf8
        func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var result: [(Int, Range<Int>)] = []
        for index in sentences {
            let sentence = segmented.sentences[index]
            let bytes = sentence.range
            guard bytes.upperBound.value - bytes.lowerBound.value >= term.count else { continue }
            for first in bytes.lowerBound.value...(bytes.upperBound.value - term.count) {
                guard (0..<term.count).allSatisfy({ fold(utf8[first + $0]) == fold(term[$0]) }) else { continue }
                let span = first..<(first + term.count)
                let covered = sentence.tokens.filter {
                    segmented.tokens[$0].range.lowerBound.value < span.upperBound
                        && span.lowerBound < segmented.tokens[$0].range.upperBound.value
                }
                if let low = covered.first, let high = covered.last,
                    !result.contains(where: { $0.1 == low..<(high + 1) })
                {
                    result.append((index, low..<(high + 1)))
                }
            }
        }
        return result
    }

    /// Where the text given starts in the clean text, in scalars: after the heading of a passage;
    /// an article's offsets count in its clean text.
    func scalarOffset(_ matched: MatchedText, _ reading: ExplainReading) -> Int {
        let clean = matched.segmented.clean
        guard reading == .passage, let last = clean.blocks.last else { return 0 }
        return clean.scalarRange(last.range).lowerBound.value
    }

    func info(_ finding: Finding, _ matched: MatchedText, offset: Int) -> Explanation.MentionInfo {
        let clean = matched.segmented.clean
        let scalars = clean.scalarRange(finding.mention.range)
        return Explanation.MentionInfo(
            text: clean.text(finding.mention.range),
            start: scalars.lowerBound.value - offset, end: scalars.upperBound.value - offset,
            concept: finding.mention.concept >= 0 ? lexicon.conceptTable[finding.mention.concept].id : "term",
            role: finding.role,
            object: lexicon.conceptTable[finding.object].id,
            assertion: finding.assertion,
            hypothetical: finding.attributes.hypothetical,
            historical: finding.attributes.historical,
            experiencer: finding.attributes.experiencer,
            triggers: finding.triggers.map(\.text),
            reasons: finding.reasons.map(\.description))
    }

    func text(_ range: Range<Int>, _ segmented: SegmentedText) -> String {
        segmented.clean.text(
            segmented.tokens[range.lowerBound].range
                .lowerBound..<segmented.tokens[range.upperBound - 1].range.upperBound)
    }
}

extension Classifier {
    /// The concept a span the lexicons do not know is classified as: one that may be a cause or a
    /// treatment, so every rule gets its say.
    static let forcedConcept = Concept(
        id: "term", name: "term", roles: [.cause, .treatment], category: "other", terms: [])
    /// The claim roles of ``forcedConcept``.
    static let forcedClaimRoles = MentionFacts.claimRoles(of: forcedConcept)

    /// Classifies one mention of a document, whether it makes a claim or not; a mention with no
    /// concept (`concept == -1`) is classified as ``forcedConcept``.
    func classify(_ mention: Mention, in matched: MatchedText) -> Finding {
        var workspace = ClassificationWorkspace()
        return classify(mention, in: matched, reusing: &workspace)
    }

    /// ``classify(_:in:)`` with the context's tables refilled in `workspace`, kept across the
    /// questions of a stream.
    func classify(_ mention: Mention, in matched: MatchedText, reusing workspace: inout ClassificationWorkspace)
        -> Finding
    {
        var triggers = SentenceTriggers()
        let context = makeContext(matched, also: mention, reusing: &workspace)
        let finding = classify(
            mention, context,
            forced: mention.concept < 0,
            triggers: &triggers)
        recycle(context, into: &workspace)
        return finding
    }
}
