import Foundation

/// Turns one line of a JSON-lines document stream (`marrow extract -`) into the document a file
/// with the same bytes, name and manifest entry would have given.
///
/// Each line is one JSON object:
/// - `path`: the name recorded for the document, exactly as given (a relative path, a URL, a
///   bucket key). Defaults to `url`, else to `LABEL:LINE`.
/// - the content, exactly one of: `bytes`, the raw bytes in base64 (any encoding keeps its byte
///   offsets); `text`, a JSON string whose UTF-8 is the raw bytes; or `html`, a JSON string that
///   is always read as HTML. `bytes` and `text` are sniffed for HTML by content and name, as
///   files are.
/// - `manifest`: an object with `url`, `publisher` and `title`, as a line of a folder's
///   `manifest.jsonl` gives them. Without it, the entry for the path in the stream's manifest file
///   (`extract --manifest FILE`) is used.
/// - `url`, `publisher`, `title` at the top level override the manifest's fields one by one.
public struct DocumentLineDecoder: Sendable {
    /// How the stream is named in errors (`-` for standard input).
    public let label: String
    /// The manifest for documents whose line has no `manifest` object.
    public let manifest: Manifest
    /// The folder the manifest's relative paths start from (`""` for the current folder).
    public let manifestFolder: String

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - label: the stream's name in errors.
    ///   - manifest: origins for paths, keyed as in a folder's `manifest.jsonl`.
    ///   - manifestFolder: the manifest's folder: a stream path `folder/name` finds the entry
    ///     `name`, as reading the folder itself would.
    public init(label: String = "-", manifest: Manifest = Manifest(), manifestFolder: String = "") {
        self.label = label
        self.manifest = manifest
        self.manifestFolder = manifestFolder
    }

    /// Creates a decoder whose manifest is read from `manifestFile`.
    ///
    /// - Throws: ``MarrowError`` when the manifest is missing or malformed.
    public init(label: String = "-", manifestFile: String) throws {
        let folder = (manifestFile as NSString).deletingLastPathComponent
        self.init(label: label, manifest: try Manifest.load(file: manifestFile), manifestFolder: folder)
    }

    /// Decodes one line (without its newline) found at line `number`.
    ///
    /// - Throws: ``MarrowError`` `malformedInput` naming `label:number` when the line is not a
    ///   document object.
    public func document(from line: some Collection<UInt8>, number: Int) throws -> SourceDocument {
        let location = SourceLocation(path: label, line: number)
        let item: Line
        do {
            item = try JSONDecoder().decode(Line.self, from: Data(line))
        } catch let error as DecodingError {
            throw MarrowError(.malformedInput, DocumentLineDecoder.reason(error), at: location)
        }
        let name = item.path ?? item.url ?? "\(label):\(number)"
        let raw: [UInt8]
        var mediaType: MediaType?
        switch (item.bytes, item.text, item.html) {
        case (let bytes?, nil, nil):
            guard let data = Data(base64Encoded: bytes) else {
                throw MarrowError(.malformedInput, "\"bytes\" is not base64", at: location)
            }
            raw = [UInt8](data)
        case (nil, let text?, nil):
            raw = Array(text.utf8)
        case (nil, nil, let html?):
            raw = Array(html.utf8)
            mediaType = .html
        case (nil, nil, nil):
            throw MarrowError(.malformedInput, "object has none of \"bytes\", \"text\" and \"html\"", at: location)
        default:
            throw MarrowError(
                .malformedInput, "object has more than one of \"bytes\", \"text\" and \"html\"", at: location)
        }
        var origin =
            item.manifest.map { SourceOrigin(url: $0.url, publisher: $0.publisher, title: $0.title) }
            ?? origin(for: name)
        if let url = item.url { origin.url = url }
        if let publisher = item.publisher { origin.publisher = publisher }
        if let title = item.title { origin.title = title }
        return SourceDocument(path: name, raw: raw, mediaType: mediaType, origin: origin)
    }

    /// The manifest's origin for a stream path: the entry of that name, else, for a path inside
    /// the manifest's folder, the entry of its path relative to that folder.
    func origin(for path: String) -> SourceOrigin {
        if manifest.entries[path] != nil || manifestFolder.isEmpty { return manifest.origin(for: path) }
        let prefix = manifestFolder.hasSuffix("/") ? manifestFolder : manifestFolder + "/"
        guard path.hasPrefix(prefix) else { return SourceOrigin() }
        return manifest.origin(for: String(path.dropFirst(prefix.count)))
    }

    /// A sentence for a line that did not decode, from the decoder's typed error.
    static func reason(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard let key = context.codingPath.first?.stringValue else { return "not a JSON object" }
            return context.codingPath.count == 1 && key != "manifest"
                ? "\"\(key)\" is not a string"
                : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON"
                : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" is not valid JSON"
        case .keyNotFound(let key, _):
            return "missing \"\(key.stringValue)\""
        @unknown default:
            return "not a JSON document object"
        }
    }

    /// The fields a stream line may carry; any others are ignored.
    struct Line: Decodable {
        var path: String?
        var url: String?
        var bytes: String?
        var text: String?
        var html: String?
        var publisher: String?
        var title: String?
        var manifest: ManifestFields?
    }

    /// A line's `manifest` object.
    struct ManifestFields: Decodable {
        var url: String?
        var publisher: String?
        var title: String?
    }
}

/// The documents of a JSON-lines stream, decoded one line at a time as the bytes arrive: only the
/// line being read is held, so memory stays bounded by the largest document however long the
/// stream. A bad line is a failure at `LABEL:LINE` and the stream goes on; an unreadable input
/// ends it after one failure.
public struct DocumentStream: IteratorProtocol {
    var lines: LineReader
    /// How each line becomes a document.
    public let decoder: DocumentLineDecoder
    var ended = false

    /// Creates a stream of the documents in `lines`.
    public init(_ lines: LineReader, decoder: DocumentLineDecoder) {
        self.lines = lines
        self.decoder = decoder
    }

    /// The next document, or the error for the next bad line; nil at the end.
    public mutating func next() -> Result<SourceReference, MarrowError>? {
        guard !ended else { return nil }
        do {
            guard let (content, number) = try lines.next() else {
                ended = true
                return nil
            }
            return Result { .inline(try decoder.document(from: content, number: number)) }.mapError {
                $0 as? MarrowError
                    ?? MarrowError(.malformedInput, "\($0)", at: SourceLocation(path: decoder.label, line: number))
            }
        } catch {
            ended = true
            return .failure(
                error as? MarrowError ?? MarrowError(.unreadable, "\(error)", at: SourceLocation(path: decoder.label)))
        }
    }
}
