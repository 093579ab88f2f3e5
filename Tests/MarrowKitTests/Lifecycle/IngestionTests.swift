import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// `Ingestion`, the run behind `ingest` and `rebuild`: documents in order, bad inputs reported and
/// recorded without stopping the run, progress after every document, and a rebuild that gives
/// the knowledge base an ingest gives.
@Suite("Ingestion: ingest and rebuild runs")
struct IngestionTests {
    /// A folder with two corpus articles, an empty file and a binary one.
    func mixedFolder() throws -> String {
        let folder = Repository.temporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.corpus).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        for name in names.prefix(2) {
            try FileManager.default.copyItem(atPath: Repository.corpus + "/" + name, toPath: folder + "/" + name)
        }
        FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
        FileManager.default.createFile(
            atPath: folder + "/binary.txt", contents: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]))
        return folder
    }

    @Test(
        "bad inputs are reported by path and recorded as rejected; the good ones are added, and a second run changes nothing"
    )
    func mixedInputs() async throws {
        let folder = try mixedFolder()
        let kb = try KnowledgeBaseFixture.fresh()
        let run = Ingestion(lexicon: Repository.lexicon, jobs: 2)
        var problems: [MarrowError] = []
        var progress: [RunProgress] = []
        let tally = try await run.ingest(
            paths: [folder], into: kb, problem: { problems.append($0) }, progress: { progress.append($0) })
        #expect(tally.added == 2 && tally.failed == 2 && tally.unchanged == 0)
        #expect(
            Set(problems.compactMap { $0.location.map { ($0.path as NSString).lastPathComponent } }) == [
                "empty.txt", "binary.txt",
            ])
        #expect(try kb.statistics().sources == 2)
        #expect(try kb.statistics().rejected == 2)
        // Progress starts before the first document and then counts every document once, in order.
        #expect(progress.first?.done == 0)
        #expect(progress.dropFirst().map(\.done) == Array(1...4))
        #expect(progress.allSatisfy { $0.total == 4 })
        #expect(progress.dropFirst().map(\.status).sorted() == ["added", "added", "failed", "failed"])

        problems = []
        progress = []
        let again = try await run.ingest(
            paths: [folder], into: kb, problem: { problems.append($0) }, progress: { progress.append($0) })
        #expect(again.added == 0 && again.unchanged == 2 && again.failed == 2)
        #expect(progress.dropFirst().map(\.status).sorted() == ["failed", "failed", "unchanged", "unchanged"])
        #expect(problems.count == 2)
    }

    @Test("a rebuild gives the content an ingest of the same documents gives, at any number of jobs")
    func rebuildEqualsIngest() async throws {
        let folder = try mixedFolder()
        let ingested = try KnowledgeBaseFixture.fresh()
        _ = try await Ingestion(lexicon: Repository.lexicon, jobs: 1).ingest(
            paths: [folder], into: ingested, problem: { _ in })
        for jobs in [1, 3] {
            let path = Repository.temporaryFolder() + "/rebuilt.sqlite"
            let tally = try await Ingestion(lexicon: Repository.lexicon, jobs: jobs).rebuild(
                paths: [folder], at: path, problem: { _ in })
            #expect(tally.added == 2 && tally.failed == 2)
            #expect(try KnowledgeBase(path: path, access: .readOnly).contentDump() == ingested.contentDump())
        }
    }

    @Test("a path that does not exist is a problem naming it, and the run goes on")
    func missingPath() async throws {
        let folder = try mixedFolder()
        let kb = try KnowledgeBaseFixture.fresh()
        var problems: [MarrowError] = []
        let tally = try await Ingestion(lexicon: Repository.lexicon, jobs: 1)
            .ingest(paths: [folder + "/nowhere.txt", folder], into: kb, problem: { problems.append($0) })
        #expect(tally.added == 2)
        #expect(problems.contains { $0.code == .notFound && $0.location?.path.hasSuffix("nowhere.txt") == true })
    }
}
