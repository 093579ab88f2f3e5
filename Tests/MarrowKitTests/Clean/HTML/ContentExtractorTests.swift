import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Generated pages for two rules of ``ContentExtractor``: an inline element holding a sentence
/// of its paragraph's text is text whatever a part of its class says, and siblings are read as
/// article sections up to ``ContentExtractor/sectionLevels`` levels above the main content.
enum ContentExtractorPages {
    /// A sentence of paragraph text (well over ``ContentExtractor/sentenceBytes``) with a marker.
    static func sentence(_ marker: String) -> String {
        "The \(marker) sentence runs on for a good while, explaining in plain words what the study found in the end."
    }

    /// An article of `count` paragraphs, and `paragraph` as one more paragraph inside it.
    static func article(_ paragraph: String, count: Int = 6) -> [UInt8] {
        ExtractionPages.page(
            """
            <nav>\(ExtractionPages.links("menu", 4))</nav>
            <article><h1>The page title</h1>\(ExtractionPages.paragraphs("body", count))
            \(paragraph)</article>
            """)
    }
}

@Suite("HTML main content: an inline sentence inside a paragraph, sections above the main content")
struct ContentExtractorTests {
    @Test(
        "a span inside a paragraph holding a sentence of its text is kept whatever a part of its class says",
        arguments: ["share-box", "social-quote", "promoBox", "related_note"])
    func inlineSentenceKept(_ classes: String) throws {
        let sentence = ContentExtractorPages.sentence("inline")
        #expect(sentence.utf8.count >= ContentExtractor.sentenceBytes)
        let page = ContentExtractorPages.article(
            "<p>Before it, <span class=\"\(classes)\">\(sentence)</span> After it.</p>")
        let text = try cleanChecked(page).string
        #expect(WhitespaceFolding.fold(text).contains("Before it, \(sentence) After it."))
        #expect(!text.contains("menu link"))
    }

    @Test(
        "a short span with a chrome part in its class inside a paragraph is dropped, the paragraph kept",
        arguments: ["share-box", "social-quote"])
    func shortChromeSpanDropped(_ classes: String) throws {
        let page = ContentExtractorPages.article(
            "<p>The closing paragraph of the story says what comes next. <span class=\"\(classes)\">Share this now</span></p>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The closing paragraph of the story says what comes next."))
        #expect(!text.contains("Share this now"))
    }

    @Test("a sentence in a span with a chrome part in its class is dropped outside a paragraph (in a div)")
    func inlineSentenceOutsideParagraphDropped() throws {
        let sentence = ContentExtractorPages.sentence("boxed")
        let page = ContentExtractorPages.article("<div><span class=\"share-box\">\(sentence)</span></div>")
        let text = try cleanChecked(page).string
        #expect(text.contains("The body paragraph 5"))
        #expect(!text.contains("boxed sentence"))
    }

    @Test("a span inside a paragraph whose text is mostly links is dropped even with a sentence of plain text")
    func inlineSentenceAmongLinksDropped() throws {
        let sentence = ContentExtractorPages.sentence("linked")
        let links = (0..<6).map { "<a href=\"/s/\($0)\">a link to another long story number \($0)</a>" }.joined(
            separator: " ")
        let page = ContentExtractorPages.article(
            "<p>Some words first. <span class=\"share-box\">\(sentence) \(links)</span></p>")
        let text = try cleanChecked(page).string
        #expect(text.contains("The body paragraph 5"))
        #expect(!text.contains("linked sentence"))
    }

    /// A page whose main content (`article`) sits five containers below `body`, with a section of
    /// paragraphs beside each of the containers above it: `section-N` is a sibling of the
    /// container N levels above the article (level 1: a sibling of the article itself).
    static func nestedPage() -> [UInt8] {
        var inner = "<article><h1>The page title</h1>\(ExtractionPages.paragraphs("main", 10))</article>"
        for level in 1...5 {
            let section = ExtractionPages.paragraphs("section-\(level)", 3)
            inner = "<div class=\"wrap\(level)\">\(inner)<div>\(section)</div></div>"
        }
        return ExtractionPages.page(inner)
    }

    @Test("sections beside the main content are read up to four levels above it, not five")
    func sectionLevels() throws {
        #expect(ContentExtractor.sectionLevels == 4)
        let text = try cleanChecked(Self.nestedPage()).string
        #expect(text.contains("The main paragraph 9"))
        for level in 1...4 {
            #expect(text.contains("The section-\(level) paragraph 2"), "level \(level)")
        }
        #expect(!text.contains("The section-5 paragraph"))
        // In document order: the article, then the sections from the innermost out.
        expectInOrder(text, (["main"] + (1...4).map { "section-\($0)" }).map { "The \($0) paragraph 0" })
    }

    @Test("a lead between the page title and the main content is read, in order; a byline and links there are not")
    func leadBetweenTitleAndContent() throws {
        let lead = "The lead sentence says in a few plain words what the whole story below is about and why."
        let page = ExtractionPages.page(
            """
            <div><div><h1>The headline of the story</h1></div>
            <div><p>\(lead)</p></div><p>By Ana Example</p>\(ExtractionPages.links("more", 2))</div>
            <div>\(ExtractionPages.paragraphs("body", 5))</div>
            """)
        let text = try cleanChecked(page).string
        expectInOrder(text, ["The headline", "The lead sentence", "The body paragraph 0"])
        #expect(!text.contains("Ana Example"))
        #expect(!text.contains("more link"))
    }
}
