import Foundation

/// What `marrow clean` shows of one document: its main text as the pipeline reads it, as plain
/// text, Markdown or JSON, and optionally every block the cleaner dropped with the reason.
///
/// The JSON shape (one object per document) is `{path, mediaType, sha256, metadata, blocks,
/// text}` with each block `{kind, level?, text, start, end, raw: {byteStart, byteEnd}, xpath?,
/// line?}` (scalar offsets in the clean text, byte offsets in the raw file), plus `dropped`
/// (`{reason, field?, text, xpath, line}`) when dropped blocks were asked for. Keys are sorted.
public struct CleanReport: Sendable {
    /// How to render a report.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    /// The document.
    public let document: SourceDocument
    /// Its clean text.
    public let clean: CleanText
    /// The blocks dropped, when asked for (nil otherwise).
    public let dropped: [DroppedBlock]?

    /// A report on `document`, cleaned as the pipeline cleans it, listing (when asked) what the
    /// HTML cleaner dropped and why.
    ///
    /// - Parameters:
    ///   - document: the document.
    ///   - clean: its clean text, as the pipeline made it.
    ///   - cues: the cleaning cues (to list the dropped blocks of an HTML page).
    ///   - showDropped: whether to list dropped blocks (text documents list none).
    /// - Throws: ``MarrowError`` when the document cannot be cleaned.
    public init(document: SourceDocument, clean: CleanText, cues: CleaningCues, showDropped: Bool) throws {
        self.document = document
        self.clean = clean
        if showDropped, document.mediaType == .html {
            dropped = try HTMLCleaner(cues: cues).clean(document, recordingDropped: true).dropped
        } else {
            dropped = showDropped ? [] : nil
        }
    }

    /// The report as UTF-8 text (JSON: one line, with its newline).
    public func rendered(as format: Format) throws -> [UInt8] {
        switch format {
        case .text:
            var bytes = clean.utf8
            bytes.append(0x0A)
            if let dropped { bytes += Array(CleanReport.droppedSection(dropped).utf8) }
            return bytes
        case .markdown:
            var text = markdown() + "\n"
            if let dropped { text += CleanReport.droppedSection(dropped) }
            return Array(text.utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var data = [UInt8](try encoder.encode(JSONShape(self)))
            data.append(0x0A)
            return data
        }
    }

    /// The clean text as Markdown: headings with their levels, list items as bullets, table
    /// rows as lines.
    public func markdown() -> String {
        var parts: [String] = []
        for block in clean.blocks {
            let text = clean.text(block.range)
            switch block.kind {
            case .heading(let level): parts.append(String(repeating: "#", count: max(1, min(6, level))) + " " + text)
            case .listItem: parts.append("- " + text)
            case .paragraph, .tableRow: parts.append(text)
            }
        }
        return parts.joined(separator: "\n\n")
    }

    static func droppedSection(_ dropped: [DroppedBlock]) -> String {
        var text = "\n--- dropped (\(dropped.count)) ---\n"
        for block in dropped {
            let snippet = block.text.count > 100 ? String(block.text.prefix(100)) + "…" : block.text
            text += "\(block.line): \(block.reason.name): \(snippet)\n"
        }
        return text
    }

    /// The JSON shape.
    struct JSONShape: Encodable {
        struct RawSpan: Encodable {
            var byteStart: Int
            var byteEnd: Int
        }

        struct BlockShape: Encodable {
            var kind: String
            var level: Int?
            var text: String
            var start: Int
            var end: Int
            var raw: RawSpan
            var xpath: String?
            var line: Int?
        }

        struct DroppedShape: Encodable {
            var reason: String
            var field: String?
            var text: String
            var xpath: String
            var line: Int
        }

        var path: String
        var mediaType: String
        var sha256: String
        var metadata: DocumentMetadata
        var blocks: [BlockShape]
        var text: String
        var dropped: [DroppedShape]?

        init(_ report: CleanReport) {
            let clean = report.clean
            path = report.document.path
            mediaType = report.document.mediaType.rawValue
            sha256 = report.document.sha256
            metadata = clean.metadata
            text = clean.string
            blocks = clean.blocks.map { block in
                let kind: String
                switch block.kind {
                case .heading: kind = "heading"
                case .paragraph: kind = "paragraph"
                case .listItem: kind = "listItem"
                case .tableRow: kind = "tableRow"
                }
                let scalars = clean.scalarRange(block.range)
                let raw = clean.offsetMap.rawRange(for: block.range)
                return BlockShape(
                    kind: kind, level: block.kind.headingLevel, text: clean.text(block.range),
                    start: scalars.lowerBound.value, end: scalars.upperBound.value,
                    raw: RawSpan(byteStart: raw.lowerBound.value, byteEnd: raw.upperBound.value),
                    xpath: block.anchor?.xpath, line: block.anchor?.line)
            }
            dropped = report.dropped?.map { block in
                var field: String?
                if case .metadata(let value) = block.reason { field = value.rawValue }
                return DroppedShape(
                    reason: block.reason.name, field: field, text: block.text, xpath: block.xpath, line: block.line)
            }
        }
    }
}

extension DroppedBlock.Reason {
    /// The reason's name as `marrow clean --show-dropped` prints it.
    public var name: String {
        switch self {
        case .chrome: return "chrome"
        case .hidden: return "hidden"
        case .outsideMainContent: return "outside-main-content"
        case .linkDense: return "link-dense"
        case .boilerplate: return "boilerplate"
        case .metadata(let field): return "metadata-\(field.rawValue)"
        case .endMarker: return "end-marker"
        case .afterEnd: return "after-end-marker"
        case .emptySection: return "empty-section"
        }
    }
}
