import Foundation

/// Encodes evidence records as JSON Lines: one object a line, keys sorted, so the same records
/// always give the same bytes.
///
/// Records go through the hand-written ``JSONWriter`` (``EvidenceRecord/write(to:)``); any other
/// `Encodable` value through Foundation's encoder with the same settings.
public struct JSONLinesEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// One line (with its newline) for a record.
    public func line(_ record: EvidenceRecord) -> Data {
        var writer = JSONWriter(capacity: 2048)
        write([record], to: &writer)
        return Data(writer.bytes)
    }

    /// The lines for `records`, in order, in one buffer.
    public func lines(_ records: [EvidenceRecord]) -> Data {
        var writer = JSONWriter(capacity: records.count * 1536)
        write(records, to: &writer)
        return Data(writer.bytes)
    }

    /// Appends the lines for `records` to `writer`'s buffer.
    public func write(_ records: [EvidenceRecord], to writer: inout JSONWriter) {
        for record in records {
            record.write(to: &writer)
            writer.newline()
        }
    }

    /// One line (with its newline) for any `Encodable` value, through Foundation's encoder.
    public func line(_ value: some Encodable) throws -> Data {
        try PrettyJSON.line(value)
    }
}
