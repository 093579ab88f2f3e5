import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Assertion triggers are found per sentence, when a mention of it is assessed")
struct SentenceTriggersTests {
    @Test("each sentence gets its own triggers, whatever order its mentions are assessed in")
    func perSentence() throws {
        let explainer = Explainer(lexicon: Repository.lexicon)
        let matched = try explainer.match(
            ExplainQuery(text: "She has no cough. Her fever is possibly viral. He denies asthma."), reading: .passage)
        let sentences = matched.segmented.sentences
        try #require(sentences.count == 3)
        let context = explainer.classifier.makeContext(matched)
        var kept = SentenceTriggers()
        for sentence in [2, 0, 0, 1, 2, 1] {
            var fresh = SentenceTriggers()
            let hits = kept.hits(of: sentence, in: context)
            #expect(hits == fresh.hits(of: sentence, in: context), "sentence \(sentence)")
            #expect(!hits.isEmpty, "sentence \(sentence) has a trigger")
            #expect(
                hits.allSatisfy { sentences[sentence].tokens.contains($0.tokens.lowerBound) }, "sentence \(sentence)")
        }
    }
}
