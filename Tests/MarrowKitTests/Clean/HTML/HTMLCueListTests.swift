import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Generated pages for the classes of lines `Lexicons/boilerplate.cues` names: caption and
/// credit labels, share and subscription appeals, affiliate notices, "read also" lines, author
/// boxes that end the article and byline labels, in several languages.
@Suite("HTML cue lists: labelled chrome lines inside the article")
struct HTMLCueListTests {
    /// Checks that the chrome line goes from an article and the paragraphs around it stay.
    static func expectDropped(_ line: String) throws {
        let text = try cleanChecked(article(with: line)).string
        #expect(!text.contains(line))
        #expect(text.contains("The before paragraph 0"))
        #expect(text.contains("The before paragraph 2"))
        #expect(text.contains("The after paragraph 0"))
        #expect(text.contains("The after paragraph 2"))
    }

    /// An article with one chrome line between its paragraphs.
    static func article(with line: String) -> [UInt8] {
        ExtractionPages.page(
            "<article><h1>The story title</h1>\(ExtractionPages.paragraphs("before", 3))<p>\(line)</p>\(ExtractionPages.paragraphs("after", 3))</article>"
        )
    }

    @Test(
        "a caption or credit line under a picture goes, whatever the language of its label",
        arguments: [
            "Foto: Erika Beispiel", "Fotos: dpa", "Bild: Max Mustermann", "Bildquelle: Archiv", "Credit: Jane Roe",
            "Photo credit: Jane Roe", "Crédit photo : Jean Exemple", "(Foto: Anna Beispiel)",
            "(Quelle: Foto Erika Beispiel)", "Ski-Star aus den Bergen. © AFP / Jane Roe",
        ])
    func captionLabels(_ line: String) throws {
        try Self.expectDropped(line)
    }

    @Test(
        "a share, follow, subscription or newsletter appeal goes, in any of the languages listed",
        arguments: [
            "Never miss the latest news by signing up to our newsletter today!",
            "Subscribe now to our edition for the full story.",
            "Folgen Sie uns auf Facebook und Instagram", "Newsletter abonnieren und nichts mehr verpassen",
            "Suivez-nous sur les réseaux sociaux", "Síguenos en nuestras redes", "Abonnez-vous à notre lettre",
            "Pour accéder en illimité aux articles du journal :", "Hazte miembro y disfruta de beneficios exclusivos",
            "Diskutieren Sie mit uns auf unserer Seite",
        ])
    func appeals(_ line: String) throws {
        try Self.expectDropped(line)
    }

    @Test(
        "an affiliate or advertising disclaimer goes",
        arguments: [
            "Anzeige, enthält Affiliate Links", "This post contains affiliate links to shops we like.",
            "This post contains references to products from one or more of our advertisers.",
            "We recommend the best products through an independent review process.",
            "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products. Terms apply to the offers listed on this page. The opinions expressed here are the author's alone, not those of any bank or card issuer, and have not been reviewed.",
        ])
    func affiliateNotices(_ line: String) throws {
        try Self.expectDropped(line)
    }

    @Test(
        "a \"read also\" line goes",
        arguments: ["Lesen Sie auch: Ein anderer Artikel", "Lire aussi : un autre article", "Read also: another story"])
    func readAlsoLines(_ line: String) throws {
        try Self.expectDropped(line)
    }

    @Test(
        "an author box heading ends the article: the bio under it goes, the text above stays",
        arguments: ["Über den Autor", "About the author", "À propos de l’auteur", "Sobre el autor"])
    func authorBoxEnds(_ heading: String) throws {
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1>\(ExtractionPages.paragraphs("story", 4))<h3>\(heading)</h3><p>Ana Example writes about wine and food for several magazines and has done so for many years.</p></article>"
        )
        let text = try cleanChecked(page).string
        #expect(text.contains("The story paragraph 3"))
        #expect(!text.contains("writes about wine"))
        #expect(!text.contains(heading))
    }

    @Test(
        "a byline label gives the author, in several languages, and the line goes",
        arguments: [
            "Autor: Ana Example", "Autorin: Ana Example", "Von: Ana Example", "Text: Ana Example", "作者：Ana Example",
        ])
    func bylineLabels(_ line: String) throws {
        let clean = try cleanChecked(Self.article(with: line))
        #expect(clean.metadata.author == "Ana Example")
        #expect(!clean.string.contains("Ana Example"))
        #expect(clean.string.contains("The after paragraph 0"))
    }

    @Test("article sentences that open with a listed word stay: a cue is a label, not a word")
    func sentencesStay() throws {
        let lines = [
            "Bilder aus dem Archiv zeigen, wie das Dorf vor hundert Jahren aussah und wer dort lebte.",
            "Teilen Sie den Teig in vier gleich große Stücke und lassen Sie ihn ruhen.",
            "Auch interessant ist, dass die Studie schon vor Jahren begonnen wurde.",
        ]
        for line in lines {
            #expect(try cleanChecked(Self.article(with: line)).string.contains(line))
        }
    }

    @Test("a date label over a line of digits takes the date; a heading further on is never taken for the date")
    func dateLabelOverDigits() throws {
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1><div class=\"infos\"><div>Erschienen am</div><div>15.12.2022</div></div>\(ExtractionPages.paragraphs("intro", 2))<h2>A later section</h2>\(ExtractionPages.paragraphs("later", 2))</article>"
        )
        let clean = try cleanChecked(page)
        #expect(clean.metadata.published == "2022-12-15")
        #expect(clean.string.contains("A later section"))
        let unfilled = ExtractionPages.page(
            "<article><h1>The story title</h1><div>Erschienen am</div><span class=\"x\"></span>\(ExtractionPages.paragraphs("intro", 2))<h2>A later section</h2>\(ExtractionPages.paragraphs("later", 2))</article>"
        )
        #expect(try cleanChecked(unfilled).string.contains("A later section"))
    }

    @Test("a block after the text that opens with the page author's name is the author's bio and goes")
    func authorBioByName() throws {
        let head = "<title>Test page</title><meta name=\"author\" content=\"Ana Example\">"
        let story = ExtractionPages.paragraphs("story", 4)
        let bios = [
            "<p>Ana Example is the founder of a small consultancy that helps firms tell their story well.</p>",
            "<p>Ana Example</p><p>ist Gründerin einer kleinen Agentur und schreibt über Wein und Essen.</p>",
        ]
        for bio in bios {
            let clean = try cleanChecked(
                ExtractionPages.page(head: head, "<article><h1>The story title</h1>\(story)\(bio)</article>"))
            #expect(clean.string.contains("The story paragraph 3"))
            #expect(!clean.string.contains("Ana Example"))
            #expect(!clean.string.contains("Agentur"))
        }
        // A quote of the author ("Ana Example: ...") and text on a page without an author stay.
        let quoted = "<p>Ana Example: the findings surprised everyone in the team, she said.</p>"
        #expect(
            try cleanChecked(ExtractionPages.page(head: head, "<article>\(story)\(quoted)</article>")).string.contains(
                "the findings surprised"))
        let anonymous = try cleanChecked(ExtractionPages.page("<article>\(story)\(bios[0])</article>"))
        #expect(anonymous.string.contains("is the founder"))
    }

    @Test("a lone h1 that is the meta title with a kicker before it or a subtitle after it gives the meta title")
    func kickerInHeading() throws {
        let story = ExtractionPages.paragraphs("story", 3)
        let head =
            "<title>Drinks by boat to the city centre | Example News</title><meta property=\"og:site_name\" content=\"Example News\">"
        let kicker = ExtractionPages.page(
            head: head,
            "<article><h1><span>Olympic Games</span> <span>Drinks by boat to the city centre</span></h1>\(story)</article>"
        )
        #expect(try cleanChecked(kicker).metadata.title == "Drinks by boat to the city centre")
        let subtitle = ExtractionPages.page(
            head: head,
            "<article><h1>Drinks by boat to the city centre <small>How the games feed a crowd</small></h1>\(story)</article>"
        )
        #expect(try cleanChecked(subtitle).metadata.title == "Drinks by boat to the city centre")
        let own = ExtractionPages.page(head: head, "<article><h1>A heading of its own</h1>\(story)</article>")
        #expect(try cleanChecked(own).metadata.title == "A heading of its own")
    }

    @Test("an h1 cut by its elements or separators gives the part a metadata title names, or loses a kicker")
    func namedPartOfHeading() throws {
        let story = ExtractionPages.paragraphs("story", 3)
        // The JSON-LD headline names the part after a kicker the meta title does not hold.
        let headline =
            "<title>Worm bins | Example</title><script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"Build a worm bin yourself\"}</script>"
        let named = ExtractionPages.page(
            head: headline,
            "<article><h1><span class=\"roofline\">Worm bins</span> Build a worm bin yourself</h1>\(story)</article>")
        #expect(try cleanChecked(named).metadata.title == "Build a worm bin yourself")
        // Only the whole h1 is named: a short first element before a new phrase is a kicker.
        let whole =
            "<title>Climate: Drilling until it gets hot | Example News</title><meta property=\"og:site_name\" content=\"Example News\">"
        let kicker = ExtractionPages.page(
            head: whole,
            "<article><h1><span>Climate</span><span hidden>: </span><span>Drilling until it gets hot</span></h1>\(story)</article>"
        )
        #expect(try cleanChecked(kicker).metadata.title == "Drilling until it gets hot")
        // A separator inside one text: the kicker goes when the meta title names the rest.
        let slash = ExtractionPages.page(
            head:
                "<title>A new president is chosen | Example News</title><meta property=\"og:site_name\" content=\"Example News\">",
            "<article><h1>\"Reform now\" / A new president is chosen</h1>\(story)</article>")
        #expect(try cleanChecked(slash).metadata.title == "A new president is chosen")
        // What the separator leaves out goes on the title's sentence: the h1 stays whole.
        let sentence = ExtractionPages.page(
            head: "<title>Can fish feel pain?</title>",
            "<article><h1>Can fish feel pain / suffer?</h1>\(story)</article>")
        #expect(try cleanChecked(sentence).metadata.title == "Can fish feel pain / suffer?")
        // Inline emphasis is no kicker: the rest goes on in a small letter.
        let emphasis = ExtractionPages.page(
            head: "<title>Why we sleep</title>", "<article><h1><span>Why</span> we sleep</h1>\(story)</article>")
        #expect(try cleanChecked(emphasis).metadata.title == "Why we sleep")
    }

    @Test(
        "an author value loses a label ending in a byline word and a trailing handle; particles of names stay",
        arguments: [
            ("Erstellt von Ana Example", "Ana Example"), ("See all posts by Ana Example", "Ana Example"),
            ("von: Ana Example", "Ana Example"), ("Ana Example @anaexample", "Ana Example"),
            ("Vicco von Bülow", "Vicco von Bülow"), ("Ursula von der Leyen", "Ursula von der Leyen"),
        ])
    func authorLabelOff(_ value: String, _ expected: String) throws {
        let page = ExtractionPages.page(
            head: "<title>The story</title><meta name=\"author\" content=\"\(value)\">",
            "<article><h1>The story</h1>\(ExtractionPages.paragraphs("story", 3))</article>")
        #expect(try cleanChecked(page).metadata.author == expected)
    }

    @Test("a visible \"updated on\" label does not hide the page's own date of publication")
    func updatedLabelKeepsPublished() throws {
        let page = ExtractionPages.page(
            "<article><h1>The story title</h1><p><time datetime=\"2019-09-26T11:43:53+02:00\">26. September 2019</time></p>\(ExtractionPages.paragraphs("story", 3))<p>Aktualisiert am 19.02.2020</p></article>"
        )
        let metadata = try cleanChecked(page).metadata
        #expect(metadata.published?.hasPrefix("2019-09-26") == true)
        #expect(metadata.modified == "2020-02-19")
    }
}
