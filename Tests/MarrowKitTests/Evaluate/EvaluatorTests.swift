import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("The evaluator counts the way the issues count")
struct EvaluatorTests {
    @Test(
        "folding drops case, possessives, punctuation and plural s, as the devset scorer does",
        arguments: [
            ("Charcot's joints", "charcot joint"),
            ("Bone-marrow  oedema", "bone marrow oedema"),
            ("stress", "stress"),
            ("NSAIDs", "nsaid"),
            ("gas", "gas"),
            ("Perthes’s disease", "perthe disease"),
            ("café-au-lait", "caf au lait"),
        ])
    func fold(_ pair: (String, String)) {
        #expect(SurfaceMatch.fold(pair.0) == pair.1)
    }

    @Test("a mention names a surface when equal, or when one holds the other as whole words")
    func surfaceMatch() {
        #expect(SurfaceMatch.matches("trauma", ["Trauma"]))
        #expect(SurfaceMatch.matches("stress", ["bone under stress"]))
        #expect(SurfaceMatch.matches("acute knee trauma", ["knee trauma"]))
        #expect(!SurfaceMatch.matches("stress", ["distress"]))
        #expect(!SurfaceMatch.matches("", ["x"]))
    }

    static let text =
        "Bone marrow edema\n\nBone marrow edema is caused by gout, and it can also follow a fracture. Smoking is not linked to bone marrow edema.\n\nTreatment\n\nRest helps. Surgery is rarely needed for lupus.\n"

    static func gold(_ lines: [String]) throws -> [GoldClaim] {
        let path = Repository.temporaryFolder() + "/gold.jsonl"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try GoldClaim.read(path: path)
    }

    @Test("precision, recall and assertion accuracy on a hand-made article, with every miss and false positive")
    func scores() throws {
        let evaluator = Evaluator(processor: Repository.processor)
        let analysis = try evaluator.analyze(
            SourceDocument(path: "docs/note-7.txt", raw: Array(Self.text.utf8), mediaType: .text))
        #expect(analysis.document == "note-7")
        let gold = try Self.gold([
            #"{"id": "note-7", "role": "cause", "concept": "gout", "surfaces": ["gout"], "assertion": "affirmed"}"#,
            #"{"id": "note-7", "role": "cause", "concept": "smoking", "surfaces": ["Smoking"], "assertion": "affirmed"}"#,
            #"{"id": "note-7", "role": "treatment", "concept": "rest", "surfaces": ["Rest"], "assertion": "affirmed"}"#,
            #"{"id": "note-7", "role": "treatment", "concept": "ice", "surfaces": ["ice packs"], "assertion": "affirmed"}"#,
            #"{"doc": "elsewhere.txt", "role": "cause", "concept": "gout", "surfaces": ["gout"], "assertion": "affirmed"}"#,
        ])
        let evaluation = Evaluator.score(gold: gold, analyses: [analysis], topic: "bone-marrow-edema")
        let cause = try #require(evaluation.roles[.cause])
        #expect(cause.gold == 3 && cause.found == 2)
        // gout and smoking are right; fracture is a claim the gold lacks
        #expect(cause.predicted == 3 && cause.correct == 2)
        #expect(evaluation.falsePositives.map(\.concept) == ["fracture"])
        #expect(evaluation.falsePositives.first?.evidence.first?.reasons.isEmpty == false)
        // smoking is found, but negated where the gold says affirmed
        #expect(evaluation.assertionErrors.map(\.gold.concept) == ["smoking"])
        #expect(evaluation.assertionRight == evaluation.overall.found - 1)
        // ice packs: no lexicon mention; the other document is not among the inputs
        #expect(Set(evaluation.misses.map(\.gold.concept)) == ["ice", "gout"])
        #expect(evaluation.missingDocuments == ["elsewhere"])
        #expect(evaluation.overall.gold == 5)
        #expect(
            abs(
                evaluation.overall.precision - Double(evaluation.overall.correct) / Double(evaluation.overall.predicted)
            ) < 1e-9)
        #expect(evaluation.summary.contains("assertion: "))
        #expect(evaluation.details.contains("# false positives (1)"))
    }

    @Test("a gold line that is not a claim is reported with file and line")
    func badGold() throws {
        #expect(throws: MarrowError.self) { try Self.gold([#"{"id": "x", "role": "cause"}"#]) }
        do {
            _ = try Self.gold([
                "", #"{"id": "x", "role": "nonsense", "concept": "c", "surfaces": [], "assertion": "affirmed"}"#,
            ])
        } catch let error as MarrowError {
            #expect(error.description.contains("gold.jsonl:2: error:"))
        }
    }

    @Test("the JSON form carries the counts and, on request, the details")
    func json() throws {
        let evaluator = Evaluator(processor: Repository.processor)
        let analysis = try evaluator.analyze(
            SourceDocument(path: "note-7.txt", raw: Array(Self.text.utf8), mediaType: .text))
        let gold = try Self.gold([
            #"{"id": "note-7", "role": "cause", "concept": "gout", "surfaces": ["gout"], "assertion": "affirmed"}"#
        ])
        let evaluation = Evaluator.score(gold: gold, analyses: [analysis], topic: "bone-marrow-edema")
        let object = try #require(
            try JSONSerialization.jsonObject(with: evaluation.json(details: true)) as? [String: Any])
        #expect((object["overall"] as? [String: Any])?["found"] as? Int == 1)
        #expect(object["falsePositives"] != nil)
        let brief = try #require(
            try JSONSerialization.jsonObject(with: evaluation.json(details: false)) as? [String: Any])
        #expect(brief["falsePositives"] == nil)
    }

    @Test("every decision is counted under its deciding rule: true and false claims rejected and accepted, lines lost")
    func ruleAccounting() throws {
        let evaluator = Evaluator(processor: Repository.processor)
        let text =
            "Bone marrow edema\n\nBone marrow edema is caused by gout, and it can also follow a fracture. The doctor will screen for infection.\n\nTreatment\n\nRest helps.\n"
        let analysis = try evaluator.analyze(
            SourceDocument(path: "note-8.txt", raw: Array(text.utf8), mediaType: .text))
        let gold = try Self.gold([
            #"{"id": "note-8", "role": "cause", "concept": "gout", "surfaces": ["gout"], "assertion": "affirmed"}"#,
            #"{"id": "note-8", "role": "cause", "concept": "infection", "surfaces": ["infection"], "assertion": "affirmed"}"#,
            #"{"id": "note-8", "role": "treatment", "concept": "rest", "surfaces": ["Rest"], "assertion": "affirmed"}"#,
        ])
        let evaluation = Evaluator.score(gold: gold, analyses: [analysis], topic: "bone-marrow-edema")
        let rules = Dictionary(uniqueKeysWithValues: evaluation.rules.map { ($0.rule, $0) })
        // the test cue rejects a true claim, and nothing else finds it: a line lost
        let test = try #require(rules[Reason.blocked(.blockTest, cue: "").rule])
        #expect(test.trueRejected == 1 && test.falseRejected == 0 && test.linesLost == 1)
        #expect(test.rejectedClaims == ["note-8: infection 'infection'"])
        // the relation cue accepts gout (true) and fracture (false)
        let cue = try #require(rules[Reason.relationCue(.cause, cue: "", borrowed: false).rule])
        #expect(cue.trueAccepted == 1 && cue.falseAccepted == 1 && cue.trueRejected == 0)
        #expect(rules[Reason.sectionPrior(.treatment, .treatment).rule]?.trueAccepted == 1)
        // accepted mentions add up to the claims the records make
        let accepted = evaluation.rules.reduce(0) { $0 + $1.trueAccepted + $1.falseAccepted }
        #expect(accepted == analysis.records.filter { $0.role == .cause || $0.role == .treatment }.count)
        #expect(evaluation.ruleTable().contains("blocked:roles.block.test"))
        #expect(evaluation.ruleTable(claims: true).contains("rejected: note-8: infection"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: evaluation.json(details: false, rules: true)) as? [String: Any])
        #expect((object["rules"] as? [Any])?.count == evaluation.rules.count)
    }
}
