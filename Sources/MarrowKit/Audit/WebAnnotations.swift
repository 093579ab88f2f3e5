import Foundation

/// W3C Web Annotation (JSON-LD) for a report: one annotation per piece of evidence, targeting the
/// mention in its raw source file.
///
/// Every selector resolves against what `target.source` names, the raw file: a
/// `DataPositionSelector` gives the mention's byte range (the spec's selector for bytes), and a
/// `TextQuoteSelector` gives the mention exactly with up to ``WebAnnotationPage/contextLength``
/// scalars of the file's text before and after it (for HTML, the text with markup dropped and
/// character references decoded). Offsets in the cleaned text are not used: they count in a text
/// the source does not contain.
public struct WebAnnotationPage: Codable, Sendable {
    /// One annotation.
    public struct Annotation: Codable, Sendable {
        /// `urn:marrow:evidence:<evidence id>`.
        public var id: String
        /// `Annotation`.
        public var type = "Annotation"
        /// `classifying`: the annotation classifies the mention as evidence for a claim.
        public var motivation = "classifying"
        /// The claim, the role and the assertion.
        public var body: [Body]
        /// The source and the mention's place in it.
        public var target: Target
    }

    /// A textual body: the claim, the role, the assertion.
    public struct Body: Codable, Sendable {
        /// `TextualBody`.
        public var type = "TextualBody"
        /// `classifying` (the claim), `tagging` (the role) or `assessing` (the assertion).
        public var purpose: String
        /// The text.
        public var value: String
    }

    /// The annotated source and where in it.
    public struct Target: Codable, Sendable {
        /// The raw file the selectors count in, by the path it was read from.
        public var source: String
        /// The page the file was fetched from, when known (the context it was seen in).
        public var scope: String?
        /// The source's media type.
        public var format: String?
        /// A quote selector and a byte-position selector.
        public var selector: [Selector]
    }

    /// A TextQuoteSelector or DataPositionSelector.
    public struct Selector: Codable, Sendable {
        /// `TextQuoteSelector` or `DataPositionSelector`.
        public var type: String
        /// The mention, exactly (quote selector).
        public var exact: String?
        /// The source's text just before the mention (quote selector).
        public var prefix: String?
        /// The source's text just after the mention (quote selector).
        public var suffix: String?
        /// The mention's first byte in the raw file (position selector).
        public var start: Int?
        /// The byte after the mention in the raw file (position selector).
        public var end: Int?
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type, items
    }

    /// The JSON-LD context.
    public var context = "http://www.w3.org/ns/anno.jsonld"
    /// `AnnotationPage`.
    public var type = "AnnotationPage"
    /// The annotations, in report order.
    public var items: [Annotation]

    /// How many scalars of context the quote selector carries on each side.
    public static let contextLength = 32

    /// Builds the annotations for every piece of evidence in `report`.
    ///
    /// - Parameter read: reads a source's raw bytes by its path (for the quote's context); when
    ///   it cannot, the quote carries the mention only.
    public init(_ report: AuditReport, read: (String) -> [UInt8]? = WebAnnotationPage.readFile) {
        var cache: (path: String, bytes: [UInt8]?)?
        items = report.claims.flatMap { entry in
            entry.evidence.map { evidence in
                if cache?.path != evidence.source.path { cache = (evidence.source.path, read(evidence.source.path)) }
                return WebAnnotationPage.annotation(entry, evidence, raw: cache?.bytes)
            }
        }
    }

    /// Reads a file's bytes.
    public static func readFile(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    static func annotation(_ entry: AuditReport.ClaimEntry, _ evidence: EvidenceRow, raw: [UInt8]?) -> Annotation {
        let claim = "\(entry.claim.subject) \(entry.claim.predicate) \(entry.claim.object)"
        var quote = Selector(type: "TextQuoteSelector", exact: evidence.mention.text)
        let mediaType = MediaType(rawValue: evidence.source.mediaType) ?? .text
        if let raw, SourceDocument.digest(raw) == evidence.source.sha256 {
            let context = QuoteContext(
                raw: raw, decoder: RawTextDecoder(mediaType: mediaType, encoding: TextEncoding.sniff(raw)))
            quote.prefix = context.before(evidence.mention.byteStart, scalars: contextLength)
            quote.suffix = context.after(evidence.mention.byteEnd, scalars: contextLength)
        }
        return Annotation(
            id: "urn:marrow:evidence:\(evidence.id)",
            body: [
                Body(purpose: "classifying", value: claim),
                Body(purpose: "tagging", value: evidence.role),
                Body(purpose: "assessing", value: evidence.assertion),
            ],
            target: Target(
                source: evidence.source.path, scope: evidence.source.url, format: evidence.source.mediaType,
                selector: [
                    quote,
                    Selector(
                        type: "DataPositionSelector", start: evidence.mention.byteStart, end: evidence.mention.byteEnd),
                ]))
    }

    /// The page as pretty-printed JSON-LD with sorted keys.
    public func encoded() throws -> Data {
        try PrettyJSON.encode(self)
    }
}

/// The text of a raw file around a byte range, decoded the way the cleaner reads it.
struct QuoteContext {
    let raw: [UInt8]
    let decoder: RawTextDecoder

    /// Up to `scalars` scalars of text ending at byte `end`.
    func before(_ end: Int, scalars: Int) -> String {
        let end = min(max(0, end), raw.count)
        var start = max(0, end - scalars * 4)
        while start < end, raw[start] & 0xC0 == 0x80 { start += 1 }
        if decoder.mediaType == .html, let close = raw[start..<end].firstIndex(of: UInt8(ascii: ">")),
            !raw[start..<close].contains(UInt8(ascii: "<"))
        {
            // The window starts inside a tag: begin after it.
            start = close + 1
        }
        return String(decoder.decode(raw[start..<end]).unicodeScalars.suffix(scalars).map(Character.init))
    }

    /// Up to `scalars` scalars of text starting at byte `start`.
    func after(_ start: Int, scalars: Int) -> String {
        let start = min(max(0, start), raw.count)
        var end = min(raw.count, start + scalars * 4)
        while end > start, end < raw.count, raw[end] & 0xC0 == 0x80 { end -= 1 }
        if decoder.mediaType == .html, let open = raw[start..<end].lastIndex(of: UInt8(ascii: "<")),
            !raw[open..<end].contains(UInt8(ascii: ">"))
        {
            // The window ends inside a tag: stop before it.
            end = open
        }
        return String(decoder.decode(raw[start..<end]).unicodeScalars.prefix(scalars).map(Character.init))
    }
}

extension WebAnnotationPage {
    /// Writes the annotations of every claim in the knowledge base as one JSON-LD page, streamed
    /// claim by claim (one annotation a line), with the evidence of at most `top` sources per
    /// claim (all when `nil`).
    public static func write(
        knowledgeBase: KnowledgeBase, top: Int?, names: (String) -> String?,
        read: (String) -> [UInt8]? = WebAnnotationPage.readFile,
        to output: (String) throws -> Void
    ) throws {
        try output("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationPage\",\"items\":[\n")
        var first = true
        for row in try knowledgeBase.claims() {
            let entry = try AuditReport.entry(row, knowledgeBase: knowledgeBase, sources: top, names: names)
            var cache: (path: String, bytes: [UInt8]?)?
            for evidence in entry.evidence {
                if cache?.path != evidence.source.path { cache = (evidence.source.path, read(evidence.source.path)) }
                let data = try PrettyJSON.compact(annotation(entry, evidence, raw: cache?.bytes))
                try output((first ? "" : ",\n") + String(decoding: data, as: UTF8.self))
                first = false
            }
        }
        try output("\n]}\n")
    }
}
