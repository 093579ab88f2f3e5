import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("The facts of a mention, read in place in its document's tables")
struct MentionFactsTests {
    /// Every mention's facts in `text`, with the context they read.
    static func facts(_ text: String) throws -> (ClassificationContext, [MentionFacts]) {
        let processor = Repository.processor
        let clean = try processor.clean(SourceDocument(path: "facts.txt", raw: Array(text.utf8), mediaType: .text))
        let context = processor.classifier.makeContext(processor.match(clean))
        return (context, context.mentions.map { MentionFacts($0, in: context) })
    }

    @Test(
        "a mention's clause is the one that holds its first token; its relation is its own clause",
        arguments: [
            "Bone marrow edema is caused by gout, fracture and trauma.\n",
            "Avascular necrosis (AVN), which mostly results from trauma, resembles bone marrow edema.\n",
            "If you have it, your provider may suggest crutches; although smoking increases the risk of heart disease, it is rare.\n",
        ])
    func clauseHoldsTheMention(text: String) throws {
        let (context, all) = try Self.facts(text)
        #expect(!all.isEmpty)
        for facts in all {
            let first = facts.mention.tokens.lowerBound
            #expect(facts.clause.clause.contains(first), "\(facts.mention)")
            #expect(facts.clause.mentions.contains(facts.mention))
            #expect(facts.clause.clause.ranges == context.clauseFacts[context.clauseIndex(of: first)].clause.ranges)
            #expect(!facts.elliptical)
            #expect(facts.relation.clause.ranges == facts.clause.clause.ranges)
        }
    }

    @Test("an elliptical clause ending on an auxiliary borrows the relation of the clause before it")
    func ellipticalClauseBorrows() throws {
        let (context, all) = try Self.facts("Bone marrow edema is not caused by gout, but osteoporosis does.\n")
        let borrowing = try #require(all.first { context.text($0.mention.tokens) == "osteoporosis" })
        #expect(borrowing.elliptical)
        #expect(borrowing.relationIndex == borrowing.clauseIndex - 1)
        #expect(borrowing.relation.clause.ranges == context.clauseFacts[borrowing.clauseIndex - 1].clause.ranges)
        #expect(!borrowing.relation.causes.isEmpty, "the borrowed clause holds 'caused by'")
        #expect(borrowing.clause.causes.isEmpty)
    }

    @Test("a mention reads its lexicon concept; a forced span reads the forced concept and its claim roles")
    func conceptInPlace() throws {
        let (context, all) = try Self.facts("Bone marrow edema is caused by gout.\n")
        let lexicon = Repository.lexicon
        for facts in all {
            #expect(facts.concept == lexicon.conceptTable[facts.mention.concept])
            #expect(facts.allowed == context.claimRoles[facts.mention.concept])
        }
        let span = try #require(all.last).mention
        let unknown = Mention(
            concept: -1, tokens: span.tokens, range: span.range, sentence: span.sentence, isLearnedAbbreviation: false)
        for forced in [MentionFacts(unknown, in: context), MentionFacts(unknown, forced: true, in: context)] {
            #expect(forced.concept == Classifier.forcedConcept)
            #expect(forced.allowed == [.cause, .treatment])
        }
        // A forced span over a known concept is classified as the forced concept, with the
        // lexicon concept's claim roles (as before the facts read the concept in place).
        let forcedKnown = MentionFacts(span, forced: true, in: context)
        #expect(forcedKnown.concept == Classifier.forcedConcept)
        #expect(forcedKnown.allowed == context.claimRoles[span.concept])
    }
}
