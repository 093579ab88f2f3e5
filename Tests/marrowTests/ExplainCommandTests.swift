import Foundation
import MarrowTestSupport
import Testing

@Suite("marrow explain")
struct ExplainCommandTests {
    @Test("explains a sentence: tokens, cues, role and assertion with the rules that decided them")
    func explainsText() throws {
        let result = try MarrowProcess.run([
            "explain", "Bone marrow edema is not caused by gout, but psoriatic arthritis can cause it.",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("'gout' → gout: cause, negated"), "\(result.stdout)")
        #expect(result.stdout.contains("negated by 'is not'"))
        #expect(
            result.stdout.contains("'psoriatic arthritis' → psoriatic-arthritis: cause, affirmed"), "\(result.stdout)")
        #expect(result.stdout.contains("roles.cause"))
    }

    @Test("--term classifies a span the lexicons do not know")
    func forcedTerm() throws {
        let result = try MarrowProcess.run([
            "explain", "The patient denies chest pain.", "--term", "chest pain", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.count == 1)
        #expect(mentions.first?["assertion"] as? String == "negated")
        #expect(mentions.first?["text"] as? String == "chest pain")

        let missing = try MarrowProcess.run(["explain", "Nothing here.", "--term", "gout"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does not occur in the text"))
    }

    @Test("--jsonl answers one line per question, and a bad line with an error")
    func jsonLines() throws {
        let input = """
            {"text": "No evidence of pneumonia was found.", "term": "pneumonia"}
            {"text": "It is possible, though not proven, that smoking contributes to bone marrow edema.", "term": "smoking"}
            {"text": "Stress fractures can lead to bone marrow edema."}
            not json
            {"text": "Rest helps.", "term": "absent"}

            """
        let result = try MarrowProcess.run(["explain", "--jsonl"], input: Data(input.utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 5)
        #expect(lines[0]?["assertion"] as? String == "negated")
        #expect(lines[1]?["assertion"] as? String == "uncertain")
        #expect(lines[1]?["role"] as? String == "cause")
        #expect(lines[2]?["role"] as? String == "cause")
        #expect(lines[2]?["concept"] as? String == "stress-fracture")
        #expect((lines[3]?["error"] as? String)?.contains("line 4") == true)
        #expect(lines[4]?["error"] != nil)
    }

    @Test("the text is one passage as written; --article reads it the way extract reads a scrape")
    func passageAndArticle() throws {
        let passage = try MarrowProcess.run(["explain", "No CHEST PAIN.", "--term", "chest pain"])
        #expect(passage.status == 0, "\(passage.stderr)")
        #expect(passage.stdout.contains("'CHEST PAIN' → term: other, negated"), "\(passage.stdout)")
        #expect(passage.stdout.contains("assertion.negation.pre"), "\(passage.stdout)")
        let attributes = try MarrowProcess.run(["explain", "Family history of colon cancer.", "--term", "colon cancer"])
        #expect(attributes.stdout.contains("experienced by someone else"), "\(attributes.stdout)")
        // Read as a scrape, a short capitalised line is a heading, where no claim is looked for.
        let article = try MarrowProcess.run(["explain", "No CHEST PAIN.", "--term", "chest pain", "--article"])
        #expect(article.status == 1)
        #expect(article.stderr.contains("does not occur in the text"), "\(article.stderr)")
    }

    @Test("--jsonl answers clinical sentences, with \"start\" naming the occurrence")
    func jsonLinesClinical() throws {
        let input = """
            {"text": "No CHEST PAIN.", "term": "chest pain"}
            {"text": "No fever today; fever yesterday.", "term": "fever", "start": 16}
            {"text": "ALLERGIES: NO KNOWN DRUG ALLERGIES.", "term": "drug allergies"}

            """
        let result = try MarrowProcess.run(["explain", "--jsonl"], input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.map { $0?["assertion"] as? String } == ["negated", "affirmed", "negated"])
        #expect(lines[1]?["start"] as? Int == 16)
    }

    @Test("explain without text or with both text and --jsonl is a usage error")
    func usage() throws {
        #expect(try MarrowProcess.run(["explain"]).status == 64)
        #expect(try MarrowProcess.run(["explain", "x", "--jsonl"]).status == 64)
    }
}
