import MarrowTestSupport
import Testing

@testable import MarrowKit

/// The rules that make a claim by default in an article about the topic, and the reasons they
/// find against one, each on hand-made sentences.
@Suite("Default by evidence: the prior and the reasons against it")
struct EvidenceRuleTests {
    @Test("in an article about the topic, a cause or treatment concept is a claim by its prior")
    func topicPrior() throws {
        let cause = try mentionFacts("Bone marrow edema is painful.\n\nMany patients we saw had gout.\n", "gout")
        #expect(TopicPriorRule().decide(cause) == .claim(.cause, cue: nil, .topicPrior(.cause)))
        let treatment = try mentionFacts("Bone marrow edema is painful.\n\nCrutches are cheap.\n", "Crutches")
        #expect(TopicPriorRule().decide(treatment)?.role == .treatment)
        let offTopic = try mentionFacts("Gardening\n\nMany gardeners have gout.\n", "gout")
        #expect(TopicPriorRule().decide(offTopic) == nil)
        let symptoms = try mentionFacts("Bone marrow edema\n\nSymptoms\n\nThe ache can feel like gout.\n", "gout")
        #expect(TopicPriorRule().decide(symptoms) == nil)
        // What an outlook section names happening to patients is an outcome; its treatments stay.
        let outcome = try mentionFacts(
            "Bone marrow edema\n\nComplications\n\nA few patients end up with a fracture.\n", "fracture")
        #expect(TopicPriorRule().decide(outcome) == nil)
        let care = try mentionFacts("Bone marrow edema\n\nOutlook\n\nMost people do well with crutches.\n", "crutches")
        #expect(TopicPriorRule().decide(care)?.role == .treatment)
    }

    @Test("a paragraph sets its section kind only by a section word in the topic's own phrase")
    func paragraphKind() throws {
        let opening = try mentionFacts(
            "Bone marrow edema\n\nBone marrow edema treatment centers on rest. Crutches are cheap.\n", "Crutches")
        #expect(opening.sectionKind == .treatment)
        let causesOf = try mentionFacts(
            "Bone marrow edema\n\nThe causes of bone marrow edema vary. Gout is one.\n", "Gout")
        #expect(causesOf.sectionKind == .cause)
        // A section word elsewhere in the sentence is no heading: "not a diagnosis", "(… imaging)".
        let predicate = try mentionFacts(
            "Overview\n\nSeeing bone marrow edema on a scan is worrying, yet it is not a diagnosis. It can follow stress or gout.\n",
            "gout")
        #expect(predicate.sectionKind == .definition)
        #expect(TopicPriorRule().decide(predicate)?.role == .cause)
        let aside = try mentionFacts(
            "Overview\n\nBone marrow edema shows up as bright zones (on fluid-sensitive imaging). Gout is common.\n",
            "Gout")
        #expect(aside.sectionKind == .definition)
    }

    @Test("short lines read as headings right after an intro are its items; after a list or a paragraph they are not")
    func headingItems() throws {
        let text =
            "Bone marrow edema\n\nWho gets it?\n\nIt is seen in runners.\n\nTreatment options include:\n\nBisphosphonates\n\nCrutches\n\nOutlook\n\nMost people recover.\n\nPhysical therapy\n"
        let rule = HeadingRule(lexicon: Repository.lexicon)
        let item = try mentionFacts(text, "Bisphosphonates")
        #expect(item.block.kind.headingLevel != nil)
        #expect(
            rule.decide(item)
                == .claim(.treatment, cue: nil, .listIntro(.treatment, intro: "Treatment options include:")))
        #expect(rule.decide(try mentionFacts(text, "Crutches"))?.role == .treatment)
        // A paragraph ends the run: a short line after it is a heading again.
        #expect(rule.decide(try mentionFacts(text, "Physical therapy")) == .noClaim(.inHeading))
        // A list ends it too.
        let afterList = try mentionFacts(
            "Bone marrow edema\n\nCauses include:\n\n• Gout\n• Trauma\n\nBisphosphonates\n\nThey slow bone turnover.\n",
            "Bisphosphonates")
        #expect(rule.decide(afterList) == .noClaim(.inHeading))
    }

    @Test("risk wording is a cause cue, so it wins where the prior does not reach")
    func riskWording() throws {
        let records = try process(
            text: "Bone marrow edema\n\nSymptoms\n\nSmokers are more prone to develop bone marrow edema than others.\n"
        ).records
        #expect(records.contains { $0.concept.id == "smoking" && $0.role == .cause })
    }

    @Test("a denial with only the prior for a claim is no claim; a denied relation stays a negated claim")
    func deniedWithoutRelation() throws {
        let finding = try process(
            text: "Bone marrow edema was seen on the scan.\n\nThe patient had no history of gout.\n"
        ).records
        #expect(!finding.contains { $0.concept.id == "gout" })
        let relation = try process(text: "Bone marrow edema is not caused by gout.\n").records
        #expect(relation.contains { $0.concept.id == "gout" && $0.assertion == .negated })
    }

    @Test(
        "an outcome of the topic is no cause: after an outcome word, after the topic and an active verb, before a passive verb and the topic"
    )
    func consequence() throws {
        let outcome = try mentionFacts(
            "Bone marrow edema is painful. Few of these patients progressed to osteoarthritis.", "osteoarthritis")
        #expect(ConsequenceBlocker().decide(outcome) == .noClaim(.consequence(cue: "progressed to")))
        let forward = try mentionFacts("Bone marrow edema can lead to a fracture of the joint surface.", "fracture")
        #expect(ConsequenceBlocker().decide(forward) == .noClaim(.consequence(cue: "can lead to")))
        let passive = try mentionFacts("A fracture caused by bone marrow edema is rare.", "fracture")
        #expect(ConsequenceBlocker().decide(passive) == .noClaim(.consequence(cue: "caused by")))
        let cause = try mentionFacts("Bone marrow edema can be caused by a fracture.", "fracture")
        #expect(ConsequenceBlocker().decide(cause) == nil)
        let before = try mentionFacts("A fracture can lead to bone marrow edema.", "fracture")
        #expect(ConsequenceBlocker().decide(before) == nil)
    }

    @Test("a relation with another condition in a clause without the topic is a claim about that condition")
    func otherConditionRelation() throws {
        let text = "Bone marrow edema is common, although smoking also raises the risk of heart failure."
        let other = try mentionFacts(text, "smoking")
        #expect(
            OtherConditionRelationBlocker().decide(other)
                == .noClaim(.aboutOther(concept: "heart-failure", cue: "raises the risk")))
        let withTopic = try mentionFacts("Smoking raises the risk of bone marrow edema.", "Smoking")
        #expect(OtherConditionRelationBlocker().decide(withTopic) == nil)
        let noPartner = try mentionFacts("Bone marrow edema is common. Smoking raises the risk.", "Smoking")
        #expect(OtherConditionRelationBlocker().decide(noPartner) == nil)
    }

    @Test("a relation's partner is the mention's own: another mention of its role in between opens its own relation")
    func otherConditionPartnerIsOwn() throws {
        let text = "Bone marrow edema is common. Rest helps with a sore knee, and a brace helps with gout."
        let rest = try mentionFacts(text, "Rest")
        #expect(OtherConditionRelationBlocker().decide(rest) == nil)
        let brace = try mentionFacts(text, "brace")
        #expect(OtherConditionRelationBlocker().decide(brace)?.reason.rule == "about-other")
        let direct = try mentionFacts(
            "Bone marrow edema is common. Rest helps with gout, and a brace helps with the knee.", "Rest")
        #expect(OtherConditionRelationBlocker().decide(direct)?.reason.rule == "about-other")
    }

    @Test("another name of the topic is no claim; a class noun before the naming word does not count")
    func synonym() throws {
        let named = try mentionFacts(
            "Bone marrow edema, also called transient osteoporosis, affects the hip.", "transient osteoporosis")
        #expect(SynonymBlocker().decide(named) == .noClaim(.synonym(cue: "also called")))
        let pronoun = try mentionFacts(
            "Bone marrow edema is painful. Doctors sometimes called it transient osteoporosis.",
            "transient osteoporosis")
        #expect(SynonymBlocker().decide(pronoun) != nil)
        let term = try mentionFacts(
            "When bone marrow edema moves between joints, doctors use the term regional migratory osteoporosis.",
            "regional migratory osteoporosis")
        #expect(SynonymBlocker().decide(term) == .noClaim(.synonym(cue: "the term")))
        let drug = try mentionFacts("For bone marrow edema, some doctors give a drug called iloprost.", "iloprost")
        #expect(SynonymBlocker().decide(drug) == nil)
    }

    @Test("page furniture states no claim: labelled index lines, references, affiliations")
    func furniture() throws {
        let index = try mentionFacts("Bone marrow edema\n\nKeywords: gout, trauma, imaging\n", "gout")
        #expect(FurnitureBlocker().decide(index) == .noClaim(.furniture(.labelled("Keywords"))))
        let reference = try mentionFacts(
            "Bone marrow edema\n\nBrown KT, Lee JS. Gout and the knee. J Bone Res. 2011;4:12-19.\n", "Gout")
        #expect(FurnitureBlocker().decide(reference) == .noClaim(.furniture(.reference)))
        let affiliation = try mentionFacts(
            "Bone marrow edema\n\nDepartment of Obesity Research, Northfield University, Oslo.\n", "Obesity")
        #expect(FurnitureBlocker().decide(affiliation) == .noClaim(.furniture(.affiliation)))
        let section = try mentionFacts("Bone marrow edema\n\nBibliography\n\nGout in athletes, a review.\n", "Gout")
        #expect(FurnitureBlocker().decide(section) == .noClaim(.furniture(.labelled("Bibliography"))))
        let prose = try mentionFacts("Bone marrow edema\n\nIn 2011, Brown et al. described gout in the knee.\n", "gout")
        #expect(FurnitureBlocker().decide(prose) == nil)
    }

    @Test(
        "a list intro is found at the end of the block before the list, also without a colon; a test intro excludes its items"
    )
    func listIntros() throws {
        let word = try mentionFacts(
            "Bone marrow edema\n\nCommon causes of it include\n\n• Gout\n• Overuse\n", "Overuse")
        #expect(ListIntroRule().decide(word)?.role == .cause)
        let excluded = try mentionFacts(
            "Bone marrow edema\n\nBefore treatment, these must be ruled out:\n\n• Infection\n• Gout\n", "Gout")
        #expect(
            ListIntroRule().decide(excluded)
                == .noClaim(.listIntroExcludes(intro: "Before treatment, these must be ruled out:")))
        let glued = try mentionFacts(
            "Bone marrow edema\n\n• Rest\n• What helps Bone marrow edema is often treated with:\n• Crutches\n",
            "Crutches")
        #expect(ListIntroRule().decide(glued)?.role == .treatment)
    }

    @Test(
        "an intro line with no cue of its own takes the cue of the sentence before it in its block, not across blocks")
    func introBorrowsCue() throws {
        let borrowed = try mentionFacts(
            "Overview\n\nRest and medication usually relieve bone marrow edema within a few months. These include:\n\n• a corticosteroid\n• bisphosphonates\n",
            "corticosteroid")
        #expect(ListIntroRule().decide(borrowed)?.role == .treatment)
        let test = try mentionFacts(
            "Overview\n\nBefore bone marrow edema is treated, doctors rule out other conditions. These include:\n\n• gout\n• a tumour\n",
            "gout")
        #expect(ListIntroRule().decide(test).map { $0.role == nil } == true)
        let otherBlock = try mentionFacts(
            "Overview\n\nRest and medication usually relieve bone marrow edema within a few months.\n\nThese include:\n\n• a corticosteroid\n",
            "corticosteroid")
        #expect(ListIntroRule().decide(otherBlock) == nil)
    }

    @Test("the topic's shorthand after a determiner stands for the topic; with another word before it, it does not")
    func shorthand() throws {
        let standIn = try mentionFacts(
            "Bone marrow edema is common. In most knees the edema was secondary to a meniscal tear.", "meniscal tear")
        #expect(ClaimObject().decide(standIn, role: .cause, byCue: true) == nil)
        #expect(standIn.topicInReach)
        let other = try mentionFacts(
            "Bone marrow edema is different. Leg edema is often due to heart failure.", "heart failure")
        #expect(
            !other.document.standIns.contains(
                other.document.mentions.first { other.document.segmented.clean.text($0.range) == "edema" }?.tokens
                    .lowerBound ?? -1))
    }

    @Test(
        "an adjective that modifies the topic names a cause: 'traumatic and mechanical BME'; 'non-traumatic' does not")
    func modifiers() throws {
        let records = try process(
            text: "Bone marrow edema comes in several forms: traumatic and mechanical BME are the most frequent.\n"
        ).records
        #expect(records.contains { $0.concept.id == "injury" && $0.mention.text == "traumatic" })
        #expect(records.contains { $0.concept.id == "overuse" && $0.mention.text == "mechanical" })
        let negated = try process(text: "Bone marrow edema comes in several forms: non-traumatic BME is frequent.\n")
            .records
        #expect(!negated.contains { $0.concept.id == "injury" })
    }

    @Test("a category sub-heading under a causes heading is a cause; a heading elsewhere is not")
    func headings() throws {
        let records = try process(
            text:
                "Bone marrow edema\n\nWhat causes bone marrow edema?\n\nInfections\n\nBacteria reach the bone.\n\nWhat are the symptoms?\n\nGout\n\nThe joint aches.\n"
        ).records
        #expect(records.contains { $0.concept.id == "infection" && $0.mention.text == "Infections" })
        #expect(!records.contains { $0.concept.id == "gout" })
        // A heading that names a group of causes labels the causes under it.
        let grouped = try process(
            text:
                "Bone marrow edema\n\nWhat causes bone marrow edema?\n\nMetabolic disorders\n\n• Gout\n• Hyperparathyroidism\n"
        ).records
        #expect(!grouped.contains { $0.concept.id == "metabolic-disorder" })
        #expect(grouped.contains { $0.concept.id == "gout" && $0.role == .cause })
        let inText = try process(text: "Bone marrow edema is often seen in metabolic disorders.\n").records
        #expect(inText.contains { $0.concept.id == "metabolic-disorder" && $0.role == .cause })
    }
}

@Suite("The rules stay linear on a page glued into one sentence")
struct LinearityTests {
    @Test("a sentence with thousands of mentions classifies every one, each against its own clause")
    func longSentence() throws {
        let text =
            "Bone marrow edema is caused by " + String(repeating: "gout, fracture and trauma, ", count: 400)
            + "and overuse.\n"
        let processor = Repository.processor
        let matched = processor.match(
            try processor.clean(SourceDocument(path: "long.txt", raw: Array(text.utf8), mediaType: .text)))
        let findings = processor.classifier.classify(matched)
        #expect(findings.count == 1201)
        #expect(findings.allSatisfy { $0.role == .cause })
    }
}
