/// The character encoding of a source's bytes, read from its byte-order mark: UTF-16 when the
/// file starts with FF FE (little-endian) or FE FF (big-endian), UTF-8 otherwise (with or
/// without its own mark, EF BB BF).
///
/// Raw offsets always count bytes of the file as it is; a UTF-16 document is read through a
/// UTF-8 transcoding whose ``TranscodingMap`` leads back to those bytes.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"

    /// The encoding the byte-order mark at the start of `raw` announces.
    ///
    /// FF FE 00 00 is UTF-32's mark, not UTF-16's, and reads as UTF-8 (which then rejects the NUL
    /// bytes as binary).
    public static func sniff(_ raw: [UInt8]) -> TextEncoding {
        if raw.count >= 2, raw[0] == 0xFF, raw[1] == 0xFE, !(raw.count >= 4 && raw[2] == 0 && raw[3] == 0) {
            return .utf16LittleEndian
        }
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF { return .utf16BigEndian }
        return .utf8
    }

    /// Whether this is one of the UTF-16 forms.
    public var isUTF16: Bool { self != .utf8 }

    /// The length of this encoding's byte-order mark at the start of `raw` (0 when there is none).
    public func byteOrderMarkLength(_ raw: [UInt8]) -> Int {
        switch self {
        case .utf8: return raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LittleEndian, .utf16BigEndian: return 2
        }
    }
}

/// A UTF-16 document's text transcoded to UTF-8 (without the byte-order mark), with the map back
/// to raw byte offsets.
public struct TranscodedText: Sendable {
    /// The text as UTF-8.
    public let utf8: [UInt8]
    /// From offsets in ``utf8`` to offsets in the raw bytes.
    public let map: TranscodingMap

    /// Why UTF-16 bytes could not be decoded.
    public enum Problem: Error, Hashable, Sendable {
        /// A high surrogate without its low surrogate, or a low one alone, at this raw byte.
        case unpairedSurrogate(at: Int)
        /// The file ends in the middle of a code unit.
        case oddLength
    }

    /// Transcodes UTF-16 `raw` (starting with its byte-order mark) to UTF-8.
    ///
    /// - Parameter strict: when true, fails at the first unpaired surrogate; when false, writes
    ///   U+FFFD for it (one code unit, so offsets stay aligned).
    public static func decode(_ raw: [UInt8], encoding: TextEncoding, strict: Bool) -> Result<TranscodedText, Problem> {
        precondition(encoding.isUTF16, "only UTF-16 is transcoded")
        let start = encoding.byteOrderMarkLength(raw)
        if strict, (raw.count - start) % 2 != 0 { return .failure(.oddLength) }
        let little = encoding == .utf16LittleEndian
        @inline(__always) func unit(_ at: Int) -> UInt32 {
            little ? UInt32(raw[at]) | UInt32(raw[at + 1]) << 8 : UInt32(raw[at]) << 8 | UInt32(raw[at + 1])
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
        var index = start
        let end = start + (raw.count - start) / 2 * 2
        while index < end {
            var value = unit(index)
            var width = 2
            if value >= 0xD800 && value <= 0xDBFF && index + 4 <= end {
                let low = unit(index + 2)
                if low >= 0xDC00 && low <= 0xDFFF {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    width = 4
                }
            }
            if width == 2 && value >= 0xD800 && value <= 0xDFFF {
                if strict { return .failure(.unpairedSurrogate(at: index)) }
                value = 0xFFFD
            }
            TranscodedText.appendUTF8(value, to: &utf8)
            index += width
        }
        return .success(TranscodedText(utf8: utf8, map: TranscodingMap(utf8: utf8, base: start)))
    }

    static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

/// Maps byte offsets of a UTF-8 transcoding back to byte offsets of the UTF-16 file it came from,
/// in O(1) amortised time per look-up (a checkpoint every 256 bytes, then a short walk).
public struct TranscodingMap: Sendable, Hashable {
    static let stride = 256
    /// The transcoded text (the walk after a checkpoint reads its lead bytes).
    private let utf8: [UInt8]
    /// The raw offset of the first code unit (the byte-order mark's length).
    private let base: Int
    /// UTF-16 code units before every `stride`-th UTF-8 byte, and one for the end.
    private var checkpoints: [Int] = []

    init(utf8: [UInt8], base: Int) {
        self.utf8 = utf8
        self.base = base
        checkpoints.reserveCapacity(utf8.count / TranscodingMap.stride + 2)
        var units = 0
        for (index, byte) in utf8.enumerated() {
            if index % TranscodingMap.stride == 0 { checkpoints.append(units) }
            units += TranscodingMap.units(lead: byte)
        }
        if utf8.count % TranscodingMap.stride == 0 { checkpoints.append(units) }
    }

    /// The UTF-16 code units a UTF-8 byte starts: 2 for a four-byte lead, 0 for a continuation
    /// byte, 1 otherwise.
    @inline(__always)
    static func units(lead byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }

    /// The raw byte offset of UTF-8 offset `offset` (a scalar boundary in `0...utf8.count`).
    public func rawOffset(_ offset: Int) -> Int {
        precondition(offset >= 0 && offset <= utf8.count, "offset \(offset) outside 0...\(utf8.count)")
        let block = offset / TranscodingMap.stride
        var units = checkpoints[block]
        var index = block * TranscodingMap.stride
        while index < offset {
            units += TranscodingMap.units(lead: utf8[index])
            index += 1
        }
        return base + 2 * units
    }
}
