import CLibXML2

/// Reads a slice of raw HTML as the text a reader sees: tags and comments dropped, character
/// references decoded (named ones through libxml2's HTML entity table).
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
                    if let close = bytes[index...].firstRange(of: Array("-->".utf8)) { index = close.upperBound } else { index = end }
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
                    index = min(end, cursor + 1)
                    continue
                }
            }
            if byte == UInt8(ascii: "&"), let (scalars, length) = characterReference(bytes, at: index) {
                for scalar in scalars { out.append(contentsOf: Array(String(scalar).utf8)) }
                index += length
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
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
