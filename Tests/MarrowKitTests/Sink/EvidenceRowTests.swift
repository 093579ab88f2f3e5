import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("An evidence row: the whole source, as audit prints it")
struct EvidenceRowTests {
    @Test("the row holds every source field; audit's JSON keeps its keys (no reviewer, modified, language)")
    func sourceFieldsAndAuditKeys() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        var record = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("row"), path: "row.txt", subject: "alpha", assertion: .affirmed,
            modified: "2024-02-02")
        record.source.author = "A. Author"
        record.source.reviewer = "R. Reviewer"
        record.source.published = "2024-01-01"
        record.source.reviewed = "2024-03-03"
        record.source.language = "en"
        record.source.url = "https://example.org/row"
        try kb.ingest(source: record.source, records: [record], lexiconVersion: "lex-1")
        let row = try #require(try kb.evidence(claim: record.claim.id).first)
        #expect(row.source == record.source)

        let json = try #require(
            try JSONSerialization.jsonObject(with: PrettyJSON.compact(row)) as? [String: Any])
        let source = try #require(json["source"] as? [String: Any])
        #expect(
            source.keys.sorted() == [
                "author", "id", "mediaType", "path", "published", "publisher", "reviewed", "sha256", "title", "url",
            ])
        #expect(source["mediaType"] as? String == "text/plain")
        #expect(source["reviewed"] as? String == "2024-03-03")
        #expect(json.keys.sorted() == ["assertion", "id", "mention", "passage", "role", "source", "why"])
    }
}
