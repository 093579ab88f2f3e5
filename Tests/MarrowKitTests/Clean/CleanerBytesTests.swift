import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// The cleaner reads lines on their UTF-8 bytes; each rule must give what the same rule gives on
/// the line as a `String` (scalars, characters, canonical equivalence).
@Suite("Cleaner rules on bytes agree with strings")
struct CleanerBytesTests {
    /// Spaces, ASCII, punctuation, accents (precomposed and combining), curly quotes, scalars that
    /// join a space into one character (combining marks, a zero-width joiner, a prepended mark,
    /// a spacing mark), capitals and a non-BMP scalar.
    static let pieces: [String] = [
        " ", "  ", "a", "Word", "word", "Some", "\u{C9}t\u{E9}", "e\u{301}", "\u{201C}", "\u{2014}", "\u{A0}",
        "\u{301}",
        "\u{200D}", "\u{600}", "\u{93F}", "\u{1F600}", ".", ":", "?", "!", "Ab.", "(", "\u{130}", "\u{3A3}", "1",
    ]

    static func text(_ choices: [Int]) -> String { choices.map { pieces[$0] }.joined() }

    static let choices = Gen.int(in: 0...(CleanerBytesTests.pieces.count - 1)).array(of: 0...24)

    func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test("scalars read off bytes, ill-formed ones included, are those of String(decoding:)")
    func scalars() async {
        await propertyCheck(count: PropertyRuns.scaled(500), input: Gen.int(in: 0...255).array(of: 0...16)) {
            (values: [Int]) in
            let bytes = values.map { UInt8($0) }
            let expected = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            var read: [Unicode.Scalar] = []
            bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < buffer.count {
                    let (scalar, length) = UTF8Scalars.decode(buffer, at: index)
                    read.append(scalar)
                    index += length
                }
                #expect(UTF8Scalars.first(buffer) == expected.first)
                if UTF8Validation.firstInvalid(buffer) == nil { #expect(UTF8Scalars.last(buffer) == expected.last) }
            }
            #expect(read == expected, "\(bytes)")
        }
    }

    @Test("folding bytes into a buffer gives the folded string, appended after what is there")
    func foldIntoBuffer() async {
        await propertyCheck(count: PropertyRuns.scaled(300), input: CleanerBytesTests.choices) { (choices: [Int]) in
            let text = CleanerBytesTests.text(choices)
            var buffer: [UInt8] = Array("kept".utf8)
            withBytes(text) { CueText.fold($0, into: &buffer) }
            #expect(buffer == Array("kept".utf8) + Array(CueText.fold(text).utf8))
            // Independent of the buffer: lowercase, single spaces, trimmed.
            let fold = CueText.fold(text)
            #expect(!fold.hasPrefix(" ") && !fold.hasSuffix(" ") && !fold.contains("  "))
        }
    }

    @Test("the last word, title case, suffixes and character counts agree with the string rules")
    func characterRules() async {
        await propertyCheck(count: PropertyRuns.scaled(500), input: CleanerBytesTests.choices) { (choices: [Int]) in
            let text = CleanerBytesTests.text(choices)
            withBytes(text) { bytes in
                #expect(
                    TextCleaner.foldedLastWord(of: bytes) == CueText.fold(TextCleaner.lastWord(of: text)),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(TextCleaner.isTitleCase(bytes) == TextCleaner.isTitleCase(text))
                #expect(TextCleaner.endsWithCharacter(bytes, UInt8(ascii: ":")) == text.hasSuffix(":"))
                #expect(TextCleaner.endsWithCharacter(bytes, UInt8(ascii: "?")) == text.hasSuffix("?"))
                #expect(TextCleaner.characterCount(bytes, isBelow: 8) == (text.count < 8))
                #expect(TextCleaner.wordCount(bytes) == text.split(separator: " ").count)
            }
        }
    }

    @Test("sentences are counted where a terminator, a space and a capital follow one another")
    func sentences() async {
        await propertyCheck(count: PropertyRuns.scaled(300), input: CleanerBytesTests.choices) { (choices: [Int]) in
            let text = CleanerBytesTests.text(choices)
            let scalars = Array(text.unicodeScalars)
            var expected = 1
            for index in scalars.indices.dropLast(2)
            where ".!?".unicodeScalars.contains(scalars[index]) && scalars[index + 1] == " "
                && scalars[index + 2].properties.isUppercase
            {
                expected += 1
            }
            #expect(withBytes(text) { TextCleaner.sentenceCount($0) } == expected)
        }
        #expect(withBytes("One. Two! three? \u{C9}four") { TextCleaner.sentenceCount($0) } == 3)
    }

    @Test("a line repeated in another Unicode form is dropped as a repeat, as strings compare")
    func canonicalRepeat() {
        let cleaner = TextCleaner(cues: Repository.lexicon.cleaning)
        // "café x" precomposed and "cafe\u{301}" with a shorter tail: same byte length, same text.
        let first = "Caf\u{E9} au lait e\u{301}t\u{E9} and more words here"
        let second = "Cafe\u{301} au lait \u{E9}t\u{E9} and more words here"
        #expect(first.utf8.count == second.utf8.count && first == second)
        let raw = Array("Title\n\n\(first)\n\n\(second)\n".utf8)
        let clean = cleaner.clean(SourceDocument(path: "r.txt", raw: raw, mediaType: .text))
        #expect(clean.blocks.count == 2)
    }
}
