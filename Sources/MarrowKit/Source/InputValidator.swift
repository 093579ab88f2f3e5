/// Rejects inputs the pipeline cannot read faithfully, with a reason a person understands.
public enum InputValidator {
    /// Checks that `raw` is non-empty, not binary and decodable.
    ///
    /// - Parameters:
    ///   - raw: the document's bytes.
    ///   - mediaType: HTML may declare a legacy encoding, so invalid UTF-8 is accepted there.
    ///   - path: used in the error's location.
    /// - Throws: ``MarrowError`` with code `emptyInput`, `binaryInput` or `invalidEncoding`.
    public static func validate(_ raw: [UInt8], mediaType: MediaType, path: String) throws {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw MarrowError(.emptyInput, raw.isEmpty ? "file is empty" : "file holds only white space", at: SourceLocation(path: path))
        }
        if let nul = raw.prefix(65_536).firstIndex(of: 0) {
            throw MarrowError(.binaryInput, "file looks binary (NUL byte at offset \(nul)); expected text or HTML", at: location(path, raw, nul))
        }
        var controls = 0
        let sample = raw.prefix(65_536)
        for byte in sample where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C {
            controls += 1
        }
        if controls * 20 > sample.count {
            throw MarrowError(.binaryInput, "file looks binary (\(controls) control bytes in the first \(sample.count)); expected text or HTML", at: SourceLocation(path: path))
        }
        if mediaType == .text, let bad = firstInvalidUTF8(raw) {
            throw MarrowError(.invalidEncoding, "invalid UTF-8 at byte \(bad)", at: location(path, raw, bad))
        }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when `raw` is valid UTF-8.
    public static func firstInvalidUTF8(_ raw: [UInt8]) -> Int? {
        var index = 0
        let count = raw.count
        while index < count {
            let lead = raw[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > count { return index }
            for k in 1..<length where raw[index + k] & 0xC0 != 0x80 { return index }
            let second = raw[index + 1]
            if lead == 0xE0 && second < 0xA0 { return index }
            if lead == 0xED && second > 0x9F { return index }
            if lead == 0xF0 && second < 0x90 { return index }
            if lead == 0xF4 && second > 0x8F { return index }
            index += length
        }
        return nil
    }

    static func location(_ path: String, _ raw: [UInt8], _ byte: Int) -> SourceLocation {
        let line = raw[..<byte].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return SourceLocation(path: path, line: line, byte: RawByteOffset(byte))
    }
}
