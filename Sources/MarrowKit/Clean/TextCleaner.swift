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

    /// A run of physical lines joined into one logical line.
    struct LogicalLine {
        /// Where its physical lines' ranges start in ``LogicalLines/parts``.
        var firstPart: Int
        /// How many physical lines it joins.
        var partCount: Int
        /// Its text (the parts, joined) in ``LogicalLines/text``.
        var text: Range<Int>
        var isBullet: Bool
    }

    /// The logical lines of a document, their parts and their joined text in three flat arrays
    /// (no array or string per line).
    struct LogicalLines {
        var lines: [LogicalLine] = []
        /// The raw ranges of every logical line's physical lines, line after line.
        var parts: [Range<Int>] = []
        /// The joined text of every logical line, line after line.
        var text: [UInt8] = []

        /// The raw ranges of `line`'s physical lines.
        func parts(of line: LogicalLine) -> ArraySlice<Range<Int>> {
            parts[line.firstPart..<(line.firstPart + line.partCount)]
        }
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
        return raw.withUnsafeBufferPointer { clean(utf8: $0, transcoding: transcoded?.map) }
    }

    /// Cleans the UTF-8 bytes of a text document.
    func clean(utf8 raw: UnsafeBufferPointer<UInt8>, transcoding: TranscodingMap?) -> CleanText {
        var metadata = DocumentMetadata()
        let logical = logicalLines(raw, metadata: &metadata)
        let kinds = logical.text.withUnsafeBufferPointer { classify(logical.lines, text: $0) }

        var builder = CleanTextBuilder()
        builder.reserveCapacity(bytes: logical.text.count + 2 * logical.lines.count, segments: logical.parts.count * 2)
        var lastIntro: Int?
        for (line, kind) in zip(logical.lines, kinds) {
            guard let kind else { continue }
            let parts = logical.parts(of: line)
            builder.beginBlock(separatorAt: RawByteOffset(parts[parts.startIndex].lowerBound))
            var previous: Range<Int>?
            for part in parts {
                if let previous {
                    let tight = TextCleaner.joinsTight(
                        previous: UnsafeBufferPointer(rebasing: raw[previous]),
                        next: UnsafeBufferPointer(rebasing: raw[part]))
                    builder.appendReplacement(
                        tight ? [] : TextCleaner.space,
                        for: RawByteOffset(previous.upperBound)..<RawByteOffset(part.lowerBound))
                }
                builder.appendVerbatim(
                    UnsafeBufferPointer(rebasing: raw[part]),
                    from: RawByteOffset(part.lowerBound)..<RawByteOffset(part.upperBound))
                previous = part
            }
            let blockIndex = builder.blocks.count
            builder.endBlock(kind: kind, listIntro: kind == .listItem ? lastIntro : nil)
            let endsInColon = logical.text.withUnsafeBufferPointer {
                TextCleaner.endsWithCharacter(UnsafeBufferPointer(rebasing: $0[line.text]), UInt8(ascii: ":"))
            }
            if kind == .paragraph || kind == .listItem, endsInColon {
                lastIntro = blockIndex
            } else if kind.headingLevel != nil || (kind == .paragraph && !endsInColon) {
                lastIntro = nil
            }
        }
        if metadata.title == nil, let first = builder.blocks.first, first.kind.headingLevel != nil {
            metadata.title = String(
                decoding: builder.utf8[first.range.lowerBound.value..<first.range.upperBound.value], as: UTF8.self)
        }
        return builder.build(metadata: metadata, transcoding: transcoding)
    }

    /// The one-space joiner.
    static let space: [UInt8] = [0x20]

    // MARK: Lines

    /// Splits `raw` into trimmed physical lines, dropping boilerplate and metadata lines and
    /// joining lines broken mid-sentence; lines with no letter are left out.
    func logicalLines(_ raw: UnsafeBufferPointer<UInt8>, metadata: inout DocumentMetadata) -> LogicalLines {
        var assembler = LineAssembler(cues: cues, raw: raw)
        assembler.result.text.reserveCapacity(raw.count)
        var start = 0
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start <= raw.count, !assembler.ended {
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
            WorkMeter.count(.clean, end - start + 1)
            assembler.take(lower..<upper, isBullet: isBullet)
            start = end + 1
        }
        metadata = assembler.metadata
        var result = assembler.result
        let joined = result.text
        joined.withUnsafeBufferPointer { text in
            result.lines.removeAll { line in
                !UTF8Scalars.contains(UnsafeBufferPointer(rebasing: text[line.text])) { $0.properties.isAlphabetic }
            }
        }
        return result
    }

    /// Takes physical lines one at a time and builds the logical lines.
    struct LineAssembler {
        let cues: CleaningCues
        let raw: UnsafeBufferPointer<UInt8>
        var result = LogicalLines()
        var metadata = DocumentMetadata()
        /// Set at an end marker: nothing after it is read.
        var ended = false
        private var pendingField: MetadataField?
        private var sawArticleText = false
        private var breakBefore = true
        /// The current line folded, and the fold of the line that began the last logical line.
        private var folded: [UInt8] = []
        private var lastFolded: [UInt8] = []

        init(cues: CleaningCues, raw: UnsafeBufferPointer<UInt8>) {
            self.cues = cues
            self.raw = raw
        }

        /// Takes the trimmed physical line at `content` (bullet removed).
        mutating func take(_ content: Range<Int>, isBullet: Bool) {
            if content.isEmpty {
                breakBefore = true
                return
            }
            let line = UnsafeBufferPointer(rebasing: raw[content])
            folded.removeAll(keepingCapacity: true)
            CueText.fold(line, into: &folded)
            // Read through a second reference: `judge` changes other state of `self`.
            let foldedLine = folded
            let verdict = foldedLine.withUnsafeBufferPointer { judge(line, isBullet: isBullet, folded: $0) }
            switch verdict {
            case .dropped:
                breakBefore = true
                return
            case .end:
                ended = true
                return
            case .text:
                break
            }
            if !breakBefore, !isBullet, let lastIndex = result.lines.indices.last,
                continues(lastIndex, with: line)
            {
                // Grown in place: a copy of the logical line here would make a long run of
                // joined lines cost quadratic time.
                let tight = TextCleaner.joinsTight(
                    previous: UnsafeBufferPointer(rebasing: raw[result.parts[result.parts.count - 1]]), next: line)
                result.parts.append(content)
                if !tight { result.text.append(0x20) }
                result.text.append(contentsOf: line)
                result.lines[lastIndex].partCount += 1
                result.lines[lastIndex].text = result.lines[lastIndex].text.lowerBound..<result.text.count
                WorkMeter.count(.clean, line.count)
            } else {
                if let last = result.lines.last, last.partCount == 1, last.text.count == line.count, repeatsLast() {
                    breakBefore = true
                    return
                }
                let start = result.text.count
                result.text.append(contentsOf: line)
                result.lines.append(
                    LogicalLine(
                        firstPart: result.parts.count, partCount: 1, text: start..<result.text.count,
                        isBullet: isBullet))
                result.parts.append(content)
                swap(&folded, &lastFolded)
            }
            if TextCleaner.wordCount(line) >= 8 { sawArticleText = true }
            breakBefore = false
        }

        enum Verdict { case text, dropped, end }

        /// Whether a line is metadata or boilerplate (dropped), an end marker, or text.
        private mutating func judge(
            _ line: UnsafeBufferPointer<UInt8>, isBullet: Bool, folded: UnsafeBufferPointer<UInt8>
        ) -> Verdict {
            if let field = pendingField {
                pendingField = nil
                if !isBullet, TextCleaner.characterCount(line, isBelow: 80) {
                    metadata.set(field, UTF8Scalars.string(line))
                    return .dropped
                }
            }
            if let (field, value) = cues.metadataValue(line: line, folded: folded) {
                if value.isEmpty { pendingField = field } else { metadata.set(field, value) }
                return .dropped
            }
            if sawArticleText, cues.isEndMarker(folded: folded) { return .end }
            if cues.isBoilerplate(folded: folded) { return .dropped }
            return .text
        }

        /// Whether the current line goes on the logical line at `index`.
        private func continues(_ index: Int, with line: UnsafeBufferPointer<UInt8>) -> Bool {
            result.text.withUnsafeBufferPointer { text in
                TextCleaner.continues(
                    UnsafeBufferPointer(rebasing: text[result.lines[index].text]), with: line,
                    continuation: cues.continuationWords)
            }
        }

        /// Whether the current line, folded, equals the fold of the last logical line (one
        /// physical line of the same length): a repeated line, dropped.
        private func repeatsLast() -> Bool {
            if folded == lastFolded { return true }
            // Strings compare by canonical equivalence: two different byte sequences may still be
            // equal (a precomposed and a decomposed accent), never when both are ASCII.
            guard folded.contains(where: { $0 >= 0x80 }) || lastFolded.contains(where: { $0 >= 0x80 }) else {
                return false
            }
            return String(decoding: folded, as: UTF8.self) == String(decoding: lastFolded, as: UTF8.self)
        }
    }

    /// Moves `lower` and `upper` inward past white space (ASCII, NBSP, and the BOM).
    static func trim(_ raw: UnsafeBufferPointer<UInt8>, _ lower: inout Int, _ upper: inout Int) {
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

    /// Whether a byte may start a bullet mark (the first bytes of ``bulletMarks``).
    @inline(__always)
    static func mayStartMark(_ byte: UInt8) -> Bool {
        byte == 0xE2 || byte == 0xC2 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")
            || byte == UInt8(ascii: "+")
    }

    /// The offset just past a leading bullet mark (or `1.` / `1)` number), or nil.
    static func bulletEnd(_ raw: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Int? {
        guard lower < upper else { return nil }
        if mayStartMark(raw[lower]) {
            let line = UnsafeBufferPointer(rebasing: raw[lower..<upper])
            for mark in bulletMarks where line.starts(with: mark) {
                let after = lower + mark.count
                if after < upper, raw[after] == 0x20 || raw[after] == 0x09 { return after }
            }
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
    static func continues(
        _ previous: UnsafeBufferPointer<UInt8>, with next: UnsafeBufferPointer<UInt8>, continuation: Set<String>
    ) -> Bool {
        guard let last = UTF8Scalars.last(previous), let first = UTF8Scalars.first(next) else { return false }
        if ".!?:;".unicodeScalars.contains(last) { return false }
        if ".,;:!?)]".unicodeScalars.contains(first) { return true }
        if first.properties.isLowercase { return true }
        if last == "(" || last == "[" || last == "," || last == "/" || last == "&" { return true }
        if first == "(" { return true }
        return continuation.contains(foldedLastWord(of: previous))
    }

    /// The fold of the last space-separated word of `text` (empty when there is none) as its
    /// characters would split it, found from the end so that the cost is the word's length, not
    /// the text's.
    ///
    /// A space byte is a character of its own unless a scalar next to it joins it into one (see
    /// ``wordCount(_:)``); only then is the text read as characters.
    static func foldedLastWord(of text: UnsafeBufferPointer<UInt8>) -> String {
        var end = text.count
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        WorkMeter.count(.clean, end - start)
        let spaceJoins =
            (start > 0 && start < end && text[start] >= 0x80 && !joinsNothingAfterSpace(text, start))
            || (start > 1 && precedingLeadMayJoin(text, before: start - 1))
            || (end < text.count && end > 0 && precedingLeadMayJoin(text, before: end))
        if spaceJoins { return CueText.fold(lastWord(of: UTF8Scalars.string(text))) }
        var folded: [UInt8] = []
        folded.reserveCapacity(end - start)
        CueText.fold(UnsafeBufferPointer(rebasing: text[start..<end]), into: &folded)
        return String(decoding: folded, as: UTF8.self)
    }

    /// Whether the scalar just before byte `index` (a space) may be a prepended mark, which
    /// joins the space after it into one character.
    static func precedingLeadMayJoin(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var lead = index - 1
        while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        return lead >= 0 && text[lead] >= 0xD8 && text[lead] != 0xE2
    }

    /// The last space-separated word of `text` by characters (the path for texts where a space
    /// may join a neighbour).
    static func lastWord(of text: String) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        let head = text[..<end]
        let start = head.lastIndex(of: " ").map { head.index(after: $0) } ?? head.startIndex
        return head[start...]
    }

    /// Whether a join needs no space: the next part opens with closing punctuation, or the
    /// previous part ends with an opening bracket.
    static func joinsTight(previous: UnsafeBufferPointer<UInt8>, next: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = next.first, ".,;:!?)]".utf8.contains(first) { return true }
        if let last = previous.last, last == UInt8(ascii: "(") || last == UInt8(ascii: "[") { return true }
        return false
    }

    // MARK: Characters on bytes

    /// Whether the text's last character is the ASCII `byte` alone (`text.hasSuffix(":")`): the
    /// last byte is `byte`, and no prepended mark before it joins it into a larger character.
    static func endsWithCharacter(_ text: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let last = text.last, last == byte else { return false }
        if text.count == 1 || text[text.count - 2] < 0x80 { return true }
        return UTF8Scalars.string(text).hasSuffix(String(UnicodeScalar(byte)))
    }

    /// Whether `text` has fewer than `limit` characters, counted on the bytes when each byte is
    /// one character (ASCII without a line break) or there are fewer bytes than `limit`.
    static func characterCount(_ text: UnsafeBufferPointer<UInt8>, isBelow limit: Int) -> Bool {
        if text.count < limit { return true }
        if UTF8Scalars.isASCII(text) { return false }
        return UTF8Scalars.string(text).count < limit
    }

    // MARK: Blocks

    /// Decides each logical line's block kind; nil drops the line.
    func classify(_ lines: [LogicalLine], text joined: UnsafeBufferPointer<UInt8>) -> [BlockKind?] {
        var kinds: [BlockKind?] = []
        kinds.reserveCapacity(lines.count)
        var inImplicitList = false
        var seenTitle = false
        func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: joined[lines[index].text])
        }
        for (index, line) in lines.enumerated() {
            let text = bytes(index)
            let words = TextCleaner.wordCount(text)
            let last = UTF8Scalars.last(text) ?? " "
            let sentences = TextCleaner.sentenceCount(text)
            let isQuestion = last == "?" && words <= 20 && sentences == 1
            let hasTerminal = ".!;,:?".unicodeScalars.contains(last)
            let startsUpper =
                UTF8Scalars.first(text).map { $0.properties.isUppercase || $0.properties.numericType != nil } ?? false
            let nextIsQuestion =
                index + 1 < lines.count && TextCleaner.endsWithCharacter(bytes(index + 1), UInt8(ascii: "?"))
                && !lines[index + 1].isBullet

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
                    && (index == 0 || lines[index - 1].isBullet
                        || !TextCleaner.endsWithCharacter(bytes(index - 1), UInt8(ascii: ":"))))
            // Inside a list, a short unpunctuated line is an item ("A sudden increase in training
            // volume"), unless a new intro line follows it ("Cancer" / "Types of cancer … include:").
            let nextIsIntro =
                index + 1 < lines.count && TextCleaner.endsWithCharacter(bytes(index + 1), UInt8(ascii: ":"))
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

    /// The number of space-separated words of a string (`text.split(separator: " ").count`).
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { wordCount($0) }
    }

    /// The number of space-separated words (`split(separator: " ").count` of the text as a
    /// string), counted on the bytes when the text is ASCII (where characters and bytes are one
    /// and the same).
    ///
    /// Also on the bytes when no space touches a scalar that could join it into one character
    /// (an extending or spacing mark after it, a prepended mark before it): then every space byte
    /// is a character of its own and the runs of other bytes are the words. Scalars known to
    /// join nothing: ASCII, U+0080–U+02FF, and (lead byte E2) general punctuation, currency and
    /// symbols U+2010–U+2027, U+2030–U+205F, U+2070–U+20CF, U+2100–U+2BFF after a space;
    /// before a space, anything below U+0600 or in U+2000–U+2FFF (no prepended mark lies there).
    /// Any other neighbour sends the text to the character path.
    static func wordCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        var lastLead: UInt8 = 0x20
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if byte == 0x20 {
                if lastLead >= 0xD8, lastLead != 0xE2 { return UTF8Scalars.string(utf8).split(separator: " ").count }
                inWord = false
            } else {
                if index > 0, utf8[index - 1] == 0x20, byte >= 0x80, !TextCleaner.joinsNothingAfterSpace(utf8, index) {
                    return UTF8Scalars.string(utf8).split(separator: " ").count
                }
                if !inWord {
                    inWord = true
                    words += 1
                }
            }
            if byte & 0xC0 != 0x80 { lastLead = byte }
        }
        return words
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

    /// Whether every word of four letters or more starts with a capital; on the bytes for ASCII
    /// text, by characters otherwise.
    static func isTitleCase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard UTF8Scalars.isASCII(text) else { return isTitleCase(UTF8Scalars.string(text)) }
        var sawLongWord = false
        var start = 0
        while start < text.count {
            if text[start] == 0x20 {
                start += 1
                continue
            }
            var end = start
            while end < text.count, text[end] != 0x20 { end += 1 }
            if end - start >= 4 {
                sawLongWord = true
                if !isUpperASCII(text[start]) { return false }
            }
            start = end
        }
        return sawLongWord || (text.first.map(isUpperASCII) ?? false)
    }

    /// `Character.isUppercase` of an ASCII byte.
    static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether every word of four letters or more starts with a capital.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.count >= 4 }
        guard !words.isEmpty else { return text.first?.isUppercase ?? false }
        return words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// A rough count of sentences: terminators followed by a space and a capital.
    static func sentenceCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        var index = 0
        // Terminator and space are ASCII, so each is one byte and one scalar.
        while index + 2 < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                text[index + 1] == 0x20, UTF8Scalars.decode(text, at: index + 2).scalar.properties.isUppercase
            {
                count += 1
            }
            index += 1
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
