/// Reads a slice of raw HTML as the text a reader sees: tags and comments dropped, character
/// references decoded the way libxml2's HTML parser decodes them.
///
/// It reads the way ``HTMLCleaner`` cleans, so that a raw span folds to the clean text it came
/// from: the contents of raw-text elements (`script`, `style`, `noscript`, `template`, `title`)
/// are dropped, a tag of an element that breaks text (``HTMLVocabulary/Traits/breaksText``:
/// `p`, `div`, `br`, `td`, `li`…) reads as one space, and other tags (`b`, `a`, `span`…) read as
/// nothing. Both sides take their element lists from ``HTMLVocabulary``.
///
/// Character references follow libxml2 2.9 exactly: a named reference counts only with its `;`
/// (`&amp` and `AT&T` stay as written), numeric ones with or without it, and a numeric reference
/// to a character XML forbids (`&#0;`) reads as nothing. NUL reads as a space, and the control
/// characters libxml2 drops from text (C0 other than tab, LF and CR; U+FFFE, U+FFFF) as nothing.
/// Bytes that are not UTF-8 read as windows-1252.
public enum HTMLText {
    /// The text of raw HTML bytes.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        decode(bytes, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the text of raw HTML bytes to `out`, as UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < end {
                // As libxml2's HTML parser reads `<`: a comment, a DOCTYPE or processing
                // instruction, a start tag (`<` and a letter), an end tag (`</` and a name
                // start); `</` before anything else is dropped, any other `<` is text.
                let next = bytes[index + 1]
                if next == UInt8(ascii: "!") {
                    if bytes[index...].starts(with: commentOpen) {
                        if let close = bytes[(index + 4)...].firstRange(ofBytes: commentClose) {
                            index = close.upperBound
                        } else {
                            index = end
                        }
                        continue
                    }
                    // A DOCTYPE in the middle of a page and `<![CDATA[…]]>`: ``HTMLInput`` hands
                    // libxml2 spaces in their place. Any other `<!` is text.
                    if bytes[index...].starts(with: cdataOpen) {
                        index = bytes[(index + 9)...].firstRange(ofBytes: cdataClose)?.upperBound ?? end
                        out.append(0x20)
                        continue
                    }
                    if isDoctype(bytes, index) {
                        index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? end
                        out.append(0x20)
                        continue
                    }
                } else if next == UInt8(ascii: "?") {
                    index = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? end
                    continue
                } else if isLetter(next)
                    || (next == UInt8(ascii: "/") && index + 2 < end && isNameStart(bytes[index + 2]))
                {
                    let isEndTag = next == UInt8(ascii: "/")
                    let cursor =
                        isEndTag
                        ? (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? end)
                        : endOfStartTag(bytes, from: index + 1)
                    let name = tagName(bytes, from: index + 1, to: cursor)
                    let traits = HTMLVocabulary.traits(ofBytes: name)
                    index = min(end, cursor + 1)
                    if traits.contains(.breaksText) { out.append(0x20) }
                    if !isEndTag, traits.contains(.rawText) { index = endOfRawText(bytes, from: index, name: name) }
                    continue
                } else if next == UInt8(ascii: "/") {
                    index += 2
                    continue
                }
            }
            if byte == UInt8(ascii: "&"), let reference = reference(bytes, at: index) {
                reference.appendUTF8(to: &out)
                index += reference.length
                continue
            }
            if byte < 0x80 {
                if byte == 0 {
                    out.append(0x20)
                } else if byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    out.append(byte)
                }
                index += 1
                continue
            }
            if let length = RawAligner.validSequenceLength(bytes, index) {
                // U+FFFE and U+FFFF are not XML characters: libxml2 drops them.
                if !(length == 3 && byte == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                    out.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
                continue
            }
            // Not UTF-8: a legacy single-byte page (or a stray byte); read it as windows-1252,
            // as the cleaner does.
            appendWindows1252(byte, to: &out)
            index += 1
        }
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)

    /// Whether `<!DOCTYPE` (any case) starts at `index`.
    static func isDoctype(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
        let keyword = Array("DOCTYPE".utf8)
        guard index + 2 + keyword.count <= bytes.endIndex else { return false }
        return zip(bytes[(index + 2)..<(index + 2 + keyword.count)], keyword).allSatisfy { ($0 & 0xDF) == $1 }
    }

    /// The index of the `>` that ends the start tag whose name starts at `from` (or the end),
    /// read as libxml2 reads attributes: a quote opens a value only right after `=`; an
    /// unquoted value or a bogus attribute ends at white space or `>`.
    static func endOfStartTag(_ bytes: ArraySlice<UInt8>, from: Int) -> Int {
        let end = bytes.endIndex
        var k = from
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while k < end, !isBlank(bytes[k]), bytes[k] != UInt8(ascii: ">"),
            !(bytes[k] == UInt8(ascii: "/") && k + 1 < end && bytes[k + 1] == UInt8(ascii: ">"))
        { k += 1 }
        while k < end {
            while k < end, isBlank(bytes[k]) { k += 1 }
            guard k < end else { return end }
            let byte = bytes[k]
            if byte == UInt8(ascii: ">") { return k }
            if byte == UInt8(ascii: "/"), k + 1 < end, bytes[k + 1] == UInt8(ascii: ">") { return k + 1 }
            // An attribute name (or bogus text), up to white space, `=`, `>` or `/>`.
            let nameStart = k
            while k < end, !isBlank(bytes[k]), bytes[k] != UInt8(ascii: "="), bytes[k] != UInt8(ascii: ">"),
                !(bytes[k] == UInt8(ascii: "/") && k + 1 < end && bytes[k + 1] == UInt8(ascii: ">"))
            { k += 1 }
            if k == nameStart, k < end, bytes[k] == UInt8(ascii: "=") {
                // `=` with no name: bogus, skipped to white space or `>`.
                while k < end, !isBlank(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                continue
            }
            var j = k
            while j < end, isBlank(bytes[j]) { j += 1 }
            guard j < end, bytes[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < end, isBlank(bytes[j]) { j += 1 }
            guard j < end else { return end }
            if bytes[j] == 0x22 || bytes[j] == 0x27 {
                let quote = bytes[j]
                j += 1
                while j < end, bytes[j] != quote { j += 1 }
                k = min(end, j + 1)
            } else {
                while j < end, !isBlank(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                k = j
            }
        }
        return end
    }

    /// Where the contents of a raw-text element opened just before `from` end (its end tag).
    static func endOfRawText(_ bytes: ArraySlice<UInt8>, from: Int, name: [UInt8]) -> Int {
        let close = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name
        var probe = from
        while probe + close.count <= bytes.endIndex {
            if bytes[probe] == UInt8(ascii: "<"),
                zip(bytes[probe..<(probe + close.count)], close).allSatisfy({
                    ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1
                })
            {
                return probe
            }
            probe += 1
        }
        return bytes.endIndex
    }

    /// The lowercase name of the tag whose `<` is just before `from` (`/` of an end tag skipped).
    static func tagName(_ bytes: ArraySlice<UInt8>, from: Int, to: Int) -> [UInt8] {
        var start = from
        if start < to, bytes[start] == UInt8(ascii: "/") { start += 1 }
        var stop = start
        while stop < to,
            (bytes[stop] | 0x20) >= 0x61 && (bytes[stop] | 0x20) <= 0x7A || (bytes[stop] >= 0x30 && bytes[stop] <= 0x39)
        { stop += 1 }
        return bytes[start..<stop].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The windows-1252 character of a byte (ISO-8859-1 with the C1 range mapped as browsers do).
    public static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(c1[Int(byte - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(byte)
    }

    private static let c1: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
        0x017E, 0x0178,
    ]

    /// Appends the UTF-8 of the windows-1252 character of `byte`.
    static func appendWindows1252(_ byte: UInt8, to out: inout [UInt8]) {
        appendUTF8(windows1252(byte), to: &out)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// A character libxml2 accepts at the start of an HTML name.
    static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// A character reference as libxml2 reads it: what it stands for and how many bytes it takes.
    struct Reference {
        /// The character, or nil for a numeric reference to a character XML forbids (reads as
        /// nothing).
        var scalar: Unicode.Scalar?
        var length: Int

        func appendUTF8(to out: inout [UInt8]) {
            if let scalar { HTMLText.appendUTF8(scalar, to: &out) }
        }
    }

    /// Reads the character reference starting at `index` (an `&`), as libxml2's HTML parser does.
    ///
    /// - Returns: nil when libxml2 reads the `&` as a literal character.
    static func reference<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Reference?
    where Bytes.Index == Int {
        var cursor = index + 1
        let end = bytes.endIndex
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
                hex = true
                cursor += 1
            }
            var value: UInt32 = 0
            while cursor < end, bytes[cursor] != UInt8(ascii: ";") {
                let c = bytes[cursor]
                let digit: UInt32
                if c >= 0x30 && c <= 0x39 {
                    digit = UInt32(c - 0x30)
                } else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 {
                    digit = UInt32((c | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + digit }
                cursor += 1
            }
            if cursor < end, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            let scalar = isXMLChar(value) ? Unicode.Scalar(value) : nil
            return Reference(scalar: scalar, length: cursor - index)
        }
        // A name (letters, digits, `.`, `-`, `_`, `:`), then `;`, naming an HTML 4 entity.
        let first = bytes[cursor]
        guard
            (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
        else { return nil }
        var nameEnd = cursor + 1
        while nameEnd < end, nameEnd - cursor < 32 {
            let c = bytes[nameEnd]
            guard
                (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D
                    || c == 0x5F || c == 0x3A
            else { break }
            nameEnd += 1
        }
        guard nameEnd < end, bytes[nameEnd] == UInt8(ascii: ";"),
            let scalar = HTMLParser.namedEntity(bytes[cursor..<nameEnd])
        else { return nil }
        return Reference(scalar: scalar, length: nameEnd + 1 - index)
    }

    /// libxml2's `IS_CHAR`: the characters XML allows.
    static func isXMLChar(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD)
            || (value >= 0x10000 && value <= 0x10FFFF)
    }
}
