import MarrowTestSupport
import PropertyBased
import Synchronization
import Testing

@testable import MarrowKit

/// Random scraped articles through the whole pipeline: every record, every sentence and every
/// block must fold back to its raw bytes (`ProvenanceCheck`), at any length.
@Suite("Provenance of random articles")
struct ArticleProvenancePropertyTests {
    /// Counts the cases of a property check and those that exercised what the test is about
    /// (the check's closure is `@Sendable`, hence the lock).
    final class Tally: Sendable {
        private let counts = Mutex<(cases: Int, hits: Int)>((0, 0))
        func add(hit: Bool) {
            counts.withLock {
                $0.cases += 1
                if hit { $0.hits += 1 }
            }
        }
        var cases: Int { counts.withLock { $0.cases } }
        var hits: Int { counts.withLock { $0.hits } }
    }

    @Test(
        "clean text ending two bytes before to two after a multiple of 256, last sentence naming a cause",
        arguments: 1...24)
    func aroundStrideBoundary(multiple: Int) async throws {
        let tally = Tally()
        await propertyCheck(
            count: PropertyRuns.scaled(6), input: Gen.int(in: 0...1_000_000).array(of: 1...40), Gen.int(in: -2...2)
        ) {
            (choices: [Int], delta: Int) in
            let target = multiple * 256 + delta
            var c = Choices(choices)
            let cause = c.pick(LexiconTerms.causes)
            func article(sections: Int, pad: Int) -> String {
                var copy = c
                return RandomArticle.make(
                    &copy, sections: sections,
                    last: "The scan showed \(String(repeating: "z", count: pad)). It can also result from \(cause).")
            }
            func cleanLength(_ text: String) -> Int {
                (try? Repository.processor.clean(SourceDocument(path: "a.txt", raw: Array(text.utf8), mediaType: .text)))?
                    .utf8.count ?? 0
            }
            var sections = 1 + c.next(multiple + 1)
            while sections > 0, cleanLength(article(sections: sections, pad: 1)) >= target { sections -= 1 }
            var pad = 1
            for _ in 0..<3 { pad += target - cleanLength(article(sections: sections, pad: pad)) }
            let text = article(sections: sections, pad: max(1, pad))
            do {
                let result = try process(text: text, path: "article.txt")
                #expect(result.clean.utf8.count == target, "could not build an article of \(target) clean bytes")
                let violations = ProvenanceCheck.violations(result, matched: Repository.processor.match(result.clean))
                #expect(violations.isEmpty, "\(violations.prefix(5))\n\(text)")
                let scalars = result.clean.string.unicodeScalars.count
                tally.add(hit: result.records.contains { $0.passage.end == scalars })
            } catch {
                Issue.record("article rejected: \(error)\n\(text)")
            }
        }
        // Most cases must have a record whose passage ends the text, or the boundary is untested.
        #expect(
            tally.hits * 2 > tally.cases, "\(tally.hits) of \(tally.cases) articles had a record at the end of the text"
        )
    }

    @Test("articles of random length and shape")
    func randomArticles() async throws {
        let tally = Tally()
        await propertyCheck(
            count: PropertyRuns.scaled(150), input: Gen.int(in: 0...1_000_000).array(of: 1...80), Gen.int(in: 0...30)
        ) {
            (choices: [Int], sections: Int) in
            var c = Choices(choices)
            let text = RandomArticle.make(&c, sections: sections)
            guard let result = try? process(text: text, path: "article.txt") else {
                // Only an article with no text at all may be refused.
                #expect(sections == 0, "article rejected:\n\(text)")
                return
            }
            let violations = ProvenanceCheck.violations(result, matched: Repository.processor.match(result.clean))
            #expect(violations.isEmpty, "\(violations.prefix(5))\n\(text)")
            tally.add(hit: !result.records.isEmpty)
        }
        #expect(tally.hits * 2 > tally.cases, "only \(tally.hits) of \(tally.cases) articles gave records")
    }
}
