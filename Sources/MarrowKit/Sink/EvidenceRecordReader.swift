import Foundation

/// Reads evidence records from JSON Lines, as `marrow extract` writes them, and refuses lines that
/// are not consistent records (``RecordValidator``), each with its file and line.
public struct EvidenceRecordReader {
    let validator = RecordValidator()
    let decoder = JSONDecoder()
    /// Per source id: the size of its file as found (`nil` when there is none).
    var statSizes: [String: Int?] = [:]
    /// Per source id: the size of its bytes when known (the file is here with the recorded digest).
    var knownSizes: [String: Int?] = [:]
    /// What the fast parser remembers from the previous line.
    var memo = RecordJSONParser.Memo()

    /// Creates a reader.
    public init() {}

    /// Decodes every evidence line of `data`; blank lines and lines of other `type`s are skipped.
    ///
    /// - Parameters:
    ///   - data: the JSON Lines bytes.
    ///   - label: the file name to put in errors.
    /// - Returns: the records, and one error per line that is not a consistent record of a schema
    ///   this build knows.
    public static func read(_ data: Data, label: String) -> (records: [EvidenceRecord], failures: [MarrowError]) {
        var reader = EvidenceRecordReader()
        var records: [EvidenceRecord] = []
        var failures: [MarrowError] = []
        reader.forEachRecord(in: data, label: label, failure: { failures.append($0) }) { records.append($0) }
        return (records, failures)
    }

    /// Calls `body` with each consistent record of `data` in order, and `failure` with an error for
    /// each line that is not one.
    public mutating func forEachRecord(
        in data: Data, label: String, failure: (MarrowError) -> Void, _ body: (consuming EvidenceRecord) throws -> Void
    ) rethrows {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                try take(line, location: SourceLocation(path: label, line: lineNumber), failure: failure, body)
            }
        }
    }

    struct Header: Decodable {
        var schema: Int?
        var type: String?
    }

    /// Decodes, checks and hands on one line.
    mutating func take(
        _ line: UnsafeBufferPointer<UInt8>, location: SourceLocation, failure: (MarrowError) -> Void,
        _ body: (consuming EvidenceRecord) throws -> Void
    ) rethrows {
        var record: EvidenceRecord
        if let fast = RecordJSONParser.record(line, memo: &memo), fast.schema <= EvidenceRecord.schemaVersion {
            record = fast
        } else {
            let data = Data(buffer: line)
            do {
                record = try decoder.decode(EvidenceRecord.self, from: data)
                if record.schema > EvidenceRecord.schemaVersion {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "newer schema"))
                }
            } catch {
                // Only a line that is not a record of this schema pays for a second look.
                let header = try? decoder.decode(Header.self, from: data)
                if let header, header.type != nil && header.type != "evidence" { return }
                if let schema = header?.schema, schema > EvidenceRecord.schemaVersion {
                    failure(
                        MarrowError(
                            .malformedInput,
                            "record schema \(schema) is newer than this build's (\(EvidenceRecord.schemaVersion)); upgrade marrow",
                            at: location))
                } else {
                    failure(
                        MarrowError(
                            .malformedInput, "not an evidence record: \(EvidenceRecordReader.describe(error))",
                            at: location))
                }
                return
            }
        }
        guard record.type == "evidence" else { return }
        if let problem = validator.problem(
            record, sizeIfShorter: { source, end in self.size(of: source, shorterThan: end) })
        {
            failure(MarrowError(.malformedInput, "inconsistent evidence record: \(problem.message)", at: location))
            return
        }
        try body(record)
    }

    /// The source's size when its file is here, shorter than `end`, and holds the recorded bytes.
    mutating func size(of source: EvidenceRecord.Source, shorterThan end: Int) -> Int? {
        let found: Int?
        if let cached = statSizes[source.id] {
            found = cached
        } else {
            // stat(2) itself: Foundation's attributes cost about 50 µs a source, 1.5% of a load.
            var info = stat()
            found = stat(source.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
            statSizes[source.id] = found
        }
        guard let found, found < end else { return nil }
        if let known = knownSizes[source.id] { return known }
        let known = RecordValidator.fileSize(source)
        knownSizes[source.id] = known
        return known
    }

    /// A decoding error in a sentence: which field, and what was wrong with it.
    static func describe(_ error: Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            let parent = path(context)
            return "missing field '\(parent.isEmpty ? "" : parent + ".")\(key.stringValue)'"
        case DecodingError.typeMismatch(let type, let context): return "field '\(path(context))' is not \(type)"
        case DecodingError.valueNotFound(let type, let context):
            return "field '\(path(context))' is null, expected \(type)"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "field '\(path(context))': \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}
