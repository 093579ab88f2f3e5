import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("The document processor is its stages, composed")
struct StagesTests {
    @Test("the stages run one by one give the processor's records")
    func stagesByHand() throws {
        let lexicon = Repository.lexicon
        let reference = try #require(Repository.corpusReferences().first)
        let document = try reference.load()
        let clean = try DocumentCleaner(cues: lexicon.cleaning).process(document)
        let segmented = Segmenter(
            tokenizer: Tokenizer(normalizer: lexicon.normalizer), abbreviations: lexicon.sentenceAbbreviations
        ).process(clean)
        let matched = Matcher(lexicon: lexicon).process(segmented)
        let classified = Classifier(lexicon: lexicon).process(matched)
        let records = RecordBuilder(lexicon: lexicon).records(
            for: classified.findings, matched: classified.matched, document: document)
        let result = try Repository.processor.process(document)
        #expect(result.clean.utf8 == clean.utf8)
        #expect(!records.isEmpty)
        #expect(result.records == records)
        #expect(classified.findings == Classifier(lexicon: lexicon).classify(matched))
    }

    @Test("the cleaning stage rejects a document with no article text, naming it")
    func cleaningRejects() {
        let document = SourceDocument(path: "blank.txt", raw: Array("\n\n   \n".utf8), mediaType: .text)
        #expect {
            try DocumentCleaner(cues: Repository.lexicon.cleaning).process(document)
        } throws: { error in
            (error as? MarrowError)?.location?.path == "blank.txt"
        }
    }
}
