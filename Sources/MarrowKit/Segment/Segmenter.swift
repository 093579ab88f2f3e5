/// A sentence: a run of tokens inside one block.
public struct Sentence: Hashable, Sendable {
    /// Where it sits in the clean text.
    public var range: Range<CleanByteOffset>
    /// Its tokens, as indices into ``SegmentedText/tokens``.
    public var tokens: Range<Int>
    /// The block it belongs to.
    public var block: Int
}

/// A section: the heading blocks above a run of blocks, outermost first.
public struct Section: Hashable, Sendable {
    /// Heading block indices, outermost first (empty before the first heading).
    public var headings: [Int]
}

/// A clean text cut into sections, sentences and tokens, all with offsets.
public struct SegmentedText: Sendable {
    /// The clean text it was cut from.
    public let clean: CleanText
    /// Every token of every block, in order.
    public let tokens: [Token]
    /// Every sentence, in order; heading blocks are one sentence each.
    public let sentences: [Sentence]
    /// The lexicon key table the tokens were resolved through (nil: their ids are not set).
    let keyTable: TokenKeyTable?
    /// The distinct sections, in order of first appearance.
    public let sections: [Section]
    /// The section of each block, as an index into ``sections``.
    public let sectionOfBlock: [Int]
    /// The token range of each block.
    public let tokensOfBlock: [Range<Int>]
    /// The sentence range of each block, as indices into ``sentences``.
    public let sentencesOfBlock: [Range<Int>]

    /// The heading texts of a section, outermost first.
    public func headingPath(_ section: Int) -> [String] {
        sections[section].headings.map { clean.text(clean.blocks[$0].range) }
    }
}

/// Cuts clean text into sections, sentences and tokens.
public struct Segmenter: Sendable {
    /// The tokenizer.
    public let tokenizer: Tokenizer
    /// Folded abbreviations (`e.g.`, `dr.`) after which a period does not end a sentence.
    public let abbreviations: Set<String>

    /// The longest abbreviation, in bytes: a longer word cannot fold to one.
    let longestAbbreviation: Int
    /// ``abbreviations`` by their bytes, for runs of ASCII (folded without building a string).
    let abbreviationTable: ByteKeyTable

    /// Creates a segmenter.
    public init(tokenizer: Tokenizer, abbreviations: Set<String>) {
        self.tokenizer = tokenizer
        self.abbreviations = abbreviations
        self.longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
        var table = ByteKeyTable(capacity: abbreviations.count)
        for abbreviation in abbreviations.sorted() {
            var abbreviation = abbreviation
            _ = abbreviation.withUTF8 { table.insert($0, hash: ByteKeyTable.hash($0)) }
        }
        self.abbreviationTable = table
    }

    /// Segments `clean`.
    public func segment(_ clean: CleanText) -> SegmentedText {
        var keys = DocumentKeys()
        return segment(clean, keys: &keys)
    }

    /// Segments `clean`, resolving the keys the lexicon lacks through `keys` (kept across the
    /// documents of a stream; the tokens do not depend on what it already holds).
    func segment(_ clean: CleanText, keys: inout DocumentKeys) -> SegmentedText {
        var tokens: [Token] = []
        // Room for a short text's tokens at once (about one per four bytes), so a sentence is not
        // regrown five times; a long text grows as before.
        tokens.reserveCapacity(min(clean.utf8.count / 4 + 4, 256))
        var sentences: [Sentence] = []
        var sections: [Section] = [Section(headings: [])]
        var sectionOfBlock: [Int] = []
        var tokensOfBlock: [Range<Int>] = []
        var sentencesOfBlock: [Range<Int>] = []
        var path: [(level: Int, block: Int)] = []

        for (blockIndex, block) in clean.blocks.enumerated() {
            if let level = block.kind.headingLevel {
                path.removeAll { $0.level >= level }
                path.append((level, blockIndex))
                sections.append(Section(headings: path.map(\.block)))
            }
            sectionOfBlock.append(sections.count - 1)
            let firstSentence = sentences.count
            defer { sentencesOfBlock.append(firstSentence..<sentences.count) }
            let first = tokens.count
            tokenizer.tokenize(clean.utf8, in: block.range, into: &tokens, keys: &keys)
            tokensOfBlock.append(first..<tokens.count)
            var start = first
            for index in first..<tokens.count
            where block.kind.headingLevel == nil
                && endsSentence(at: index, tokens: tokens, limit: tokens.count, utf8: clean.utf8)
            {
                sentences.append(
                    Sentence(
                        range: tokens[start].range.lowerBound..<tokens[index].range.upperBound,
                        tokens: start..<(index + 1), block: blockIndex))
                start = index + 1
            }
            if start < tokens.count {
                sentences.append(
                    Sentence(
                        range: tokens[start].range.lowerBound..<tokens[tokens.count - 1].range.upperBound,
                        tokens: start..<tokens.count, block: blockIndex))
            }
        }
        return SegmentedText(
            clean: clean, tokens: tokens, sentences: sentences, keyTable: tokenizer.keyTable, sections: sections,
            sectionOfBlock: sectionOfBlock, tokensOfBlock: tokensOfBlock, sentencesOfBlock: sentencesOfBlock)
    }

    /// Whether token `index` ends a sentence: a terminator followed by white space and a token
    /// that starts a sentence, not after an abbreviation.
    func endsSentence(at index: Int, tokens: [Token], limit: Int, utf8: [UInt8]) -> Bool {
        let token = tokens[index]
        let mark = token.punctuation
        guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") else { return false }
        guard index + 1 < limit else { return false }
        var nextIndex = index + 1
        while nextIndex < limit,
            tokens[nextIndex].punctuation == UInt8(ascii: "\"")
                || tokens[nextIndex].punctuation == UInt8(ascii: "'")
                || tokens[nextIndex].punctuation == UInt8(ascii: ")")
        {
            if tokens[nextIndex].range.lowerBound != tokens[nextIndex - 1].range.upperBound { break }
            nextIndex += 1
        }
        guard nextIndex < limit else { return false }
        let next = tokens[nextIndex]
        if next.range.lowerBound == tokens[nextIndex - 1].range.upperBound { return false }
        guard next.isCapitalized || !next.isWord || startsWithNumber(next, utf8: utf8) else { return false }
        if mark == UInt8(ascii: "."), isAbbreviation(endingAt: token.range.upperBound.value, utf8: utf8) {
            return false
        }
        return true
    }

    /// Whether a word's key starts with a number: an ASCII digit read from the text, any other
    /// first scalar from the key.
    func startsWithNumber(_ word: Token, utf8: [UInt8]) -> Bool {
        let first = utf8[word.range.lowerBound.value]
        if first < 0x80 { return first >= 0x30 && first <= 0x39 }
        return word.key.first?.isNumber == true
    }

    /// Whether the word run that ends with the period before `end` ("e.g.", "Dr.") is an
    /// abbreviation: the bytes back to a space, a line break or an opening parenthesis, folded.
    ///
    /// The walk back stops as soon as the run holds more scalars that survive folding than the
    /// longest abbreviation has bytes (folding maps each such scalar to one byte or more), so a
    /// long run of periods without spaces costs linear time, not quadratic.
    func isAbbreviation(endingAt end: Int, utf8: [UInt8]) -> Bool {
        var start = end
        var kept = 0
        while start > 0 {
            let byte = utf8[start - 1]
            if byte == 0x20 || byte == 0x0A || byte == UInt8(ascii: "(") { break }
            start -= 1
            if byte & 0xC0 == 0x80 || Segmenter.foldsAway(utf8, at: start) { continue }
            kept += 1
            if kept > longestAbbreviation { return false }
        }
        WorkMeter.count(.segment, end - start)
        var ascii = true
        for index in start..<end where utf8[index] >= 0x80 {
            ascii = false
            break
        }
        guard ascii else {
            return abbreviations.contains(CueText.fold(String(decoding: utf8[start..<end], as: UTF8.self)))
        }
        // ``CueText/foldASCII(_:)`` into a stack buffer: lowercased, white space collapsed and trimmed.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, end - start)) { buffer in
            var length = 0
            var pendingSpace = false
            for index in start..<end {
                let byte = utf8[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = length > 0
                    continue
                }
                if pendingSpace {
                    buffer[length] = 0x20
                    length += 1
                    pendingSpace = false
                }
                buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                length += 1
            }
            let folded = UnsafeBufferPointer(rebasing: buffer[..<length])
            return abbreviationTable.find(folded, hash: ByteKeyTable.hash(folded)) >= 0
        }
    }

    /// Whether the scalar starting at `index` is white space that ``CueText/fold(_:)`` drops or
    /// collapses.
    static func foldsAway(_ utf8: [UInt8], at index: Int) -> Bool {
        let byte = utf8[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        let end = min(utf8.count, index + Tokenizer.scalarLength(byte))
        guard let scalar = String(decoding: utf8[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isWhitespace || scalar == "\u{00A0}"
    }
}
