/// The kind of a block of clean text.
public enum BlockKind: Hashable, Sendable, Codable {
    /// A heading, with its level (1 is the title).
    case heading(level: Int)
    /// A paragraph of running text.
    case paragraph
    /// One item of a list (bulleted, numbered, or a run of short lines under a "…include:" line).
    case listItem
    /// A table row, as text.
    case tableRow

    /// The heading level, or nil for other blocks.
    public var headingLevel: Int? {
        if case .heading(let level) = self { return level }
        return nil
    }
}

/// How a block can be found again in the raw file when its bytes cannot be given one to one.
public struct BlockAnchor: Hashable, Sendable, Codable {
    /// The element's XPath (HTML sources).
    public var xpath: String?
    /// The 1-based line where the element starts.
    public var line: Int?

    /// Creates an anchor.
    public init(xpath: String? = nil, line: Int? = nil) {
        self.xpath = xpath
        self.line = line
    }
}

/// One block of the main text: a heading, a paragraph, a list item.
public struct Block: Hashable, Sendable {
    /// What kind of block this is.
    public var kind: BlockKind
    /// Where its text sits in the clean text.
    public var range: Range<CleanByteOffset>
    /// An element anchor in the raw file, for HTML sources.
    public var anchor: BlockAnchor?
    /// For list items: the intro line the list hangs from ("…include:"), as a block index.
    public var listIntro: Int?

    /// Creates a block.
    public init(kind: BlockKind, range: Range<CleanByteOffset>, anchor: BlockAnchor? = nil, listIntro: Int? = nil) {
        self.kind = kind
        self.range = range
        self.anchor = anchor
        self.listIntro = listIntro
    }
}

/// Facts about a document that are not its main text.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var author: String?
    public var reviewer: String?
    public var publisher: String?
    public var published: String?
    public var modified: String?
    public var reviewed: String?
    public var canonicalURL: String?
    public var language: String?

    /// Empty metadata.
    public init() {}

    /// Fills each field that is nil here from `other`.
    public mutating func fill(from other: DocumentMetadata) {
        title = title ?? other.title
        author = author ?? other.author
        reviewer = reviewer ?? other.reviewer
        publisher = publisher ?? other.publisher
        published = published ?? other.published
        modified = modified ?? other.modified
        reviewed = reviewed ?? other.reviewed
        canonicalURL = canonicalURL ?? other.canonicalURL
        language = language ?? other.language
    }
}

/// The main text of a document, in blocks, with a map back to the raw bytes.
public struct CleanText: Sendable {
    /// The text, as UTF-8 bytes. Blocks are separated by a blank line.
    public let utf8: [UInt8]
    /// The blocks, in reading order.
    public let blocks: [Block]
    /// Title, author, dates and the like.
    public var metadata: DocumentMetadata
    /// Where each clean byte came from in the raw file.
    public let offsetMap: OffsetMap
    /// Byte-to-scalar conversion for ``utf8``.
    public let scalarIndex: ScalarIndex

    /// Creates a clean text.
    public init(utf8: [UInt8], blocks: [Block], metadata: DocumentMetadata, offsetMap: OffsetMap) {
        self.utf8 = utf8
        self.blocks = blocks
        self.metadata = metadata
        self.offsetMap = offsetMap
        self.scalarIndex = ScalarIndex(utf8)
    }

    /// The whole text as a string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The text of a clean range.
    public func text(_ range: Range<CleanByteOffset>) -> String {
        String(decoding: utf8[range.lowerBound.value..<range.upperBound.value], as: UTF8.self)
    }

    /// The scalar range of a clean byte range.
    public func scalarRange(_ range: Range<CleanByteOffset>) -> Range<ScalarOffset> {
        scalarIndex.scalarOffset(
            of: range.lowerBound, in: utf8)..<scalarIndex.scalarOffset(of: range.upperBound, in: utf8)
    }
}

/// Assembles a clean text piece by piece, keeping the offset map in step.
struct CleanTextBuilder {
    private(set) var utf8: [UInt8] = []
    private(set) var map = OffsetMap()
    private(set) var blocks: [Block] = []
    private var blockStart: CleanByteOffset?

    var position: CleanByteOffset { CleanByteOffset(utf8.count) }

    /// Makes room for `bytes` of text and `segments` map segments.
    mutating func reserveCapacity(bytes: Int, segments: Int) {
        utf8.reserveCapacity(bytes)
        map.reserveCapacity(segments)
    }

    /// Copies raw bytes unchanged.
    mutating func appendVerbatim(_ raw: some Collection<UInt8>, from range: Range<RawByteOffset>) {
        let start = position
        utf8.append(contentsOf: raw)
        map.append(clean: start..<position, raw: range, verbatim: true)
    }

    /// Appends text that stands for `range` of the raw file as a whole (a decoded entity, a joiner).
    mutating func appendReplacement(_ bytes: some Sequence<UInt8>, for range: Range<RawByteOffset>) {
        let start = position
        utf8.append(contentsOf: bytes)
        map.append(clean: start..<position, raw: range, verbatim: false)
    }

    /// Starts a block; text appended until ``endBlock`` belongs to it.
    mutating func beginBlock(separatorAt raw: RawByteOffset) {
        if !utf8.isEmpty { appendReplacement([0x0A, 0x0A], for: raw..<raw) }
        blockStart = position
    }

    /// Ends the current block.
    mutating func endBlock(kind: BlockKind, anchor: BlockAnchor? = nil, listIntro: Int? = nil) {
        guard let start = blockStart else { return }
        blocks.append(Block(kind: kind, range: start..<position, anchor: anchor, listIntro: listIntro))
        blockStart = nil
    }

    /// The clean text; `transcoding` leads the map's raw offsets on to the file's bytes when the
    /// text was built from a transcoding of them.
    func build(metadata: DocumentMetadata, transcoding: TranscodingMap? = nil) -> CleanText {
        var map = map
        map.transcoding = transcoding
        return CleanText(utf8: utf8, blocks: blocks, metadata: metadata, offsetMap: map)
    }
}
