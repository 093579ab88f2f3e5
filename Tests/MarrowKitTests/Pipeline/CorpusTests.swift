import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("The corpus, end to end")
struct CorpusTests {
    @Test("every record's raw anchors give back its mention and passage")
    func provenanceHoldsForEveryRecord() throws {
        var checked = 0
        for result in Repository.corpusResults {
            let raw = result.document.raw
            let cleanScalars = Array(result.clean.string.unicodeScalars)
            for record in result.records {
                let mentionBytes = raw[record.raw.byteStart..<record.raw.byteEnd]
                #expect(
                    String(decoding: mentionBytes, as: UTF8.self) == record.mention.text,
                    "\(record.source.path) \(record.id)")
                let cleanMention = String(
                    String.UnicodeScalarView(cleanScalars[record.mention.start..<record.mention.end]))
                #expect(WhitespaceFolding.fold(cleanMention) == WhitespaceFolding.fold(record.mention.text))
                let cleanPassage = String(
                    String.UnicodeScalarView(cleanScalars[record.passage.start..<record.passage.end]))
                #expect(cleanPassage == record.passage.text)
                let passageBytes = raw[record.passage.raw.byteStart..<record.passage.raw.byteEnd]
                #expect(
                    WhitespaceFolding.fold(String(decoding: passageBytes, as: UTF8.self))
                        == WhitespaceFolding.fold(record.passage.text),
                    "\(record.source.path) passage \(record.passage.raw)")
                #expect(record.passage.start <= record.mention.start && record.mention.end <= record.passage.end)
                #expect(
                    record.passage.raw.byteStart <= record.raw.byteStart
                        && record.raw.byteEnd <= record.passage.raw.byteEnd)
                #expect(record.source.sha256 == SourceDocument.digest(raw))
                checked += 1
            }
        }
        #expect(checked > 100, "the corpus should yield well over a hundred records; got \(checked)")
    }

    @Test("records are identical across runs and at any number of workers")
    func recordsAreDeterministic() async throws {
        func jsonLines(jobs: Int) async throws -> Data {
            var data = Data()
            let encoder = JSONLinesEncoder()
            try await Pipeline(processor: Repository.processor, jobs: jobs).run(Repository.corpusReferences()) {
                _, result in
                data.append(encoder.lines(try result.get().records))
            }
            return data
        }
        let one = try await jsonLines(jobs: 1)
        let again = try await jsonLines(jobs: 1)
        let four = try await jsonLines(jobs: 4)
        let sixteen = try await jsonLines(jobs: 16)
        #expect(!one.isEmpty)
        #expect(one == again)
        #expect(one == four)
        #expect(one == sixteen)
    }

    @Test("claims against the development gold, scored by the evaluator: recall, precision and assertion at least 0.95")
    func goldScore() throws {
        let evaluation = try Self.evaluate(gold: Repository.gold, references: Repository.corpusReferences())
        print("gold:\n\(evaluation.summary)")
        #expect(evaluation.overall.recall >= 0.95, "\(evaluation.details)")
        #expect(evaluation.overall.precision >= 0.95, "\(evaluation.details)")
        #expect(evaluation.assertionAccuracy >= 0.95, "\(evaluation.details)")
        #expect(evaluation.missingDocuments.isEmpty)
    }

    @Test("claims against the second gold, six articles written after the pipeline: a regression floor")
    func heldOutScore() throws {
        let folder = Repository.root + "/Tests/MarrowKitTests/Fixtures/heldout"
        let references = SourceReader().references(for: [folder]).references.filter { $0.path.hasSuffix(".txt") }
        #expect(references.count == 6)
        let evaluation = try Self.evaluate(gold: folder + "/heldout-claims.jsonl", references: references)
        print("held-out:\n\(evaluation.summary)")
        #expect(evaluation.overall.recall >= 0.80, "\(evaluation.details)")
        #expect(evaluation.overall.precision >= 0.90, "\(evaluation.details)")
        #expect(evaluation.assertionAccuracy >= 0.90, "\(evaluation.details)")
    }

    /// Scores the documents against a gold file with the evaluator `marrow eval` uses.
    static func evaluate(gold: String, references: [SourceReference]) throws -> Evaluation {
        let evaluator = Evaluator(processor: Repository.processor)
        let topic = try #require(Repository.lexicon.conceptTable.first { $0.roles.contains(.topic) }).id
        let analyses = try references.map { try evaluator.analyze(try $0.load()) }
        return Evaluator.score(gold: try GoldClaim.read(path: gold), analyses: analyses, topic: topic)
    }

    @Test("each corpus article names osteoarthritis as a cause of the topic")
    func osteoarthritisInEveryArticle() throws {
        for result in Repository.corpusResults {
            #expect(
                result.records.contains {
                    $0.claim.subject == "osteoarthritis" && $0.claim.predicate == "causes"
                        && $0.claim.object == "bone-marrow-edema"
                }, "\(result.document.path)")
        }
    }

    @Test("boilerplate never becomes evidence")
    func noEvidenceFromBoilerplate() throws {
        let boilerplate = [
            "Advertisement", "Related Searches", "cookies", "Cleveland Clinic’s primary care providers", "Written by",
            "Share",
        ]
        for record in Repository.corpusResults.flatMap(\.records) {
            for phrase in boilerplate {
                #expect(!record.passage.text.contains(phrase), "\(record.source.path): \(record.passage.text)")
            }
        }
    }
}

@Suite("Clean texts whose length is a multiple of the scalar-index stride")
struct StrideBoundaryTests {
    @Test(
        "an article whose clean text is exactly 256 bytes, with a mention in its last sentence, gives records that resolve"
    )
    func exactStrideLength() throws {
        // The reproduction from the reliability issue: its clean text is 256 bytes long.
        let text =
            "Article 3\n\nWhat causes bone marrow edema?\n\nBone marrow edema is caused by fracture. It can also result from rheumatoid arthritis.\n\nTreatment\n\nBone marrow edema is treated with core decompression. Doctor number 3 says fracture does not cause it in children.\n"
        let result = try process(text: text)
        #expect(result.clean.utf8.count % ScalarIndex.stride == 0)
        #expect(!result.records.isEmpty)
        for record in result.records {
            let raw = Array(text.utf8)[record.raw.byteStart..<record.raw.byteEnd]
            #expect(String(decoding: raw, as: UTF8.self) == record.mention.text)
            #expect(record.mention.end <= result.clean.string.unicodeScalars.count)
        }
    }
}
