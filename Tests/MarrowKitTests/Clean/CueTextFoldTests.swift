import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("CueText.fold: lowercased, quotes straightened, white space collapsed and trimmed")
struct CueTextFoldTests {
    static let pieces = [
        "Über", "straße", "ÄÖÜ", " ", "  ", "\n", "\t", "\r\n", "\u{A0}", "\u{2009}", "\u{3000}", "‘quoted’",
        "“double”",
        "ʼ", "İstanbul", "ΣΟΦΙΑ", "Ǆ", "ﬁ", "Written By", "x", "2023", "—", "é", "É", "日本", "😀", "Ω",
    ]

    /// The fold written scalar by scalar on `String`, as the contract states it.
    static func reference(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out += " "
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}": out += "'"
            case "\u{201C}", "\u{201D}": out += "\""
            default: out += scalar.properties.lowercaseMapping
            }
        }
        return out
    }

    @Test("random texts fold as the reference does, from a String, from bytes and from a slice of bytes")
    func agreesWithReference() async {
        await propertyCheck(
            count: PropertyRuns.scaled(500), input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...30)
        ) {
            (choices: [Int]) in
            let text = choices.map { Self.pieces[$0] }.joined()
            let expected = Self.reference(text)
            #expect(CueText.fold(text) == expected, "\(text.debugDescription)")
            #expect(CueText.fold(utf8: Array(text.utf8)) == expected, "\(text.debugDescription)")
            let padded = Array("Xx ".utf8) + Array(text.utf8)
            #expect(CueText.fold(utf8: padded[3...]) == expected, "\(text.debugDescription)")
        }
    }

    @Test("ill-formed bytes fold as U+FFFD")
    func illFormed() {
        #expect(CueText.fold(utf8: [0x41, 0xFF, 0x20, 0x20, 0x42]) == "a\u{FFFD} b")
    }
}
