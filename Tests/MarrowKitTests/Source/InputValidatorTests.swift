import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// `InputValidator` and `MediaTypeSniffer`: what is refused before cleaning, with which code and
/// where, and how a document is recognised as HTML or text.
@Suite("Input validation and media-type sniffing")
struct InputValidatorTests {
    func error(_ bytes: [UInt8], _ mediaType: MediaType = .text) -> MarrowError? {
        do {
            try InputValidator.validate(bytes, mediaType: mediaType, path: "in.txt")
            return nil
        } catch let error as MarrowError {
            return error
        } catch {
            Issue.record("not a MarrowError: \(error)")
            return nil
        }
    }

    @Test("empty and white-space-only files are empty input; a NUL or many control bytes are binary")
    func emptyAndBinary() {
        #expect(error([])?.code == .emptyInput)
        #expect(error(Array(" \n\t\r\n".utf8))?.code == .emptyInput)
        let nul = error(Array("line one\nline two\0".utf8))
        #expect(nul?.code == .binaryInput)
        #expect(nul?.location?.line == 2 && nul?.location?.byte?.value == 17)
        #expect(error(Array(repeating: 0x01, count: 10) + Array("some text".utf8))?.code == .binaryInput)
        // A form feed and the odd control byte in a long text are not binary.
        #expect(error(Array("page one\u{0C}page two, with one \u{07} bell in a longer line of text".utf8)) == nil)
    }

    @Test("invalid UTF-8 in text names its byte and line; HTML may carry a legacy encoding")
    func invalidUTF8() {
        let bytes = Array("first line\nsecond ".utf8) + [0xC3, 0x28] + Array(" line\n".utf8)
        let found = error(bytes)
        #expect(found?.code == .invalidEncoding)
        #expect(found?.location?.line == 2 && found?.location?.byte?.value == 18)
        #expect(error(bytes, .html) == nil)
    }

    @Test("the first invalid UTF-8 byte is found wherever it is, and valid text has none")
    func firstInvalid() async {
        await propertyCheck(
            count: PropertyRuns.scaled(200), input: Gen.int(in: 0...0x10FFFF).array(of: 0...60), Gen.int(in: 0...60)
        ) {
            (codes: [Int], cut: Int) in
            var text = ""
            text.unicodeScalars.append(contentsOf: codes.compactMap { Unicode.Scalar(UInt32($0)) })
            let valid = Array(text.utf8)
            #expect(InputValidator.firstInvalidUTF8(valid) == nil)
            // A lone continuation byte at a scalar boundary is the first invalid byte.
            let at = min(cut, valid.count)
            var boundary = at
            while boundary > 0, boundary < valid.count, valid[boundary] & 0xC0 == 0x80 { boundary -= 1 }
            let broken = Array(valid[..<boundary]) + [0x80] + Array(valid[boundary...])
            #expect(InputValidator.firstInvalidUTF8(broken) == boundary)
        }
    }

    @Test(
        "UTF-16 text with a byte-order mark is accepted; an odd length or a lone surrogate is refused; UTF-16 HTML is refused by name"
    )
    func utf16() {
        func utf16(_ text: String) -> [UInt8] {
            [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        #expect(error(utf16("Grass pollen causes hay fever.\n")) == nil)
        #expect(error(utf16("Grass pollen.") + [0x41])?.code == .invalidEncoding)
        #expect(error([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])?.code == .invalidEncoding)
        #expect(error(utf16("<html><body><p>x</p></body></html>"), .html)?.message.contains("UTF-16 HTML") == true)
    }

    @Test(
        "HTML is recognised by markup near the start, whatever the name; a .html name needs some markup",
        arguments: [
            ("<!DOCTYPE html><p>x", "a.txt", MediaType.html), ("  <HTML><BODY>x", "a", .html),
            ("<div class=a>x</div>", "notes.md", .html),
            ("Plain text about hay fever.", "a.html", .text), ("Text with a <b>tag</b>.", "a.htm", .html),
            ("Plain text.", "a.txt", .text),
            ("Use x < y and p > q.", "a.txt", .text),
        ])
    func sniffing(_ sample: (String, String, MediaType)) {
        #expect(MediaTypeSniffer.sniff(Array(sample.0.utf8), path: sample.1) == sample.2)
    }
}
