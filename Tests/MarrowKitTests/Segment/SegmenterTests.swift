import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Sentences and blocks")
struct SentenceSegmenterTests {
    var segmenter: Segmenter { Repository.processor.segmenter }

    /// The abbreviation check as first written: fold the whole run back to a space, a line break
    /// or an opening parenthesis.
    func naiveIsAbbreviation(endingAt end: Int, utf8: [UInt8]) -> Bool {
        var start = end - 1
        while start > 0, utf8[start - 1] != 0x20, utf8[start - 1] != 0x0A, utf8[start - 1] != UInt8(ascii: "(") {
            start -= 1
        }
        return segmenter.abbreviations.contains(CueText.fold(String(decoding: utf8[start..<end], as: UTF8.self)))
    }

    @Test(
        "the bounded abbreviation check agrees with folding the whole run, on runs of letters, periods, tabs and no-break spaces"
    )
    func abbreviationCheckAgreesWithTheNaiveOne() async {
        let pieces = [
            "e", "g", ".", "Dr", "e.g.", "i.e.", "\t", "\u{A0}", "\u{2003}", "x", "\u{C9}", "(", " ", "vs", "etc",
        ]
        await propertyCheck(
            count: PropertyRuns.scaled(400), input: Gen.int(in: 0...(pieces.count - 1)).array(of: 1...40)
        ) {
            (choices: [Int]) in
            let text = choices.map { pieces[$0] }.joined() + "."
            let utf8 = Array(text.utf8)
            for end in 1...utf8.count where utf8[end - 1] == UInt8(ascii: ".") {
                #expect(
                    segmenter.isAbbreviation(endingAt: end, utf8: utf8)
                        == naiveIsAbbreviation(endingAt: end, utf8: utf8), "\(text) at \(end)")
            }
        }
    }

    @Test("known abbreviations keep a sentence going, a period after a long run ends it")
    func abbreviations() throws {
        let run = String(repeating: "A.", count: 40)
        let result = try process(text: "Title here\n\nSee e.g. Smith for more. Then it ends. " + run + " Next one.\n")
        let texts = Repository.processor.match(result.clean).segmented.sentences.map { result.clean.text($0.range) }
        #expect(texts == ["Title here", "See e.g. Smith for more.", "Then it ends.", run, "Next one."])
    }

    @Test("each block's sentence range holds exactly its sentences, in order")
    func sentencesOfBlock() throws {
        for result in Repository.corpusResults {
            let segmented = Repository.processor.match(result.clean).segmented
            #expect(segmented.sentencesOfBlock.count == result.clean.blocks.count)
            var next = 0
            for (block, range) in segmented.sentencesOfBlock.enumerated() {
                #expect(range.lowerBound == next)
                for sentence in range { #expect(segmented.sentences[sentence].block == block) }
                next = range.upperBound
            }
            #expect(next == segmented.sentences.count)
        }
    }
}
