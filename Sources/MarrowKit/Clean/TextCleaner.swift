/// Cleans scraped plain text: drops boilerplate lines, joins lines broken mid-sentence,
/// recognises headings, bullets and list items, and pulls out metadata lines.
///
/// Works on the UTF-8 bytes of the raw file; every clean byte keeps its way back to the raw
/// bytes through the ``OffsetMap``.
public struct TextCleaner: Sendable {
    /// The boilerplate and metadata cues.
    public let cues: CleaningCues

    /// Creates a cleaner reading `cues`.
    public init(cues: CleaningCues) { self.cues = cues }

    /// A physical line of the raw file, trimmed, with its bullet (if any) removed.
    struct Line {
        var content: Range<Int>
        var text: String
        var folded: String
        var isBullet: Bool
        var isBlank: Bool { content.isEmpty }
    }

    /// A run of physical lines joined into one logical line.
    struct LogicalLine {
        var parts: [Range<Int>]
        var text: String
        var isBullet: Bool
    }

    /// Cleans a text document.
    ///
    /// A UTF-16 document is cleaned through its UTF-8 transcoding; the offset map then leads
    /// back through the transcoding to the file's own bytes.
    ///
    /// - Parameter document: a document whose bytes are valid UTF-8, or valid UTF-16 with a
    ///   byte-order mark.
    /// - Returns: the main text in blocks, with metadata and the offset map.
    public func clean(_ document: SourceDocument) -> CleanText {
        let encoding = document.encoding
        let transcoded =
            encoding.isUTF16 ? try? TranscodedText.decode(document.raw, encoding: encoding, strict: false).get() : nil
        let raw = transcoded?.utf8 ?? document.raw
        var metadata = DocumentMetadata()
        let logical = logicalLines(raw, metadata: &metadata)
        let kinds = classify(logical)

        var builder = CleanTextBuilder()
        var lastIntro: Int?
        for (line, kind) in zip(logical, kinds) {
            guard let kind else { continue }
            builder.beginBlock(separatorAt: RawByteOffset(line.parts[0].lowerBound))
            for (index, part) in line.parts.enumerated() {
                if index > 0 {
                    let previous = line.parts[index - 1]
                    let joiner: [UInt8] = TextCleaner.joinsTight(previous: raw[previous], next: raw[part]) ? [] : [0x20]
                    builder.appendReplacement(
                        joiner, for: RawByteOffset(previous.upperBound)..<RawByteOffset(part.lowerBound))
                }
                builder.appendVerbatim(raw[part], from: RawByteOffset(part.lowerBound)..<RawByteOffset(part.upperBound))
            }
            let blockIndex = builder.blocks.count
            builder.endBlock(kind: kind, listIntro: kind == .listItem ? lastIntro : nil)
            if kind == .paragraph || kind == .listItem, line.text.hasSuffix(":") {
                lastIntro = blockIndex
            } else if kind.headingLevel != nil || (kind == .paragraph && !line.text.hasSuffix(":")) {
                lastIntro = nil
            }
        }
        if metadata.title == nil, let first = builder.blocks.first, first.kind.headingLevel != nil {
            metadata.title = String(
                decoding: builder.utf8[first.range.lowerBound.value..<first.range.upperBound.value], as: UTF8.self)
        }
        return builder.build(metadata: metadata, transcoding: transcoded?.map)
    }

    // MARK: Lines

    /// Splits `raw` into trimmed physical lines, dropping boilerplate and metadata lines and
    /// joining lines broken mid-sentence.
    func logicalLines(_ raw: [UInt8], metadata: inout DocumentMetadata) -> [LogicalLine] {
        var result: [LogicalLine] = []
        var pendingField: MetadataField?
        var sawArticleText = false
        var breakBefore = true
        for line in physicalLines(raw) {
            if line.isBlank {
                breakBefore = true
                continue
            }
            if let field = pendingField {
                pendingField = nil
                if !line.isBullet, line.text.count < 80 {
                    metadata.set(field, line.text)
                    breakBefore = true
                    continue
                }
            }
            if let (field, value) = cues.metadataValue(line: line.text, folded: line.folded) {
                if value.isEmpty { pendingField = field } else { metadata.set(field, value) }
                breakBefore = true
                continue
            }
            if sawArticleText, cues.isEndMarker(folded: line.folded) { break }
            if cues.isBoilerplate(folded: line.folded) {
                breakBefore = true
                continue
            }
            if !breakBefore, !line.isBullet, let lastIndex = result.indices.last,
                TextCleaner.continues(result[lastIndex].text, with: line.text, continuation: cues.continuationWords)
            {
                // Grown in place: a copy of the logical line here would make a long run of
                // joined lines cost quadratic time.
                let tight = TextCleaner.joinsTight(
                    previous: raw[result[lastIndex].parts[result[lastIndex].parts.count - 1]], next: raw[line.content])
                result[lastIndex].parts.append(line.content)
                result[lastIndex].text += (tight ? "" : " ") + line.text
                WorkMeter.count(.clean, line.text.utf8.count)
            } else {
                if let last = result.last, last.parts.count == 1, last.text.utf8.count == line.text.utf8.count,
                    CueText.fold(last.text) == line.folded
                {
                    breakBefore = true
                    continue
                }
                result.append(LogicalLine(parts: [line.content], text: line.text, isBullet: line.isBullet))
            }
            if TextCleaner.wordCount(line.text) >= 8 { sawArticleText = true }
            breakBefore = false
        }
        return result.filter { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic } }
    }

    /// The physical lines of `raw`, trimmed, bullets recognised.
    func physicalLines(_ raw: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start <= raw.count {
            var end = start
            while end < raw.count, raw[end] != 0x0A { end += 1 }
            var lower = start
            var upper = end
            TextCleaner.trim(raw, &lower, &upper)
            var isBullet = false
            if let afterBullet = TextCleaner.bulletEnd(raw, lower, upper) {
                isBullet = true
                lower = afterBullet
                TextCleaner.trim(raw, &lower, &upper)
            }
            let text = String(decoding: raw[lower..<upper], as: UTF8.self)
            lines.append(Line(content: lower..<upper, text: text, folded: CueText.fold(text), isBullet: isBullet))
            WorkMeter.count(.clean, end - start + 1)
            start = end + 1
        }
        return lines
    }

    /// Moves `lower` and `upper` inward past white space (ASCII, NBSP, and the BOM).
    static func trim(_ raw: [UInt8], _ lower: inout Int, _ upper: inout Int) {
        while lower < upper {
            if raw[lower] == 0x20 || raw[lower] == 0x09 || raw[lower] == 0x0D || raw[lower] == 0x0C {
                lower += 1
            } else if raw[lower] == 0xC2, lower + 1 < upper, raw[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            let last = raw[upper - 1]
            if last == 0x20 || last == 0x09 || last == 0x0D || last == 0x0C {
                upper -= 1
            } else if last == 0xA0, upper - 2 >= lower, raw[upper - 2] == 0xC2 {
                upper -= 2
            } else {
                break
            }
        }
    }

    /// Bullet marks recognised at the start of a line, each followed by white space.
    static let bulletMarks: [[UInt8]] = [
        "•", "·", "▪", "◦", "●", "‣", "■", "□", "–", "—", "-", "*", "+", "→", "►", "✓",
    ].map { Array($0.utf8) }

    /// The offset just past a leading bullet mark (or `1.` / `1)` number), or nil.
    static func bulletEnd(_ raw: [UInt8], _ lower: Int, _ upper: Int) -> Int? {
        for mark in bulletMarks where raw[lower..<upper].starts(with: mark) {
            let after = lower + mark.count
            if after < upper, raw[after] == 0x20 || raw[after] == 0x09 { return after }
        }
        var index = lower
        while index < upper, index - lower < 3, raw[index] >= 0x30, raw[index] <= 0x39 { index += 1 }
        if index > lower, index + 1 < upper, raw[index] == UInt8(ascii: ".") || raw[index] == UInt8(ascii: ")"),
            raw[index + 1] == 0x20
        {
            return index + 1
        }
        return nil
    }

    // MARK: Joining

    /// Whether a line broken after `previous` goes on in `next` (one link per line, a word
    /// split off, punctuation on its own line).
    static func continues(_ previous: String, with next: String, continuation: Set<String>) -> Bool {
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        if ".!?:;".unicodeScalars.contains(last) { return false }
        if ".,;:!?)]".unicodeScalars.contains(first) { return true }
        if first.properties.isLowercase { return true }
        if last == "(" || last == "[" || last == "," || last == "/" || last == "&" { return true }
        if first == "(" { return true }
        return continuation.contains(CueText.fold(lastWord(of: previous)))
    }

    /// The last space-separated word of `text` (empty when there is none), found from the end so
    /// that the cost is the word's length, not the text's.
    static func lastWord(of text: String) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        let head = text[..<end]
        let start = head.lastIndex(of: " ").map { head.index(after: $0) } ?? head.startIndex
        WorkMeter.count(.clean, head.utf8.distance(from: start, to: head.endIndex))
        return head[start...]
    }

    /// Whether a join needs no space: the next part opens with closing punctuation, or the
    /// previous part ends with an opening bracket.
    static func joinsTight(previous: ArraySlice<UInt8>, next: ArraySlice<UInt8>) -> Bool {
        if let first = next.first, ".,;:!?)]".utf8.contains(first) { return true }
        if let last = previous.last, last == UInt8(ascii: "(") || last == UInt8(ascii: "[") { return true }
        return false
    }

    // MARK: Blocks

    /// Decides each logical line's block kind; nil drops the line.
    func classify(_ lines: [LogicalLine]) -> [BlockKind?] {
        var kinds: [BlockKind?] = []
        var inImplicitList = false
        var seenTitle = false
        for (index, line) in lines.enumerated() {
            let text = line.text
            let words = TextCleaner.wordCount(text)
            let last = text.unicodeScalars.last ?? " "
            let sentences = TextCleaner.sentenceCount(text)
            let isQuestion = last == "?" && words <= 20 && sentences == 1
            let hasTerminal = ".!;,:?".unicodeScalars.contains(last)
            let startsUpper =
                text.unicodeScalars.first.map { $0.properties.isUppercase || $0.properties.numericType != nil } ?? false
            let nextIsQuestion =
                index + 1 < lines.count && lines[index + 1].text.hasSuffix("?") && !lines[index + 1].isBullet

            if line.isBullet {
                kinds.append(.listItem)
                continue
            }
            if !seenTitle {
                seenTitle = true
                if words <= 20, last != "." {
                    kinds.append(.heading(level: 1))
                    continue
                }
            }
            if isQuestion {
                kinds.append(.heading(level: 2))
                inImplicitList = false
                continue
            }
            let labelHeading =
                (!hasTerminal && words <= 12 && startsUpper)
                || (last == ":" && words <= 4 && startsUpper)
                || (last == "." && words <= 6 && TextCleaner.isTitleCase(text) && !inImplicitList
                    && (index == 0 || lines[index - 1].isBullet || !lines[index - 1].text.hasSuffix(":")))
            // Inside a list, a short unpunctuated line is an item ("A sudden increase in training
            // volume"), unless a new intro line follows it ("Cancer" / "Types of cancer … include:").
            let nextIsIntro = index + 1 < lines.count && lines[index + 1].text.hasSuffix(":")
            if labelHeading && !(inImplicitList && (last == "." || !nextIsIntro)) {
                kinds.append(.heading(level: nextIsQuestion ? 2 : 3))
                // A category label inside a list ("Joint conditions" among the causes) keeps the
                // list going: the short lines under it are still its items.
                continue
            }
            if inImplicitList && sentences == 1 && words <= 24 && last != ":" {
                kinds.append(.listItem)
                continue
            }
            kinds.append(.paragraph)
            inImplicitList = last == ":"
        }
        return kinds
    }

    /// The number of space-separated words (`text.split(separator: " ").count`), counted on the
    /// bytes when the text is ASCII (where characters and bytes are one and the same).
    ///
    /// Also on the bytes when no space touches a scalar that could join it into one character
    /// (an extending or spacing mark after it, a prepended mark before it): then every space byte
    /// is a character of its own and the runs of other bytes are the words. Scalars known to
    /// join nothing: ASCII, U+0080–U+02FF, and (lead byte E2) general punctuation, currency and
    /// symbols U+2010–U+2027, U+2030–U+205F, U+2070–U+20CF, U+2100–U+2BFF after a space;
    /// before a space, anything below U+0600 or in U+2000–U+2FFF (no prepended mark lies there).
    /// Any other neighbour sends the text to the character path.
    static func wordCount(_ text: String) -> Int {
        let counted: Int? =
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                var words = 0
                var inWord = false
                var lastLead: UInt8 = 0x20
                for (index, byte) in utf8.enumerated() {
                    if byte == 0x20 {
                        if lastLead >= 0xD8, lastLead != 0xE2 { return nil }
                        inWord = false
                    } else {
                        if index > 0, utf8[index - 1] == 0x20, byte >= 0x80,
                            !TextCleaner.joinsNothingAfterSpace(utf8, index)
                        {
                            return nil
                        }
                        if !inWord {
                            inWord = true
                            words += 1
                        }
                    }
                    if byte & 0xC0 != 0x80 { lastLead = byte }
                }
                return words
            } ?? nil
        return counted ?? text.split(separator: " ").count
    }

    /// Whether the non-ASCII scalar at `index` is one that never joins the space before it into
    /// one character (see ``wordCount(_:)``).
    static func joinsNothingAfterSpace(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let lead = utf8[index]
        if lead >= 0xC2 && lead <= 0xCB { return true }
        guard lead == 0xE2, index + 2 < utf8.count else { return false }
        let value = (UInt32(lead & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
        return (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value)
            || (0x2070...0x20CF).contains(value) || (0x2100...0x2BFF).contains(value)
    }

    /// Whether every word of four letters or more starts with a capital.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.count >= 4 }
        guard !words.isEmpty else { return text.first?.isUppercase ?? false }
        return words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// A rough count of sentences: terminators followed by a space and a capital.
    static func sentenceCount(_ text: String) -> Int {
        var count = 1
        // A window of three scalars slides over the text; no array of scalars is built.
        var first: Unicode.Scalar?
        var second: Unicode.Scalar?
        for third in text.unicodeScalars {
            if let first, let second, first == "." || first == "!" || first == "?", second == " ",
                third.properties.isUppercase
            {
                count += 1
            }
            first = second
            second = third
        }
        return count
    }
}

extension DocumentMetadata {
    /// Sets `field` to `value` unless it is already set.
    mutating func set(_ field: MetadataField, _ value: String) {
        let value = value.trimmingCharacters(in: " .:\t")
        guard !value.isEmpty else { return }
        switch field {
        case .author: author = author ?? value
        case .reviewer: reviewer = reviewer ?? value
        case .published: published = published ?? value
        case .modified: modified = modified ?? value
        case .reviewed: reviewed = reviewed ?? value
        }
    }
}
