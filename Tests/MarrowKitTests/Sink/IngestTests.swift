import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Ingest into the knowledge base")
struct IngestTests {
    func ingest(_ path: String, into kb: KnowledgeBase) throws -> IngestOutcome {
        let document = try SourceReference.file(path: path, origin: SourceOrigin()).load()
        return try kb.ingest(try Repository.processor.process(document), lexiconVersion: Repository.lexicon.version)
    }

    @Test("the same bytes twice change nothing")
    func idempotent() throws {
        let folder = Repository.temporaryFolder()
        let kb = try KnowledgeBase(path: folder + "/kb.sqlite")
        let article = Repository.corpus + "/002_ea57ffaf7b3f4962.txt"
        #expect(try ingest(article, into: kb) == .added)
        let first = try kb.contentDump()
        #expect(try ingest(article, into: kb) == .unchanged)
        #expect(try kb.contentDump() == first)
        #expect(try kb.integrityProblems().isEmpty)
    }

    @Test("a changed article replaces its old evidence and keeps the old version recorded")
    func changedFileSupersedes() throws {
        let folder = Repository.temporaryFolder()
        let kb = try KnowledgeBase(path: folder + "/kb.sqlite")
        let path = folder + "/article.txt"
        try "Causes\n\nBone marrow edema can be caused by osteoarthritis or stress fractures.\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(try ingest(path, into: kb) == .added)
        #expect(try kb.claims().map(\.subject).sorted() == ["osteoarthritis", "stress-fracture"])

        try "Causes\n\nBone marrow edema can be caused by gout.\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        guard case .replaced(let previous) = try ingest(path, into: kb) else {
            Issue.record("expected the new bytes to replace the old version")
            return
        }
        #expect(previous.count == 1)
        #expect(try kb.claims().map(\.subject) == ["gout"])
        let stats = try kb.statistics()
        #expect(stats.sources == 1)
        #expect(stats.oldVersions == 1)
        #expect(try kb.integrityProblems().isEmpty)
    }
}
