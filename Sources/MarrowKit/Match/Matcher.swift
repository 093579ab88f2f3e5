/// A concept named in the text.
public struct Mention: Hashable, Sendable {
    /// The concept, as an index into ``CompiledLexicon/conceptTable``.
    public var concept: Int
    /// Its tokens.
    public var tokens: Range<Int>
    /// Where it sits in the clean text.
    public var range: Range<CleanByteOffset>
    /// The sentence it is in.
    public var sentence: Int
    /// Whether it was found through an abbreviation the document defined.
    public var isLearnedAbbreviation: Bool
}

/// A cue phrase found in a sentence.
public struct CueHit: Hashable, Sendable {
    /// The cue kind, as an index into ``CompiledLexicon/cueTable``.
    public var kinds: [Int]
    /// Its tokens.
    public var tokens: Range<Int>
}

/// Mentions and cues of one document.
public struct MatchedText: Sendable {
    /// The segmented document.
    public let segmented: SegmentedText
    /// Concept mentions in text order.
    public let mentions: [Mention]
    /// Cue hits per sentence.
    public let cues: [[CueHit]]
    /// Abbreviations the document defined, to the concept index they stand for.
    public let learnedAbbreviations: [String: Int]
    /// The tokens' key ids in the lexicon's vocabulary, looked up once for every automaton.
    let keyIDs: TokenKeyIDs
}

/// Finds concept mentions and cue phrases with the compiled automata, and learns the
/// abbreviations a document defines ("complex regional pain syndrome (CRPS)").
public struct Matcher: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon

    /// Creates a matcher.
    public init(lexicon: CompiledLexicon) { self.lexicon = lexicon }

    /// Matches one segmented document.
    public func match(_ segmented: SegmentedText) -> MatchedText {
        let tokens = segmented.tokens
        // Tokens resolved through this lexicon's table carry their ids; others are looked up.
        let ids =
            segmented.keyTable === lexicon.keyTable
            ? TokenKeyIDs(tokens) : lexicon.vocabulary.ids(tokens, range: 0..<tokens.count)
        var mentions: [Mention] = []
        var cues: [[CueHit]] = []
        for (sentenceIndex, sentence) in segmented.sentences.enumerated() {
            let firstOfSentence = mentions.count
            for match in lexicon.concepts.matches(in: tokens, ids: ids, range: sentence.tokens)
            where !hasNegatingPrefix(match.start, tokens: tokens, ids: ids) {
                for concept in match.payloads.prefix(1) {
                    mentions.append(
                        Mention(
                            concept: concept, tokens: match.start..<match.end,
                            range: tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound,
                            sentence: sentenceIndex, isLearnedAbbreviation: false))
                }
            }
            // A cue word inside a concept's name ("reduced microcirculation") is part of the name.
            // (Only this sentence's mentions: the ones appended since it started.)
            let names = mentions[firstOfSentence...]
            WorkMeter.count(.match, mentions.count - firstOfSentence)
            let found = lexicon.cueMatches(in: tokens, ids: ids, range: sentence.tokens)
            var hits: [CueHit] = []
            if !found.isEmpty { hits.reserveCapacity(found.count) }
            for match in found
            where !names.contains(where: { $0.tokens.lowerBound <= match.start && match.end <= $0.tokens.upperBound }) {
                hits.append(CueHit(kinds: match.payloads, tokens: match.start..<match.end))
            }
            cues.append(hits)
        }
        let learned = learnAbbreviations(mentions, tokens: tokens)
        if !learned.isEmpty {
            var covered = Set<Int>()
            for mention in mentions { covered.formUnion(mention.tokens) }
            // Where each concept's mentions end, for spotting a defining occurrence in one look-up.
            let ends = Set(mentions.map { MentionEnd(concept: $0.concept, end: $0.tokens.upperBound) })
            for (sentenceIndex, sentence) in segmented.sentences.enumerated() {
                WorkMeter.count(.match, sentence.tokens.count)
                for index in sentence.tokens where !covered.contains(index) {
                    guard let key = tokens[index].abbreviationKey, let concept = learned[key] else { continue }
                    // The defining occurrence, "long form (ABBR)", is the long form's evidence already.
                    if index >= 2, tokens[index - 1].punctuation == UInt8(ascii: "("),
                        ends.contains(MentionEnd(concept: concept, end: index - 1))
                    {
                        continue
                    }
                    mentions.append(
                        Mention(
                            concept: concept, tokens: index..<(index + 1), range: tokens[index].range,
                            sentence: sentenceIndex, isLearnedAbbreviation: true))
                }
            }
            mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return MatchedText(
            segmented: segmented, mentions: mentions, cues: cues, learnedAbbreviations: learned, keyIDs: ids)
    }

    /// A concept and the token index its mention ends at.
    struct MentionEnd: Hashable {
        var concept: Int
        var end: Int
    }

    /// Whether the match is hyphenated onto a prefix that makes it another word (`non-smokers`).
    func hasNegatingPrefix(_ start: Int, tokens: [Token], ids: TokenKeyIDs) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1]
        return previous.isWord && lexicon.wordIDs.negatingPrefixes.contains(ids.key(start - 1))
            && previous.range.upperBound.value + 1 == tokens[start].range.lowerBound.value
    }

    /// Abbreviations defined as `long form (ABBR)` or `ABBR (long form)` next to a mention.
    func learnAbbreviations(_ mentions: [Mention], tokens: [Token]) -> [String: Int] {
        var learned: [String: Int] = [:]
        for mention in mentions {
            let end = mention.tokens.upperBound
            // long form (ABBR)
            if end + 2 < tokens.count, tokens[end].punctuation == UInt8(ascii: "("),
                tokens[end + 2].punctuation == UInt8(ascii: ")"),
                let key = tokens[end + 1].abbreviationKey,
                AbbreviationDefinition.initialsMatch(key, words: Array(tokens[mention.tokens]))
            {
                learned[key] = learned[key] ?? mention.concept
            }
            // ABBR (long form)
            let start = mention.tokens.lowerBound
            if start >= 2, tokens[start - 1].punctuation == UInt8(ascii: "("), end < tokens.count,
                tokens[end].punctuation == UInt8(ascii: ")"),
                let key = tokens[start - 2].abbreviationKey,
                AbbreviationDefinition.initialsMatch(key, words: Array(tokens[mention.tokens]))
            {
                learned[key] = learned[key] ?? mention.concept
            }
        }
        return learned
    }
}
