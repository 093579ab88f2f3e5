import Foundation
import GRDB
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Knowledge-base lifecycle: versions, remove, status")
struct LifecycleTests {
    static let first = "Causes\n\nBone marrow edema can be caused by osteoarthritis or stress fractures.\n"
    static let second = "Causes\n\nBone marrow edema can be caused by rheumatoid arthritis.\n"

    @Test("a changed article's new evidence replaces the old in every claim; the old version stays recorded")
    func versionsKept() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        let path = Repository.temporaryFolder() + "/article.txt"
        try Self.first.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try KnowledgeBaseFixture.ingest(path, into: kb) == .added)
        let oldID = SourceDocument.digest(Array(Self.first.utf8)).prefix(16)
        let oldClaims = Set(try kb.claims().map(\.subject))
        #expect(oldClaims.contains("osteoarthritis"))

        try Self.second.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try KnowledgeBaseFixture.ingest(path, into: kb) == .replaced(previous: [String(oldID)]))
        let versions = try kb.sourceVersions(path: path)
        #expect(versions.count == 2)
        let old = try #require(versions.first { $0.id == oldID })
        let new = try #require(versions.first { $0.id != oldID })
        #expect(old.supersededBy == new.id)
        #expect(old.evidence == 0)
        #expect(new.isCurrent && new.evidence > 0)
        let claims = try kb.claims()
        #expect(!claims.map(\.subject).contains("osteoarthritis"))
        for claim in claims {
            #expect(try kb.evidence(claim: claim.id).allSatisfy { $0.source.id == new.id })
        }
        let stats = try kb.statistics()
        #expect(stats.sources == 1 && stats.oldVersions == 1)
        #expect(try kb.integrityProblems().isEmpty)
    }

    @Test(
        "remove retracts a source: its evidence and orphaned claims go, its row stays marked, re-ingest leaves it out, --restore takes it back"
    )
    func removeRetracts() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        let folder = Repository.temporaryFolder()
        try Self.first.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try Self.second.write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        try KnowledgeBaseFixture.ingest(folder + "/a.txt", into: kb)
        let afterA = try kb.contentDump()
        try KnowledgeBaseFixture.ingest(folder + "/b.txt", into: kb)

        guard case .retracted(let removed) = try kb.remove(folder + "/b.txt") else {
            Issue.record("expected a retraction")
            return
        }
        #expect(removed.path == folder + "/b.txt")
        let versions = try kb.sourceVersions()
        #expect(versions.first { $0.id == removed.id }?.retracted == true)
        #expect(try kb.claims().allSatisfy { $0.subject != "rheumatoid-arthritis" })
        #expect(try kb.statistics().retracted == 1)
        #expect(try kb.statistics().sources == 1)
        // What is left is exactly what was there before b, apart from b's retracted row.
        #expect(
            try kb.contentDump().split(separator: "\n").filter { !$0.contains(removed.id) }.joined(separator: "\n")
                == afterA)

        #expect(throws: MarrowError.self) { try kb.remove(folder + "/b.txt") }
        #expect(throws: MarrowError.self) { try kb.remove("no-such-source") }

        // The retraction stands: ingesting the same bytes again leaves them out.
        let retracted = try kb.contentDump()
        #expect(try KnowledgeBaseFixture.ingest(folder + "/b.txt", into: kb) == .retracted)
        #expect(try kb.contentDump() == retracted)
        let document = try SourceReference.file(path: folder + "/b.txt", origin: SourceOrigin()).load()
        #expect(
            try kb.ingest(
                try Repository.processor.process(document), lexiconVersion: Repository.lexicon.version, restore: true)
                == .added)
        #expect(try kb.statistics().retracted == 0)
        #expect(try kb.integrityProblems().isEmpty)
    }

    @Test("remove accepts an id prefix, and refuses an ambiguous one")
    func removeByPrefix() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        let folder = Repository.temporaryFolder()
        try Self.first.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try KnowledgeBaseFixture.ingest(folder + "/a.txt", into: kb)
        let source = try #require(try kb.sourceVersions().first)
        #expect(try kb.remove(String(source.id.prefix(8))) == .retracted(source))
    }

    @Test("status: stale against other lexicons, and against new, changed and vanished corpus files")
    func staleness() throws {
        let kb = try KnowledgeBaseFixture.fresh()
        let corpus = Repository.temporaryFolder()
        for (name, text) in [("a.txt", Self.first), ("b.txt", Self.second)] {
            try text.write(toFile: corpus + "/" + name, atomically: true, encoding: .utf8)
            try KnowledgeBaseFixture.ingest(corpus + "/" + name, into: kb)
        }
        var status = try KnowledgeBaseFixture.staleness(kb, corpus: corpus)
        #expect(!status.isStale, "\(status)")
        #expect(try kb.staleness(lexiconVersion: "another", corpus: nil).sourcesWithOtherLexicon.count == 2)

        try (Self.first + "\nMore text.\n").write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: corpus + "/b.txt")
        try "Causes\n\nGout can lead to it.\n".write(toFile: corpus + "/c.txt", atomically: true, encoding: .utf8)
        status = try KnowledgeBaseFixture.staleness(kb, corpus: corpus)
        #expect(status.changedInCorpus == [corpus + "/a.txt"])
        #expect(status.missingFromCorpus == [corpus + "/b.txt"])
        #expect(status.newInCorpus == [corpus + "/c.txt"])
        #expect(status.corpusStale && !status.lexiconStale)
        #expect(try kb.statistics().sourceLexiconVersions == [Repository.lexicon.version])
    }

    @Test("a knowledge base written by a newer Marrow is refused with a clear message")
    func newerSchemaRefused() throws {
        let path = Repository.temporaryFolder() + "/kb.sqlite"
        do {
            let kb = try KnowledgeBase(path: path)
            try kb.database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
            }
            try kb.database.close()
        }
        let error = try #require(throws: MarrowError.self) { try KnowledgeBase(path: path, create: false) }
        #expect(error.code == .knowledgeBase)
        #expect(error.message.contains("newer Marrow"))
        #expect(error.message.contains("v99"))
        #expect(error.description.hasPrefix(path + ": error: "))
    }
}
