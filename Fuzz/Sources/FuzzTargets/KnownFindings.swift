import Foundation
import MarrowKit

/// Inputs of a known open finding, recognised by their shape, for findings whose broken
/// invariants are general ones (a fold that fails) that must keep stopping the fuzzer for every
/// other input. `Fuzz/pending.txt` names them as `target/ID`; an input that matches a pending
/// signature counts under it, whatever invariants it breaks.
struct KnownFinding: Sendable {
    /// The finding's id in the fuzz findings (`F8`).
    let id: String
    /// The target whose inputs it applies to.
    let target: String
    /// Whether an input has the finding's shape.
    let matches: @Sendable ([UInt8]) -> Bool

    static let all: [KnownFinding] = [
        // A numeric reference without digits (&#;, &#x;, "&#zz") or to a code point XML does not
        // allow (&#0;, &#1;, &#xD800;, &#xFFFE;, beyond U+10FFFF): libxml2 drops it (its "&#" at
        // least), the raw decoder keeps the text or makes U+FFFD or the control character.
        KnownFinding(id: "F8", target: "html") { bytes in
            var index = bytes.startIndex
            while let ampersand = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
                index = ampersand + 1
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "#") else { continue }
                var cursor = index + 1
                let hex = cursor < bytes.endIndex && bytes[cursor] | 0x20 == UInt8(ascii: "x")
                if hex { cursor += 1 }
                var value: UInt32 = 0
                let start = cursor
                while cursor < bytes.endIndex, let digit = hexDigit(bytes[cursor]), hex || digit < 10 {
                    value = min(0x110000, value * (hex ? 16 : 10) + digit)
                    cursor += 1
                }
                if cursor == start || !isXMLChar(value) { return true }
            }
            return false
        },
        // The raw decoder does not know the page's encoding: it reads valid UTF-8 as UTF-8 and
        // any other byte as windows-1252. A page that is not valid UTF-8 is parsed in its
        // declared charset (windows-1251: byte E9 is "й", the raw decoder says "é") or, declaring
        // none, as windows-1252 (then "•" in UTF-8 is "â€¢" in the clean text, "•" raw).
        KnownFinding(id: "F9", target: "html") { bytes in
            guard InputValidator.firstInvalidUTF8(bytes) != nil, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else {
                return false
            }
            let head = String(decoding: bytes.prefix(4096).map { $0 >= 0x80 ? 0x20 : $0 }, as: UTF8.self).lowercased()
            if let charset = head.range(of: "charset") {
                let label = head[charset.upperBound...].drop { " =\"'".contains($0) }.prefix {
                    $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_"
                }
                if label.hasPrefix("utf") { return false }
                if ![
                    "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
                    "iso8859-1", "cp819", "ibm819",
                ].contains(String(label)) {
                    return true
                }
            }
            var index = 0
            while index < bytes.count {
                if bytes[index] >= 0xC2, bytes[index] <= 0xF4,
                    InputValidator.firstInvalidUTF8(
                        Array(bytes[index..<min(bytes.count, index + scalarLength(bytes[index]))])) == nil
                {
                    return true
                }
                index += 1
            }
            return false
        },
        // An end tag of a line-breaking element with no such element open ("sym</h2>ptoms"):
        // libxml2 ignores it, the raw decoder reads it as a space.
        KnownFinding(id: "F10", target: "html") { bytes in
            let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            var from = 0
            while let close = lower[from...].firstRange(of: Array("</".utf8)) {
                var end = close.upperBound
                while end < lower.count,
                    (lower[end] >= 0x61 && lower[end] <= 0x7A) || (lower[end] >= 0x30 && lower[end] <= 0x39)
                { end += 1 }
                let name = Array(lower[close.upperBound..<end])
                if [
                    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "tr", "th", "br", "ul", "ol", "section",
                    "article", "table", "blockquote", "dd", "dt",
                ].contains(String(decoding: name, as: UTF8.self)),
                    lower[..<close.lowerBound].firstRange(of: [UInt8(ascii: "<")] + name) == nil
                {
                    return true
                }
                from = close.upperBound
            }
            return false
        },
    ]

    static func scalarLength(_ lead: UInt8) -> Int { lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 { return UInt32((byte | 0x20) - 0x61 + 10) }
        return nil
    }

    /// XML's Char production, which libxml2's HTML parser applies to character references.
    static func isXMLChar(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}
