import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Generated pages for the main-content mechanisms: class-name evidence, comment sections,
/// headings and labels over dropped sections, captions, and the metadata fallbacks.
enum ExtractionPages {
    /// `count` paragraphs of article text, each one long sentence with a marker word.
    static func paragraphs(_ marker: String, _ count: Int) -> String {
        (0..<count).map {
            "<p>The \(marker) paragraph \($0) explains at some length how the matter was studied and what was found in the end.</p>"
        }.joined(separator: "\n")
    }

    /// A list of links, as a related-articles box has.
    static func links(_ marker: String, _ count: Int) -> String {
        "<ul>"
            + (0..<count).map {
                "<li><a href=\"/\(marker)/\($0)\">\(marker) link number \($0) to another story</a></li>"
            }.joined() + "</ul>"
    }

    static func page(head: String = "<title>Test page</title>", _ body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }
}

/// The clean text of a generated page, every block's raw span checked against its text.
func cleanChecked(_ bytes: [UInt8]) throws -> CleanText {
    let clean = try cleanHTML(bytes)
    for block in clean.blocks {
        let span = clean.offsetMap.rawRange(for: block.range)
        let decoded = HTMLText.decode(bytes[span.lowerBound.value..<span.upperBound.value])
        #expect(WhitespaceFolding.fold(decoded) == WhitespaceFolding.fold(clean.text(block.range)))
    }
    return clean
}

/// Expects every one of `pieces` in `text`, in the order given.
func expectInOrder(_ text: String, _ pieces: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let positions = pieces.map { text.range(of: $0)?.lowerBound }
    for (piece, position) in zip(pieces, positions) where position == nil {
        Issue.record("missing: \(piece)", sourceLocation: sourceLocation)
    }
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted(), "out of order: \(pieces)", sourceLocation: sourceLocation)
}

private func dropped(_ bytes: [UInt8]) throws -> [DroppedBlock] {
    try HTMLCleaner(cues: Repository.lexicon.cleaning).clean(
        SourceDocument(path: "test.html", raw: bytes, mediaType: .html), recordingDropped: true
    ).dropped
}

@Suite("HTML main content: class-name evidence and comment sections")
struct HTMLClassEvidenceTests {
    @Test(
        "a BEM modifier naming a state (field--label-hidden, section--has-ads) does not make text chrome",
        arguments: [
            "field field--label-hidden", "section section--has-ads", "block block--share-open",
        ])
    func modifiersAreNotRead(_ classes: String) throws {
        let page = ExtractionPages.page(
            "<div class=\"\(classes)\">\(ExtractionPages.paragraphs("body", 4))</div><nav>\(ExtractionPages.links("menu", 5))</nav>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The body paragraph 0"))
        #expect(text.contains("The body paragraph 3"))
        #expect(!text.contains("menu link"))
    }

    @Test("a chrome part of a compound name is a hint: it drops a small box, not a quarter of the page's paragraphs")
    func partEvidenceYieldsToParagraphText() throws {
        let page = ExtractionPages.page(
            """
            <div class="page-widget-container">\(ExtractionPages.paragraphs("widget", 3))</div>
            <div class="main">\(ExtractionPages.paragraphs("main", 4))</div>
            <div class="promo-box"><p>A promo box line that is long enough to count as a paragraph.</p></div>
            """)
        let text = try cleanChecked(page).string
        #expect(text.contains("The widget paragraph 2"))
        #expect(text.contains("The main paragraph 0"))
        #expect(!text.contains("promo box line"))
    }

    @Test("a comment section is dropped even when it holds more text than the article")
    func longCommentsStayChrome() throws {
        let comments = (0..<12).map {
            "<li class=\"comment\"><p>Reader \($0) wrote a long reply saying that the story reminded them of something else entirely.</p></li>"
        }.joined()
        let page = ExtractionPages.page(
            "<div class=\"story\">\(ExtractionPages.paragraphs("story", 3))</div><section id=\"comments\"><ol class=\"comment-list\">\(comments)</ol></section>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The story paragraph 2"))
        #expect(!text.contains("Reader 3 wrote"))
    }

    @Test(
        "an article of short lines (a heading, a list, a table) is the main content even when the only long line is outside it"
    )
    func articleOfShortLines() throws {
        // Found by the random-page test: no line of the article was long enough to count as
        // paragraph text, so the one long line on the page, a notice outside the article, was
        // taken as the main content and the page was lost.
        let page = ExtractionPages.page(
            "<div>A line outside the article, longer than every line in it.</div><main><article><h1>Short title</h1><p>Rest helps.</p><p>Options:</p><ul><li>Bed rest</li><li>Ice packs</li></ul><table><tr><td>Cause</td><td>40%</td></tr></table></article></main><footer><p>Footer line</p></footer>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("Rest helps."))
        #expect(text.contains("Ice packs"))
        #expect(!text.contains("A line outside the article"))
    }

    @Test("a wrapper named after chrome that holds most of the page's paragraphs is content")
    func wrapperHoldingTheArticle() throws {
        let page = ExtractionPages.page(
            "<article><h1>Title of the story</h1><div class=\"entry share\">\(ExtractionPages.paragraphs("entry", 5))</div></article><aside>\(ExtractionPages.paragraphs("aside", 1))</aside>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The entry paragraph 4"))
        #expect(!text.contains("The aside paragraph"))
    }

    @Test("a noscript left open by broken markup, holding the rest of the page, is read; a real noscript notice is not")
    func brokenNoscript() throws {
        let broken = ExtractionPages.page(
            "<noscript><div id=\"nojs\"></noscript><div class=\"story\">\(ExtractionPages.paragraphs("story", 4))</div>"
        )
        let text = try cleanChecked(broken).string
        #expect(text.contains("The story paragraph 0"))
        #expect(text.contains("The story paragraph 3"))
        let notice = ExtractionPages.page(
            "<noscript><p>Please turn on JavaScript to see the interactive map of the region.</p></noscript><div>\(ExtractionPages.paragraphs("story", 3))</div>"
        )
        #expect(!(try cleanChecked(notice).string.contains("JavaScript")))
    }

    @Test(
        "a short line around a date is a dateline: dropped, and the date read",
        arguments: [
            "<p>12.03.2022 | News</p>", "<div>Updated 2022-03-12, 10:00</div>",
        ])
    func datelineDropped(_ markup: String) throws {
        let page = ExtractionPages.page(
            "<article>\(markup)\(ExtractionPages.paragraphs("story", 3))<p>On 12.03.2022 the council met for the first time in two years to decide on it.</p></article>"
        )
        let clean = try cleanChecked(page)
        #expect(!clean.string.contains("News"))
        #expect(!clean.string.contains("Updated"))
        #expect(clean.string.contains("On 12.03.2022 the council met"))
        #expect(clean.metadata.published == "2022-03-12")
    }

    @Test(
        "sibling sections of the main block that read as text on their own are kept, in document order; a teaser list beside them is not"
    )
    func siblingSections() throws {
        let teasers = (0..<6).map {
            "<div><a href=\"/t/\($0)\">Teaser headline number \($0) of the box</a><p>Short blurb \($0).</p></div>"
        }.joined()
        let page = ExtractionPages.page(
            """
            <div class="wrap"><div class="row"><h1>The page title</h1>\(ExtractionPages.paragraphs("first", 2))</div>
            <div class="row">\(ExtractionPages.paragraphs("second", 5))</div>
            <div class="row">\(ExtractionPages.paragraphs("third", 2))</div>
            <div class="row">\(teasers)</div></div>
            """)
        let text = try cleanChecked(page).string
        expectInOrder(text, ["The first paragraph 0", "The second paragraph 4", "The third paragraph 1"])
        #expect(!text.contains("Teaser headline"))
    }

    @Test("figure captions are dropped, the figure's article text around them is kept")
    func captionsDropped() throws {
        let page = ExtractionPages.page(
            "<article>\(ExtractionPages.paragraphs("story", 2))<figure><img src=\"a.jpg\"><figcaption>A view of the river at dawn, seen by Somebody Else from the old bridge</figcaption></figure>\(ExtractionPages.paragraphs("after", 2))</article>"
        )
        let text = try cleanChecked(page).string
        #expect(!text.contains("Somebody Else"))
        #expect(text.contains("The after paragraph 1"))
    }
}

@Suite("HTML main content: headings and labels over dropped sections")
struct HTMLEmptySectionTests {
    @Test("a heading whose section is only a dropped list of links goes; headings over text stay, with their levels")
    func headingOverLinksDropped() throws {
        let page = ExtractionPages.page(
            """
            <article><h1>The story title</h1>\(ExtractionPages.paragraphs("intro", 2))
            <h2>Section with text</h2><h3>Its first part</h3>\(ExtractionPages.paragraphs("part", 1))
            <h2>Read on elsewhere</h2>\(ExtractionPages.links("related", 6))
            <h2>Closing section</h2>\(ExtractionPages.paragraphs("closing", 1))</article>
            """)
        let clean = try cleanChecked(page)
        let headings = clean.blocks.compactMap { block in block.kind.headingLevel.map { ($0, clean.text(block.range)) }
        }
        #expect(headings.map(\.0) == [1, 2, 3, 2])
        #expect(headings.map(\.1) == ["The story title", "Section with text", "Its first part", "Closing section"])
        #expect(try dropped(page).contains { $0.reason == .emptySection && $0.text == "Read on elsewhere" })
    }

    @Test("a heading at the end of the content with nothing after it goes")
    func trailingHeadingDropped() throws {
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1>\(ExtractionPages.paragraphs("story", 3))<h3>Share this</h3></article>")
        let text = try cleanChecked(page).string
        #expect(text.contains("The story title"))
        #expect(!text.contains("Share this"))
    }

    @Test("a heading followed by a dropped chrome section goes, the page title above a share bar stays")
    func headingOverChromeDropped() throws {
        let page = ExtractionPages.page(
            """
            <article><h1>The story title</h1><div class="share">Facebook</div>\(ExtractionPages.paragraphs("story", 3))
            <h4>Other stories</h4><div class="related">\(ExtractionPages.paragraphs("teaser", 2))</div>
            \(ExtractionPages.paragraphs("late", 1))</article>
            """)
        let text = try cleanChecked(page).string
        #expect(text.contains("The story title"))
        #expect(!text.contains("Other stories"))
        #expect(!text.contains("teaser paragraph"))
        #expect(text.contains("The late paragraph 0"))
    }

    @Test("a short label line over a dropped list of links goes; a short last line of the text stays")
    func labelOverLinksDropped() throws {
        let page = ExtractionPages.page(
            """
            <article><h1>The story title</h1>\(ExtractionPages.paragraphs("story", 3))
            <div>More on this topic</div>\(ExtractionPages.links("topic", 5))
            \(ExtractionPages.paragraphs("end", 1))<p>Jane Roe, Springfield</p></article>
            """)
        let text = try cleanChecked(page).string
        #expect(!text.contains("More on this topic"))
        #expect(text.contains("The end paragraph 0"))
        #expect(text.hasSuffix("Jane Roe, Springfield"))
    }

    @Test("a long heading used for the lead is text: kept even with no paragraph under it")
    func leadHeadingKept() throws {
        let lead =
            "This long lead in heading type sums up in many words what the whole story below will tell the reader"
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1><h2>\(lead)</h2><h2>First part</h2>\(ExtractionPages.paragraphs("story", 3))<h2>Short empty</h2></article>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains(lead))
        #expect(!text.contains("Short empty"))
    }

    @Test(
        "a line whose link spells out its address is text; a line of a link to another page is not",
        arguments: [
            ("<p><a href=\"https://example.org/report\">https://example.org/report/2021/final.pdf</a></p>", true),
            ("<p><a href=\"mailto:desk@example.org\">desk@example.org</a></p>", true),
            ("<p><a href=\"http://www.example.org\">www.example.org</a></p>", true),
            ("<p><a href=\"/other\">Another story from the same site</a></p>", false),
        ])
    func addressLinks(_ markup: String, _ kept: Bool) throws {
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1>\(ExtractionPages.paragraphs("story", 3))\(markup)\(ExtractionPages.paragraphs("end", 1))</article>"
        )
        let text = try cleanChecked(page).string
        let linkText = try #require(markup.split(separator: ">").dropFirst(2).first?.split(separator: "<").first)
        #expect(text.contains(String(linkText)) == kept)
    }

    @Test("a page of headings only keeps them")
    func headingsOnly() throws {
        let page = ExtractionPages.page("<main><h1>Only a title here</h1><h2>And a subtitle</h2></main>")
        let text = try cleanChecked(page).string
        #expect(text.contains("Only a title here"))
    }
}

@Suite("HTML metadata: title, author and date fallbacks")
struct HTMLMetadataFallbackTests {
    @Test("the page's one h1 is the title, not the meta title with the site name")
    func singleHeadingTitle() throws {
        let page = ExtractionPages.page(
            head:
                "<title>A title | Example Site</title><meta property=\"og:title\" content=\"Shorter title - Example Site\">",
            "<article><h1>The real article title</h1>\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(page).metadata.title == "The real article title")
    }

    @Test("with several h1, the one the meta title contains is the title")
    func containedHeadingTitle() throws {
        let page = ExtractionPages.page(
            head: "<title>Example Site » Blog » The real article title</title>",
            "<header><h1>Example Site</h1></header><article><h1>The real article title</h1>\(ExtractionPages.paragraphs("story", 2))</article>"
        )
        #expect(try cleanChecked(page).metadata.title == "The real article title")
    }

    @Test("a JSON-LD author given by @id is resolved through the graph, never printed as the identifier")
    func jsonLDAuthorByIdentifier() throws {
        let graph = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"OpinionNewsArticle","headline":"H","author":{"@id":"https://example.org/#/schema/person/abc"},"datePublished":"2021-03-04T10:00:00+01:00"},{"@type":"Person","@id":"https://example.org/#/schema/person/abc","name":"Ana Example"}]}</script>
            """
        let metadata = try cleanChecked(
            ExtractionPages.page(head: graph, "<article>\(ExtractionPages.paragraphs("story", 2))</article>")
        ).metadata
        #expect(metadata.author == "Ana Example")
        #expect(metadata.published == "2021-03-04T10:00:00+01:00")
        let unresolved = graph.replacingOccurrences(
            of: ",{\"@type\":\"Person\",\"@id\":\"https://example.org/#/schema/person/abc\",\"name\":\"Ana Example\"}",
            with: "")
        #expect(
            try cleanChecked(
                ExtractionPages.page(head: unresolved, "<article>\(ExtractionPages.paragraphs("story", 2))</article>")
            ).metadata.author == nil)
    }

    @Test(
        "an author value loses its byline word and trailing separators; a URL is no author",
        arguments: [
            ("By Ana Example", "Ana Example"), ("von Ana Example", "Ana Example"), ("Ana Example,", "Ana Example"),
            ("Byron Example", "Byron Example"), ("https://example.org/author/ana/#author", nil),
        ] as [(String, String?)])
    func authorValues(_ value: String, _ expected: String?) throws {
        let page = ExtractionPages.page(
            head:
                "<meta name=\"author\" content=\"x\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"\(value)\"}</script>",
            "<article>\(ExtractionPages.paragraphs("story", 2))</article>")
        let withoutMeta = Array(
            String(decoding: page, as: UTF8.self).replacingOccurrences(
                of: "<meta name=\"author\" content=\"x\">", with: ""
            ).utf8)
        #expect(try cleanChecked(withoutMeta).metadata.author == expected)
    }

    @Test(
        "a meta author that names the site, or is a handle, gives way to the byline; alone it stays",
        arguments: [
            ("<meta name=\"author\" content=\"Example News\">", "Ana Example", "Example News"),
            ("<meta name=\"author\" content=\"examplenews.org\">", "Ana Example", "examplenews.org"),
            ("<meta name=\"author\" content=\"Redacción Examplenews\">", "Ana Example", "Redacción Examplenews"),
            (
                "<meta name=\"author\" content=\"Example News (www.examplenews.org)\">", "Ana Example",
                "Example News (www.examplenews.org)"
            ),
            ("<meta property=\"article:author\" content=\"@ExampleNews\">", "Ana Example", nil),
            ("<meta name=\"author\" content=\"Bea Writer\">", "Bea Writer", "Bea Writer"),
        ] as [(String, String, String?)])
    func siteNamedAuthorGivesWay(_ meta: String, _ withByline: String, _ alone: String?) throws {
        let head =
            "<title>T</title><meta property=\"og:site_name\" content=\"Example News\"><link rel=\"canonical\" href=\"https://www.examplenews.org/a/1\">"
            + meta
        let story = ExtractionPages.paragraphs("story", 3)
        let page = ExtractionPages.page(head: head, "<article><p class=\"byline\">By Ana Example</p>\(story)</article>")
        #expect(try cleanChecked(page).metadata.author == withByline)
        #expect(
            try cleanChecked(ExtractionPages.page(head: head, "<article>\(story)</article>")).metadata.author == alone)
    }

    @Test("a byline name loses the small words of a date after it, not the particles inside it")
    func bylineNameEnd() {
        let words: Set<String> = ["by", "von"]
        #expect(BylineFinder.name(in: "VON MORITZ GATHMANN am 21. April", bylineWords: words) == "MORITZ GATHMANN")
        #expect(BylineFinder.name(in: "Walter von Aachen", bylineWords: words) == "Walter von Aachen")
        #expect(BylineFinder.name(in: "fri.juli", bylineWords: words) == "fri.juli")
    }

    @Test("a link with rel=author gives the author when nothing else does")
    func relAuthor() throws {
        let page = ExtractionPages.page(
            "<article><span class=\"byline\"><a rel=\"author\" href=\"/people/ana\">Ana Example</a></span>\(ExtractionPages.paragraphs("story", 2))</article>"
        )
        #expect(try cleanChecked(page).metadata.author == "Ana Example")
    }

    @Test(
        "with no dated markup, a time element or the first numeric date of the page is the date",
        arguments: [
            ("<time datetime=\"2019-09-26T11:43:53+02:00\">yesterday</time>", "2019-09-26T11:43:53+02:00"),
            ("<span>23.09.2022</span>", "2022-09-23"),
            ("<span>Posted 5/11/2021, 10:00</span>", "2021-11-05"),
            ("<span>2020-01-08 14:00</span>", "2020-01-08"),
            ("<span>23.09.22</span>", "2022-09-23"),
        ])
    func dateFallbacks(_ markup: String, _ expected: String) throws {
        let page = ExtractionPages.page("<article>\(markup)\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(page).metadata.published == expected)
    }

    @Test(
        "numbers that are not dates give none",
        arguments: [
            "<span>Version 1.2.3 of 10.20.30</span>", "<span>Call 12.34.5678</span>", "<span>31.13.2020</span>",
        ])
    func notDates(_ markup: String) throws {
        let page = ExtractionPages.page("<article>\(markup)\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(page).metadata.published == nil)
    }
}

@Suite("HTML main content: paragraph text cut by inline markup")
struct HTMLInlineRunTests {
    /// A paragraph whose inline markup (a script, a comment, `b`, `span`, a link) cuts it into
    /// text nodes each shorter than a paragraph run, as scraped pages often are.
    static let cutParagraph =
        "<p>Gout flares &mdash; do not <script>if (a < b) {}</script> start <span>in</span> the knee. The"
        + "\n  <!-- note -->\n  pain <b>is</b> worst <a href=\"/x\">at</a> night, and rest\n  helps.</p>"

    @Test("a short article in main/article whose one paragraph is cut into short text nodes is the main content")
    func cutParagraphIsArticleText() throws {
        let page = ExtractionPages.page(
            """
            <nav class="mega-menu"><ul><li><a href="/a">Gout</a></li><li><a href="/b">Surgery</a></li></ul></nav>
            <div class="cookie-notice">We use cookies. Steroids treat arthritis.</div>
            <main><article><h1>Gout in the knee</h1>
            <h2>Causes</h2>
            <div class="block">\(Self.cutParagraph)
            <aside class="ad-slot"><p>Sponsored: a short promotion line here.</p></aside>
            </div></article></main>
            <footer><p>&copy; 2024 Example Health Media. All rights reserved.</p></footer>
            """)
        let text = try cleanChecked(page).string
        #expect(text.contains("Gout flares \u{2014} do not start in the knee."))
        #expect(text.contains("at night, and rest helps."))
        #expect(!text.contains("cookies"))
        #expect(!text.contains("Sponsored"))
        #expect(!text.contains("Example Health Media"))
    }

    @Test("a paragraph cut into short text nodes outweighs a longer single-node box of chrome")
    func cutParagraphOutweighsChromeBox() throws {
        // Without a semantic container the density pass must still see the cut paragraphs.
        let page = ExtractionPages.page(
            """
            <div class="cookie-notice">We use cookies to improve your experience of this site, please accept them.</div>
            <div class="content-area">\(Self.cutParagraph)\(Self.cutParagraph)</div>
            """)
        let text = try cleanChecked(page).string
        #expect(text.contains("Gout flares"))
        #expect(!text.contains("cookies"))
    }

    @Test("the random page that once lost its article (seed UuRACoGo…, choices [0, 0, 4982, 732837]) keeps it")
    func shrunkRandomPage() throws {
        var choices = Choices([0, 0, 4982, 732837])
        let html = RandomPage.make(&choices, sections: 1, features: [.unknownEntity])
        let result = try processHTML(html, path: "page.html")
        let violations = ProvenanceCheck.violations(result, matched: Repository.processor.match(result.clean))
        #expect(violations.isEmpty)
        #expect(result.clean.blocks.contains { $0.kind == .paragraph })
        #expect(!result.clean.string.contains("cookies"))
    }
}

@Suite("HTML metadata: the site name off the title")
struct HTMLSiteNameTitleTests {
    @Test(
        "a site name known from the page comes off the meta title, at its end or start, with any separator",
        arguments: [
            (
                "The story itself | AOC media - Analyse Opinion Critique", "AOC media - Analyse Opinion Critique",
                "The story itself"
            ),
            ("The story itself - example.de", "example.de", "The story itself"),
            ("NEWS WEB EASY|子どもへの法律ができる", "NEWS WEB EASY", "子どもへの法律ができる"),
            ("武汉的声音-新华网", "新华网", "武汉的声音"),
            ("Example Site » Blog Archiv » The story itself", "Example Site", "The story itself"),
            ("Covid-19 - what changed | Example", "Example", "Covid-19 - what changed"),
            ("The story itself - a subtitle", "Example", "The story itself - a subtitle"),
        ])
    func siteNameOff(_ title: String, _ site: String, _ expected: String) {
        #expect(HTMLTitle.choose(title, headings: [], siteNames: [site]) == expected)
    }

    @Test(
        "a lone h1 that names the site, or sits in header chrome as one segment of the meta title, is the site's header"
    )
    func headerHeading() {
        #expect(
            HTMLTitle.choose("The story itself", headings: [("My Blog", false)], siteNames: ["My Blog"])
                == "The story itself")
        #expect(
            HTMLTitle.choose(
                "The story itself : My Blog | About the blog", headings: [("My Blog", true)], siteNames: [])
                == "The story itself")
        #expect(
            HTMLTitle.choose("My Blog » Archive » The story itself", headings: [("My Blog", true)], siteNames: [])
                == "The story itself")
        // The article's own h1 that is the first segment of the meta title stays the title.
        #expect(
            HTMLTitle.choose("News - The story itself", headings: [("The story itself", false)], siteNames: [])
                == "The story itself")
        #expect(
            HTMLTitle.choose("The story itself | Blog", headings: [("The story itself", false)], siteNames: [])
                == "The story itself")
        // Above the article container, the longest segment is the article's title all the same.
        #expect(
            HTMLTitle.choose("The story itself | Blog", headings: [("The story itself", true)], siteNames: [])
                == "The story itself")
        #expect(
            HTMLTitle.choose(
                "A title | Example Site", headings: [("The real title", false)], siteNames: ["Example Site"])
                == "The real title")
    }

    @Test("a site header h1 above the article gives way to the meta title without the site name")
    func headerHeadingOnPage() throws {
        let page = ExtractionPages.page(
            head: "<title>The story itself | My Blog</title>",
            "<header><h1><a href=\"/\">My Blog</a></h1></header><div class=\"post\"><h2>The story itself</h2>\(ExtractionPages.paragraphs("story", 3))</div>"
        )
        #expect(try cleanChecked(page).metadata.title == "The story itself")
    }

    @Test("the canonical host names the site: the title loses it")
    func hostOff() throws {
        let page = ExtractionPages.page(
            head:
                "<title>The story itself - example.org</title><link rel=\"canonical\" href=\"https://www.example.org/a/b\">",
            "<article><h1>Section</h1><h1>Other</h1>\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(page).metadata.title == "The story itself")
    }
}

@Suite("HTML metadata: dates in any form as YYYY-MM-DD, bylines by class")
struct HTMLDateAndBylineTests {
    @Test(
        "a date with a month name, in any listed language, or numeric, reads as YYYY-MM-DD",
        arguments: [
            ("28. Dezember 2022", "2022-12-28"), ("December 28, 2022", "2022-12-28"),
            ("Wed, 02 Feb 2022 09:12:22 +0100", "2022-02-02"), ("1er mars 2020", "2020-03-01"),
            ("5 de mayo de 2021", "2021-05-05"), ("10.12.2022, 07:00:03", "2022-12-10"), ("25/12/2022", "2022-12-25"),
            ("2021-03-04T10:00:00+01:00", "2021-03-04"), ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),
            ("1651626439", "2022-05-04"), ("1651626439000", "2022-05-04"), ("1709164800", "2024-02-29"),
        ])
    func dates(_ value: String, _ expected: String) {
        let dates = HTMLDate(months: Repository.lexicon.cleaning.monthNames)
        #expect(dates.normalize(value) == expected)
    }

    @Test(
        "text with no day, month and year gives no date",
        arguments: ["2:33 PM", "May we help you", "March 2022", "32 March 2022", "01/03/2023"])
    func notDates(_ value: String) {
        #expect(HTMLDate(months: Repository.lexicon.cleaning.monthNames).normalize(value) == nil)
    }

    @Test("a meta date in another form is stored as YYYY-MM-DD; an ISO one stays as written")
    func metaDateNormalized() throws {
        let rfc = ExtractionPages.page(
            head: "<meta name=\"date\" content=\"Wed, 02 Feb 2022 09:12:22 +0100\">",
            "<article>\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(rfc).metadata.published == "2022-02-02")
        let named = ExtractionPages.page(
            "<article><time>28. Dezember 2022</time>\(ExtractionPages.paragraphs("story", 2))</article>")
        #expect(try cleanChecked(named).metadata.published == "2022-12-28")
    }

    @Test(
        "an element whose class names a byline, or a short one opening with a byline word, gives the author; a commenter's byline does not",
        arguments: [
            ("<span class=\"author vcard\"><a href=\"/a\">Walter von Aachen</a></span>", "Walter von Aachen"),
            ("<p class=\"date-author\">Janic Cathomen, 01.12.2021</p>", "Janic Cathomen"),
            ("<div class=\"cbx-AuthorName\">By Ana Example</div>", "Ana Example"),
            ("<div class=\"comments\"><span class=\"comment-author\">Troll Person</span></div>", nil),
            ("<div class=\"post-author\">Über den Autor dieses langen Artikels hier und dort</div>", nil),
            // No class: a short element that opens with a byline word; a sentence that does is no byline.
            ("<p><i>von Daniela Obers</i></p>", "Daniela Obers"),
            ("<span>Par&nbsp;<a href=\"/m\">Matthieu Hy</a></span>", "Matthieu Hy"),
            ("<p>VON <a href=\"/a\">MORITZ GATHMANN</a> am 21. April 2020</p>", "MORITZ GATHMANN"),
            ("<p>Von Beginn an war klar</p>", nil),
            ("<p>By the way</p>", nil),
            ("<p>by Ana</p>", nil),
            ("<div class=\"comments\"><p>von Troll Person</p></div>", nil),
        ] as [(String, String?)])
    func bylines(_ markup: String, _ expected: String?) throws {
        let page = ExtractionPages.page("<article>\(markup)\(ExtractionPages.paragraphs("story", 3))</article>")
        #expect(try cleanChecked(page).metadata.author == expected)
    }
}

@Suite("HTML main content: name parts, custom elements and author boxes")
struct HTMLNamePartTests {
    @Test("class names are cut at camel case and BEM modifiers are not read")
    func parts() {
        #expect(ContentExtractor.parts("js-NewsletterBox-withP6") == ["js", "newsletter", "box", "with", "p6"])
        #expect(ContentExtractor.parts("cbx-Author_PersonalInfo") == ["cbx", "author", "personal", "info"])
        #expect(ContentExtractor.parts("field--label-hidden") == ["field"])
        #expect(ContentExtractor.parts("URLBox") == ["urlbox"])
    }

    @Test(
        "a camel-case newsletter box, a custom teaser element and an author bio inside the article are dropped",
        arguments: [
            "<div class=\"js-NewsletterBox\"><p>Subscribe to the letter we send every morning to your inbox now.</p></div>",
            "<pp-inline-teaser><p>A teaser for another story on this site that is long enough.</p></pp-inline-teaser>",
            "<div class=\"post-author-bio\"><p>Jane studied biology and has written for this site for ten years now.</p></div>",
        ])
    func dropped(_ box: String) throws {
        let page = ExtractionPages.page(
            "<article>\(ExtractionPages.paragraphs("story", 4))\(box)\(ExtractionPages.paragraphs("tail", 1))</article>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The story paragraph 3"))
        #expect(text.contains("The tail paragraph 0"))
        #expect(!text.contains("long enough") && !text.contains("inbox") && !text.contains("ten years"))
    }
}

@Suite("HTML provenance: dropped elements of white space only")
struct HTMLDroppedWhiteSpaceTests {
    @Test(
        "a dropped element holding only white space reads as a space between the text around it (random page, seed 6u2sujSO…)"
    )
    func whiteSpaceChrome() throws {
        let page = Array(
            "<html><body><article><p>Grass pollen causes it.</p>Gout<my-widget>\n  </my-widget>Gout</article></body></html>"
                .utf8)
        #expect(try cleanChecked(page).string.contains("Gout Gout"))
        let empty = Array(
            "<html><body><article><p>Grass pollen causes it.</p>Gout<my-widget></my-widget>Gout</article></body></html>"
                .utf8)
        #expect(try cleanChecked(empty).string.contains("GoutGout"))
    }
}
