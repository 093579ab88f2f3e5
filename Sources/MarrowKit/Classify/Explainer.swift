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
        public var concept: String
        public var role: Role
        public var object: String
        public var assertion: Assertion
        /// The assertion triggers that applied.
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

/// Classifies a piece of text and says why, for lexicon curators.
public struct Explainer: Sendable {
    /// The pipeline to explain.
    public let processor: DocumentProcessor

    /// Creates an explainer.
    public init(processor: DocumentProcessor) { self.processor = processor }

    /// Explains `text`.
    ///
    /// - Parameters:
    ///   - text: one or more sentences (scraped-text rules apply: blank lines split paragraphs).
    ///   - term: a span to classify even when the lexicons do not know it.
    ///   - heading: a heading to put the text under, to see how a section changes the result.
    /// - Throws: ``MarrowError`` when the text is empty or the term does not occur in it.
    public func explain(text: String, term: String? = nil, heading: String? = nil) throws -> Explanation {
        let body = heading.map { "\($0)\n\n\(text)\n" } ?? "\n\(text)\n"
        let document = SourceDocument(path: "<explain>", raw: Array(body.utf8), mediaType: .text)
        let clean = try processor.clean(document)
        let matched = processor.match(clean)
        let segmented = matched.segmented
        let tokens = segmented.tokens

        var forced: Mention?
        var targetTokens: Range<Int>?
        if let term {
            let termTokens = Tokenizer(normalizer: processor.lexicon.normalizer).tokenize(Array(term.utf8), in: CleanByteOffset(0)..<CleanByteOffset(term.utf8.count))
            guard !termTokens.isEmpty else { throw MarrowError(.malformedInput, "the term '\(term)' has no words") }
            var found: Mention?
            search: for (sentenceIndex, sentence) in segmented.sentences.enumerated() where segmented.clean.blocks[sentence.block].kind.headingLevel == nil {
                var start = sentence.tokens.lowerBound
                while start + termTokens.count <= sentence.tokens.upperBound {
                    if zip(tokens[start..<(start + termTokens.count)], termTokens).allSatisfy({ $0.key == $1.key }) {
                        let range = tokens[start].range.lowerBound..<tokens[start + termTokens.count - 1].range.upperBound
                        found = Mention(concept: -1, tokens: start..<(start + termTokens.count), range: range, sentence: sentenceIndex, isLearnedAbbreviation: false)
                        break search
                    }
                    start += 1
                }
            }
            guard let found else { throw MarrowError(.malformedInput, "the term '\(term)' does not occur in the text") }
            targetTokens = found.tokens
            // A lexicon mention on exactly that span is explained as itself.
            if !matched.mentions.contains(where: { $0.tokens == found.tokens }) { forced = found }
        }

        let findings = processor.explainer.explain(matched, forced: forced)
        let lexicon = processor.lexicon
        let mentions = findings.filter { targetTokens == nil || $0.mention.tokens == targetTokens }
            .map { finding in
                Explanation.MentionInfo(
                    text: segmented.clean.text(finding.mention.range),
                    concept: finding.mention.concept >= 0 ? lexicon.conceptTable[finding.mention.concept].id : "term",
                    role: finding.role,
                    object: lexicon.conceptTable[finding.object].id,
                    assertion: finding.assertion,
                    triggers: finding.reasons.compactMap { $0.assertionReason?.description },
                    reasons: finding.reasons.map(\.description))
            }
        let lastBlock = segmented.clean.blocks.count - 1
        let cues = matched.cues.flatMap { $0 }.map { hit in
            Explanation.CueInfo(
                text: segmented.clean.text(tokens[hit.tokens.lowerBound].range.lowerBound..<tokens[hit.tokens.upperBound - 1].range.upperBound),
                kinds: hit.kinds.map { lexicon.cueTable[$0].description })
        }
        let section = lastBlock >= 0 ? segmented.headingPath(segmented.sectionOfBlock[lastBlock]) : []
        let kind = findings.first?.sectionKind ?? .general
        return Explanation(
            text: text, term: term, section: section, sectionKind: kind,
            tokens: tokens.map { Explanation.TokenInfo(text: segmented.clean.text($0.range), key: $0.key, abbreviation: $0.abbreviationKey.map { String($0.dropFirst()) }) },
            cues: cues, mentions: mentions)
    }
}
