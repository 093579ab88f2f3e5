import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("A classification workspace reused across documents")
struct ClassificationWorkspaceTests {
    /// Short articles that fill every table of the context: headings, lists, relation and
    /// comparison cues, pronouns for the topic, relative clauses, modifiers of the topic, furniture,
    /// a glued run of clauses, and a text with no mention at all.
    static let texts: [String] = [
        "Bone marrow edema is caused by gout, fracture and trauma.\n",
        "Bone marrow edema\n\nWhat causes bone marrow edema?\n\nInfections\n\nBacteria reach the bone.\n\nWhat are the symptoms?\n\nGout\n\nThe joint aches.\n",
        "Bone marrow edema\n\nCommon causes of it include\n\n• Gout\n• Overuse\n",
        "Overview\n\nRest and medication usually relieve bone marrow edema within a few months. These include:\n\n• a corticosteroid\n• bisphosphonates\n",
        "Bone marrow edema is common. In most knees the edema was secondary to a meniscal tear.",
        "Bone marrow edema comes in several forms: traumatic and mechanical BME are the most frequent.\n",
        "Bone marrow edema\n\nBibliography\n\nGout in athletes, a review.\n",
        "Bone marrow edema is not caused by gout, but osteoporosis does.\n",
        "Avascular necrosis (AVN), which mostly results from trauma, resembles bone marrow edema.\n",
        "If you have it, your provider may suggest crutches; although smoking increases the risk of heart disease, it is rare.\n",
        "Patients with no history of trauma may still develop bone marrow edema, which resolves with rest.\n",
        "The weather was fine and nothing else happened.\n",
        "Bone marrow edema is caused by " + String(repeating: "gout, fracture and trauma, ", count: 12)
            + "and overuse.\n",
    ]

    static let matched: [MatchedText] = texts.enumerated().map { index, text in
        let processor = Repository.processor
        let clean = try! processor.clean(
            SourceDocument(path: "ws\(index).txt", raw: Array(text.utf8), mediaType: .text))
        return processor.match(clean)
    }

    @Test("any order of documents through one workspace gets each document's fresh findings")
    func reuseIsInvisible() async {
        let classifier = Repository.processor.classifier
        let fresh = Self.matched.map { classifier.explain($0) }
        // A forced span (the first word) as well, so the extra mention's clause is asked about.
        let forced = Self.matched.map { matched in
            matched.segmented.tokens.isEmpty
                ? nil
                : Mention(
                    concept: -1, tokens: 0..<1, range: matched.segmented.tokens[0].range, sentence: 0,
                    isLearnedAbbreviation: false)
        }
        let freshForced = Self.matched.indices.map { classifier.explain(Self.matched[$0], forced: forced[$0]) }
        await propertyCheck(
            count: PropertyRuns.scaled(40),
            input: Gen.int(in: 0...(2 * Self.texts.count - 1)).array(of: 1...25)
        ) { (order: [Int]) in
            var workspace = ClassificationWorkspace()
            for pick in order {
                let index = pick % Self.texts.count
                if pick < Self.texts.count {
                    let findings = classifier.explain(Self.matched[index], reusing: &workspace)
                    #expect(findings == fresh[index], "document \(index)")
                } else {
                    let findings = classifier.explain(Self.matched[index], forced: forced[index], reusing: &workspace)
                    #expect(findings == freshForced[index], "document \(index), forced")
                }
            }
        }
    }
}
