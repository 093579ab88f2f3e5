import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Work, counted by ``WorkMeter`` in the stages' inner loops, must grow in proportion to the
/// document: four times the text, about four times the work, in every stage. A loop that scans
/// the whole document (or the whole sentence list, or the whole logical line) once per item
/// makes the ratio grow with the size instead, which is what made a 32 MB article take minutes.
/// Nothing here is timed.
@Suite("Work grows linearly with the document")
struct LinearWorkTests {
    /// An article of `sections` sections that exercises every path that once went quadratic: many
    /// sentences with mentions (the matcher's per-sentence filter), list items under an intro
    /// line (the classifier's intro look-up), an abbreviation the text defines and reuses, a
    /// paragraph broken over one line per `sections` words (the cleaner's line joining), and a
    /// run of periods without spaces that grows with the article (the segmenter's abbreviation
    /// check).
    static func article(sections: Int) -> String {
        let causes = ["fracture", "osteoarthritis", "gout", "stress fracture", "bone bruise", "rheumatoid arthritis"]
        let treatments = ["rest", "physical therapy", "core decompression", "bisphosphonates", "NSAIDs"]
        var text = "Bone marrow edema explained\n\nWritten by A. Writer\n\n"
        text += "Bone marrow edema is treated with core decompression (CD) in severe cases.\n\n"
        for index in 0..<sections {
            let cause = causes[index % causes.count]
            let treatment = treatments[index % treatments.count]
            text += "What causes bone marrow edema?\n\n"
            text +=
                "Bone marrow edema can be caused by \(cause). It may also result from \(causes[(index + 1) % causes.count]), but not from \(causes[(index + 2) % causes.count]). "
            text += "Patients in group \(index) had it for \(index % 9 + 2) weeks.\n\n"
            text +=
                "Common causes of bone marrow edema include:\n\n- \(cause.capitalized)\n- \(causes[(index + 3) % causes.count])\n- Trauma\n\n"
            text +=
                "Treatment\n\nBone marrow edema is treated with \(treatment). CD helped in \(index % 7) cases.\nAdvertisement\n\n"
        }
        text += "A long paragraph follows, broken by the scraper\n"
        for index in 0..<sections { text += "and the knee \(index) of\n" }
        text += "the patient.\n\nSee figure " + String(repeating: "x.", count: sections * 8) + " for details.\n"
        return text
    }

    func work(sections: Int) throws -> [WorkMeter.Stage: Int] {
        let text = LinearWorkTests.article(sections: sections)
        let (result, work) = try WorkMeter.measure { try process(text: text) }
        #expect(!result.records.isEmpty)
        return work
    }

    @Test("four times the article, at most about four times the work in every stage")
    func linearInEveryStage() throws {
        let small = try work(sections: 40)
        let large = try work(sections: 160)
        for stage in WorkMeter.Stage.allCases {
            let before = small[stage] ?? 0
            let after = large[stage] ?? 0
            #expect(before > 0, "no work counted in \(stage): the meter is not wired in")
            #expect(
                Double(after) <= Double(before) * 4 * 1.15,
                "\(stage): \(before) units for 40 sections, \(after) for 160")
        }
    }

    @Test(
        "the article exercises what it is meant to: list items with an intro, a learnt abbreviation, a long joined line"
    )
    func articleCoversThePaths() throws {
        let result = try process(text: LinearWorkTests.article(sections: 10))
        let clean = result.clean
        #expect(clean.blocks.contains { $0.kind == .listItem && $0.listIntro != nil })
        #expect(clean.blocks.contains { $0.range.length() > 10 * 12 })
        let matched = Repository.processor.match(clean)
        #expect(matched.mentions.contains { $0.isLearnedAbbreviation })
        #expect(matched.segmented.sentences.count > 50)
    }
}
