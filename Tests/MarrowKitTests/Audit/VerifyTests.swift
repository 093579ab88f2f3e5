import Foundation
import GRDB
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Verify re-reads sources and re-resolves anchors")
struct VerifyTests {
    static let text =
        "Causes\n\nBone marrow edema can be caused by osteoarthritis or stress\nfractures.\n\nTreatment\n\nRest and NSAIDs help.\n"

    static func setUp() throws -> (KnowledgeBase, String, String) {
        let kb = try KnowledgeBaseFixture.fresh()
        let folder = Repository.temporaryFolder()
        try text.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "osteoarthritis", with: "gout").write(
            toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        try KnowledgeBaseFixture.ingest(folder + "/a.txt", into: kb)
        try KnowledgeBaseFixture.ingest(folder + "/b.txt", into: kb)
        return (kb, folder + "/a.txt", folder + "/b.txt")
    }

    @Test("every anchor of the corpus holds")
    func corpusHolds() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults { try kb.ingest(result, lexiconVersion: Repository.lexicon.version) }
        let report = try Verifier(knowledgeBase: kb).verify()
        #expect(report.passed, "\(report.problems.map(\.description))")
        #expect(report.counts[.sources] == 4 && report.counts[.passages] > 0 && report.counts[.mentions] > 0)
    }

    @Test("changed and vanished sources are reported at their path")
    func changedAndVanished() throws {
        let (kb, a, b) = try Self.setUp()
        #expect(try Verifier(knowledgeBase: kb).verify().passed)
        try (Self.text + "Edited.\n").write(toFile: a, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: b)
        let report = try Verifier(knowledgeBase: kb).verify()
        #expect(!report.passed)
        #expect(report.counts[.changed] == 1 && report.counts[.vanished] == 1)
        let lines = report.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix(a + ": error: source changed") })
        #expect(lines.contains { $0.hasPrefix(b + ": error: source vanished") })
    }

    @Test("an anchor that no longer yields its passage or mention is reported with its line")
    func brokenAnchor() throws {
        let (kb, a, _) = try Self.setUp()
        let id = try #require(try kb.sourceVersions(path: a).first?.id)
        try kb.database.write { db in
            try db.execute(sql: "UPDATE passages SET raw_start = raw_start + 3 WHERE source_id = ?", arguments: [id])
            try db.execute(
                sql:
                    "UPDATE evidence SET raw_end = raw_end + 1 WHERE source_id = ? AND mention_text = 'osteoarthritis'",
                arguments: [id])
        }
        let report = try Verifier(knowledgeBase: kb).verify()
        #expect(report.counts[.brokenAnchors] > 1)
        let lines = report.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix(a + ":3: error: passage anchor bytes") })
        #expect(
            lines.contains {
                $0.hasPrefix(a + ":3: error: mention anchor bytes") && $0.contains("expected \"osteoarthritis\"")
            })
    }
}
