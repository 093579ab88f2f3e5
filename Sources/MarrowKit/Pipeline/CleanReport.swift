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

    /// Cleans `document` as the pipeline does and reports on it: the one entry point of
    /// `marrow clean`.
    ///
    /// - Parameters:
    ///   - document: the document.
    ///   - processor: the pipeline whose cleaning is reported.
    ///   - showDropped: whether to list what the HTML cleaner dropped, and why.
    /// - Returns: the report.
    /// - Throws: ``Refusal`` when the document cannot be read as an article; it still lists the
    ///   dropped blocks when they were asked for (a page refused because everything on it
    ///   looked like chrome is exactly when a reader needs to see them).
    public static func make(_ document: SourceDocument, processor: DocumentProcessor, showDropped: Bool) throws(Refusal)
        -> CleanReport
    {
        let cues = processor.lexicon.cleaning
        do {
            return try CleanReport(
                document: document, clean: processor.clean(document), cues: cues, showDropped: showDropped)
        } catch let error as MarrowError {
            var dropped: [DroppedBlock]?
            if showDropped, document.mediaType == .html {
                dropped = try? HTMLCleaner(cues: cues).clean(document, recordingDropped: true).dropped
            }
            throw Refusal(document: document, error: error, dropped: dropped)
        } catch {
            throw Refusal(
                document: document,
                error: MarrowError(.unparsable, "\(error)", at: SourceLocation(path: document.path)),
                dropped: nil)
        }
    }

    /// What `marrow clean` does: reports on every document under `paths` in `format`, handing
    /// the bytes to `write` (with a `==> path <==` header before each when there are several and
    /// the format is not JSON). A refused document's dropped blocks are written before its error.
    ///
    /// - Parameters:
    ///   - processor: the pipeline whose cleaning is reported.
    ///   - showDropped: whether to list what the HTML cleaner dropped, and why.
    ///   - write: receives the report bytes.
    ///   - problem: called with each input that could not be read or cleaned.
    /// - Returns: how many inputs failed.
    public static func run(
        paths: [String], processor: DocumentProcessor, format: Format, showDropped: Bool,
        write: ([UInt8]) -> Void, problem: (MarrowError) -> Void
    ) -> Int {
        let (references, failures) = SourceReader().references(for: paths)
        for failure in failures { problem(failure) }
        var failed = failures.count
        for (position, reference) in references.enumerated() {
            do {
                let document = try reference.load()
                let bytes: [UInt8]
                var refusal: MarrowError?
                do {
                    bytes = try make(document, processor: processor, showDropped: showDropped).rendered(as: format)
                } catch let refused {
                    // What was dropped on the way to nothing, then the error.
                    bytes = refused.rendered(as: format)
                    refusal = refused.error
                }
                if format != .json, references.count > 1, !bytes.isEmpty {
                    write(Array(((position > 0 ? "\n" : "") + "==> \(document.path) <==\n").utf8))
                }
                write(bytes)
                if let refusal { throw refusal }
            } catch let error as MarrowError {
                failed += 1
                problem(error)
            } catch {
                failed += 1
                problem(MarrowError(.unparsable, "\(error)", at: SourceLocation(path: reference.path)))
            }
        }
        return failed
    }

    /// A document `marrow clean` could not report on: the error, and the blocks the HTML cleaner
    /// dropped on its way to nothing (nil when they were not asked for or could not be listed).
    public struct Refusal: Error, Sendable {
        /// The document.
        public let document: SourceDocument
        /// Why it was refused.
        public let error: MarrowError
        /// The blocks dropped, when asked for and listable.
        public let dropped: [DroppedBlock]?

        /// The dropped blocks as UTF-8 text, in the report's format (JSON: one line with the
        /// path, the error and the dropped blocks); empty when there are none to list.
        public func rendered(as format: Format) -> [UInt8] {
            guard let dropped else { return [] }
            switch format {
            case .text, .markdown:
                return Array(CleanReport.droppedSection(dropped).utf8)
            case .json:
                var writer = JSONWriter()
                writer.object(
                    ("dropped", dropped), ("error", error.message), ("mediaType", document.mediaType.rawValue),
                    ("path", document.path), ("sha256", document.sha256))
                writer.newline()
                return writer.bytes
            }
        }
    }

    /// The report as UTF-8 text (JSON: one line, with its newline).
    public func rendered(as format: Format) -> [UInt8] {
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
            var writer = JSONWriter()
            write(to: &writer)
            writer.newline()
            return writer.bytes
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

    /// The blocks of a clean text as `clean --format json` writes them: each block's kind,
    /// heading level, text, scalar offsets, raw byte range and, for HTML, XPath and line.
    struct JSONBlocks: JSONWritable {
        let clean: CleanText

        func write(to writer: inout JSONWriter) {
            writer.beginArray()
            for block in clean.blocks {
                let kind: String
                switch block.kind {
                case .heading: kind = "heading"
                case .paragraph: kind = "paragraph"
                case .listItem: kind = "listItem"
                case .tableRow: kind = "tableRow"
                }
                let scalars = clean.scalarRange(block.range)
                let raw = clean.offsetMap.rawRange(for: block.range)
                writer.object(
                    ("end", scalars.upperBound.value), ("kind", kind), ("level", block.kind.headingLevel),
                    ("line", block.anchor?.line),
                    ("raw", EvidenceRecord.RawRange(byteStart: raw.lowerBound.value, byteEnd: raw.upperBound.value)),
                    ("start", scalars.lowerBound.value), ("text", clean.text(block.range)),
                    ("xpath", block.anchor?.xpath))
            }
            writer.endArray()
        }
    }
}

extension CleanReport: JSONWritable {
    /// Writes the report as `clean --format json` prints it: one object, keys sorted (the shape
    /// the type's documentation gives).
    public func write(to writer: inout JSONWriter) {
        writer.object(
            ("blocks", JSONBlocks(clean: clean)), ("dropped", dropped), ("mediaType", document.mediaType.rawValue),
            ("metadata", clean.metadata), ("path", document.path), ("sha256", document.sha256),
            ("text", clean.string))
    }
}

extension DroppedBlock: JSONWritable {
    /// Writes the block as `clean --show-dropped --format json` lists it: `{field?, line,
    /// reason, text, xpath}` (the field for a metadata block).
    public func write(to writer: inout JSONWriter) {
        var field: String?
        if case .metadata(let value) = reason { field = value.rawValue }
        writer.object(("field", field), ("line", line), ("reason", reason.name), ("text", text), ("xpath", xpath))
    }
}

extension DocumentMetadata: JSONWritable {
    /// Writes the metadata as a JSON object, keys sorted; absent fields are left out.
    public func write(to writer: inout JSONWriter) {
        writer.object(
            ("author", author), ("canonicalURL", canonicalURL), ("language", language), ("modified", modified),
            ("published", published), ("publisher", publisher), ("reviewed", reviewed), ("reviewer", reviewer),
            ("title", title))
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
        case .authorBio: return "author-bio"
        }
    }
}
