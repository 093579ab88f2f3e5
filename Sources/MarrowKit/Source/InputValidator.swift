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
        let encoding = TextEncoding.sniff(raw)
        if encoding.isUTF16 {
            // The HTML cleaner's raw anchors assume bytes it can align one to one; for UTF-16 they
            // come out empty, so such a page is refused rather than given broken provenance.
            if mediaType == .html {
                throw MarrowError(
                    .invalidEncoding,
                    "UTF-16 HTML (\(encoding.rawValue)) is not supported yet; convert the page to UTF-8",
                    at: SourceLocation(path: path))
            }
            try validateUTF16(raw, encoding: encoding, path: path)
            return
        }
        try checkContent(raw, path: path, locate: { location(path, raw, $0) })
        if mediaType == .text, let bad = firstInvalidUTF8(raw) {
            throw MarrowError(.invalidEncoding, "invalid UTF-8 at byte \(bad)", at: location(path, raw, bad))
        }
    }

    /// Checks a UTF-16 document: well-formed code units, then the same content checks as UTF-8,
    /// on its transcoding, with locations in the raw file.
    static func validateUTF16(_ raw: [UInt8], encoding: TextEncoding, path: String) throws {
        switch TranscodedText.decode(raw, encoding: encoding, strict: true) {
        case .failure(.oddLength):
            throw MarrowError(
                .invalidEncoding, "\(encoding.rawValue) file ends in the middle of a code unit (odd length)",
                at: SourceLocation(path: path))
        case .failure(.unpairedSurrogate(let at)):
            throw MarrowError(
                .invalidEncoding, "unpaired UTF-16 surrogate at byte \(at)",
                at: SourceLocation(path: path, byte: RawByteOffset(at)))
        case .success(let text):
            try checkContent(
                text.utf8, path: path,
                locate: { offset in
                    let line = text.utf8[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                    return SourceLocation(path: path, line: line, byte: RawByteOffset(text.map.rawOffset(offset)))
                })
        }
    }

    /// Rejects text that is empty, only white space, or binary-looking (a NUL, or more than one
    /// control character in twenty in the first 64 KiB).
    static func checkContent(_ text: [UInt8], path: String, locate: (Int) -> SourceLocation) throws {
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw MarrowError(
                .emptyInput, text.isEmpty ? "file is empty" : "file holds only white space",
                at: SourceLocation(path: path))
        }
        if let nul = text.prefix(65_536).firstIndex(of: 0) {
            let location = locate(nul)
            throw MarrowError(
                .binaryInput,
                "file looks binary (NUL byte at offset \(location.byte?.value ?? nul)); expected text or HTML",
                at: location)
        }
        var controls = 0
        let sample = text.prefix(65_536)
        for byte in sample where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C {
            controls += 1
        }
        if controls * 20 > sample.count {
            throw MarrowError(
                .binaryInput,
                "file looks binary (\(controls) control bytes in the first \(sample.count)); expected text or HTML",
                at: SourceLocation(path: path))
        }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when `raw` is valid UTF-8.
    public static func firstInvalidUTF8(_ raw: [UInt8]) -> Int? {
        raw.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0) }
    }

    static func location(_ path: String, _ raw: [UInt8], _ byte: Int) -> SourceLocation {
        let line = raw[..<byte].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return SourceLocation(path: path, line: line, byte: RawByteOffset(byte))
    }
}
