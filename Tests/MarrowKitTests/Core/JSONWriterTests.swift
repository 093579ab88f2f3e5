import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("The JSON writer")
struct JSONWriterTests {
    /// What Foundation's encoder, as the records used it, gives for `value`.
    func foundation(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    func written(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter()
        body(&writer)
        return writer.bytes
    }

    /// Decodes one JSON string value with Foundation's parser (an independent reader of the spec).
    func parsed(_ bytes: [UInt8]) throws -> String {
        try JSONDecoder().decode(String.self, from: Data(bytes))
    }

    @Test("every ASCII scalar, controls included, is escaped as Foundation escapes it and reads back")
    func asciiScalars() throws {
        for value in 0...0x7F {
            let text = String(Unicode.Scalar(UInt8(value)))
            let bytes = written { $0.string(text) }
            #expect(bytes == (try foundation(text)), "U+\(String(value, radix: 16))")
            #expect(try parsed(bytes) == text)
        }
    }

    @Test("controls use the short escapes where JSON has them, \\u00XX otherwise; slash and DEL stay as they are")
    func specEscapes() {
        #expect(written { $0.string("\u{8}\u{9}\u{A}\u{C}\u{D}\"\\") } == Array(#""\b\t\n\f\r\"\\""#.utf8))
        #expect(written { $0.string("\u{0}\u{1F}\u{B}") } == Array(#""\u0000\u001f\u000b""#.utf8))
        #expect(written { $0.string("a/b\u{7F}") } == Array("\"a/b\u{7F}\"".utf8))
    }

    @Test(
        "line and paragraph separators, the BOM and non-BMP scalars are written as raw UTF-8, as Foundation writes them"
    )
    func beyondASCII() throws {
        for text in [
            "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{80}", "\u{A0}", "caf\u{E9}", "\u{1F600}", "\u{10FFFF}", "a\u{301}",
            "\u{D7FF}\u{E000}",
        ] {
            let bytes = written { $0.string(text) }
            #expect(bytes == (try foundation(text)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(try parsed(bytes) == text)
        }
    }

    @Test("random strings of every kind of scalar: Foundation's bytes, and they read back")
    func randomStrings() async {
        let pool: [Unicode.Scalar] = [
            "a", " ", "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}",
            "\u{7F}",
            "\u{E9}", "\u{2014}", "\u{2028}", "\u{2029}", "\u{FFFD}", "\u{1F600}", "\u{10348}",
        ]
        await propertyCheck(count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(pool.count - 1)).array(of: 0...80))
        {
            (choices: [Int]) in
            var text = ""
            text.unicodeScalars.append(contentsOf: choices.map { pool[$0] })
            let bytes = written { $0.string(text) }
            #expect(bytes == (try? foundation(text)))
            #expect((try? parsed(bytes)) == text)
        }
    }

    @Test(
        "invalid UTF-8 input is repaired to U+FFFD exactly as String(decoding:) repairs it; the output is always valid UTF-8"
    )
    func invalidInput() async {
        let pieces: [[UInt8]] = [
            [0x61], [0x80], [0xC0, 0x80], [0xC3], [0xC3, 0xA9], [0xE2, 0x80], [0xE2, 0x80, 0x94], [0xED, 0xA0, 0x80],
            [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x22], [0x0A],
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30)
        ) {
            (choices: [Int]) in
            let input = choices.flatMap { pieces[$0] }
            let bytes = written { $0.string(utf8: input) }
            #expect(bytes == written { $0.string(String(decoding: input, as: UTF8.self)) })
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0) } == nil)
            #expect((try? parsed(bytes)) == String(decoding: input, as: UTF8.self))
        }
    }

    @Test("integers, booleans, null, arrays and nested objects give Foundation's bytes")
    func structure() throws {
        struct Inner: Encodable {
            var a: [Int]
            var b: Bool
            var c: String?
        }
        struct Outer: Encodable {
            var first: Inner
            var second: [Inner]
            var third: Int
        }
        let value = Outer(
            first: Inner(a: [Int.min, -1, 0, 7, Int.max], b: true, c: nil),
            second: [Inner(a: [], b: false, c: "x"), Inner(a: [42], b: true, c: "")], third: -120)
        let bytes = written { writer in
            func inner(_ value: Inner) {
                writer.beginObject()
                writer.key("a")
                writer.beginArray()
                for number in value.a { writer.int(number) }
                writer.endArray()
                writer.key("b")
                writer.bool(value.b)
                if let c = value.c {
                    writer.key("c")
                    writer.string(c)
                }
                writer.endObject()
            }
            writer.beginObject()
            writer.key("first")
            inner(value.first)
            writer.key("second")
            writer.beginArray()
            value.second.forEach(inner)
            writer.endArray()
            writer.key("third")
            writer.int(value.third)
            writer.endObject()
        }
        #expect(bytes == (try foundation(value)))
        #expect(
            written {
                $0.beginArray()
                $0.null()
                $0.strings(["a", "b"])
                $0.endArray()
            } == Array(#"[null,["a","b"]]"#.utf8))
    }

    @Test("a member writes its key and value; an absent optional writes nothing, as Foundation leaves it out")
    func members() throws {
        struct Fields: Encodable {
            var flag: Bool?
            var list: [String]
            var none: String?
            var number: Int?
            var text: String
        }
        for value in [
            Fields(flag: true, list: ["a", "\""], none: nil, number: -3, text: "x/y"),
            Fields(flag: nil, list: [], none: nil, number: nil, text: ""),
        ] {
            let bytes = written { writer in
                writer.beginObject()
                writer.member("flag", value.flag)
                writer.member("list", value.list)
                writer.member("none", value.none)
                writer.member("number", value.number)
                writer.member("text", value.text)
                writer.endObject()
            }
            #expect(bytes == (try foundation(value)))
        }
    }

    @Test("an object of members writes them in the order given, leaving nil ones out, as Foundation does")
    func objects() throws {
        struct Inner: Encodable, JSONWritable {
            var name: String
            var size: Int?
            func write(to writer: inout JSONWriter) { writer.object(("name", name), ("size", size)) }
        }
        struct Outer: Encodable {
            var flag: Bool?
            var inner: Inner?
            var list: [Inner]
            var text: String
        }
        for value in [
            Outer(flag: false, inner: Inner(name: "a", size: 1), list: [.init(name: "b", size: nil)], text: "\u{1}"),
            Outer(flag: nil, inner: nil, list: [], text: ""),
        ] {
            let bytes = written {
                $0.object(("flag", value.flag), ("inner", value.inner), ("list", value.list), ("text", value.text))
            }
            #expect(bytes == (try foundation(value)))
        }
        #expect(written { $0.object() } == Array("{}".utf8))
    }

    @Test("an optional element of an array is written as null when absent")
    func optionalElements() {
        #expect(written { [Int?.some(1), nil].write(to: &$0) } == Array("[1,null]".utf8))
    }

    @Test("a reset writer reuses its buffer and starts clean")
    func reset() {
        var writer = JSONWriter(capacity: 16)
        writer.beginArray()
        writer.int(1)
        writer.endArray()
        writer.reset()
        writer.beginArray()
        writer.int(2)
        writer.endArray()
        #expect(writer.bytes == Array("[2]".utf8))
    }

    @Test(
        "every record of the corpus, the held-out articles and the HTML fixtures is written byte for byte as Foundation wrote it"
    )
    func recordsMatchFoundation() throws {
        var checked = 0
        for result in Repository.corpusResults + Repository.heldOutResults + Repository.htmlResults {
            for record in result.records {
                var writer = JSONWriter()
                record.write(to: &writer)
                #expect(writer.bytes == (try foundation(record)), "\(record.source.path) \(record.id)")
                checked += 1
            }
        }
        #expect(checked > 400)
    }
}
