/// The bytes libxml2 parses, and how their offsets map back to the page's raw bytes.
///
/// libxml2 reports exact offsets (`xmlByteConsumed`) only when it parses UTF-8 with no
/// character-encoding handler installed: with one (even for UTF-8), libxml2 2.9.14 re-encodes at
/// most 32,000 bytes of its decoded buffer to count what is left, so every offset more than
/// ~32 KB before the end of the page came out too large and that text lost its raw span. So
/// libxml2 always gets valid UTF-8 and no encoding handler:
///
/// - a valid UTF-8 page is parsed as it is, unless it holds bytes libxml2 must not see (see
///   ``blankedRanges(_:)`` and ``doctypeSubset(_:)``: NUL, a DOCTYPE internal subset
///   `<!DOCTYPE html [<!ENTITY …>]>` that libxml2's HTML parser reads as text, misplaced
///   DOCTYPEs, `<![CDATA[…]]>`); those are blanked in a copy of the same length, so offsets
///   stay the raw ones;
/// - a windows-1252 (Latin-1) page, or a UTF-8 page with invalid bytes, is transcoded to UTF-8
///   here (valid UTF-8 sequences kept, every other byte read as windows-1252, as ``HTMLText``
///   reads them), with a map back;
/// - any other encoding is refused: ``HTMLText`` could not read its raw spans back.
struct HTMLInput {
    enum Mapping {
        /// Offsets are raw offsets and the bytes are the raw bytes.
        case identity
        /// Offsets are raw offsets; some bytes were blanked (compare with the raw bytes).
        case patched
        /// Transcoded: after each non-ASCII character, where it ends in both buffers.
        case transcoded(parseEnds: [Int32], rawEnds: [Int32])
    }

    /// The bytes handed to libxml2 (valid UTF-8, no NUL).
    let bytes: [UInt8]
    let mapping: Mapping

    /// Prepares `raw` for parsing.
    ///
    /// - Throws: ``MarrowError`` `invalidEncoding` for encodings whose text cannot be mapped back
    ///   to raw bytes exactly (anything but UTF-8 and windows-1252/Latin-1).
    init(raw: [UInt8], encoding: HTMLEncoding) throws {
        switch encoding.width {
        case .utf8 where encoding.isValidUTF8:
            var patched: [UInt8]?
            if let subset = HTMLInput.doctypeSubset(raw) {
                patched = raw
                for k in subset { patched![k] = 0x20 }
            }
            let blanks = HTMLInput.blankedRanges(raw)
            if !blanks.isEmpty {
                if patched == nil { patched = raw }
                for range in blanks { for k in range { patched![k] = 0x20 } }
            }
            if let patched {
                bytes = patched
                mapping = .patched
            } else {
                bytes = raw
                mapping = .identity
            }
        case _ where encoding.width == .utf8 || encoding == .windows1252:
            // Blanked before transcoding, in the raw bytes (the markup found is ASCII either way):
            // blanking the transcoded bytes would cut a character that became two or three bytes
            // into single spaces, and their offsets would no longer map back in order.
            var source = raw
            if let subset = HTMLInput.doctypeSubset(raw) {
                for j in subset { source[j] = 0x20 }
            }
            for range in HTMLInput.blankedRanges(raw) { for j in range { source[j] = 0x20 } }
            var out: [UInt8] = []
            out.reserveCapacity(raw.count + raw.count / 8)
            var parseEnds: [Int32] = []
            var rawEnds: [Int32] = []
            var k = 0
            // Valid UTF-8 sequences stay UTF-8 even on a windows-1252 page, as HTMLText reads
            // them: so a raw span always reads back as the text.
            while k < source.count {
                let byte = source[k]
                if byte < 0x80 {
                    out.append(byte == 0 ? 0x20 : byte)
                    k += 1
                    continue
                }
                if let length = RawAligner.validSequenceLength(source, k) {
                    out.append(contentsOf: source[k..<(k + length)])
                    k += length
                } else {
                    HTMLText.appendWindows1252(byte, to: &out)
                    k += 1
                }
                parseEnds.append(Int32(out.count))
                rawEnds.append(Int32(k))
            }
            bytes = out
            mapping = .transcoded(parseEnds: parseEnds, rawEnds: rawEnds)
        default:
            throw MarrowError(
                .invalidEncoding,
                "this HTML page is encoded as \(encoding.libxmlName); Marrow keeps exact byte offsets for UTF-8 and windows-1252 (Latin-1) pages only: convert it first (iconv -f \(encoding.libxmlName) -t UTF-8)"
            )
        }
    }

    /// The raw offset of a parse offset (at a character boundary).
    func rawOffset(_ offset: Int) -> Int {
        guard case .transcoded(let parseEnds, let rawEnds) = mapping else { return offset }
        // The last non-ASCII character ending at or before `offset`.
        var low = 0
        var high = parseEnds.count
        while low < high {
            let mid = (low + high) / 2
            if Int(parseEnds[mid]) <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        return Int(rawEnds[low - 1]) + (offset - Int(parseEnds[low - 1]))
    }

    /// Appends the pieces of the parse bytes `range` (text libxml2 gave verbatim) to `tree`.
    func appendPieces(_ range: Range<Int>, raw: [UInt8], to tree: inout HTMLTree) {
        guard !range.isEmpty else { return }
        switch mapping {
        case .identity:
            appendVerbatim(range, to: &tree)
        case .patched:
            var runStart = range.lowerBound
            for k in range where bytes[k] != raw[k] {
                appendVerbatim(runStart..<k, to: &tree)
                appendReplacement(bytes[k..<(k + 1)], raw: k..<(k + 1), to: &tree)
                runStart = k + 1
            }
            appendVerbatim(runStart..<range.upperBound, to: &tree)
        case .transcoded:
            var k = range.lowerBound
            var runStart = rawOffset(k)
            var runEnd = runStart
            while k < range.upperBound {
                let length = RawAligner.sequenceLength(bytes[k]) ?? 1
                let next = min(range.upperBound, k + length)
                let rawStart = rawOffset(k)
                let rawEnd = rawOffset(next)
                if rawEnd - rawStart == next - k, raw[rawStart..<rawEnd].elementsEqual(bytes[k..<next]) {
                    if rawStart != runEnd {
                        appendVerbatim(runStart..<runEnd, to: &tree)
                        runStart = rawStart
                    }
                    runEnd = rawEnd
                } else {
                    appendVerbatim(runStart..<runEnd, to: &tree)
                    appendReplacement(bytes[k..<next], raw: rawStart..<rawEnd, to: &tree)
                    runStart = rawEnd
                    runEnd = rawEnd
                }
                k = next
            }
            appendVerbatim(runStart..<runEnd, to: &tree)
        }
    }

    private func appendVerbatim(_ raw: Range<Int>, to tree: inout HTMLTree) {
        guard !raw.isEmpty else { return }
        if let last = tree.pieces.last, last.kind == .verbatim, Int(last.rawEnd) == raw.lowerBound,
            tree.pieces.count > tree.openTextStart
        {
            tree.pieces[tree.pieces.count - 1].rawEnd = Int32(raw.upperBound)
            return
        }
        tree.pieces.append(
            HTMLTree.Piece(kind: .verbatim, rawStart: Int32(raw.lowerBound), rawEnd: Int32(raw.upperBound)))
    }

    /// Appends a piece that stands for `raw` as a whole.
    func appendReplacement(_ text: some Collection<UInt8>, raw: Range<Int>, to tree: inout HTMLTree) {
        let start = Int32(tree.replacementBytes.count)
        tree.replacementBytes.append(contentsOf: text)
        tree.pieces.append(
            HTMLTree.Piece(
                kind: .replacement, rawStart: Int32(raw.lowerBound), rawEnd: Int32(raw.upperBound),
                replacementStart: start, replacementEnd: Int32(tree.replacementBytes.count)))
    }

    /// Bytes libxml2 must not see, blanked to spaces (same length, so offsets hold): NUL (libxml2
    /// takes it for the end of input), every DOCTYPE after the first tag (libxml2 skips a
    /// misplaced one and then reads an end tag after it as text, which no raw span could read
    /// back as) and `<![CDATA[…]]>` sections (libxml2 reads them as text, browsers as comments).
    /// ``HTMLText`` reads each of these as a space. Comments and the contents of `script` and
    /// `style` are stepped over, as libxml2 does.
    static func blankedRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var sawTag = false
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            func find(_ needle: [UInt8], from: Int, caseless: Bool = false) -> Int? {
                var k = from
                guard let first = needle.first else { return nil }
                while k + needle.count <= count {
                    if buffer[k] == first || (caseless && buffer[k] | 0x20 == first) {
                        var j = 1
                        while j < needle.count,
                            buffer[k + j] == needle[j] || (caseless && buffer[k + j] | 0x20 == needle[j])
                        { j += 1 }
                        if j == needle.count { return k }
                    }
                    k += 1
                }
                return nil
            }
            func startsWith(_ word: [UInt8], at k: Int) -> Bool {
                guard k + word.count <= count else { return false }
                for j in 0..<word.count where (buffer[k + j] | 0x20) != (word[j] | 0x20) { return false }
                return true
            }
            var k = 0
            while k < count {
                let byte = buffer[k]
                if byte == 0 {
                    ranges.append(k..<(k + 1))
                } else if byte == UInt8(ascii: "<"), k + 1 < count {
                    let next = buffer[k + 1]
                    if next == UInt8(ascii: "!") {
                        if startsWith(HTMLInput.commentOpen, at: k) {
                            guard let close = find(HTMLInput.commentClose, from: k + 4) else { break }
                            k = close + 3
                            continue
                        }
                        if startsWith(HTMLInput.cdataOpen, at: k) {
                            let end = find(HTMLInput.cdataClose, from: k + 9).map { $0 + 3 } ?? count
                            ranges.append(k..<end)
                            k = end
                            continue
                        }
                        if sawTag, startsWith(HTMLInput.doctypeOpen, at: k) {
                            var end = k + 9
                            while end < count, buffer[end] != UInt8(ascii: ">") { end += 1 }
                            ranges.append(k..<min(count, end + 1))
                            k = end + 1
                            continue
                        }
                    } else if HTMLText.isLetter(next) {
                        sawTag = true
                        let lower = next | 0x20
                        if lower == UInt8(ascii: "s") {
                            for (open, close) in HTMLInput.rawTextTags where startsWith(open, at: k) {
                                let after = k + open.count
                                if after < count, !HTMLText.isLetter(buffer[after]),
                                    !(buffer[after] >= 0x30 && buffer[after] <= 0x39)
                                {
                                    guard let end = find(close, from: after, caseless: true) else { return }
                                    k = end
                                }
                            }
                        }
                    }
                }
                k += 1
            }
        }
        return ranges
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let doctypeOpen = Array("<!DOCTYPE".utf8)
    /// `script` and `style`: their start and end tag openings.
    private static let rawTextTags: [([UInt8], [UInt8])] = ["script", "style"].map {
        (Array("<\($0)".utf8), Array("</\($0)".utf8))
    }

    /// The bytes of a DOCTYPE's internal subset (`[` to `]`), when the page opens with one.
    static func doctypeSubset(_ bytes: [UInt8]) -> ClosedRange<Int>? {
        var k = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { k = 3 }
        // Skip white space, comments and processing instructions before the DOCTYPE.
        while k < bytes.count {
            if RawAligner.isSpaceByte(bytes[k]) {
                k += 1
                continue
            }
            if bytes[k...].starts(with: Array("<!--".utf8)) {
                guard let close = bytes[k...].firstRange(ofBytes: Array("-->".utf8)) else { return nil }
                k = close.upperBound
                continue
            }
            if bytes[k...].starts(with: Array("<?".utf8)) {
                guard let close = bytes[k...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                k = close + 1
                continue
            }
            break
        }
        let keyword = Array("<!doctype".utf8)
        guard k + keyword.count <= bytes.count,
            zip(bytes[k..<(k + keyword.count)], keyword).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) || $0 == $1 })
        else { return nil }
        var j = k + keyword.count
        var quote: UInt8?
        var open: Int?
        while j < bytes.count {
            let byte = bytes[j]
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if open == nil {
                if byte == UInt8(ascii: ">") { return nil }
                if byte == UInt8(ascii: "[") { open = j }
            } else if byte == UInt8(ascii: "]") {
                var after = j + 1
                while after < bytes.count, RawAligner.isSpaceByte(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: ">") { return open!...j }
            }
            j += 1
        }
        return open.map { $0...(bytes.count - 1) }
    }
}
