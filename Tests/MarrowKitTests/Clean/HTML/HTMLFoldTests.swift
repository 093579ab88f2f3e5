import PropertyBased
import Testing

@testable import MarrowKit

@Suite("HTML byte folding agrees with CueText.fold")
struct HTMLFoldTests {
    static let pieces = [
        "Über", "straße", "ÄÖÜ", " ", "  ", "\n", "\t", "\u{A0}", "\u{2009}", "\u{3000}", "‘quoted’", "“double”", "ʼ",
        "İstanbul",
        "ΣΟΦΙΑ", "Ǆ", "ﬁ", "Written By", "x", "2023", "—", "é", "É", "日本", "😀", "Ω",
    ]

    @Test("random texts fold to the same bytes both ways")
    func agrees() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...30)) {
            (choices: [Int]) in
            let text = choices.map { Self.pieces[$0] }.joined()
            #expect(HTMLFold.fold(Array(text.utf8)) == CueText.fold(text), "\(text.debugDescription)")
        }
    }
}
