import Testing

@testable import MarrowKit

/// `Matcher`: concept mentions at token boundaries, the longest term winning, abbreviations a
/// document defines, and mentions in text order inside their sentence. The lexicon is the small
/// second topic, so what is found is decided here, not by the shipped lexicons.
@Suite("Matching concepts in a segmented text")
struct MatcherTests {
    static let lexicon = try! SecondTopicTests.lexicon()
    static let processor = DocumentProcessor(lexicon: lexicon)

    func matched(_ text: String) throws -> MatchedText {
        Self.processor.match(
            try Self.processor.clean(SourceDocument(path: "m.txt", raw: Array(text.utf8), mediaType: .text)))
    }

    func said(_ matched: MatchedText) -> [String] {
        matched.mentions.map { matched.segmented.clean.text($0.range) }
    }

    func concept(_ mention: Mention) -> String { Self.lexicon.conceptTable[mention.concept].id }

    @Test("the longest term wins, and a mention's range is exactly its words in the clean text")
    func longestTerm() throws {
        let result = try matched(
            "Hay fever\n\nGrass pollen is a trigger of allergic rhinitis. Pollen counts rise in spring.\n")
        #expect(said(result) == ["Hay fever", "Grass pollen", "allergic rhinitis", "Pollen"])
        #expect(result.mentions.map(concept) == ["hay-fever", "pollen", "hay-fever", "pollen"])
    }

    @Test("terms match whole words only, never inside a longer word")
    func wordBoundaries() throws {
        let result = try matched(
            // "grasspollen" now matches "grass pollen" on purpose (a term's compounds also match
            // closed up, `CompoundVariants`); "ragweedpollen" holds "pollen" inside a longer word.
            "Hay fever\n\nPollenosis and antihistaminergic pathways are named here, and ragweedpollen is one word.\n")
        #expect(said(result) == ["Hay fever"])
        let closed = try matched("Hay fever\n\nGrasspollen is a trigger.\n")
        #expect(said(closed) == ["Hay fever", "Grasspollen"])
    }

    @Test("mentions come in text order, each inside the tokens of the sentence it names")
    func orderAndSentences() throws {
        let result = try matched(
            "Hay fever\n\nPollen causes it. Cetirizine treats hay fever, and grass pollen makes it worse.\n\nSneezing follows pollen.\n"
        )
        let starts = result.mentions.map(\.tokens.lowerBound)
        #expect(starts == starts.sorted())
        for mention in result.mentions {
            let sentence = result.segmented.sentences[mention.sentence]
            #expect(
                sentence.tokens.lowerBound <= mention.tokens.lowerBound
                    && mention.tokens.upperBound <= sentence.tokens.upperBound)
        }
        #expect(
            result.mentions.map(concept) == [
                "hay-fever", "pollen", "antihistamine", "hay-fever", "pollen", "sneezing", "pollen",
            ])
    }

    @Test(
        "an abbreviation the document defines is a mention of its concept after the definition, and the definition is not counted twice"
    )
    func learnedAbbreviations() throws {
        let result = try matched("Hay fever\n\nAllergic rhinitis (AR) is common. Grass pollen triggers AR in spring.\n")
        #expect(result.learnedAbbreviations.keys.contains("\u{1}AR"))
        let learned = result.mentions.filter(\.isLearnedAbbreviation)
        #expect(learned.count == 1)
        #expect(learned.first.map(concept) == "hay-fever")
        #expect(learned.first.map { result.segmented.clean.text($0.range) } == "AR")
        #expect(learned.first?.sentence == result.mentions.first { concept($0) == "pollen" }?.sentence)
    }

    @Test("a text without any term has no mentions, but still has its cue hits per sentence")
    func noMentions() throws {
        let result = try matched("Spring\n\nThe weather is mild. It may rain because of the wind.\n")
        #expect(result.mentions.isEmpty)
        #expect(result.cues.count == result.segmented.sentences.count)
    }
}
