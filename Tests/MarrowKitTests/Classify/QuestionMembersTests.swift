import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("explain --jsonl question lines read without a dictionary")
struct QuestionMembersTests {
    /// What the protocol reads from a line through the general JSON reader: the members it uses,
    /// or the syntax error.
    func reference(_ line: [UInt8]) -> String {
        do {
            let value = try JSONValue.parse(line)
            guard case .object = value else { return "not an object" }
            return "\(String(describing: value["text"])) \(String(describing: value["term"])) "
                + "\(String(describing: value["start"])) \(String(describing: value["heading"]))"
        } catch {
            return "error \(error.offset) \(error.message)"
        }
    }

    func walked(_ line: [UInt8]) -> String {
        do {
            let members = try QuestionMembers.parse(line[...])
            guard members.isObject else { return "not an object" }
            return "\(String(describing: members.text)) \(String(describing: members.term)) "
                + "\(String(describing: members.start)) \(String(describing: members.heading))"
        } catch {
            return "error \(error.offset) \(error.message)"
        }
    }

    @Test(
        "hand-picked lines: members, repeats, escaped names, other values, errors",
        arguments: [
            #"{"text": "No fever.", "term": "fever", "start": 3}"#,
            #"{"text": "a", "text": "b"}"#,
            #"{"te\u0078t": "escaped name", "h\u00e9ading": 1}"#,
            #"{"text": "x", "other": {"nested": [1, 2, {"text": "inner"}]}, "heading": null}"#,
            #"{"term": 5, "text": "x"}"#,
            #"["text", "x"]"#, #""text""#, "12", "{}", "{", #"{"text": "x",}"#, #"{"text": "x"} trailing"#,
            #"{"text" "x"}"#, #"{"text": "unterminated}"#, "  {\"text\": \"spaced\"}  ", "nul",
        ])
    func handPicked(line: String) {
        #expect(walked(Array(line.utf8)) == reference(Array(line.utf8)))
    }

    @Test("random lines cut and spliced from question fragments read the same as through JSONValue")
    func randomLines() async {
        let fragments = [
            "{", "}", "[", "]", ",", ":", " ", "\"", "\"text\"", "\"term\"", "\"start\"", "\"heading\"",
            "\"t\\u0065rm\"",
            "\"No cough.\"", "3", "-1", "2.5", "null", "true", "\"\\n\"", "\"é\"", "x",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(500), input: Gen.int(in: 0...(fragments.count - 1)).array(of: 0...14)
        ) {
            (choices: [Int]) in
            let line = Array(choices.map { fragments[$0] }.joined().utf8)
            #expect(walked(line) == reference(line), "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test("well-formed questions with members in any order read the same as through JSONValue")
    func shuffledQuestions() async {
        let members = [#""text": "No CHEST PAIN.""#, #""term": "chest pain""#, #""start": 3"#, #""heading": "ROS""#]
        await propertyCheck(count: PropertyRuns.scaled(100), input: Gen.int(in: 0...3).array(of: 1...6)) {
            (order: [Int]) in
            let line = Array(("{" + order.map { members[$0] }.joined(separator: ", ") + "}").utf8)
            #expect(walked(line) == reference(line))
        }
    }
}
