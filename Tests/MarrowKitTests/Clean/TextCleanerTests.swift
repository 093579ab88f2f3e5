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
        let result = blocks("Title\n\nTypes of\ncancer\nthat may cause it include:\nBone\nmetastasis\n.\nBone infections (\nosteomyelitis\n).\n")
        #expect(result.map(\.1) == ["Title", "Types of cancer that may cause it include:", "Bone metastasis.", "Bone infections (osteomyelitis)."])
        #expect(result[2].0 == .listItem)
        #expect(result[3].0 == .listItem)
    }

    @Test("boilerplate lines are dropped, metadata lines read")
    func boilerplateAndMetadata() {
        let result = clean("Article title\n\nWritten by Jane Roe\n  • Share\n  • Tweet\nAdvertisement\nA real paragraph about the subject that goes on for a while.\nMedically reviewed by\n\nDr. A. Person\nBy using the site, you consent to the use of cookies.\n")
        #expect(result.string == "Article title\n\nA real paragraph about the subject that goes on for a while.")
        #expect(result.metadata.author == "Jane Roe")
        #expect(result.metadata.reviewer == "Dr. A. Person")
        #expect(result.metadata.title == "Article title")
    }

    @Test("nothing after an end marker is article text")
    func endMarker() {
        let result = clean("Title\n\nThis paragraph is the article and it has more than eight words.\n\nRelated Searches\n\nOsteoarthritis treatment near you\n")
        #expect(!result.string.contains("Osteoarthritis"))
    }

    @Test("bullets become list items; questions and short labels become headings")
    func blockKinds() {
        let result = blocks("Title\n\nWhat Is It?\n\nIt is a condition of the bone that hurts a lot.\n\nTraumatic Causes\n\n  • Fractures.\n\n  • Bone bruises.\n")
        #expect(result.map(\.0) == [.heading(level: 1), .heading(level: 2), .paragraph, .heading(level: 3), .listItem, .listItem])
    }

    @Test("every clean token maps back to raw bytes that spell it", .tags(.property))
    func offsetMapRoundTrip() async {
        let words = ["Bone", "marrow", "edema", "(BME)", "gout", ".", ",", "of", "the", "café", "Ödem", "•", "osteoarthritis", "Share", "x-rays", "“quoted”"]
        let separators = [" ", "  ", "\n", "\n\n", "\r\n", "\t", " \u{00A0}"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...15).array(of: 1...60), Gen.int(in: 0...6).array(of: 60)) { (wordIndices: [Int], separatorIndices: [Int]) in
            var text = ""
            for (n, w) in wordIndices.enumerated() { text += words[w] + separators[separatorIndices[n]] }
            let raw = Array(text.utf8)
            let clean = cleaner.clean(SourceDocument(path: "p.txt", raw: raw, mediaType: .text))
            let tokens = Tokenizer(normalizer: TokenNormalizer()).tokenize(clean.utf8, in: CleanByteOffset(0)..<CleanByteOffset(clean.utf8.count))
            for token in tokens {
                let rawRange = clean.offsetMap.rawRange(for: token.range)
                #expect(String(decoding: raw[rawRange.lowerBound.value..<rawRange.upperBound.value], as: UTF8.self) == clean.text(token.range))
            }
            for block in clean.blocks {
                let rawRange = clean.offsetMap.rawRange(for: block.range)
                #expect(WhitespaceFolding.fold(String(decoding: raw[rawRange.lowerBound.value..<rawRange.upperBound.value], as: UTF8.self)) == WhitespaceFolding.fold(clean.text(block.range)))
            }
        }
    }
}

extension Tag {
    @Tag static var property: Self
}
