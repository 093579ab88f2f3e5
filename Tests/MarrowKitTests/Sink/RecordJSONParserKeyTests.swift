import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("The record parser's member names and strings")
struct RecordJSONParserKeyTests {
    typealias Field = RecordJSONParser.Field

    /// The field a name's bytes match, if any.
    static func field(_ name: [UInt8]) -> Field? { name.withUnsafeBufferPointer { Field($0) } }

    @Test("every member name finds its field, and a name one byte away finds none")
    func names() {
        let keys = Set(Field.allCases.map { String(describing: $0.key) })
        for field in Field.allCases {
            let name = Array(String(describing: field.key).utf8)
            #expect(Self.field(name) == field, "\(field)")
            // Each byte changed, one at a time (the middle bytes of long names included).
            for index in name.indices {
                var near = name
                near[index] ^= 0x20
                guard !keys.contains(String(decoding: near, as: UTF8.self)) else { continue }
                #expect(Self.field(near) == nil, "\(String(decoding: near, as: UTF8.self))")
            }
            #expect(Self.field(name + [UInt8(ascii: "s")]) == nil)
            #expect(
                Self.field(Array(name.dropLast())) == nil
                    || keys.contains(String(decoding: name.dropLast(), as: UTF8.self)))
        }
        #expect(Self.field([]) == nil)
        #expect(Self.field(Array("a name longer than any key".utf8)) == nil)
    }

    @Test("records with escapes and non-ASCII text read as JSONDecoder reads them, line after line")
    func agreesWithDecoder() async {
        let alphabet: [String] = [
            "a", "Z", "é", "\"", "\\", "\n", "\t", "\u{1}", "😀", " ", "/", "\u{2028}", "«", "}", "0",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(200), input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 1...30),
            Gen.int(in: 0...3)
        ) { (picks: [Int], variant: Int) in
            let text = picks.map { alphabet[$0] }.joined()
            var record = KnowledgeBaseFixture.record(
                source: KnowledgeBaseFixture.sha("p\(variant)"), path: "dir/\(text).txt", subject: "s\(variant)",
                assertion: .affirmed)
            record.why = [text, "plain"]
            record.source.title = variant == 0 ? nil : text
            record.passage.section = [text]
            if variant == 1 { record.passage.raw.xpath = "/p[\(text)]" }
            let line = Data(JSONLinesEncoder().line(record).dropLast())
            let expected = try? JSONDecoder().decode(EvidenceRecord.self, from: line)
            #expect(expected == record)
            var memo = RecordJSONParser.Memo()
            for _ in 0..<2 {
                let parsed = line.withUnsafeBytes {
                    RecordJSONParser.record($0.bindMemory(to: UInt8.self), memo: &memo)
                }
                #expect(parsed == expected)
            }
        }
    }
}
