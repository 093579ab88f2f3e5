import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Tokens and their keys")
struct TokenizerTests {
    let tokenizer = Tokenizer(normalizer: TokenNormalizer(spelling: ["oedema": "edema", "ischaemia": "ischemia"]))

    func keys(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokenizer.tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count)).map {
            $0.abbreviationKey.map { "!" + $0.dropFirst() } ?? $0.key
        }
    }

    @Test(
        "plurals, possessives, case, hyphens and British spellings fold",
        arguments: [
            ("Fractures", ["fracture"]),
            ("injuries", ["injury"]),
            ("Charcot's foot", ["charcot", "foot"]),
            ("Charcot’s foot", ["charcot", "foot"]),
            ("Vitamin-D deficiency", ["vitamin", "d", "deficiency"]),
            ("bone marrow oedema", ["bone", "marrow", "edema"]),
            ("Ischaemia", ["ischemia"]),
            ("osteoporosis", ["osteoporosis"]),
            ("stress", ["stress"]),
            ("lupus", ["lupus"]),
            ("Café", ["cafe"]),
            ("don't", ["don't"]),
        ])
    func folding(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test(
        "words in capitals carry an abbreviation key; others do not",
        arguments: [
            ("NSAIDs", ["!NSAID"]),
            ("BMLs", ["!BML"]),
            ("AS", ["!AS"]),
            ("as", ["as"]),
            ("RA (rheumatoid arthritis)", ["!RA", "(", "rheumatoid", "arthritis", ")"]),
            ("T2", ["t2"]),
        ])
    func abbreviations(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test("token ranges slice the text exactly")
    func ranges() {
        let text = "Bone marrow edema (BME) — “swelling”, e.g. in 2.5% of knees…"
        let bytes = Array(text.utf8)
        for token in tokenizer.tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count)) {
            let slice = String(
                decoding: bytes[token.range.lowerBound.value..<token.range.upperBound.value], as: UTF8.self)
            #expect(!slice.isEmpty && !slice.contains(" "))
        }
        #expect(keys("2.5%") == ["2.5", "%"])
    }
}

@Suite("Sentences and sections")
struct SegmenterTests {
    func sentences(_ text: String) throws -> [String] {
        let result = try process(text: text)
        let matched = Repository.processor.match(result.clean)
        return matched.segmented.sentences.map { result.clean.text($0.range) }
    }

    @Test("abbreviations such as e.g. and Dr. do not end a sentence")
    func abbreviations() throws {
        let split = try sentences("Title\n\nSome causes, e.g. gout, are metabolic. Dr. Smith agrees. It heals.\n")
        #expect(split == ["Title", "Some causes, e.g. gout, are metabolic.", "Dr. Smith agrees.", "It heals."])
    }

    @Test("decimals and lowercase continuations do not split")
    func decimals() throws {
        #expect(
            try sentences("Title\n\nAbout 2.5 percent of cases. vs. others stay.\n") == [
                "Title", "About 2.5 percent of cases. vs. others stay.",
            ])
    }

    @Test("headings form a path; category sub-headings nest under questions")
    func headingPath() throws {
        let result = try process(
            text:
                "Guide\n\nWhat causes bone marrow edema?\nInfections\nBone infections may lead to it:\nOsteomyelitis.\n"
        )
        let record = try #require(result.records.first { $0.concept.id == "osteomyelitis" })
        #expect(record.passage.section == ["Guide", "What causes bone marrow edema?", "Infections"])
    }
}

@Suite("Scalars decoded from token bytes")
struct ScalarDecodingTests {
    @Test("every scalar decodes from its UTF-8 bytes to itself")
    func roundTrip() async {
        await propertyCheck(count: PropertyRuns.scaled(500), input: Gen.int(in: 0x80...0x10FFFF).array(of: 1...20)) {
            (values: [Int]) in
            for value in values {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                let bytes = Array(String(scalar).utf8)
                #expect(Tokenizer.decodeScalar(bytes, 0, Tokenizer.scalarLength(bytes[0])) == scalar)
            }
        }
    }

    @Test("malformed sequences decode to nil, and the tokenizer still reads their neighbours")
    func malformed() {
        #expect(Tokenizer.decodeScalar([0xC0, 0x80], 0, 2) == nil) // overlong
        #expect(Tokenizer.decodeScalar([0xE0, 0x80, 0x80], 0, 3) == nil) // overlong
        #expect(Tokenizer.decodeScalar([0xED, 0xA0, 0x80], 0, 3) == nil) // surrogate
        #expect(Tokenizer.decodeScalar([0xC3, 0x28], 0, 2) == nil) // bad continuation
        #expect(Tokenizer.decodeScalar([0xF4, 0x90, 0x80, 0x80], 0, 4) == nil) // past U+10FFFF
        #expect(Tokenizer.isWordByte(Array("\u{E9}".utf8), 0))
        #expect(!Tokenizer.isWordByte(Array("\u{2014}".utf8), 0))
    }
}
