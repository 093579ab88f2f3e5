import MarrowTestSupport
import PropertyBased
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
        #expect(
            try mentions("Treating any underlying conditions helps.").map(\.0) == ["Treating any underlying conditions"]
        )
        #expect(
            try mentions("ACL (anterior cruciate ligament) tears happen.").map(\.0) == [
                "ACL (anterior cruciate ligament) tears"
            ])
    }

    @Test("an abbreviation the document defines is learnt for that document")
    func learnt() throws {
        let result = try process(
            text: "Title\n\nFoot pain came with Charcot neuroarthropathy (CNA). CNA was treated.\n")
        let matched = Repository.processor.match(result.clean)
        #expect(matched.learnedAbbreviations.keys.contains("\u{1}CNA"))
        #expect(matched.mentions.filter { $0.isLearnedAbbreviation }.count == 1)
    }

    @Test("initials spell an abbreviation")
    func initials() {
        let tokens = Tokenizer(normalizer: TokenNormalizer()).tokenize(
            Array("anterior cruciate ligament".utf8), in: CleanByteOffset(0)..<CleanByteOffset(26))
        #expect(AbbreviationDefinition.initialsMatch("\u{1}ACL", words: tokens))
        #expect(!AbbreviationDefinition.initialsMatch("\u{1}MRI", words: tokens))
        let sickness = Tokenizer(normalizer: TokenNormalizer()).tokenize(
            Array("decompression sickness".utf8), in: CleanByteOffset(0)..<CleanByteOffset(22))
        #expect(AbbreviationDefinition.initialsMatch("\u{1}DCS", words: sickness))
        #expect(!AbbreviationDefinition.initialsMatch("\u{1}XDS", words: sickness))
    }
}

@Suite("The phrase automaton read through key ids")
struct PhraseAutomatonKeyIDTests {
    /// Every sentence of the corpus, the held-out articles and the HTML fixtures, with the tokens of
    /// its document.
    static func sentences() -> [(tokens: [Token], range: Range<Int>)] {
        (Repository.corpusResults + Repository.heldOutResults + Repository.htmlResults).flatMap { result in
            let segmented = Repository.processor.match(result.clean).segmented
            return segmented.sentences.map { (segmented.tokens, $0.tokens) }
        }
    }

    @Test("every automaton finds the same phrases by id as by string, on every sentence of the fixtures")
    func sameMatches() {
        let lexicon = Repository.lexicon
        let sentences = PhraseAutomatonKeyIDTests.sentences()
        #expect(sentences.count > 1000)
        var phrases = 0
        for (tokens, range) in sentences {
            let ids = lexicon.vocabulary.ids(tokens, range: range)
            let byString = lexicon.concepts.matches(in: tokens, range: range)
            #expect(byString == lexicon.concepts.matches(in: tokens, ids: ids, range: range))
            phrases += byString.count
            for automaton in lexicon.cues {
                for start in range {
                    #expect(
                        automaton.longestMatch(in: tokens, from: start, limit: range.upperBound, parentheticals: false)
                            == automaton.longestMatch(
                                in: tokens, ids: ids, from: start, limit: range.upperBound, parentheticals: false))
                }
            }
            #expect(
                lexicon.assertion.matches(in: tokens, range: range)
                    == lexicon.assertion.matches(in: tokens, ids: ids, range: range))
        }
        #expect(phrases > 100)
    }

    @Test("random runs of lexicon keys, determiners, parentheses and unknown words match alike by id and by string")
    func randomRuns() async {
        let lexicon = Repository.lexicon
        let words = [
            "stress", "fracture", "fractures", "the", "any", "(", ")", "ACL", "anterior", "cruciate", "ligament",
            "tears", "not", "no", "without",
            "caused", "by", "treatment", "of", "bone", "pain", "zzq", ",", "CRPS", "complex", "regional", "syndrome",
            "history",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(words.count - 1)).array(of: 1...40)
        ) {
            (choices: [Int]) in
            let text = choices.map { words[$0] }.joined(separator: " ")
            let tokens = Tokenizer(normalizer: lexicon.normalizer).tokenize(
                Array(text.utf8), in: CleanByteOffset(0)..<CleanByteOffset(text.utf8.count))
            let range = 0..<tokens.count
            let ids = lexicon.vocabulary.ids(tokens, range: range)
            #expect(
                lexicon.concepts.matches(in: tokens, range: range)
                    == lexicon.concepts.matches(in: tokens, ids: ids, range: range))
            for automaton in lexicon.cues {
                #expect(
                    automaton.matches(in: tokens, range: range, parentheticals: false)
                        == automaton.matches(in: tokens, ids: ids, range: range, parentheticals: false))
            }
            #expect(
                lexicon.assertion.matches(in: tokens, range: range)
                    == lexicon.assertion.matches(in: tokens, ids: ids, range: range))
        }
    }

    @Test("a key no automaton uses has no id; the vocabulary numbers keys in sorted order")
    func vocabulary() {
        let vocabulary = KeyVocabulary(["b", "a", "c", "a"])
        #expect(vocabulary.count == 3)
        #expect(vocabulary.id(of: "a") == 0 && vocabulary.id(of: "c") == 2)
        #expect(vocabulary.id(of: "zzq") == nil)
        #expect(Repository.lexicon.vocabulary.id(of: "zzq") == nil)
    }
}
