import Foundation

/// One input to read: a file on disk, or a document already in memory (from a JSON-lines stream).
public enum SourceReference: Sendable {
    /// A file, with what the folder's manifest says about it.
    case file(path: String, origin: SourceOrigin)
    /// A document that arrived inline.
    case inline(SourceDocument)

    /// The path the user knows this input by.
    public var path: String {
        switch self {
        case .file(let path, _): return path
        case .inline(let document): return document.path
        }
    }

    /// Reads the bytes (for files) and returns the document.
    ///
    /// - Throws: ``MarrowError`` with code `unreadable` or `notFound`.
    public func load() throws -> SourceDocument {
        switch self {
        case .inline(let document):
            return document
        case .file(let path, let origin):
            guard let data = FileManager.default.contents(atPath: path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw MarrowError(
                    exists ? .unreadable : .notFound, exists ? "cannot read file" : "no such file",
                    at: SourceLocation(path: path))
            }
            return SourceDocument(path: path, raw: [UInt8](data), origin: origin)
        }
    }
}

/// Expands the paths a user names into the documents to read, in a stable order.
///
/// Folders are walked recursively and sorted by path, so the same tree always yields the same
/// order. Hidden files and the manifest itself are skipped. A `manifest.jsonl` in a folder gives
/// the origin (URL, publisher, title) of the files it lists.
public struct SourceReader: Sendable {
    /// The manifest's file name inside a corpus folder.
    public static let manifestName = "manifest.jsonl"

    /// Creates a reader.
    public init() {}

    /// Expands `paths` into references, reporting paths that do not exist as failures.
    ///
    /// - Returns: references in order, and the errors for names that could not be expanded.
    public func references(for paths: [String]) -> (references: [SourceReference], failures: [MarrowError]) {
        var references: [SourceReference] = []
        var failures: [MarrowError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(MarrowError(.notFound, "no such file or folder", at: SourceLocation(path: path)))
                continue
            }
            if isDirectory.boolValue {
                do {
                    let manifest = try Manifest.load(folder: path)
                    for file in try files(under: path) {
                        let relative = String(file.dropFirst(path.count).drop(while: { $0 == "/" }))
                        references.append(.file(path: file, origin: manifest.origin(for: relative)))
                    }
                } catch let error as MarrowError {
                    failures.append(error)
                } catch {
                    failures.append(MarrowError(.unreadable, "\(error)", at: SourceLocation(path: path)))
                }
            } else {
                let folder = (path as NSString).deletingLastPathComponent
                let manifest = (try? Manifest.load(folder: folder.isEmpty ? "." : folder)) ?? Manifest()
                references.append(.file(path: path, origin: manifest.origin(for: (path as NSString).lastPathComponent)))
            }
        }
        return (references, failures)
    }

    /// Every readable file under `folder`, recursively, sorted by path.
    func files(under folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw MarrowError(.unreadable, "cannot list folder", at: SourceLocation(path: folder))
        }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name == SourceReader.manifestName || name == "README.md" { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(full)
            }
        }
        return result.sorted()
    }

    /// Reads a JSON-lines stream of documents already in memory, as ``DocumentStream`` reads one
    /// as it arrives (see ``DocumentLineDecoder`` for the line format).
    ///
    /// - Parameters:
    ///   - data: the whole stream.
    ///   - label: how to name the stream in errors (`-` for standard input).
    public func references(fromJSONLines data: Data, label: String) -> (
        references: [SourceReference], failures: [MarrowError]
    ) {
        var references: [SourceReference] = []
        var failures: [MarrowError] = []
        var stream = DocumentStream(LineReader(MemorySource([UInt8](data))), decoder: DocumentLineDecoder(label: label))
        while let item = stream.next() {
            switch item {
            case .success(let reference): references.append(reference)
            case .failure(let error): failures.append(error)
            }
        }
        return (references, failures)
    }
}

/// A corpus folder's `manifest.jsonl`: one object per line with `path` (relative to the folder),
/// and optional `url`, `publisher`, `title`.
public struct Manifest: Sendable {
    /// One manifest line.
    public struct Entry: Codable, Sendable {
        public var path: String
        public var url: String?
        public var publisher: String?
        public var title: String?
    }

    /// Entries by relative path.
    public var entries: [String: Entry] = [:]

    /// An empty manifest.
    public init() {}

    /// Loads `folder/manifest.jsonl`, or an empty manifest when the folder has none.
    ///
    /// - Throws: ``MarrowError`` with the manifest's path and line when a line is malformed.
    public static func load(folder: String) throws -> Manifest {
        let path = folder + "/" + SourceReader.manifestName
        guard let data = FileManager.default.contents(atPath: path) else { return Manifest() }
        return try parse(data, label: path)
    }

    /// Loads a manifest file named by the user (`extract --manifest FILE`).
    ///
    /// - Throws: ``MarrowError`` when the file is missing or unreadable, or a line is malformed.
    public static func load(file path: String) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw MarrowError(
                exists ? .unreadable : .notFound, exists ? "cannot read manifest" : "no such manifest",
                at: SourceLocation(path: path))
        }
        return try parse(data, label: path)
    }

    static func parse(_ data: Data, label: String) throws -> Manifest {
        var manifest = Manifest()
        try JSONLines.forEachLine(in: data, label: label, skippingComments: true) { line, location in
            guard let entry = try? JSONDecoder().decode(Entry.self, from: line) else {
                throw MarrowError(.malformedInput, "manifest line is not a JSON object with a \"path\"", at: location)
            }
            manifest.entries[entry.path] = entry
        }
        return manifest
    }

    /// The origin recorded for `relativePath`, or an empty origin.
    public func origin(for relativePath: String) -> SourceOrigin {
        guard let entry = entries[relativePath] else { return SourceOrigin() }
        return SourceOrigin(url: entry.url, publisher: entry.publisher, title: entry.title)
    }
}
