import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("HTML cleaning: encodings, offsets and hostile inputs")
struct HTMLHostileInputTests {
    @Test("entities, white space runs and inline markup map back to exact raw bytes")
    func offsetsThroughEntitiesAndWhitespace() throws {
        let html =
            "<html><body><article><p>Caf&eacute;   owners\n\t&amp; <b>osteo</b>arthritis&nbsp;&#8212; r&#xE9;sum&eacute;.</p></article></body></html>"
        let clean = try cleanHTML(Array(html.utf8))
        #expect(clean.string == "Café owners & osteoarthritis — résumé.")
        let raw = Array(html.utf8)
        let text = clean.string
        for word in ["Café", "owners", "&", "osteoarthritis", "—", "résumé"] {
            let range = try #require(text.range(of: word))
            let lower = CleanByteOffset(text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound))
            let upper = CleanByteOffset(text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound))
            let span = clean.offsetMap.rawRange(for: lower..<upper)
            #expect(HTMLText.decode(raw[span.lowerBound.value..<span.upperBound.value]) == word)
        }
        let osteo = try #require(text.range(of: "osteoarthritis"))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: osteo.lowerBound)
        let span = clean.offsetMap.rawRange(for: CleanByteOffset(start)..<CleanByteOffset(start + 14))
        #expect(
            String(decoding: raw[span.lowerBound.value..<span.upperBound.value], as: UTF8.self) == "osteo</b>arthritis")
    }

    @Test("CR LF line endings and a UTF-8 byte-order mark keep exact offsets")
    func crlfAndBOM() throws {
        let html = "\u{FEFF}<html><body><main><p>Trauma\r\n  and osteoarthritis\r\ncause it.</p></main></body></html>"
        let raw = Array(html.utf8)
        let clean = try cleanHTML(raw)
        #expect(clean.string == "Trauma and osteoarthritis cause it.")
        let span = clean.offsetMap.rawRange(for: CleanByteOffset(11)..<CleanByteOffset(25))
        #expect(String(decoding: raw[span.lowerBound.value..<span.upperBound.value], as: UTF8.self) == "osteoarthritis")
    }

    @Test(
        "legacy pages: declared ISO-8859-1 and undeclared windows-1252 read as windows-1252, offsets in the original bytes"
    )
    func legacyEncodings() throws {
        for declaration in ["<meta charset=\"iso-8859-1\">", ""] {
            var raw = Array("<html><head>\(declaration)</head><body><article><p>Caf".utf8)
            raw.append(0xE9)
            raw += Array(" owners say it".utf8)
            raw.append(0x92)
            raw += Array("s osteoarthritis.</p></article></body></html>".utf8)
            #expect(HTMLEncoding.detect(raw).width == .singleByte)
            let clean = try cleanHTML(raw)
            #expect(clean.string == "Café owners say it’s osteoarthritis.")
            let text = clean.string
            let osteo = try #require(text.range(of: "osteoarthritis"))
            let start = text.utf8.distance(from: text.utf8.startIndex, to: osteo.lowerBound)
            let span = clean.offsetMap.rawRange(for: CleanByteOffset(start)..<CleanByteOffset(start + 14))
            #expect(
                String(decoding: raw[span.lowerBound.value..<span.upperBound.value], as: UTF8.self) == "osteoarthritis")
            let whole = clean.offsetMap.rawRange(for: CleanByteOffset(0)..<CleanByteOffset(clean.utf8.count))
            #expect(
                HTMLText.decode(raw[whole.lowerBound.value..<whole.upperBound.value]).contains("Café owners say it’s"))
        }
    }

    @Test("broken markup: unclosed tags and stray end tags still give the text")
    func brokenMarkup() throws {
        let html =
            "</div></div><html><body></span><div class=content><p>Trauma causes it.<p>Rest treats it.<li>Physical therapy.</div></div></div><p>Unclosed <b>bold"
        let clean = try cleanHTML(Array(html.utf8))
        #expect(clean.string.contains("Trauma causes it."))
        #expect(clean.string.contains("Rest treats it."))
    }

    @Test("a NUL byte: rejected as binary near the start, survived further in")
    func nulBytes() throws {
        let early = Array("<html><body><p>Trauma\u{0}causes it.</p></body></html>".utf8)
        #expect(throws: MarrowError.self) {
            try Repository.processor.clean(SourceDocument(path: "nul.html", raw: early, mediaType: .html))
        }
        let padding = String(repeating: "<p>Osteoarthritis causes it, and trauma causes it too.</p>\n", count: 1_400)
        let late = Array("<html><body><article>\(padding)<p>After\u{0}the NUL.</p></article></body></html>".utf8)
        let clean = try Repository.processor.clean(SourceDocument(path: "nul.html", raw: late, mediaType: .html))
        #expect(clean.string.contains("Osteoarthritis causes it"))
    }

    @Test("an <!ENTITY> bomb is not expanded")
    func entityBomb() throws {
        var doctype = "<!DOCTYPE html [\n<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">\n"
        for level in 1...9 {
            doctype += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let html = doctype + "<html><body><article><p>Trauma causes it. &a9;</p></article></body></html>"
        let clean = try cleanHTML(Array(html.utf8))
        #expect(clean.string.contains("Trauma causes it. &a9;"))
        #expect(clean.utf8.count < 10_000)
    }

    @Test("an external entity pointing at a local file is never read")
    func externalEntity() throws {
        let secret = NSTemporaryDirectory() + "marrow-secret-\(UUID().uuidString).txt"
        try "TOP-SECRET-CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let html = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(secret)"><!ENTITY % pe SYSTEM "file://\(secret)"> %pe;]>
            <html><body><article><p>Trauma causes it: &xxe; here.</p><iframe src="file://\(secret)"></iframe></article></body></html>
            """
        let clean = try cleanHTML(Array(html.utf8))
        #expect(!clean.string.contains("TOP-SECRET"))
        #expect(clean.string.contains("Trauma causes it"))
    }

    @Test("pages over the size limit are refused with a clear error")
    func tooLarge() throws {
        let raw = [UInt8](repeating: UInt8(ascii: "a"), count: HTMLParser.maximumSize + 1)
        #expect {
            try cleanHTML(raw)
        } throws: { error in
            (error as? MarrowError)?.code == .tooLarge
        }
    }

    @Test("concurrent cleaning gives the same result as serial cleaning")
    func concurrentParsing() async throws {
        let name = try #require(HTMLFixtures.all.first)
        let document = try HTMLFixtures.document(name)
        let cleaner = HTMLCleaner(cues: Repository.lexicon.cleaning)
        let expected = try cleaner.clean(document).utf8
        let outputs = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<32 { group.addTask { try cleaner.clean(document).utf8 } }
            var all: [[UInt8]] = []
            for try await output in group { all.append(output) }
            return all
        }
        #expect(outputs.allSatisfy { $0 == expected })
    }

    @Test("our XPaths survive odd element names")
    func oddElementNames() throws {
        let html =
            "<html><body><ody:.><p>Trauma causes it.</p></ody:.><div><p>One.</p><p>Rest treats it well.</p></div></body></html>"
        let raw = Array(html.utf8)
        let clean = try cleanHTML(raw)
        let tree = try HTMLParser.parse(raw, encoding: .utf8)
        for block in clean.blocks {
            let xpath = try #require(block.anchor?.xpath)
            let element = try #require(tree.resolve(xpath: xpath), "\(xpath)")
            #expect(
                CueText.fold(tree.readableText(element)).contains(CueText.fold(clean.text(block.range))), "\(xpath)")
        }
    }
}
