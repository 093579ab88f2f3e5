/// The character encoding a page is parsed with, chosen from its bytes before parsing.
///
/// Valid UTF-8 is read as UTF-8 whatever the page declares. Otherwise the byte-order mark, then
/// `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 4 KiB decide, falling back
/// to windows-1252 (what browsers do for Latin-1 pages, whose labels WHATWG maps to it).
struct HTMLEncoding: Sendable, Hashable {
    /// How raw bytes relate to decoded scalars, which decides how text maps back to raw bytes.
    enum Width: Sendable, Hashable {
        /// UTF-8: text copies raw bytes verbatim.
        case utf8
        /// One byte per character (windows-1252, ISO-8859-x, KOI8…).
        case singleByte
        /// Anything else (UTF-16, Shift_JIS…): text maps back per chunk only.
        case other
    }

    /// The name handed to libxml2.
    var libxmlName: String
    var width: Width
    /// Whether the raw bytes are valid UTF-8 (in UTF-8 mode, invalid bytes read as windows-1252).
    var isValidUTF8: Bool

    static let utf8 = HTMLEncoding(libxmlName: "UTF-8", width: .utf8, isValidUTF8: true)

    /// Chooses the encoding for `raw`.
    static func detect(_ raw: [UInt8]) -> HTMLEncoding {
        if InputValidator.firstInvalidUTF8(raw) == nil { return .utf8 }
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return HTMLEncoding(libxmlName: "UTF-8", width: .utf8, isValidUTF8: false)
        }
        if raw.starts(with: [0xFF, 0xFE]) {
            return HTMLEncoding(libxmlName: "UTF-16LE", width: .other, isValidUTF8: false)
        }
        if raw.starts(with: [0xFE, 0xFF]) {
            return HTMLEncoding(libxmlName: "UTF-16BE", width: .other, isValidUTF8: false)
        }
        if let declared = declaredCharset(raw) {
            switch declared {
            case "utf-8", "utf8", "unicode-1-1-utf-8":
                return HTMLEncoding(libxmlName: "UTF-8", width: .utf8, isValidUTF8: false)
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "iso8859-1",
                "cp819", "ibm819":
                return .windows1252
            default:
                if declared.hasPrefix("iso-8859-") || declared.hasPrefix("windows-125") || declared.hasPrefix("koi8") {
                    return HTMLEncoding(libxmlName: declared.uppercased(), width: .singleByte, isValidUTF8: false)
                }
                return HTMLEncoding(libxmlName: declared.uppercased(), width: .other, isValidUTF8: false)
            }
        }
        return .windows1252
    }

    static let windows1252 = HTMLEncoding(libxmlName: "WINDOWS-1252", width: .singleByte, isValidUTF8: false)

    /// The charset a `<meta>` tag in the first 4 KiB declares, lowercased.
    static func declaredCharset(_ raw: [UInt8]) -> String? {
        let head = raw.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var from = head.startIndex
        while let meta = head[from...].firstRange(ofBytes: Array("<meta".utf8)) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.firstRange(ofBytes: Array("charset".utf8)) {
                var cursor = charset.upperBound
                while cursor < tag.endIndex, tag[cursor] == 0x20 { cursor += 1 }
                if cursor < tag.endIndex, tag[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < tag.endIndex, tag[cursor] == 0x20 || tag[cursor] == 0x22 || tag[cursor] == 0x27 {
                        cursor += 1
                    }
                    var end = cursor
                    while end < tag.endIndex, isLabelByte(tag[end]) { end += 1 }
                    if end > cursor { return String(decoding: tag[cursor..<end], as: UTF8.self) }
                }
            }
            from = tagEnd
        }
        return nil
    }

    static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x3A
            || byte == 0x2E
    }
}
