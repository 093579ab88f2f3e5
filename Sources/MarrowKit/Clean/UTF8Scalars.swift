/// Unicode scalars read straight off UTF-8 bytes, for the cleaner's rules that look at the first
/// or last scalar of a line or at a scalar's properties, without making a `String` per line.
///
/// Ill-formed input is read the way `String(decoding:as:)` reads it: each maximal ill-formed
/// subpart is one U+FFFD, so a rule sees the same scalars it would see in the repaired string.
enum UTF8Scalars {
    /// U+FFFD, what an ill-formed subpart reads as.
    static let replacement = Unicode.Scalar(0xFFFD)!

    /// The scalar that starts at `index`, and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        return decodeMultibyte(bytes, at: index)
    }

    /// ``decode(_:at:)`` for a lead byte of 0x80 or more.
    static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
        scalar: Unicode.Scalar, length: Int
    ) {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xED:
            length = 3
            high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF4:
            length = 4
            high = 0x8F
        case 0xF1...0xF3: length = 4
        default: return (replacement, 1)
        }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var taken = 1
        while taken < length {
            guard index + taken < bytes.count else { return (replacement, taken) }
            let byte = bytes[index + taken]
            let fits = taken == 1 ? (byte >= low && byte <= high) : (byte & 0xC0 == 0x80)
            guard fits else { return (replacement, taken) }
            value = value << 6 | UInt32(byte & 0x3F)
            taken += 1
        }
        return (Unicode.Scalar(value) ?? replacement, length)
    }

    /// The first scalar of `bytes`, or nil when they are empty.
    static func first(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        bytes.isEmpty ? nil : decode(bytes, at: 0).scalar
    }

    /// The last scalar of `bytes`, or nil when they are empty.
    static func last(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let lastByte = bytes.last else { return nil }
        if lastByte < 0x80 { return Unicode.Scalar(lastByte) }
        var start = bytes.count - 1
        while start > 0, bytes.count - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let (scalar, length) = decode(bytes, at: start)
        return start + length == bytes.count ? scalar : replacement
    }

    /// Whether some scalar of `bytes` satisfies `predicate` (ASCII bytes are passed as scalars
    /// too).
    @inline(__always)
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            if predicate(scalar) { return true }
            index += length
        }
        return false
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    /// Whether every scalar of the UTF-8 `bytes` is below U+0300 (no byte is 0xCC or above): ASCII,
    /// Latin-1 and the Latin extensions, but no combining mark, no ill-formed byte.
    ///
    /// Every scalar below U+0300 is its own normalization (NFC quick check Yes, combining class 0),
    /// so plain text is in NFC: two plain texts are canonically equivalent — equal as `String`s —
    /// exactly when their bytes are equal. That lets cue lists compare plain lines on bytes.
    static func isPlain(_ bytes: some Sequence<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xCC { return false }
        return true
    }

    /// The bytes as a string (for the rare rule that needs characters).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
