import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("explain --jsonl protocol: every JSON line gets an answer, read as one passage")
struct ExplainLinesTests {
    static let lines = ExplainLines(explainer: Explainer(lexicon: Repository.lexicon))

    /// The answers to `input`, one dictionary per answer line.
    func ask(_ input: String) -> (answers: [[String: Any]], failed: Bool) {
        var writer = JSONWriter()
        let result = Self.lines.answerLines(in: Array(input.utf8)[...], firstNumber: 1, final: true, into: &writer)
        let answers = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) ?? [:]
        }
        return (answers, result.failed)
    }

    func question(_ text: String, _ term: String? = nil, start: Int? = nil) -> String {
        var object: [String: Any] = ["text": text]
        if let term { object["term"] = term }
        if let start { object["start"] = start }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test(
        "short, capitalised and label-like sentences are answered as written",
        arguments: [
            ("No CHEST PAIN.", "chest pain", "negated"),
            ("ASTHMA.", "asthma", "affirmed"),
            ("Lungs CLEAR, no wheeze.", "wheeze", "negated"),
            ("ALLERGIES: NO KNOWN DRUG ALLERGIES.", "drug allergies", "negated"),
            ("The AORTIC ROOT SIZE IS NORMAL.", "aortic root size", "affirmed"),
            ("Advertisement", "advertisement", "affirmed"),
            ("Share", "SHARE", "affirmed"),
        ])
    func labelLikeSentences(_ text: String, _ term: String, _ assertion: String) {
        let (answers, failed) = ask(question(text, term))
        #expect(!failed)
        #expect(answers.first?["assertion"] as? String == assertion, "\(answers)")
    }

    @Test("the term matches case-insensitively at token boundaries, and \"start\" picks the occurrence")
    func occurrences() {
        let text = "No fever today; fever yesterday."
        let (answers, _) = ask(
            [question(text, "FEVER"), question(text, "fever", start: 16), question(text, "fever", start: 18)].joined(
                separator: "\n"))
        #expect(answers.map { $0["assertion"] as? String } == ["negated", "affirmed", "affirmed"])
        #expect(answers.map { $0["start"] as? Int } == [3, 16, 16])
        #expect(answers.map { $0["end"] as? Int } == [8, 21, 21])
        // a whole token before a piece of one
        let (whole, _) = ask(question("Feverish, no fever.", "fever"))
        #expect(whole.first?["start"] as? Int == 13)
        let (absent, failed) = ask(question("Chills and sweats.", "fever"))
        #expect(failed)
        #expect((absent.first?["error"] as? String)?.contains("does not occur") == true)
    }

    @Test("a term that is part of a token is widened to whole tokens")
    func substring() {
        let (answers, failed) = ask(question("No pneumothoraces seen.", "pneumothora"))
        #expect(!failed)
        #expect(answers.first?["assertion"] as? String == "negated")
    }

    @Test("offsets count Unicode scalars of the text given")
    func scalarOffsets() {
        let text = "Café 😀: no fever."
        let (answers, _) = ask(question(text, "fever"))
        let start = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: text.range(of: "fever")!.lowerBound)
        #expect(answers.first?["start"] as? Int == start)
    }

    @Test("the ConText attributes are answered as fields of their own")
    func attributes() {
        let (answers, _) = ask(
            [
                question("Mother had breast cancer.", "breast cancer"),
                question("History of asthma.", "asthma"),
                question("Return if fever develops.", "fever"),
                question("No fever.", "fever"),
            ].joined(separator: "\n"))
        #expect(answers.map { $0["experiencer"] as? String } == ["other", "patient", "patient", "patient"])
        #expect(answers.map { $0["historical"] as? Bool } == [false, true, false, false])
        #expect(answers.map { $0["hypothetical"] as? Bool } == [false, false, true, false])
        #expect(answers.map { $0["assertion"] as? String } == ["affirmed", "affirmed", "affirmed", "negated"])
        #expect(answers.last?["triggers"] as? [String] == ["No"])
    }

    @Test("blank lines get no answer but keep the numbering; bad lines get an error naming them")
    func badLines() {
        let input =
            "\n" + question("No fever.", "fever")
            + "\n  \n{\"text\": 3}\n[1]\n{\"text\": \"x\", \"term\": 4}\n{\"text\": \"x\", \"start\": -1}\nnot json\n"
            + question("   ", "x")
        let (answers, failed) = ask(input)
        #expect(failed)
        #expect(answers.map { $0["line"] as? Int } == [2, 4, 5, 6, 7, 8, 9])
        #expect(answers[0]["assertion"] as? String == "negated")
        for answer in answers.dropFirst() { #expect(answer["error"] is String, "\(answer)") }
        #expect((answers[5]["error"] as? String)?.hasPrefix("line 8 is not JSON") == true)
    }

    @Test("a line split across reads is answered once, whole")
    func partialLines() {
        var writer = JSONWriter()
        let bytes = Array((question("No fever.", "fever") + "\n" + question("No cough.", "cough")).utf8)
        let first = Self.lines.answerLines(in: bytes[...], firstNumber: 1, final: false, into: &writer)
        #expect(first.lines == 1)
        let rest = Self.lines.answerLines(
            in: bytes[first.consumed...], firstNumber: 1 + first.lines, final: true, into: &writer)
        #expect(rest.lines == 1)
        #expect(String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").count == 2)
    }

    /// Questions whose texts share words the lexicon lacks (long ones, so their keys are heap
    /// strings), in capitals and not, and one that is not JSON.
    static let pool: [String] = {
        let texts: [(String, String?)] = [
            ("No CHEST PAIN, no wheeze.", "chest pain"),
            ("Patient denies xylophonicalness or fever.", "fever"),
            ("XYLOPHONICALNESS was ruled out.", "xylophonicalness"),
            ("History of quixotically-unremarkable asthma.", "asthma"),
            ("If fever develops, return to clinic.", nil),
            ("Mother had quixotically-unremarkable diabetes.", "diabetes"),
            ("The aortic root size is normal.", "aortic root size"),
            ("No evidence of abscess, fistula, or hematoma.", "hematoma"),
        ]
        return texts.map { text, term in
            var object: [String: Any] = ["text": text]
            if let term { object["term"] = term }
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        } + ["{\"text\": 3}"]
    }()

    @Test("one stream's reused tables leak nothing: any order of questions gets each one's fresh answer")
    func streamOrderIndependence() async {
        // A question answered on its own, with nothing kept from another.
        func fresh(_ index: Int, number: Int) -> String {
            var writer = JSONWriter()
            Self.lines.answer(Array(Self.pool[index].utf8)[...], number: number, into: &writer)
            return String(decoding: writer.bytes.dropLast(), as: UTF8.self)
        }
        await propertyCheck(
            count: PropertyRuns.scaled(40), input: Gen.int(in: 0...(Self.pool.count - 1)).array(of: 1...30)
        ) { (order: [Int]) in
            var writer = JSONWriter()
            let input = order.map { Self.pool[$0] }.joined(separator: "\n")
            _ = Self.lines.answerLines(in: Array(input.utf8)[...], firstNumber: 1, final: true, into: &writer)
            let answers = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(answers.count == order.count)
            for (position, (answer, index)) in zip(answers, order).enumerated() {
                #expect(answer == fresh(index, number: position + 1), "question \(index) at line \(position + 1)")
            }
        }
    }
}
