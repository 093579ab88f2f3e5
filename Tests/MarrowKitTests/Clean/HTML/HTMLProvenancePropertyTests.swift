import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// Random HTML pages through the whole pipeline: every record, every sentence and every block
/// must fold back to its raw bytes (`ProvenanceCheck`), and the page must not be lost. Each
/// feature is a shape that once broke provenance (bare `&`, unknown references, references
/// without `;`, pages over libxml2's 32,000-byte look-ahead, deep nesting).
@Suite("Provenance of random HTML pages")
struct HTMLProvenancePropertyTests {
    func check(features: Set<RandomPage.Feature>, count: Int = 60, sections: ClosedRange<Int> = 1...6) async {
        await propertyCheck(
            count: PropertyRuns.scaled(count), input: Gen.int(in: 0...1_000_000).array(of: 1...80),
            Gen.int(in: sections)
        ) {
            (choices: [Int], sections: Int) in
            var c = Choices(choices)
            let html = RandomPage.make(&c, sections: sections, features: features)
            do {
                let result = try processHTML(html, path: "page.html")
                let violations = ProvenanceCheck.violations(result, matched: Repository.processor.match(result.clean))
                #expect(violations.isEmpty, "\(violations.prefix(5))\n\(html.prefix(3_000))")
            } catch {
                Issue.record("page lost: \(error)\n\(html.prefix(3_000))")
            }
        }
    }

    @Test("pages with inline markup, references, comments, scripts, lists, tables, nested blocks and CRLF")
    func ordinaryPages() async {
        await check(features: [.crlf])
    }

    @Test("a bare & or AT&T in text")
    func bareAmpersand() async {
        await check(features: [.crlf, .bareAmpersand])
    }

    @Test("references libxml2 does not know (&bogus;)")
    func unknownEntities() async {
        await check(features: [.unknownEntity])
    }

    @Test("named references without their ';' (&amp more)")
    func referencesWithoutSemicolon() async {
        await check(features: [.referenceWithoutSemicolon])
    }

    @Test("pages of more than 40 KB")
    func longPages() async {
        await check(features: [.crlf, .longPage], count: 10)
    }

    @Test("paragraphs nested 255 levels and deeper")
    func deepNesting() async {
        await check(features: [.deepNesting], count: 20)
    }
}
