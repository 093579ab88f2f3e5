import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("JSON bytes: the hand-written reader and writer of the line protocols")
struct JSONBytesTests {
    @Test("reads objects, arrays, numbers, literals and every string escape")
    func readsValues() throws {
        let value = try JSONValue.parse(
            Array(#" {"a": [1, -2.5e3, true, false, null], "b": "q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "c": {}} "#.utf8)
        )
        #expect(value["a"] == .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]))
        #expect(value["b"]?.string == "q\"\\/\u{8}\u{C}\n\r\té😀")
        #expect(value["c"] == .object([:]))
        #expect(value["missing"] == nil)
    }

    @Test(
        "refuses what is not JSON, naming the byte",
        arguments: [
            "", "not json", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1 2]", "\"unterminated", "{\"a\": 01}", "{\"a\": .5}",
            "{\"a\": \"tab\there\"}", "{\"a\": \"\\x\"}", "{} {}", "tru", "{\"a\": -}", "[1, ]",
        ])
    func refuses(_ text: String) {
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Array(text.utf8)) }
    }

    @Test(
        "after a member or element, only a comma or the closing bracket may follow, and the error says which container",
        arguments: [
            ("{\"a\": 1", 7, "unterminated object"), ("{\"a\": 1 ]", 8, "expected ',' or '}' in an object"),
            ("[1", 2, "unterminated array"), ("[1 2]", 3, "expected ',' or ']' in an array"),
        ])
    func containerEnds(_ text: String, offset: Int, message: String) throws {
        #expect(throws: JSONValue.SyntaxError(offset: offset, message: message)) {
            try JSONValue.parse(Array(text.utf8))
        }
        #expect(try JSONValue.parse(Array(" { } ".utf8)) == .object([:]))
        #expect(try JSONValue.parse(Array("[ ]".utf8)) == .array([]))
    }

    @Test("what the writer writes, the reader and Foundation read back unchanged")
    func roundTrip() async {
        let alphabet: [String] = [
            "a", "é", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "😀", " ", "/", "\u{2028}", "«", "}",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...40),
            Gen.int(in: -1_000_000...1_000_000)
        ) { (picks: [Int], number: Int) in
            let text = picks.map { alphabet[$0] }.joined()
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("text")
            writer.string(text)
            writer.key("n")
            writer.int(number)
            writer.key("list")
            writer.strings([text, ""])
            writer.key("flag")
            writer.bool(number % 2 == 0)
            writer.endObject()
            let value = try? JSONValue.parse(writer.bytes)
            #expect(value?["text"]?.string == text)
            #expect(value?["n"]?.number == Double(number))
            #expect(value?["list"] == .array([.string(text), .string("")]))
            #expect(value?["flag"] == .bool(number % 2 == 0))
            let foundation = try? JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
            #expect(foundation?["text"] as? String == text)
        }
    }
}
