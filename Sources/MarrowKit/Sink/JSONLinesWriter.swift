import Foundation

/// Encodes evidence records as JSON Lines: one object a line, keys sorted, so the same records
/// always give the same bytes.
public struct JSONLinesEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// One line (with its newline) for `value`.
    public func line(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
