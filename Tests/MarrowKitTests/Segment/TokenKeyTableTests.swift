import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Keys resolved from bytes through the lexicon's table")
struct TokenKeyTableTests {
    /// The tokens of `text` by the lexicon's tokenizer and by the normaliser's string path.
    static func bothWays(_ text: String) -> (table: [Token], strings: [Token]) {
        let lexicon = Repository.lexicon
        let bytes = Array(text.utf8)
        let range = CleanByteOffset(0)..<CleanByteOffset(bytes.count)
        return (
            Tokenizer(lexicon: lexicon).tokenize(bytes, in: range),
            Tokenizer(normalizer: lexicon.normalizer).tokenize(bytes, in: range)
        )
    }

    /// Checks that both ways give the same tokens and that the ids are the vocabulary's.
    static func expectSame(_ text: String) {
        let vocabulary = Repository.lexicon.vocabulary
        let (table, strings) = bothWays(text)
        #expect(table.count == strings.count, "\(text)")
        for (token, expected) in zip(table, strings) {
            #expect(token.range == expected.range && token.isWord == expected.isWord, "\(text)")
            #expect(token.key == expected.key, "\(text)")
            #expect(token.abbreviationKey == expected.abbreviationKey, "\(text)")
            #expect(token.isCapitalized == expected.isCapitalized && token.punctuation == expected.punctuation)
            #expect(token.keyID == (vocabulary.id(of: expected.key) ?? -1), "\(text): \(expected.key)")
            #expect(
                token.abbreviationID == (expected.abbreviationKey.flatMap { vocabulary.id(of: $0) } ?? -1), "\(text)")
            #expect(expected.keyID == -1 && expected.abbreviationID == -1)
        }
    }

    @Test("random texts of lexicon keys, spelling variants, capitals, non-ASCII words and punctuation")
    func randomTexts() async {
        let lexicon = Repository.lexicon
        // Keys the vocabulary holds and the spelling variants, written in several cases and endings.
        var words = Array(lexicon.vocabulary.keys.prefix(200)) + lexicon.lexiconSet.spelling.keys.sorted().prefix(40)
        words =
            words.filter { !$0.hasPrefix("\u{1}") }
            + lexicon.lexiconSet.spelling.keys.sorted().prefix(20).map {
                $0.uppercased() + "s"
            }
        words += [
            "NSAIDs", "ACL", "AS", "T2", "2.5", "don't", "Charcot's", "Charcot’s", "Café", "naïve", "Straße", "œdema",
            "injuries", "fractures", "stress", "(", ")", ",", ".", "!", "?", "“", "”", "‘", "’", "—", "–", "-", "/",
            "\u{A0}", "%", "…", "zzqx", "antidisestablishmentarianisms", "ÉCOLE", "x\u{301}y", "\u{2003}", ";",
            "oʼclock", "Women’s",
        ]
        let pieces = words
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(pieces.count - 1)).array(of: 1...40)
        ) {
            (choices: [Int]) in
            var text = ""
            for (position, choice) in choices.enumerated() {
                text += pieces[choice] + (position % 3 == 0 ? "" : " ")
            }
            TokenKeyTableTests.expectSame(text)
        }
    }

    @Test("the spelling variants the patterns make fold alike both ways, not only the listed pairs")
    func patternMadeVariants() {
        let lexicon = Repository.lexicon
        let listed = lexicon.lexiconSet.spelling
        let made = lexicon.normalizer.spelling.filter { listed[$0.key] == nil }.keys.sorted()
        #expect(!made.isEmpty, "the shipped spelling patterns make no variant")
        for start in stride(from: 0, to: made.count, by: 200) {
            TokenKeyTableTests.expectSame(made[start..<min(start + 200, made.count)].joined(separator: " "))
        }
    }

    @Test("every document of the corpus and the fixtures tokenizes alike both ways")
    func fixtures() {
        for result in Repository.corpusResults + Repository.heldOutResults + Repository.htmlResults {
            TokenKeyTableTests.expectSame(String(decoding: result.clean.utf8, as: UTF8.self))
        }
    }

    @Test("the pipeline's segmenter resolves ids, and the matcher reads them")
    func pipelineCarriesIDs() throws {
        let result = try #require(Repository.corpusResults.first)
        let matched = Repository.processor.match(result.clean)
        #expect(matched.segmented.keyTable === Repository.lexicon.keyTable)
        #expect(matched.segmented.tokens.contains { $0.keyID >= 0 })
        let plain = Segmenter(
            tokenizer: Tokenizer(normalizer: Repository.lexicon.normalizer),
            abbreviations: Repository.lexicon.sentenceAbbreviations
        ).segment(result.clean)
        let unresolved = Matcher(lexicon: Repository.lexicon).match(plain)
        #expect(plain.sentences == matched.segmented.sentences)
        #expect(unresolved.mentions == matched.mentions && unresolved.cues == matched.cues)
    }

    @Test("the byte table finds every key it was given, under its number, and nothing else, across growth")
    func byteTable() {
        var table = ByteKeyTable(capacity: 1)
        let keys = (0..<3000).map { "k\($0 * 7919 % 10007)" } + ["", "a", "ab"]
        for (number, key) in keys.enumerated() {
            var key = key
            let (found, isNew) = key.withUTF8 { table.insert($0, hash: ByteKeyTable.hash($0)) }
            #expect(isNew && found == Int32(number))
        }
        #expect(table.count == keys.count)
        for (number, key) in keys.enumerated() {
            var key = key
            #expect(key.withUTF8 { table.find($0, hash: ByteKeyTable.hash($0)) } == Int32(number))
            #expect(key.withUTF8 { table.insert($0, hash: ByteKeyTable.hash($0)).isNew } == false)
            #expect(Array(table.key(Int32(number))) == Array(key.utf8))
        }
        for missing in ["k-1", "zz", "abc", "k"] {
            var missing = missing
            #expect(missing.withUTF8 { table.find($0, hash: ByteKeyTable.hash($0)) } == -1)
        }
    }
}
