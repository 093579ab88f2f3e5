import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("HTML cleaning: fixtures, provenance and claim parity")
struct HTMLFixtureTests {
    @Test("every record of every HTML fixture resolves back to its raw bytes")
    func provenanceOverEveryRecord() throws {
        var records = 0
        #expect(HTMLFixtures.all.count >= 5)
        for name in HTMLFixtures.all {
            let result = try #require(HTMLFixtures.results[name], "\(name) did not process")
            #expect(!result.records.isEmpty, "\(name) yields no records")
            let failures = provenanceFailures(result)
            #expect(failures.isEmpty, "\(name):\n\(failures.prefix(5).joined(separator: "\n"))")
            records += result.records.count
        }
        print("HTML provenance: \(records) records over \(HTMLFixtures.all.count) fixtures")
        #expect(records > 100)
    }

    @Test("every block's raw span reads back as its text, and its XPath anchor finds the element")
    func blockSpansAndAnchors() throws {
        for name in HTMLFixtures.all {
            let result = try #require(HTMLFixtures.results[name])
            let raw = result.document.raw
            let tree = try HTMLParser.parse(raw, encoding: HTMLEncoding.detect(raw))
            for block in result.clean.blocks {
                let text = result.clean.text(block.range)
                let span = result.clean.offsetMap.rawRange(for: block.range)
                let decoded = HTMLText.decode(raw[span.lowerBound.value..<span.upperBound.value])
                #expect(
                    WhitespaceFolding.fold(decoded) == WhitespaceFolding.fold(text),
                    "\(name): block '\(text.prefix(60))'")
                let anchor = try #require(block.anchor)
                let xpath = try #require(anchor.xpath)
                let element = try #require(tree.resolve(xpath: xpath), "\(name): \(xpath) does not resolve")
                #expect(
                    CueText.fold(tree.readableText(element)).contains(CueText.fold(text)),
                    "\(name): \(xpath) does not hold '\(text.prefix(60))'")
                #expect((anchor.line ?? 0) >= 1)
            }
        }
    }

    @Test("every corpus claim found from the text article is found from its HTML wrapping")
    func claimParityWithCorpus() throws {
        let topic = try #require(Repository.lexicon.conceptTable.first { $0.roles.contains(.topic) }).id
        var textClaims = 0
        var htmlClaims = 0
        for (htmlName, textName) in HTMLFixtures.corpusPairs {
            let textResult = try #require(Repository.corpusResults.first { $0.document.path.hasSuffix(textName) })
            let htmlResult = try #require(HTMLFixtures.results[htmlName])
            func claims(_ result: DocumentResult) -> Set<String> {
                Set(result.records.filter { $0.claim.object == topic }.map { "\($0.role.rawValue):\($0.concept.id)" })
            }
            let fromText = claims(textResult)
            let fromHTML = claims(htmlResult)
            textClaims += fromText.count
            htmlClaims += fromHTML.count
            #expect(fromText.isSubset(of: fromHTML), "\(htmlName) misses \(fromText.subtracting(fromHTML).sorted())")
            print(
                "parity \(htmlName): text \(fromText.count) claims, html \(fromHTML.count), missing \(fromText.subtracting(fromHTML).sorted()), extra \(fromHTML.subtracting(fromText).sorted())"
            )
        }
        print("claim parity: text \(textClaims), html \(htmlClaims)")
    }

    @Test("no record and no clean text comes from page chrome")
    func nothingFromChrome() throws {
        for name in HTMLFixtures.all {
            let result = try #require(HTMLFixtures.results[name])
            let text = result.clean.string
            for phrase in HTMLFixtures.chromePhrases {
                #expect(!text.contains(phrase), "\(name): clean text holds chrome '\(phrase)'")
            }
            for record in result.records {
                for phrase in HTMLFixtures.chromePhrases {
                    #expect(
                        !record.passage.text.contains(phrase), "\(name): evidence from chrome: \(record.passage.text)")
                }
                #expect(
                    !["acupuncture", "homeopathy", "lupus"].contains(record.concept.id),
                    "\(name): \(record.concept.id) from chrome")
            }
        }
    }

    @Test(
        "the article text is kept, headings and lists as blocks",
        arguments: [
            (
                "corpus-article-000.html",
                [
                    "What are the Causes of Bone Marrow Edema?", "Believed Links",
                    "the patient also had osteoarthritis", "Diagnosis is performed with MRI technology.",
                ]
            ),
            (
                "corpus-divsoup-001.html",
                [
                    "Definition of Bone Marrow Edema",
                    "Nonsteroidal anti-inflammatory medications can restore normal joint function.",
                    "calcitonin or parathyroid hormones",
                ]
            ),
            (
                "corpus-table-002.html",
                [
                    "Bone Marrow Edema: Diagnosis & Treatment",
                    "Certain health conditions, such as osteoarthritis or osteoporosis.",
                    "Nonsteroidal anti-inflammatory drugs (NSAIDs).", "A note from Cleveland Clinic",
                ]
            ),
            (
                "corpus-jsonld-003.html",
                [
                    "Bone Marrow Edema - Causes, Symptoms, Diagnosis, and Treatment", "Transient local osteoporosis.",
                    "Platelet-rich plasma and stem cell injections", "Conclusion",
                ]
            ),
        ])
    func articleKept(name: String, phrases: [String]) throws {
        let result = try #require(HTMLFixtures.results[name])
        let blocks = result.clean.blocks.map { result.clean.text($0.range) }
        for phrase in phrases {
            #expect(result.clean.string.contains(phrase), "\(name) lost '\(phrase)'")
        }
        #expect(result.clean.blocks.first?.kind == .heading(level: 1), "\(name): \(blocks.first ?? "")")
        #expect(
            result.clean.blocks.contains { $0.kind.headingLevel == 2 || $0.kind.headingLevel == 3 }
                || name.contains("divsoup"))
        if name.contains("table") || name.contains("jsonld") {
            #expect(result.clean.blocks.filter { $0.kind == .listItem }.count > 10)
        }
    }

    @Test("metadata from meta tags, JSON-LD and visible labels")
    func metadata() throws {
        let article = try #require(HTMLFixtures.results["corpus-article-000.html"]).clean.metadata
        #expect(article.title == "What are the Causes of Bone Marrow Edema?")
        #expect(article.publisher == "Example Health")
        #expect(article.author == "Staff Writer")
        #expect(article.published == "2021-05-04T09:00:00Z")
        #expect(article.canonicalURL == "https://health.example.com/bone-marrow-edema-causes")
        #expect(article.language == "en")

        let divsoup = try #require(HTMLFixtures.results["corpus-divsoup-001.html"]).clean.metadata
        #expect(divsoup.title == "Definition of Bone Marrow Edema")
        #expect(divsoup.author == "Jacquelyn Jeanty")
        #expect(divsoup.modified == "2017-06-14")

        let table = try #require(HTMLFixtures.results["corpus-table-002.html"]).clean.metadata
        #expect(table.reviewed == "01/03/2023")
        #expect(table.publisher == "Cleveland Clinic")

        let jsonld = try #require(HTMLFixtures.results["corpus-jsonld-003.html"]).clean.metadata
        #expect(jsonld.publisher == "iCliniq")
        #expect(jsonld.reviewer == "Dr. Example Reviewer")
        #expect(jsonld.published == "2023-12-12")
        #expect(jsonld.modified == "2023-12-13")
        #expect(jsonld.reviewed == "2023-12-12")
        #expect(jsonld.language == "en-US")
        #expect(jsonld.canonicalURL == "https://www.icliniq.com/articles/bone-marrow-edema")
        #expect(jsonld.author == "Dr. Patil Mahaveer Jingonda")
    }
}

@Suite("HTML cleaning: the title above the article")
struct HTMLTitleTests {
    @Test("a title h1 before the article container is read once, before the article")
    func titleBeforeArticle() throws {
        let clean = try cleanHTML(
            Array(
                "<html><body><h1>Hay fever</h1><div><article><p>Grass pollen causes hay fever in spring.</p></article></div></body></html>"
                    .utf8))
        #expect(clean.blocks.map { clean.text($0.range) } == ["Hay fever", "Grass pollen causes hay fever in spring."])
    }

    @Test(
        "an article inside the h1 (broken markup) is read once, not again as the title (fuzz finding F12)",
        arguments: [
            "<h1><article>Grass pollen causes hay fever in spring</article></h1>",
            "<html><body><main><h1>Causes</hbroken <article><p>Grass pollen causes hay fever in spring.</p><p>Antihistamines help.</p></article>",
        ])
    func articleInsideHeading(_ html: String) throws {
        let clean = try cleanHTML(Array(html.utf8))
        let texts = clean.blocks.map { clean.text($0.range) }
        #expect(Set(texts).count == texts.count, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Grass pollen causes hay fever in spring") })
        // The offset map reads the page in order.
        let raws = clean.blocks.map { clean.offsetMap.rawRange(for: $0.range) }
        #expect(zip(raws, raws.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    }
}
