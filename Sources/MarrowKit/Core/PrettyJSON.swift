import Foundation

/// JSON through Foundation's encoder for the small, read-once answers (`--format json` of claims,
/// audit, explain, eval; annotations): keys sorted, slashes as they are, ending in a newline.
///
/// Records, the pipeline's main output, and `clean --format json` are written by ``JSONWriter``
/// instead.
public enum PrettyJSON {
    /// `value` as indented JSON with sorted keys and a final newline.
    ///
    /// - Throws: what `JSONEncoder` throws for a value it cannot encode.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }

    /// `value` as one line of JSON with sorted keys (no white space) and its newline.
    ///
    /// - Throws: what `JSONEncoder` throws for a value it cannot encode.
    public static func line(_ value: some Encodable) throws -> Data {
        try compact(value) + Data("\n".utf8)
    }

    /// `value` as JSON with sorted keys and no white space, without a newline.
    ///
    /// - Throws: what `JSONEncoder` throws for a value it cannot encode.
    public static func compact(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
