import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Text encodings: UTF-16 with a byte-order mark, UTF-8 with and without one")
struct TextEncodingTests {
    /// An article with a non-BMP scalar, accents and curly quotes before and inside its claims.
    static let article =
        "Article 3 \u{1F9B4}\n\nWhat causes bone marrow edema?\n\nBone marrow edema is caused by fracture. It can also result from rheumatoid arthritis \u{2014} the caf\u{E9}\u{2019}s doctor says.\n\nTreatment\n\nBone marrow edema is treated with core decompression. Doctor number 3 says fracture does not cause it in children.\n"

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    func processed(_ raw: [UInt8]) throws -> DocumentResult {
        try Repository.processor.process(SourceDocument(path: "a.txt", raw: raw))
    }

    /// The provenance contract, read through the document's own encoding.
    func expectProvenance(_ result: DocumentResult) {
        let raw = result.document.raw
        let decoder = RawTextDecoder(mediaType: result.document.mediaType, encoding: result.document.encoding)
        for record in result.records {
            #expect(
                decoder.decode(raw[record.raw.byteStart..<record.raw.byteEnd]) == record.mention.text, "\(record.raw)")
            #expect(
                WhitespaceFolding.fold(decoder.decode(raw[record.passage.raw.byteStart..<record.passage.raw.byteEnd]))
                    == WhitespaceFolding.fold(record.passage.text))
        }
    }

    /// What must not depend on the encoding: claims, roles, assertions, texts and clean offsets.
    func meaning(_ result: DocumentResult) -> [String] {
        result.records.map {
            "\($0.claim.subject) \($0.claim.predicate) \($0.assertion) \($0.mention.text) \($0.mention.start) \($0.passage.text)"
        }
    }

    @Test(
        "UTF-16 with a byte-order mark, either byte order, is read: the same claims as UTF-8, raw ranges in the file's own bytes",
        arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        let raw = TextEncodingTests.utf16(TextEncodingTests.article, littleEndian: littleEndian)
        #expect(TextEncoding.sniff(raw) == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        let result = try processed(raw)
        let reference = try processed(Array(TextEncodingTests.article.utf8))
        #expect(!result.records.isEmpty)
        #expect(meaning(result) == meaning(reference))
        expectProvenance(result)
        for record in result.records {
            #expect(record.raw.byteStart % 2 == 0 && record.raw.byteEnd % 2 == 0, "ranges fall on code units")
            #expect(record.source.sha256 == SourceDocument.digest(raw))
        }
    }

    @Test("UTF-8 with a byte-order mark: the same records as without it, every raw range three bytes on")
    func utf8WithByteOrderMark() throws {
        let plain = try processed(Array(TextEncodingTests.article.utf8))
        let marked = try processed([0xEF, 0xBB, 0xBF] + Array(TextEncodingTests.article.utf8))
        #expect(meaning(marked) == meaning(plain))
        #expect(marked.records.map(\.raw.byteStart) == plain.records.map { $0.raw.byteStart + 3 })
        #expect(marked.records.map(\.passage.raw.byteEnd) == plain.records.map { $0.passage.raw.byteEnd + 3 })
        #expect(marked.clean.metadata.title == plain.clean.metadata.title)
        expectProvenance(marked)
    }

    @Test("ill-formed UTF-16 is rejected with the byte where it goes wrong; UTF-32 stays binary")
    func illFormed() throws {
        var unpaired = TextEncodingTests.utf16("Bone marrow edema is caused by gout.", littleEndian: true)
        unpaired += [0x00, 0xD8, 0x41, 0x00] // a high surrogate followed by "A"
        func rejection(_ raw: [UInt8]) throws -> MarrowError {
            try #require(throws: MarrowError.self) {
                try Repository.processor.clean(SourceDocument(path: "x.txt", raw: raw))
            }
        }
        let surrogate = try rejection(unpaired)
        #expect(surrogate.code == .invalidEncoding)
        #expect(surrogate.location?.byte == RawByteOffset(unpaired.count - 4))
        let odd = TextEncodingTests.utf16("Bone marrow edema is caused by gout.", littleEndian: false) + [0x41]
        #expect(try rejection(odd).code == .invalidEncoding)
        let utf32: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]
        #expect(TextEncoding.sniff(utf32) == .utf8)
        #expect(try rejection(utf32).code == .binaryInput)
        #expect(try rejection(TextEncodingTests.utf16(" \n\t\n", littleEndian: true)).code == .emptyInput)
        let withNUL = TextEncodingTests.utf16("Bone marrow edema\u{0} is caused by gout.", littleEndian: true)
        let nul = try rejection(withNUL)
        #expect(nul.code == .binaryInput)
        #expect(nul.location?.byte == RawByteOffset(2 + 2 * 17), "the NUL's offset in the file, not in the transcoding")
    }

    @Test(
        "a UTF-16 page is sniffed as HTML from its markup, and refused by name (its raw anchors could not be kept), not as binary"
    )
    func utf16HTMLIsSniffedAndRefused() throws {
        let raw = TextEncodingTests.utf16(
            "<!DOCTYPE html><html><body><p>Bone marrow edema is caused by gout.</p></body></html>", littleEndian: true)
        #expect(MediaTypeSniffer.sniff(raw, path: "page") == .html)
        let error = try #require(throws: MarrowError.self) {
            try Repository.processor.clean(SourceDocument(path: "page.html", raw: raw))
        }
        #expect(error.code == .invalidEncoding)
        #expect(error.message.contains("UTF-16 HTML"))
    }

    @Test("the transcoding map gives every scalar boundary's raw offset")
    func transcodingMap() async {
        let widths: [Unicode.Scalar] = ["a", "\n", "\u{E9}", "\u{2014}", "\u{FEFF}", "\u{1F600}"]
        await propertyCheck(
            count: PropertyRuns.scaled(200), input: Gen.int(in: 0...(widths.count - 1)).array(of: 0...700), Gen.bool
        ) {
            (choices: [Int], little: Bool) in
            var text = ""
            text.unicodeScalars.append(contentsOf: choices.map { widths[$0] })
            let raw = TextEncodingTests.utf16(text, littleEndian: little)
            guard
                case .success(let transcoded) = TranscodedText.decode(
                    raw, encoding: TextEncoding.sniff(raw), strict: true)
            else {
                Issue.record("well-formed UTF-16 was refused")
                return
            }
            #expect(transcoded.utf8 == Array(text.utf8))
            var utf8 = 0
            var units = 0
            for scalar in text.unicodeScalars {
                #expect(transcoded.map.rawOffset(utf8) == 2 + 2 * units)
                utf8 += String(scalar).utf8.count
                units += String(scalar).utf16.count
            }
            #expect(transcoded.map.rawOffset(utf8) == raw.count)
        }
    }
}
