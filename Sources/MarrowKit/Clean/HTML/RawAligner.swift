/// Finds the exact bytes a chunk of parsed text came from.
///
/// libxml2 hands text to the `characters` callback in chunks and ``HTMLParser`` asks
/// `xmlByteConsumed` where each one ended. Each chunk is one of:
///
/// - literal text: its bytes match the input backwards from the end, except that libxml2 reads
///   CR LF and a lone CR as LF and drops characters XML does not allow (C0 controls other than
///   tab, LF and CR; U+FFFE, U+FFFF);
/// - one decoded character reference (`&amp;`, `&#233;`, `&#xE9;`), ending at the reported end;
/// - an `&` with the name after it, for a bare `&` or an unknown entity (`AT&T`, `&foo;`):
///   libxml2 reports both after the name, so the parser merges them first and they read as
///   literal text.
///
/// The reported end is sometimes a character short (libxml2 flushes a full 1,000-byte buffer
/// before it steps past the last character), so a few ends around it are tried. The text must
/// not start before `lowerBound`, where the previous parser event ended. All positions are in
/// the bytes libxml2 parsed (``HTMLInput``).
struct RawAligner {
    /// One stretch of an aligned chunk.
    enum Run: Equatable {
        /// Input bytes copied as they are.
        case literal(Range<Int>)
        /// Decoded text standing for the input bytes as a whole.
        case replacement(text: Range<Int>, input: Range<Int>)
    }

    let input: UnsafeBufferPointer<UInt8>

    /// Aligns `text`, reported to end at `reportedEnd`, starting at or after `lowerBound`.
    ///
    /// - Returns: the runs in input order (in `runs`), or false when the chunk cannot be found.
    func align(_ text: UnsafeBufferPointer<UInt8>, reportedEnd: Int, lowerBound: Int, runs: inout [Run]) -> Bool {
        for delta in [0, 1, 2, 3, 4, -1, -2, -3] {
            let end = reportedEnd + delta
            guard end >= lowerBound, end <= input.count else { continue }
            runs.removeAll(keepingCapacity: true)
            if literal(text, end: end, lowerBound: lowerBound, runs: &runs) { return true }
            runs.removeAll(keepingCapacity: true)
            if reference(text, end: end, lowerBound: lowerBound, runs: &runs) { return true }
        }
        runs.removeAll(keepingCapacity: true)
        return false
    }

    /// Literal alignment backwards from `end`.
    private func literal(_ text: UnsafeBufferPointer<UInt8>, end: Int, lowerBound: Int, runs: inout [Run]) -> Bool {
        var i = text.count - 1
        var j = end - 1
        var runEnd = end
        func close() {
            if j + 1 < runEnd { runs.append(.literal((j + 1)..<runEnd)) }
        }
        while i >= 0 {
            guard j >= lowerBound else { return false }
            let byte = input[j]
            let unit = text[i]
            if byte == unit {
                i -= 1
                j -= 1
                continue
            }
            if unit == 0x0A, byte == 0x0D {
                // A lone CR read as LF.
                close()
                runs.append(.replacement(text: i..<(i + 1), input: j..<(j + 1)))
                runEnd = j
                i -= 1
                j -= 1
                continue
            }
            let dropped = RawAligner.droppedLength(input, endingAt: j)
            guard dropped > 0 else { return false }
            close()
            j -= dropped
            runEnd = j + 1
        }
        close()
        runs.reverse()
        return true
    }

    /// A chunk that is one decoded character reference ending at `end`.
    private func reference(_ text: UnsafeBufferPointer<UInt8>, end: Int, lowerBound: Int, runs: inout [Run]) -> Bool {
        var k = end - 1
        let floor = max(lowerBound, end - 40)
        while k >= floor {
            if input[k] == UInt8(ascii: "&") {
                guard let reference = HTMLText.reference(input, at: k), k + reference.length == end else {
                    return false
                }
                var decoded: [UInt8] = []
                reference.appendUTF8(to: &decoded)
                guard !decoded.isEmpty, decoded.elementsEqual(text) else { return false }
                runs.append(.replacement(text: 0..<text.count, input: k..<end))
                return true
            }
            k -= 1
        }
        return false
    }

    /// How many input bytes ending at `j` make one character libxml2 drops from text (0: none).
    static func droppedLength(_ input: UnsafeBufferPointer<UInt8>, endingAt j: Int) -> Int {
        let byte = input[j]
        if byte == 0x0D { return 1 }
        if byte < 0x20, byte != 0x09, byte != 0x0A { return 1 }
        if byte == 0xBE || byte == 0xBF, j >= 2, input[j - 1] == 0xBF, input[j - 2] == 0xEF { return 3 }
        return 0
    }

    /// Whether a byte is ASCII white space as HTML reads it.
    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
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
    static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ index: Bytes.Index) -> Int?
    where Bytes.Index == Int {
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
