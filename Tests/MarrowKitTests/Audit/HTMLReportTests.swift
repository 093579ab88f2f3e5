import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("HTML report and Web Annotations")
struct HTMLReportTests {
    static let hostile = """
        <script>alert('title')</script> Causes

        Bone marrow edema can be caused by osteoarthritis <script>alert(1)</script> or <img src=x onerror="alert(2)"> stress fractures.

        Rest and NSAIDs "treat" it <b onmouseover=alert(3)>well</b>.

        """

    static func knowledgeBase() throws -> KnowledgeBase {
        let kb = try KnowledgeBaseFixture.fresh()
        let path = Repository.temporaryFolder() + "/hostile.txt"
        try hostile.write(toFile: path, atomically: true, encoding: .utf8)
        try KnowledgeBaseFixture.ingest(
            path, into: kb,
            origin: SourceOrigin(
                url: "javascript:alert(4)", publisher: "<script>alert(5)</script>",
                title: "A \"title\" <img src=x onerror=alert(6)>"))
        return kb
    }

    @Test("everything from sources is escaped: no script, no element or attribute from the page survives")
    func escaping() throws {
        let report = try AuditReport.buildAll(knowledgeBase: Self.knowledgeBase())
        #expect(!report.claims.isEmpty)
        let html = report.renderHTML()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.lowercased().contains("<b "))
        #expect(!html.contains("onerror=\""))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"))
        // The passage itself carried markup: it is shown as text.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("onerror=&quot;alert(2)&quot;"))
        #expect(html.contains("A &quot;title&quot; &lt;img src=x onerror=alert(6)&gt;"))
        #expect(html.contains("script-src 'none'"))
        // Every tag in the page is one the renderer writes.
        let allowed: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "p",
            "span",
            "aside", "ul", "li", "a", "nav", "main", "section", "article", "div", "code", "blockquote", "mark",
            "footer",
        ]
        var tags = Set<String>()
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let name = rest.prefix { !$0.isWhitespace && $0 != ">" }.lowercased()
            tags.insert(name.hasPrefix("/") ? String(name.dropFirst()) : name)
        }
        #expect(tags.isSubset(of: allowed), "unexpected tags \(tags.subtracting(allowed))")
    }

    @Test("the page groups claims by role and category and highlights each mention")
    func structure() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults { try kb.ingest(result, lexiconVersion: Repository.lexicon.version) }
        let report = try AuditReport.buildAll(knowledgeBase: kb)
        let html = report.renderHTML()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h2>Causes</h2>"))
        #expect(html.contains("<h2>Treatments</h2>"))
        #expect(html.contains("<mark>osteoarthritis</mark>") || html.contains("<mark>Osteoarthritis</mark>"))
        #expect(html.components(separatedBy: "<mark>").count - 1 == report.claims.reduce(0) { $0 + $1.evidence.count })
        #expect(html.contains("Cleveland Clinic"))
    }

    @Test("annotations: one per evidence; every selector resolves against the raw file target.source names")
    func annotations() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults { try kb.ingest(result, lexiconVersion: Repository.lexicon.version) }
        let pages = Repository.root + "/Tests/MarrowKitTests/Fixtures/html"
        for name in try FileManager.default.contentsOfDirectory(atPath: pages).filter({ $0.hasSuffix(".html") })
            .sorted()
        {
            // Some fixtures are refused on purpose (no article text); the rest are evidence.
            _ = try? KnowledgeBaseFixture.ingest(pages + "/" + name, into: kb)
        }
        let report = try AuditReport.buildAll(knowledgeBase: kb)
        let page = WebAnnotationPage(report)
        let evidence = report.claims.flatMap(\.evidence)
        #expect(page.items.count == evidence.count)
        #expect(Set(page.items.map(\.id)).count == evidence.count)
        #expect(evidence.contains { $0.source.mediaType == "text/html" })
        var prefixes = 0
        for (annotation, evidence) in zip(page.items, evidence) {
            let raw = [UInt8](try #require(FileManager.default.contents(atPath: annotation.target.source)))
            let decoder = RawTextDecoder(mediaType: MediaType(rawValue: evidence.source.mediaType) ?? .text)
            let position = try #require(annotation.target.selector.first { $0.type == "DataPositionSelector" })
            let quote = try #require(annotation.target.selector.first { $0.type == "TextQuoteSelector" })
            let start = try #require(position.start)
            let end = try #require(position.end)
            #expect(decoder.decode(raw[start..<end]) == quote.exact, "\(annotation.id)")
            // The quote's context is the file's own text right before and after those bytes.
            let before = decoder.decode(raw[..<start])
            let after = decoder.decode(raw[end...])
            #expect(before.hasSuffix(quote.prefix ?? ""), "\(annotation.id): prefix \(quote.prefix ?? "nil")")
            #expect(after.hasPrefix(quote.suffix ?? ""), "\(annotation.id): suffix \(quote.suffix ?? "nil")")
            if !WhitespaceFolding.fold(before).isEmpty {
                #expect(!(quote.prefix ?? "").isEmpty, "\(annotation.id) has text before it but no prefix")
            }
            if evidence.passage.start == evidence.mention.start, !(quote.prefix ?? "").isEmpty { prefixes += 1 }
        }
        #expect(prefixes > 0, "a mention at a passage start still gets the text before it")
        let json = try #require(try JSONSerialization.jsonObject(with: page.encoded()) as? [String: Any])
        #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(json["type"] as? String == "AnnotationPage")
    }
}
