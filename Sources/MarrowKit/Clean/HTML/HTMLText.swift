import CLibXML2

/// Reads a slice of raw HTML as the text a reader sees: tags and comments dropped, character
/// references decoded (named ones through libxml2's HTML entity table).
///
/// It reads the way ``HTMLCleaner`` cleans, so that a raw span folds to the clean text it came
/// from: the contents of `script`, `style`, `noscript` and `template` are dropped, and a tag of
/// an element that breaks lines (`p`, `div`, `br`, `td`, `li`…) reads as one space; other tags
/// (`b`, `a`, `span`…) read as nothing.
public enum HTMLText {
    /// The text of raw HTML bytes.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if bytes[index...].starts(with: Array("<!--".utf8)) {
                    if let close = bytes[index...].firstRange(ofBytes: Array("-->".utf8)) { index = close.upperBound } else { index = end }
                    continue
                }
                if index + 1 < end, isTagStart(bytes[index + 1]) {
                    var cursor = index + 1
                    var quote: UInt8?
                    while cursor < end {
                        let c = bytes[cursor]
                        if let q = quote { if c == q { quote = nil } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { break }
                        cursor += 1
                    }
                    let name = tagName(bytes, from: index + 1, to: cursor)
                    let isEndTag = bytes[index + 1] == UInt8(ascii: "/")
                    index = min(end, cursor + 1)
                    if breakingElements.contains(name) { out.append(0x20) }
                    if !isEndTag, rawTextElements.contains(name) {
                        // Skip the element's contents up to its end tag.
                        let close = Array("</\(name)".utf8)
                        var probe = index
                        var found = end
                        while probe + close.count <= end {
                            if bytes[probe] == UInt8(ascii: "<"), zip(bytes[probe..<(probe + close.count)], close).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }) {
                                found = probe
                                break
                            }
                            probe += 1
                        }
                        index = found
                    }
                    continue
                }
            }
            if byte == UInt8(ascii: "&"), let (scalars, length) = characterReference(bytes, at: index) {
                for scalar in scalars { out.append(contentsOf: Array(String(scalar).utf8)) }
                index += length
                continue
            }
            if byte < 0x80 {
                out.append(byte)
                index += 1
                continue
            }
            if let length = RawAligner.validSequenceLength(bytes, index) {
                out.append(contentsOf: bytes[index..<(index + length)])
                index += length
                continue
            }
            // Not UTF-8: a legacy single-byte page (or a stray byte); read it as windows-1252,
            // as the cleaner does.
            out.append(contentsOf: Array(String(windows1252(byte)).utf8))
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Elements whose tags read as a space (they start a new line or cell for a reader).
    static let breakingElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "option", "legend", "body", "html", "head", "title",
    ]

    /// Elements whose contents a reader never sees as text.
    static let rawTextElements: Set<String> = ["script", "style", "noscript", "template", "title"]

    /// The lowercase name of the tag whose `<` is just before `from` (`/` of an end tag skipped).
    static func tagName(_ bytes: ArraySlice<UInt8>, from: Int, to: Int) -> String {
        var start = from
        if start < to, bytes[start] == UInt8(ascii: "/") { start += 1 }
        var stop = start
        while stop < to, (bytes[stop] | 0x20) >= 0x61 && (bytes[stop] | 0x20) <= 0x7A || (bytes[stop] >= 0x30 && bytes[stop] <= 0x39) { stop += 1 }
        return String(decoding: bytes[start..<stop].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The windows-1252 character of a byte (ISO-8859-1 with the C1 range mapped as browsers do).
    public static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let c1: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(c1[Int(byte - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(byte)
    }

    static func isTagStart(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Decodes the character reference starting at `index` (`&amp;`, `&#233;`, `&#xE9;`).
    ///
    /// - Returns: the scalars and the reference's byte length, or nil when it is not one.
    public static func characterReference(_ bytes: ArraySlice<UInt8>, at index: Int) -> ([Unicode.Scalar], Int)? {
        var cursor = index + 1
        let end = min(bytes.endIndex, index + 40)
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "x") { hex = true; cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < end {
                let c = bytes[cursor]
                if c >= 0x30 && c <= 0x39 { value = value &* (hex ? 16 : 10) &+ UInt32(c - 0x30) }
                else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 { value = value &* 16 &+ UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                if value > 0x10FFFF { return nil }
                cursor += 1
            }
            guard cursor > digitsStart else { return nil }
            if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return ([scalar], cursor - index)
        }
        while cursor < end, (bytes[cursor] | 0x20) >= 0x61 && (bytes[cursor] | 0x20) <= 0x7A || (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39) { cursor += 1 }
        guard cursor > index + 1 else { return nil }
        let name = Array(bytes[(index + 1)..<cursor]) + [0]
        guard let entity = name.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }), let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
        return ([scalar], cursor - index)
    }
}
