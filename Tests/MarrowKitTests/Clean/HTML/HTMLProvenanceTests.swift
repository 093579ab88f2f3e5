import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// Regression tests for HTML provenance (every block and record traced to its exact raw bytes)
/// at any page size and through every kind of text libxml2 rewrites.
@Suite("HTML provenance: exact raw spans at any size, through entities, encodings and odd bytes")
struct HTMLProvenanceTests {
    static let claim = "Bone marrow edema is caused by gout."

    /// A generated article page with `paragraphs` claim paragraphs and some chrome.
    static func page(paragraphs: Int, separator: String = "\n", extra: (Int) -> String = { _ in "" }) -> String {
        var html =
            "<!DOCTYPE html>\(separator)<html><head><title>Gout and marrow</title></head><body><nav><a href=/>Home</a> <a href=/a>About</a></nav>\(separator)<article><h1>Gout and marrow</h1>\(separator)"
        for k in 0..<paragraphs {
            html +=
                "<p>Paragraph \(k): \(claim) Doctors &amp; nurses <a href=\"/r/\(k)\">agree</a> \(extra(k))today.</p>\(separator)"
        }
        return html + "</article><footer>All rights reserved</footer></body></html>\(separator)"
    }

    @Test(
        "every paragraph of generated pages of many sizes keeps an exact raw span",
        arguments: [1, 50, 300, 1_000, 4_000])
    func generatedPagesOfManySizes(paragraphs: Int) throws {
        let html = Self.page(paragraphs: paragraphs)
        let result = try processHTML(html)
        #expect(result.clean.blocks.count == paragraphs + 1)
        #expect(blockFailures(result.clean, raw: result.document.raw).isEmpty)
        let gout = result.records.filter { $0.concept.id == "gout" }
        #expect(gout.count == paragraphs)
        #expect(gout.allSatisfy { $0.mention.text == "gout" && $0.raw.byteEnd - $0.raw.byteStart == 4 })
        let failures = provenanceFailures(result)
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.first ?? "")")
    }

    @Test("a bare & and unknown or unterminated entities keep exact spans and read back as written")
    func bareAmpersandAndUnknownEntities() throws {
        let cases = [
            "AT&T sponsors.", "Fish & chips.", "R&D&amp;Q.", "An &unknown; entity.", "An &amp without its semicolon.",
            "Numeric &#65 without one, &#x42; with one.", "Nothing for &#0; or &#xZZ or &#; here.",
            "Bad &#1114112; value.",
            "Name &x.y; with a dot.", "&", "Trailing &",
        ]
        for tail in cases {
            let html = "<html><body><article><p>\(Self.claim) \(tail)</p></article></body></html>"
            let result = try processHTML(html)
            let failures = provenanceFailures(result) + blockFailures(result.clean, raw: result.document.raw)
            #expect(failures.isEmpty, "\(tail): \(failures)")
            let record = try #require(result.records.first { $0.concept.id == "gout" }, "\(tail)")
            #expect(record.raw.byteStart == "<html><body><article><p>Bone marrow edema is caused by ".utf8.count)
            #expect(record.mention.text == "gout")
        }
        let clean = try cleanHTML(Array("<html><body><p>AT&T and &amp and &foo; and &#0;x.</p></body></html>".utf8))
        #expect(clean.string == "AT&T and &amp and &foo; and x.")
    }

    @Test("a DOCTYPE internal subset is not read as text")
    func doctypeInternalSubset() throws {
        let html =
            "<!DOCTYPE html [\n<!ENTITY writer \"Someone\">\n<!ENTITY % p \"x\">\n]>\n<html><body><article><p>\(Self.claim) Written by &writer;.</p></article></body></html>"
        let result = try processHTML(html)
        #expect(!result.clean.string.contains("ENTITY"))
        #expect(!result.clean.string.contains("]>"))
        #expect(result.clean.string.hasPrefix("Bone marrow edema"))
        #expect(provenanceFailures(result).isEmpty)
    }

    @Test("CR LF and lone CR line endings keep exact spans on a large page")
    func lineEndings() throws {
        for separator in ["\r\n", "\r"] {
            let html = Self.page(paragraphs: 600, separator: separator) { k in
                k % 3 == 0 ? "and\(separator)  again " : ""
            }
            let result = try processHTML(html)
            #expect(blockFailures(result.clean, raw: result.document.raw).isEmpty)
            #expect(provenanceFailures(result).isEmpty)
            #expect(result.records.filter { $0.concept.id == "gout" }.count == 600)
        }
    }

    @Test("a windows-1252 page over 32 KB keeps exact spans in its original bytes")
    func windows1252LargePage() throws {
        var raw: [UInt8] = Array("<html><head><meta charset=\"windows-1252\"></head><body><article>".utf8)
        for k in 0..<800 {
            raw +=
                Array("<p>Caf".utf8) + [0xE9] + Array(" \(k): \(Self.claim) It".utf8) + [0x92] + Array("s true ".utf8)
                + [0x96] + Array(" really.</p>\n".utf8)
        }
        raw += Array("</article></body></html>".utf8)
        let result = try Repository.processor.process(SourceDocument(path: "legacy.html", raw: raw, mediaType: .html))
        #expect(result.clean.blocks.count == 800)
        #expect(result.clean.string.contains("Café 799: Bone marrow edema is caused by gout. It’s true – really."))
        #expect(blockFailures(result.clean, raw: raw).isEmpty)
        let failures = provenanceFailures(result)
        #expect(failures.isEmpty, "\(failures.first ?? "")")
        #expect(result.records.filter { $0.concept.id == "gout" }.count == 800)
    }

    @Test("invalid UTF-8 bytes in a UTF-8 page read as windows-1252 with exact spans")
    func invalidUTF8() throws {
        var raw: [UInt8] = Array("\u{FEFF}<html><body><article>".utf8)
        for k in 0..<400 { raw += Array("<p>Item \(k) caf".utf8) + [0xE9] + Array(": \(Self.claim) Naïve.</p>\n".utf8) }
        raw += Array("</article></body></html>".utf8)
        let result = try Repository.processor.process(SourceDocument(path: "mixed.html", raw: raw, mediaType: .html))
        #expect(result.clean.string.contains("Item 399 café: Bone marrow edema is caused by gout. Naïve."))
        #expect(blockFailures(result.clean, raw: raw).isEmpty)
        #expect(provenanceFailures(result).isEmpty)
    }

    @Test("control characters, NUL, U+FFFE and long text runs over libxml2's 1,000-byte buffer")
    func oddBytesAndLongRuns() throws {
        let long = String(repeating: "word ", count: 700)
        let padding = String(repeating: "<p>\(Self.claim) Filler text that is long enough.</p>\n", count: 1_000)
        let odd = "<p>Form\u{0C}feed, bell\u{07}, \u{FFFE}nonchar, tab\there: \(Self.claim)</p>"
        let html =
            "<html><body><article>\(padding)<p>\(long)\(Self.claim) \(long)é\(long)</p>\(odd)<p>After\u{0}the NUL: \(Self.claim)</p></article></body></html>"
        let result = try processHTML(html)
        #expect(result.clean.string.contains("Formfeed, bell, nonchar, tab here"))
        #expect(result.clean.string.contains("After the NUL"))
        #expect(blockFailures(result.clean, raw: result.document.raw).isEmpty)
        let failures = provenanceFailures(result)
        #expect(failures.isEmpty, "\(failures.first ?? "")")
        #expect(result.records.filter { $0.concept.id == "gout" }.count == 1_003)
    }

    @Test(
        "nesting deeper than libxml2's DOM limit keeps the page: the deep paragraph and the ones around it",
        arguments: [300, 2_000, 10_000])
    func deepNesting(depth: Int) throws {
        let html =
            "<html><body><article><p>Before: \(Self.claim)</p>" + String(repeating: "<div><span>", count: depth)
            + "<p>Deep: Osteoarthritis causes it, doctors say today.</p>"
            + String(repeating: "</span></div>", count: depth)
            + "<p>After: \(Self.claim)</p></article></body></html>"
        let clean = try cleanHTML(Array(html.utf8))
        #expect(clean.string.contains("Before: Bone marrow edema"))
        #expect(clean.string.contains("Deep: Osteoarthritis causes it"))
        #expect(clean.string.contains("After: Bone marrow edema"))
        #expect(blockFailures(clean, raw: Array(html.utf8)).isEmpty)
    }

    @Test(
        "a large generated page (about 1 MB, 30 times libxml2's old limit) keeps exact spans on every block and record")
    func largePage() throws {
        let html = Self.page(paragraphs: 8_000) { k in k % 7 == 0 ? "caf&eacute; &mdash; " : "" }
        #expect(html.utf8.count > 900_000)
        let result = try processHTML(html)
        #expect(result.clean.blocks.count == 8_001)
        #expect(blockFailures(result.clean, raw: result.document.raw).isEmpty)
        let gout = result.records.filter { $0.concept.id == "gout" }
        #expect(gout.count == 8_000)
        let failures = provenanceFailures(result)
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.first ?? "")")
    }

    @Test("random pages: nesting, entities, bare &, odd line endings; every block and record traced")
    func randomPages() async {
        let fragments = [
            "Gout", " causes ", "bone marrow edema", ". ", "&amp;", "&", " AT&T ", "&eacute;", "&#233;", "&#x2014;",
            "&nbsp;", "&foo;",
            "&amp", "\r\n", "\n\n", "  ", "\t", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x?a=1&b=2\">", "</a>", "<br>",
            "<span>",
            "</span>", "<!-- note -->", "<script>var a = '<p>';</script>", "é", "—", "<div>", "</div>", "<p>", "</p>",
            "<ul><li>", "</li></ul>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<h2>", "</h2>",
            "<img src=x>",
            "<button>Click</button>", "<span class=share>Share this</span>", "<em>", "</em>", "<q>", "</q>", "x",
            "Trauma",
            "<body>", "<html>", "</p>", "</body>", "<title>T</title>", "<style>p{}</style>", "a < b", "<3", "</ x>",
            "<!DOCTYPE x>",
            "<?php echo 1; ?>", "<![CDATA[x]]>", "<textarea>t</textarea>", "<select><option>o</select>",
            "<noscript>n</noscript>",
            "&#150;", "\u{0C}", "<p class=\"a>b\">", "<br/>", "<wbr>", "<font>", "<center>", "<dl><dt>", "<dd>", "<h1>",
            "</h1>",
            "<li>", "<tr>", "<td>", "<th>", "<caption>", "</table>", "<form>", "</form>", "<nav>", "</nav>",
            "<label>L</label>",
            "<my-widget>", "</my-widget>", "<svg><text>s</text></svg>", "<math>m</math>", "<pre>", "</pre>", "\r",
            "&NotAnEntity;",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(400), input: Gen.int(in: 0...(fragments.count - 1)).array(of: 1...400)
        ) {
            (choices: [Int]) in
            let body = choices.map { fragments[$0] }.joined()
            let html = "<html><body><article><p>Osteoarthritis causes it.</p>\(body)</article></body></html>"
            let raw = Array(html.utf8)
            do {
                let result = try processHTML(html)
                let failures = blockFailures(result.clean, raw: raw) + provenanceFailures(result)
                #expect(failures.isEmpty, "\(html)\n\(failures.prefix(3))")
            } catch let error as MarrowError {
                #expect(error.code == .emptyInput, "\(html): \(error)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}

extension HTMLProvenanceTests {
    @Test(
        "random pages with bytes that are not UTF-8 (read as windows-1252) next to CDATA and DOCTYPE subsets: every block and record traced"
    )
    func randomTranscodedPages() async {
        // Each high byte becomes two or three UTF-8 bytes for libxml2; markup libxml2 must not
        // see is blanked around them (the fuzzer found that blanking after transcoding cut such a
        // character into single spaces whose offsets no longer mapped back in order).
        let fragments: [[UInt8]] = [
            Array("Gout".utf8), Array(" causes ".utf8), Array("bone marrow edema".utf8), Array(". ".utf8), [0x9B],
            [0x9B, 0x9B], [0xC4, 0xD3],
            [0xE9], [0x80], [0xE2, 0x80], Array("é".utf8), Array("<![CDATA[".utf8), Array("]]>".utf8),
            Array("<p>".utf8), Array("</p>".utf8),
            Array("<b>".utf8), Array("</b>".utf8), Array("&amp;".utf8), Array("&".utf8), Array("<!-- c -->".utf8),
            Array("<script>x</script>".utf8), Array("\n\n".utf8), Array("<!DOCTYPE x [<!ENTITY a \"b\">]>".utf8),
            Array("<![CDATA[x".utf8) + [0x9B] + Array("y]]>".utf8),
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(fragments.count - 1)).array(of: 1...200)
        ) {
            (choices: [Int]) in
            let raw =
                Array("<html><body><article><p>Osteoarthritis causes it.</p><p>".utf8)
                + choices.flatMap { fragments[$0] }
                + Array("</p></article></body></html>".utf8)
            do {
                let result = try Repository.processor.process(
                    SourceDocument(path: "test.html", raw: raw, mediaType: .html))
                let failures = blockFailures(result.clean, raw: raw) + provenanceFailures(result)
                #expect(failures.isEmpty, "\(raw)\n\(failures.prefix(3))")
            } catch let error as MarrowError {
                #expect(error.code == .emptyInput, "\(raw): \(error)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test(
        "a dropped element with no text but an element that breaks text splits the block, as a reader reads it",
        arguments: [
            "Gout<my-widget><p></my-widget>Gout", "Gout<my-widget><br></my-widget>Gout",
            "Gout<nav><div><img src=x></div></nav>Gout", "Gout<span class=share><li></span>Gout",
            "Gout<my-widget> <p></p> </my-widget>Gout",
        ])
    func droppedEmptyBreak(body: String) throws {
        // Found by the random-page test: the empty `<p>` under a dropped custom element read as
        // nothing in the block and as a space when its raw bytes were read back.
        let html = "<html><body><article><p>Osteoarthritis causes it.</p>\(body)</article></body></html>"
        let result = try processHTML(html)
        #expect(blockFailures(result.clean, raw: Array(html.utf8)).isEmpty)
        #expect(provenanceFailures(result).isEmpty)
        #expect(!result.clean.string.contains("GoutGout"))
    }

    @Test("the fuzzer's page: windows-1252 bytes inside CDATA after invalid UTF-8 clean, and the records hold")
    func transcodedCDATA() throws {
        var raw =
            Array("<html><body><p>Gout causes bone marrow edema.".utf8) + [0xC4, 0xD3]
            + Array("p><![CDATA[Trauma causes bone marrow ".utf8)
        raw += [0x9B, 0x9B] + Array("ema.]]><p>It is treated with rest.</p></body></html>\n".utf8)
        let result = try Repository.processor.process(SourceDocument(path: "test.html", raw: raw, mediaType: .html))
        #expect(blockFailures(result.clean, raw: raw).isEmpty)
        #expect(provenanceFailures(result).isEmpty)
        #expect(result.records.contains { $0.claim.subject == "gout" })
    }
}

/// Checks that every block's raw span reads back as the block's text; returns failures.
func blockFailures(_ clean: CleanText, raw: [UInt8]) -> [String] {
    var failures: [String] = []
    for block in clean.blocks {
        let text = clean.text(block.range)
        let span = clean.offsetMap.rawRange(for: block.range)
        guard span.lowerBound.value < span.upperBound.value, span.upperBound.value <= raw.count else {
            failures.append("empty or out-of-range span \(span) for '\(text.prefix(60))'")
            continue
        }
        let decoded = HTMLText.decode(raw[span.lowerBound.value..<span.upperBound.value])
        if WhitespaceFolding.fold(decoded) != WhitespaceFolding.fold(text) {
            failures.append(
                "span reads '\(WhitespaceFolding.fold(decoded).prefix(80))' not '\(WhitespaceFolding.fold(text).prefix(80))'"
            )
        }
    }
    return failures
}
