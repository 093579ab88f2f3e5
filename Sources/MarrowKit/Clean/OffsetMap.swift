/// Maps ranges of a clean text back to the raw bytes they came from.
///
/// The clean text is built from segments. A *verbatim* segment is a run of raw bytes copied
/// unchanged, so positions inside it map one to one. Any other segment (a space that replaced a
/// line break, a decoded character reference, a block separator) maps as a whole: a range that
/// starts in it starts at its raw start, a range that ends in it ends at its raw end.
public struct OffsetMap: Sendable, Hashable {
    /// One stretch of clean text and the raw bytes it stands for.
    public struct Segment: Sendable, Hashable {
        /// The clean bytes.
        public var clean: Range<CleanByteOffset>
        /// The raw bytes they came from (empty for pure insertions).
        public var raw: Range<RawByteOffset>
        /// Whether the clean bytes are a byte-for-byte copy of the raw bytes.
        public var isVerbatim: Bool
    }

    /// The segments in clean-text order; they tile the clean text without gaps.
    public private(set) var segments: [Segment] = []
    /// For a text read through a transcoding (UTF-16 to UTF-8): the segments' raw offsets count
    /// bytes of the transcoding, and this leads them on to the file's own bytes.
    var transcoding: TranscodingMap?

    /// An empty map.
    public init() {}

    /// Makes room for `count` segments.
    mutating func reserveCapacity(_ count: Int) { segments.reserveCapacity(count) }

    /// Appends a segment; it must start where the previous one ended.
    mutating func append(clean: Range<CleanByteOffset>, raw: Range<RawByteOffset>, verbatim: Bool) {
        precondition(
            segments.last.map { $0.clean.upperBound == clean.lowerBound } ?? (clean.lowerBound.value == 0),
            "segments must tile the clean text")
        guard !clean.isEmpty else { return }
        if verbatim, var last = segments.last, last.isVerbatim, last.raw.upperBound == raw.lowerBound {
            last.clean = last.clean.lowerBound..<clean.upperBound
            last.raw = last.raw.lowerBound..<raw.upperBound
            segments[segments.count - 1] = last
            return
        }
        segments.append(Segment(clean: clean, raw: raw, isVerbatim: verbatim))
    }

    /// The raw byte range a clean range came from.
    ///
    /// - Parameter clean: a non-empty range of the clean text.
    /// - Returns: the smallest raw range holding every byte the clean range came from.
    public func rawRange(for clean: Range<CleanByteOffset>) -> Range<RawByteOffset> {
        guard !segments.isEmpty else { return RawByteOffset(0)..<RawByteOffset(0) }
        let first = segments[segmentIndex(containing: clean.lowerBound)]
        let lower: RawByteOffset
        if first.isVerbatim {
            lower = first.raw.lowerBound.advanced(by: first.clean.lowerBound.distance(to: clean.lowerBound))
        } else {
            lower = clean.lowerBound == first.clean.lowerBound ? first.raw.lowerBound : first.raw.upperBound
        }
        let lastByte = clean.isEmpty ? clean.lowerBound : clean.upperBound.advanced(by: -1)
        let last = segments[segmentIndex(containing: lastByte)]
        let upper: RawByteOffset
        if last.isVerbatim {
            upper = last.raw.lowerBound.advanced(by: last.clean.lowerBound.distance(to: clean.upperBound))
        } else {
            upper = last.raw.upperBound
        }
        guard let transcoding else { return lower..<max(lower, upper) }
        let rawLower = RawByteOffset(transcoding.rawOffset(lower.value))
        return rawLower..<max(rawLower, RawByteOffset(transcoding.rawOffset(upper.value)))
    }

    /// The index of the segment holding clean byte `offset` (the last segment for the end).
    func segmentIndex(containing offset: CleanByteOffset) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].clean.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

/// Converts clean-text byte offsets to Unicode scalar offsets in O(1) amortised time.
public struct ScalarIndex: Sendable, Hashable {
    static let stride = 256
    /// Scalar counts before every `stride`-th byte.
    private var checkpoints: [Int32] = []

    /// Indexes `utf8`.
    ///
    /// There is a checkpoint at every multiple of the stride from 0 up to and including
    /// `utf8.count`, so every offset in `0...utf8.count` has one at or before it in its own block
    /// (the end of a text whose length is a multiple of the stride included).
    public init(_ utf8: [UInt8]) {
        checkpoints.reserveCapacity(utf8.count / ScalarIndex.stride + 1)
        var scalars: Int32 = 0
        for (index, byte) in utf8.enumerated() {
            if index % ScalarIndex.stride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if utf8.count % ScalarIndex.stride == 0 { checkpoints.append(scalars) }
    }

    /// The scalar offset of byte `offset` in `utf8` (the same bytes this index was built from).
    ///
    /// - Parameter offset: a byte offset in `0...utf8.count`.
    public func scalarOffset(of offset: CleanByteOffset, in utf8: [UInt8]) -> ScalarOffset {
        precondition(
            offset.value >= 0 && offset.value <= utf8.count, "byte offset \(offset.value) outside 0...\(utf8.count)")
        let block = offset.value / ScalarIndex.stride
        var scalars = Int(checkpoints[block])
        var index = block * ScalarIndex.stride
        while index < offset.value {
            if utf8[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return ScalarOffset(scalars)
    }
}
