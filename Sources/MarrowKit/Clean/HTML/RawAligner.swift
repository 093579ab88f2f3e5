/// A run of a text node and the raw bytes it came from.
struct TextPiece: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The clean bytes are exactly `raw`.
        case verbatim
        /// The clean bytes stand for `raw` as a whole (a character reference, a legacy-encoded
        /// character, a repaired byte).
        case replacement([UInt8])
        /// White space (folded to at most one space by the cleaner).
        case space
    }

    var kind: Kind
    var raw: Range<Int>
}

/// Splits text nodes into ``TextPiece``s whose raw spans are exact, from the chunk ends libxml2
/// reported (``HTMLTree/Chunk``).
///
/// Each chunk is aligned backwards from its end against the raw bytes: literal text matches
/// byte for byte (UTF-8) or character for byte (single-byte encodings); a CR LF the parser
/// turned into LF is skipped; a chunk that does not match literally must be one decoded
/// character reference ending exactly at the chunk end. A chunk that fits neither is not
/// trusted: the node's text is then kept, mapped to an empty raw span, and the block's XPath and
/// line anchor stand in for the byte range.
struct RawAligner {
    let raw: [UInt8]
    let encoding: HTMLEncoding

    /// The pieces of text node `index`, and whether every one of them has an exact raw span.
    func pieces(_ tree: HTMLTree, _ index: Int) -> (pieces: [TextPiece], trusted: Bool) {
        let text = tree.text(index)
        let chunks = tree.chunks(index)
        var result: [TextPiece] = []
        var offset = text.startIndex
        var trusted = chunks.reduce(0) { $0 + $1.length } == text.count && encoding.width != .other
        if trusted {
            for chunk in chunks {
                let bytes = text[offset..<(offset + chunk.length)]
                offset += chunk.length
                if !align(bytes, end: chunk.rawEnd, into: &result) {
                    trusted = false
                    break
                }
            }
        }
        if !trusted {
            let at = min(raw.count, chunks.first?.rawEnd ?? 0)
            return (RawAligner.untrustedPieces(text, at: at), false)
        }
        return (result, true)
    }

    /// Pieces for text whose raw span is unknown: white space runs and replacements mapped to an
    /// empty raw range at `at`.
    static func untrustedPieces(_ text: ArraySlice<UInt8>, at: Int) -> [TextPiece] {
        var result: [TextPiece] = []
        var run: [UInt8] = []
        let scalars = String(decoding: text, as: UTF8.self).unicodeScalars
        for scalar in scalars {
            if isSpace(scalar) {
                if !run.isEmpty { result.append(TextPiece(kind: .replacement(run), raw: at..<at)); run = [] }
                result.append(TextPiece(kind: .space, raw: at..<at))
            } else {
                run.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        if !run.isEmpty { result.append(TextPiece(kind: .replacement(run), raw: at..<at)) }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{A0}"
    }

    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    // MARK: Alignment

    /// Aligns one chunk ending at raw offset `end`; appends its pieces.
    private func align(_ bytes: ArraySlice<UInt8>, end: Int, into result: inout [TextPiece]) -> Bool {
        guard end <= raw.count, end >= 0 else { return false }
        switch encoding.width {
        case .utf8:
            if let positions = alignBackward(units: bytes.map { UInt32($0) }, end: end, matches: { $0 == UInt32($1) }) {
                emitUTF8(bytes, positions, into: &result)
                return true
            }
        case .singleByte:
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
            if let positions = alignBackward(units: scalars, end: end, matches: { $0 < 0x80 ? $0 == UInt32($1) : $1 >= 0x80 }) {
                emitSingleByte(scalars, positions, into: &result)
                return true
            }
        case .other:
            return false
        }
        return alignReference(bytes, end: end, into: &result)
    }

    /// The raw position of each unit, aligning from the end; nil when the chunk is not literal.
    private func alignBackward(units: [UInt32], end: Int, matches: (UInt32, UInt8) -> Bool) -> [Int]? {
        var positions = [Int](repeating: 0, count: units.count)
        var i = units.count - 1
        var j = end - 1
        while i >= 0 {
            guard j >= 0 else { return nil }
            if matches(units[i], raw[j]) || (units[i] == 0x0A && raw[j] == 0x0D) {
                positions[i] = j
                i -= 1
                j -= 1
            } else if raw[j] == 0x0D {
                j -= 1
            } else {
                return nil
            }
        }
        return positions
    }

    /// A chunk that is one decoded character reference ending at `end`.
    private func alignReference(_ bytes: ArraySlice<UInt8>, end: Int, into result: inout [TextPiece]) -> Bool {
        let whole = raw[...]
        var k = end - 1
        while k >= max(0, end - 40) {
            if raw[k] == UInt8(ascii: "&") {
                if let (scalars, length) = HTMLText.characterReference(whole, at: k), k + length == end {
                    var decoded: [UInt8] = []
                    for scalar in scalars { decoded.append(contentsOf: Array(String(scalar).utf8)) }
                    guard decoded.elementsEqual(bytes) else { return false }
                    if scalars.count == 1, RawAligner.isSpace(scalars[0]) {
                        result.append(TextPiece(kind: .space, raw: k..<end))
                    } else {
                        result.append(TextPiece(kind: .replacement(decoded), raw: k..<end))
                    }
                    return true
                }
                return false
            }
            k -= 1
        }
        return false
    }

    /// Pieces of a literal UTF-8 chunk: verbatim runs of consecutive raw bytes, white space, and
    /// U+FFFD for bytes that are not valid UTF-8.
    private func emitUTF8(_ bytes: ArraySlice<UInt8>, _ positions: [Int], into result: inout [TextPiece]) {
        let units = Array(bytes)
        var i = 0
        var runStart = -1
        func closeRun(_ upTo: Int) {
            if runStart >= 0 {
                result.append(TextPiece(kind: .verbatim, raw: positions[runStart]..<(positions[upTo - 1] + 1)))
                runStart = -1
            }
        }
        while i < units.count {
            let byte = units[i]
            if RawAligner.isSpaceByte(byte) || (byte == 0xC2 && i + 1 < units.count && units[i + 1] == 0xA0) {
                closeRun(i)
                let width = byte == 0xC2 ? 2 : 1
                appendSpace(positions[i]..<(positions[i + width - 1] + 1), into: &result)
                i += width
                continue
            }
            let length = encoding.isValidUTF8 ? RawAligner.sequenceLength(byte) : RawAligner.validSequenceLength(units, i)
            guard let length, i + length <= units.count else {
                closeRun(i)
                // Not UTF-8 after all: read the byte as windows-1252, as HTMLText.decode does.
                result.append(TextPiece(kind: .replacement(Array(String(HTMLText.windows1252(byte)).utf8)), raw: positions[i]..<(positions[i] + 1)))
                i += 1
                continue
            }
            if runStart >= 0, positions[i] != positions[i - 1] + 1 { closeRun(i) }
            if runStart < 0 { runStart = i }
            i += length
        }
        closeRun(units.count)
    }

    /// Pieces of a literal single-byte-encoded chunk: ASCII runs verbatim, other characters one
    /// replacement each.
    private func emitSingleByte(_ scalars: [UInt32], _ positions: [Int], into result: inout [TextPiece]) {
        var runStart = -1
        func closeRun(_ upTo: Int) {
            if runStart >= 0 {
                result.append(TextPiece(kind: .verbatim, raw: positions[runStart]..<(positions[upTo - 1] + 1)))
                runStart = -1
            }
        }
        for (i, value) in scalars.enumerated() {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if RawAligner.isSpace(scalar) {
                closeRun(i)
                appendSpace(positions[i]..<(positions[i] + 1), into: &result)
            } else if value >= 0x80 {
                closeRun(i)
                result.append(TextPiece(kind: .replacement(Array(String(scalar).utf8)), raw: positions[i]..<(positions[i] + 1)))
            } else {
                if runStart >= 0, positions[i] != positions[i - 1] + 1 { closeRun(i) }
                if runStart < 0 { runStart = i }
            }
        }
        closeRun(scalars.count)
    }

    private func appendSpace(_ range: Range<Int>, into result: inout [TextPiece]) {
        if let last = result.last, last.kind == .space {
            result[result.count - 1].raw = last.raw.lowerBound..<max(last.raw.upperBound, range.upperBound)
        } else {
            result.append(TextPiece(kind: .space, raw: range))
        }
    }

    /// The length of the UTF-8 sequence a valid lead byte starts.
    static func sequenceLength(_ lead: UInt8) -> Int? {
        switch lead {
        case 0..<0x80: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return nil
        }
    }

    /// The length of the valid UTF-8 sequence at `index`, or nil.
    static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ index: Bytes.Index) -> Int? where Bytes.Index == Int {
        guard let length = sequenceLength(bytes[index]), index + length <= bytes.endIndex else { return nil }
        if length == 1 { return 1 }
        for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return nil }
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xE0 && second < 0xA0 { return nil }
        if lead == 0xED && second > 0x9F { return nil }
        if lead == 0xF0 && second < 0x90 { return nil }
        if lead == 0xF4 && second > 0x8F { return nil }
        return length
    }
}
