import Foundation
import MarrowTestSupport
import Testing

@Suite("marrow eval")
struct EvalCommandTests {
    static func fixture() throws -> String {
        let folder = MarrowProcess.temporaryFolder()
        try "Bone marrow edema\n\nBone marrow edema is often caused by gout. It can also follow a fracture.\n".write(
            toFile: folder + "/n1.txt", atomically: true, encoding: .utf8)
        let gold = [
            #"{"id": "n1", "role": "cause", "concept": "gout", "surfaces": ["gout"], "assertion": "affirmed"}"#,
            #"{"id": "n1", "role": "treatment", "concept": "ice", "surfaces": ["ice"], "assertion": "affirmed"}"#,
        ]
        try gold.joined(separator: "\n").write(toFile: folder + "/gold.jsonl", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("prints precision, recall and F1 per role and overall, and assertion accuracy")
    func summary() throws {
        let folder = try Self.fixture()
        let result = try MarrowProcess.run(["eval", folder + "/gold.jsonl", folder + "/n1.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("role        gold  found  recall  predicted  correct  precision     f1"))
        #expect(result.stdout.contains("cause          1      1   1.000          2        1      0.500  0.667"))
        #expect(result.stdout.contains("assertion: 1/1 right (1.000)"))
        #expect(!result.stdout.contains("# missed"))
    }

    @Test("--show lists misses and false positives with their passage and rule; --format json is one object")
    func details() throws {
        let folder = try Self.fixture()
        let shown = try MarrowProcess.run(["eval", "--show", folder + "/gold.jsonl", folder])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("# missed gold lines (1)"))
        #expect(shown.stdout.contains("n1 treatment ice ['ice']"))
        #expect(shown.stdout.contains("n1 cause fracture"))
        #expect(shown.stdout.contains("passage: It can also follow a fracture."))
        let json = try MarrowProcess.run(["eval", "--format", "json", "--show", folder + "/gold.jsonl", folder])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["roles"] as? [String: Any])?["cause"] != nil)
        #expect((object["misses"] as? [Any])?.count == 1)
    }

    @Test("a missing gold file is an error naming the file")
    func missingGold() throws {
        let result = try MarrowProcess.run(["eval", "/nonexistent/gold.jsonl", "."])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/gold.jsonl: error:"))
    }
}
