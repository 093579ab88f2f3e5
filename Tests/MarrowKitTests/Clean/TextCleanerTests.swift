import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Cleaning scraped text")
struct TextCleanerTests {
    let cleaner = TextCleaner(cues: Repository.lexicon.cleaning)

    func clean(_ text: String) -> CleanText {
        cleaner.clean(SourceDocument(path: "t.txt", raw: Array(text.utf8), mediaType: .text))
    }

    func blocks(_ text: String) -> [(BlockKind, String)] {
        let result = clean(text)
        return result.blocks.map { ($0.kind, result.text($0.range)) }
    }

    @Test("lines broken one link per line are joined back")
    func joinsBrokenLines() {
        let result = blocks(
            "Title\n\nTypes of\ncancer\nthat may cause it include:\nBone\nmetastasis\n.\nBone infections (\nosteomyelitis\n).\n"
        )
        #expect(
            result.map(\.1) == [
                "Title", "Types of cancer that may cause it include:", "Bone metastasis.",
                "Bone infections (osteomyelitis).",
            ])
        #expect(result[2].0 == .listItem)
        #expect(result[3].0 == .listItem)
    }

    @Test("boilerplate lines are dropped, metadata lines read")
    func boilerplateAndMetadata() {
        let result = clean(
            "Article title\n\nWritten by Jane Roe\n  • Share\n  • Tweet\nAdvertisement\nA real paragraph about the subject that goes on for a while.\nMedically reviewed by\n\nDr. A. Person\nBy using the site, you consent to the use of cookies.\n"
        )
        #expect(result.string == "Article title\n\nA real paragraph about the subject that goes on for a while.")
        #expect(result.metadata.author == "Jane Roe")
        #expect(result.metadata.reviewer == "Dr. A. Person")
        #expect(result.metadata.title == "Article title")
    }

    @Test("nothing after an end marker is article text")
    func endMarker() {
        let result = clean(
            "Title\n\nThis paragraph is the article and it has more than eight words.\n\nRelated Searches\n\nOsteoarthritis treatment near you\n"
        )
        #expect(!result.string.contains("Osteoarthritis"))
    }

    @Test("bullets become list items; questions and short labels become headings")
    func blockKinds() {
        let result = blocks(
            "Title\n\nWhat Is It?\n\nIt is a condition of the bone that hurts a lot.\n\nTraumatic Causes\n\n  • Fractures.\n\n  • Bone bruises.\n"
        )
        #expect(
            result.map(\.0) == [
                .heading(level: 1), .heading(level: 2), .paragraph, .heading(level: 3), .listItem, .listItem,
            ])
    }

    @Test("every clean token maps back to raw bytes that spell it", .tags(.property))
    func offsetMapRoundTrip() async {
        let words = [
            "Bone", "marrow", "edema", "(BME)", "gout", ".", ",", "of", "the", "café", "Ödem", "•", "osteoarthritis",
            "Share", "x-rays", "“quoted”",
        ]
        let separators = [" ", "  ", "\n", "\n\n", "\r\n", "\t", " \u{00A0}"]
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...15).array(of: 1...60),
            Gen.int(in: 0...6).array(of: 60)
        ) { (wordIndices: [Int], separatorIndices: [Int]) in
            var text = ""
            for (n, w) in wordIndices.enumerated() { text += words[w] + separators[separatorIndices[n]] }
            let raw = Array(text.utf8)
            let clean = cleaner.clean(SourceDocument(path: "p.txt", raw: raw, mediaType: .text))
            let tokens = Tokenizer(normalizer: TokenNormalizer()).tokenize(
                clean.utf8, in: CleanByteOffset(0)..<CleanByteOffset(clean.utf8.count))
            for token in tokens {
                let rawRange = clean.offsetMap.rawRange(for: token.range)
                #expect(
                    String(decoding: raw[rawRange.lowerBound.value..<rawRange.upperBound.value], as: UTF8.self)
                        == clean.text(token.range))
            }
            for block in clean.blocks {
                let rawRange = clean.offsetMap.rawRange(for: block.range)
                #expect(
                    WhitespaceFolding.fold(
                        String(decoding: raw[rawRange.lowerBound.value..<rawRange.upperBound.value], as: UTF8.self))
                        == WhitespaceFolding.fold(clean.text(block.range)))
            }
        }
    }
}

extension Tag {
    @Tag static var property: Self
}

@Suite("Counting words on bytes")
struct WordCountTests {
    /// Spaces, ASCII, accents, curly quotes, dashes, symbols, and scalars that join a space into
    /// one character (combining marks, a zero-width joiner, a prepended mark, Thai sara am).
    static let pieces: [String] = [
        " ", "  ", "a", "word", "\u{E9}t\u{E9}", "\u{201C}", "\u{201D}", "\u{2014}", "\u{A0}", "\u{25CF}", "\u{2713}",
        "\u{301}", "\u{200D}", "\u{20DD}", "\u{600}", "\u{E33}", "\u{1F600}", "\u{2CEF}", "\u{2061}", "\u{5D0}",
        "\u{93F}",
    ]

    @Test("the byte count equals the character split on random texts")
    func equalsSplit() async {
        await propertyCheck(
            count: PropertyRuns.scaled(500), input: Gen.int(in: 0...(WordCountTests.pieces.count - 1)).array(of: 0...30)
        ) {
            (choices: [Int]) in
            let text = choices.map { WordCountTests.pieces[$0] }.joined()
            #expect(
                TextCleaner.wordCount(text) == text.split(separator: " ").count,
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a combining mark after a space joins it; a curly quote does not")
    func joins() {
        #expect(TextCleaner.wordCount("a \u{301}b") == 1)
        #expect(TextCleaner.wordCount("said \u{201C}no\u{201D} twice") == 3)
        #expect(TextCleaner.wordCount("caf\u{E9} au lait") == 3)
    }
}
