/// ``CueText/fold(_:)`` on UTF-8 bytes, for the cleaner's hot path: the same result (lowercased,
/// quotes straightened, white space runs collapsed to one space and trimmed) without going
/// through `String` for ASCII and with one property lookup per non-ASCII character.
enum HTMLFold {
    /// Folds `bytes` (valid UTF-8) into `out` (cleared first).
    static func fold(_ bytes: some Collection<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var pendingSpace = false
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                continue
            }
            // Decode one non-ASCII scalar.
            var value: UInt32
            var remaining: Int
            switch byte {
            case 0xC0..<0xE0:
                value = UInt32(byte & 0x1F)
                remaining = 1
            case 0xE0..<0xF0:
                value = UInt32(byte & 0x0F)
                remaining = 2
            default:
                value = UInt32(byte & 0x07)
                remaining = 3
            }
            while remaining > 0, let next = iterator.next() {
                value = value << 6 | UInt32(next & 0x3F)
                remaining -= 1
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            let properties = scalar.properties
            if value == 0xA0 || properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            switch value {
            case 0x2018, 0x2019, 0x02BC: out.append(UInt8(ascii: "'"))
            case 0x201C, 0x201D: out.append(UInt8(ascii: "\""))
            default:
                if properties.changesWhenLowercased {
                    out.append(contentsOf: properties.lowercaseMapping.utf8)
                } else {
                    HTMLText.appendUTF8(scalar, to: &out)
                }
            }
        }
    }

    /// `fold` as a String.
    static func fold(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        fold(bytes, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
