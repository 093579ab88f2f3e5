import Testing
@testable import MarrowKit

@Suite("The phrase automaton")
struct PhraseAutomatonTests {
    func mentions(_ text: String) throws -> [(String, String)] {
        let result = try process(text: "Title\n\n" + text + "\n")
        let matched = Repository.processor.match(result.clean)
        return matched.mentions.map { (result.clean.text($0.range), Repository.lexicon.conceptTable[$0.concept].id) }
    }

    @Test("the longest term wins")
    func longest() throws {
        let found = try mentions("Systemic chronic inflammation and stress fractures matter.")
        #expect(found.map(\.0) == ["Systemic chronic inflammation", "stress fractures"])
        #expect(found.map(\.1) == ["systemic-chronic-inflammation", "stress-fracture"])
    }

    @Test("abbreviations match only in capitals")
    func capitals() throws {
        #expect(try mentions("AS and RA are named.").map(\.1) == ["ankylosing-spondylitis", "rheumatoid-arthritis"])
        #expect(try mentions("as well as ra are words.").isEmpty)
    }

    @Test("determiners and abbreviation definitions inside a term are stepped over")
    func skips() throws {
        #expect(try mentions("Treating any underlying conditions helps.").map(\.0) == ["Treating any underlying conditions"])
        #expect(try mentions("ACL (anterior cruciate ligament) tears happen.").map(\.0) == ["ACL (anterior cruciate ligament) tears"])
    }

    @Test("an abbreviation the document defines is learnt for that document")
    func learnt() throws {
        let result = try process(text: "Title\n\nFoot pain came with Charcot neuroarthropathy (CNA). CNA was treated.\n")
        let matched = Repository.processor.match(result.clean)
        #expect(matched.learnedAbbreviations.keys.contains("\u{1}CNA"))
        #expect(matched.mentions.filter { $0.isLearnedAbbreviation }.count == 1)
    }

    @Test("initials spell an abbreviation")
    func initials() {
        let tokens = Tokenizer(normalizer: TokenNormalizer()).tokenize(Array("anterior cruciate ligament".utf8), in: CleanByteOffset(0)..<CleanByteOffset(26))
        #expect(AbbreviationDefinition.initialsMatch("\u{1}ACL", words: tokens))
        #expect(!AbbreviationDefinition.initialsMatch("\u{1}MRI", words: tokens))
        let sickness = Tokenizer(normalizer: TokenNormalizer()).tokenize(Array("decompression sickness".utf8), in: CleanByteOffset(0)..<CleanByteOffset(22))
        #expect(AbbreviationDefinition.initialsMatch("\u{1}DCS", words: sickness))
        #expect(!AbbreviationDefinition.initialsMatch("\u{1}XDS", words: sickness))
    }
}
