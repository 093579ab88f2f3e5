import Foundation
import Testing
@testable import MarrowKit

@Suite("Loading evidence records is order-independent")
struct LoadTests {
    /// The corpus records, as `marrow extract` would write them, one array per document.
    static var corpusRecords: [[EvidenceRecord]] { Repository.corpusResults.map(\.records) }

    /// Round-trips records through JSON Lines, as they would travel between machines.
    static func throughJSONLines(_ records: [EvidenceRecord]) throws -> [EvidenceRecord] {
        let encoder = JSONLinesEncoder()
        var data = Data()
        for record in records { data.append(try encoder.line(record)) }
        let (read, failures) = EvidenceRecordReader.read(data, label: "shard.jsonl")
        #expect(failures.isEmpty)
        return read
    }

    @Test("shard A then B, B then A, all at once, and ingesting the documents give the same content")
    func orderIndependent() throws {
        let documents = Self.corpusRecords
        #expect(documents.count == 4 && documents.allSatisfy { !$0.isEmpty })
        let shardA = try Self.throughJSONLines(Array(documents[0..<2].joined()))
        let shardB = try Self.throughJSONLines(Array(documents[2...].joined()))

        let ab = try KnowledgeBaseFixture.fresh()
        try ab.load(shardA)
        try ab.load(shardB)
        let ba = try KnowledgeBaseFixture.fresh()
        try ba.load(shardB)
        try ba.load(shardA)
        let all = try KnowledgeBaseFixture.fresh()
        try all.load((shardA + shardB).reversed())
        let ingested = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults { try ingested.ingest(result, lexiconVersion: Repository.lexicon.version) }

        let expected = try ingested.contentDump()
        #expect(!expected.isEmpty)
        #expect(try ab.contentDump() == expected)
        #expect(try ba.contentDump() == expected)
        #expect(try all.contentDump() == expected)
        #expect(try ab.integrityProblems().isEmpty)
    }

    @Test("records of one document split across shards, interleaved, and loaded twice fold to the same content")
    func splitDocuments() throws {
        let records = try Self.throughJSONLines(Array(Self.corpusRecords.joined()))
        let odd = records.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let even = records.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let reference = try KnowledgeBaseFixture.fresh()
        try reference.load(records)
        let split = try KnowledgeBaseFixture.fresh()
        try split.load(odd)
        try split.load(even)
        let outcome = try split.load(records)
        #expect(outcome.unchanged == 4)
        #expect(try split.contentDump() == reference.contentDump())
    }

    @Test("two versions of one path meeting in a load resolve the same way whatever the order")
    func versionsResolveDeterministically() throws {
        let oldSHA = KnowledgeBaseFixture.sha("old"), newSHA = KnowledgeBaseFixture.sha("new"), thirdSHA = KnowledgeBaseFixture.sha("third")
        let old = [KnowledgeBaseFixture.record(source: oldSHA, path: "a.txt", subject: "alpha", assertion: .affirmed, modified: "2023-01-01")]
        let new = [KnowledgeBaseFixture.record(source: newSHA, path: "a.txt", subject: "beta", assertion: .affirmed, modified: "2024-06-01")]
        let third = [KnowledgeBaseFixture.record(source: thirdSHA, path: "a.txt", subject: "gamma", assertion: .negated, modified: "2023-05-01")]
        var dumps: Set<String> = []
        for order in [[old, new, third], [new, old, third], [third, new, old], [old, third, new]] {
            let kb = try KnowledgeBaseFixture.fresh()
            for batch in order { try kb.load(batch) }
            dumps.insert(try kb.contentDump())
            let current = try kb.sourceVersions().filter(\.isCurrent)
            #expect(current.map(\.sha256) == [newSHA])
            #expect(try kb.claims().map(\.subject) == ["beta"])
            #expect(try kb.sourceVersions().count == 3)
        }
        #expect(dumps.count == 1, "\(dumps.map { $0.split(separator: "\n").filter { line in !dumps.allSatisfy { $0.contains(line) } } })")
    }

    @Test("a record of a newer schema is reported with file and line, not loaded")
    func newerRecordSchema() throws {
        let record = KnowledgeBaseFixture.record(source: KnowledgeBaseFixture.sha("x"), path: "x.txt", subject: "alpha", assertion: .affirmed)
        var line = try JSONLinesEncoder().line(record)
        let good = line
        line = Data(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\"schema\":1", with: "\"schema\":99").utf8)
        let (records, failures) = EvidenceRecordReader.read(good + Data("\n".utf8) + line + Data("{oops\n".utf8), label: "s.jsonl")
        #expect(records.count == 1)
        #expect(failures.map(\.location?.line) == [3, 4])
        #expect(failures.first?.description.hasPrefix("s.jsonl:3: error: record schema 99") == true)
    }
}
