import MarrowTestSupport
import Testing

@testable import MarrowKit

/// The facts about the `occurrence`-th mention whose surface is `term` in `text` (scraped-text
/// rules: blank lines split paragraphs, "• " starts a bullet).
func mentionFacts(_ text: String, _ term: String, occurrence: Int = 1, lexicon: CompiledLexicon = Repository.lexicon)
    throws -> MentionFacts
{
    let processor =
        lexicon.version == Repository.lexicon.version ? Repository.processor : DocumentProcessor(lexicon: lexicon)
    let clean = try processor.clean(SourceDocument(path: "rule.txt", raw: Array(text.utf8), mediaType: .text))
    let matched = processor.match(clean)
    let found = matched.mentions.filter { matched.segmented.clean.text($0.range) == term }
    let mention = try #require(
        found.count >= occurrence ? found[occurrence - 1] : nil,
        "'\(term)' is not a mention in \(text.debugDescription)")
    let context = processor.classifier.makeContext(matched)
    return MentionFacts(mention, in: context)
}

@Suite("Role rules, one at a time")
struct RoleRuleTests {
    @Test("a concept with no claim role is never a claim; one with a claim role passes")
    func claimableConcept() throws {
        let condition = try mentionFacts("Bone marrow edema is common in people with heart failure.", "heart failure")
        #expect(
            ClaimableConcept().decide(condition) == .noClaim(.neverAClaim(concept: "heart-failure", role: .condition)))
        let cause = try mentionFacts("Bone marrow edema is common in people who have gout.", "gout")
        #expect(ClaimableConcept().decide(cause) == nil)
    }

    @Test("a heading states a claim only through a cue, a link, or a causes or treatment heading above it")
    func heading() throws {
        let rule = HeadingRule(lexicon: Repository.lexicon)
        let bare = try mentionFacts("About gout\n\nMany people are affected.\n", "gout")
        #expect(rule.decide(bare) == .noClaim(.inHeading))
        let cued = try mentionFacts(
            "Overview\n\nTreating bone marrow edema with crutches\n\nMany people are affected.\n", "crutches")
        #expect(rule.decide(cued)?.role == .treatment)
        let category = try mentionFacts(
            "What causes bone marrow edema?\n\nGout\n\nUric acid crystals build up in the joint.\n", "Gout")
        #expect(rule.decide(category) == .claim(.cause, cue: nil, .sectionPrior(.cause, .cause)))
        let inParagraph = try mentionFacts("Overview\n\nGout can cause bone marrow edema.\n", "Gout")
        #expect(rule.decide(inParagraph) == nil)
    }

    @Test("a test cue right before a mention blocks it; far away or in another clause it does not")
    func diagnosticBlocker() throws {
        let looked = try mentionFacts("In bone marrow edema, the doctor will screen for gout.", "gout")
        #expect(DiagnosticBlocker().decide(looked) == .noClaim(.blocked(.blockTest, cue: "screen for")))
        let far = try mentionFacts("The doctor will screen for signs that the joint was hurt by gout.", "gout")
        #expect(DiagnosticBlocker().decide(far) == nil)
        let plain = try mentionFacts("Gout can cause bone marrow edema.", "Gout")
        #expect(DiagnosticBlocker().decide(plain) == nil)
    }

    @Test("a hypernym cue names the class of another concept")
    func hypernymBlocker() throws {
        let hypernym = try mentionFacts(
            "Bone marrow edema can come from pseudogout, which is a kind of arthritis.", "arthritis")
        #expect(HypernymBlocker().decide(hypernym) == .noClaim(.blocked(.blockHypernym, cue: "a kind of")))
        let subject = try mentionFacts(
            "Bone marrow edema can come from pseudogout, which is a kind of arthritis.", "pseudogout")
        #expect(HypernymBlocker().decide(subject) == nil)
    }

    @Test("what a measure prevents is not a cause")
    func preventionBlocker() throws {
        let prevented = try mentionFacts(
            "After surgery for bone marrow edema, antibiotics prevent infection.", "infection")
        #expect(PreventionBlocker().decide(prevented) == .noClaim(.blocked(.blockPrevention, cue: "prevent")))
        let caused = try mentionFacts("Bone marrow edema can follow an infection.", "infection")
        #expect(PreventionBlocker().decide(caused) == nil)
    }

    @Test("the condition a treatment is given for is not a claim; a treatment after 'for' is")
    func otherConditionObject() throws {
        let givenFor = try mentionFacts(
            "Methotrexate for psoriatic arthritis can cause bone marrow edema.", "psoriatic arthritis")
        #expect(
            OtherConditionObjectBlocker().decide(givenFor) == .noClaim(.givenFor(condition: "Methotrexate", cue: "for"))
        )
        let noTreatment = try mentionFacts("Bone marrow edema is frequent for gout sufferers.", "gout")
        #expect(OtherConditionObjectBlocker().decide(noTreatment) == nil)
    }

    @Test("a look-alike makes no claim; a comparison after a relation cue does not block the cause")
    func differential() throws {
        let lookAlike = try mentionFacts("On a scan, bone marrow edema often looks like a bone tumor.", "bone tumor")
        #expect(DifferentialBlocker().decide(lookAlike) == .noClaim(.lookAlike(cue: "looks like")))
        let mimic = try mentionFacts("Gout can mimic bone marrow edema on X-rays.", "Gout")
        #expect(DifferentialBlocker().decide(mimic) == .noClaim(.lookAlike(cue: "mimic")))
        let cause = try mentionFacts("Gout can cause bone marrow edema that mimics a tumor.", "Gout")
        #expect(DifferentialBlocker().decide(cause) == nil)
    }

    @Test("after the topic, an active cause verb names an outcome; a passive one ('can be caused … by') a cause")
    func consequenceVoice() throws {
        let outcome = try mentionFacts(
            "Bone marrow edema is painful. It can cause pain and later osteonecrosis.", "osteonecrosis")
        #expect(ConsequenceBlocker().decide(outcome) == .noClaim(.consequence(cue: "can cause")))
        let passive = try mentionFacts(
            "Bone marrow edema is painful. It can be caused not only by trauma but also by overuse.", "overuse")
        #expect(ConsequenceBlocker().decide(passive) == nil)
        #expect(RelationCueRule().decide(passive)?.role == .cause)
    }

    @Test("a comparison governs its own phrase: a subordinate clause after it is out of its reach")
    func differentialScope() throws {
        let listed = try mentionFacts("The differential diagnosis of bone marrow edema includes gout.", "gout")
        #expect(DifferentialBlocker().decide(listed) == .noClaim(.lookAlike(cue: "differential diagnosis")))
        let suchAs = try mentionFacts(
            "The differential diagnosis of bone marrow edema includes conditions such as gout.", "gout")
        #expect(DifferentialBlocker().decide(suchAs) == .noClaim(.lookAlike(cue: "differential diagnosis")))
        let subordinate = try mentionFacts(
            "Bone marrow edema belongs in the differential diagnosis whenever runners present with pain, above all after a fracture.",
            "fracture")
        #expect(DifferentialBlocker().decide(subordinate) == nil)
        let relative = try mentionFacts(
            "Bone marrow edema enters the differential diagnosis in athletes who have had a fracture.", "fracture")
        #expect(DifferentialBlocker().decide(relative) == nil)
    }

    @Test("a relation cue with the topic in reach decides the role; the nearer cue wins")
    func relationCue() throws {
        let cause = try mentionFacts("Bone marrow edema is often caused by gout.", "gout")
        #expect(
            RelationCueRule().decide(cause)
                == .claim(
                    .cause, cue: cause.clause.relations.first, .relationCue(.cause, cue: "caused by", borrowed: false)))
        let treatment = try mentionFacts("Rest relieves the pain of bone marrow edema.", "Rest")
        #expect(RelationCueRule().decide(treatment)?.role == .treatment)
        let noTopic = try mentionFacts("Overview\n\nSmoking causes lung damage.\n", "Smoking")
        #expect(RelationCueRule().decide(noTopic) == nil)
        let earlier = try mentionFacts("Bone marrow edema is painful. Overuse can also cause it.", "Overuse")
        #expect(RelationCueRule().decide(earlier)?.role == .cause)
    }

    @Test("an elliptical clause borrows the relation of the clause before it, without its cue")
    func ellipticalBorrowing() throws {
        let facts = try mentionFacts(
            "Psoriasis does not cause bone marrow edema, but psoriatic arthritis does.", "psoriatic arthritis")
        #expect(facts.elliptical)
        #expect(
            RelationCueRule().decide(facts)
                == .claim(.cause, cue: nil, .relationCue(.cause, cue: "cause", borrowed: true)))
    }

    @Test("a link word alone between the topic and the mention decides the role")
    func linkWord() throws {
        let rule = LinkWordRule(lexicon: Repository.lexicon)
        let cause = try mentionFacts("Bone marrow edema after a meniscal tear is common.", "meniscal tear")
        #expect(rule.decide(cause) == .claim(.cause, cue: nil, .linkWord(.cause, link: "after")))
        let treatment = try mentionFacts("Crutches for bone marrow edema are cheap.", "Crutches")
        #expect(rule.decide(treatment) == .claim(.treatment, cue: nil, .linkWord(.treatment, link: "for")))
        let tooFar = try mentionFacts("Bone marrow edema is seen, in the end, because of some gout.", "gout")
        #expect(rule.decide(tooFar) == nil)
    }

    @Test("a list item takes the role of its intro's last relation cue")
    func listIntro() throws {
        let text = "Overview\n\nBone marrow edema can be caused by:\n• Gout\n• Overuse\n"
        let item = try mentionFacts(text, "Overuse")
        #expect(
            ListIntroRule().decide(item)
                == .claim(.cause, cue: nil, .listIntro(.cause, intro: "Bone marrow edema can be caused by:")))
        let plain = try mentionFacts("Overview\n\nGout is frequent.\n", "Gout")
        #expect(ListIntroRule().decide(plain) == nil)
    }

    @Test("the section's kind gives its role to a concept that may take it")
    func sectionPrior() throws {
        let cause = try mentionFacts("What causes bone marrow edema?\n\nGout is one answer.\n", "Gout")
        #expect(SectionPriorRule().decide(cause) == .claim(.cause, cue: nil, .sectionPrior(.cause, .cause)))
        let general = try mentionFacts("About us\n\nGout is one answer.\n", "Gout")
        #expect(SectionPriorRule().decide(general) == nil)
    }

    @Test("the pipeline's first verdict wins, and no verdict means no claim")
    func pipelineOrder() throws {
        let facts = try mentionFacts("What causes bone marrow edema?\n\nThe doctor will test for gout.\n", "gout")
        #expect(
            RolePipeline.standard(Repository.lexicon).decide(facts) == .noClaim(.blocked(.blockTest, cue: "test for")))
        #expect(RolePipeline(rules: [SectionPriorRule()]).decide(facts).role == .cause)
        #expect(RolePipeline(rules: []).decide(facts) == .noClaim(.noEvidence(section: .cause, concept: "gout")))
    }

    @Test("a treatment's object is the condition after an object cue; the topic in the clause keeps it")
    func claimObject() throws {
        let other = try mentionFacts(
            "Bone marrow edema is common. Bisphosphonates are used to treat osteoporosis.", "Bisphosphonates")
        #expect(
            ClaimObject().decide(other, role: .treatment, byCue: true)?.reason
                == .objectAfterCue(object: "osteoporosis", cue: "used to treat"))
        let topic = try mentionFacts("Bisphosphonates are used to treat bone marrow edema.", "Bisphosphonates")
        #expect(ClaimObject().decide(topic, role: .treatment, byCue: true) == nil)
    }
}

@Suite("Rule windows come from the cue files")
struct RuleWindowTests {
    @Test("the shipped cue files name every window")
    func shipped() {
        let (_, problems) = RuleWindows.read(Repository.lexicon.lexiconSet.cues, requireAll: true)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("a window read from a cue file changes how far a rule reaches")
    func changedWindow() throws {
        var cues = Repository.lexicon.lexiconSet.cues
        cues.files["roles"]?["window"] = [
            CuePhrase(text: "topic.sentences 1", line: 1), CuePhrase(text: "block.words 9", line: 2),
        ]
        let (windows, problems) = RuleWindows.read(cues, requireAll: false)
        #expect(problems.isEmpty)
        #expect(windows[.topicSentences] == 1 && windows[.blockWords] == 9)
    }

    @Test("bad, unknown and missing windows are reported with file and line")
    func problems() {
        var cues = CueLists()
        cues.folder = "L"
        cues.files["roles"] = [
            "window": [CuePhrase(text: "topic.sentences three", line: 4), CuePhrase(text: "reach 3", line: 5)]
        ]
        let messages = RuleWindows.read(cues, requireAll: true).problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix("L/roles.cues:4: error: expected 'NAME COUNT'") })
        #expect(messages.contains { $0.hasPrefix("L/roles.cues:5: error: unknown window 'reach'") })
        #expect(messages.contains { $0.contains("missing window 'link.words'") })
    }
}

@Suite("Cue kinds")
struct CueKindTests {
    @Test("every kind names its file and section, and is found again by them")
    func roundTrip() {
        for kind in CueKind.allCases {
            #expect(CueKind(file: kind.file, section: kind.section) == kind)
            #expect(CueKinds(kind).kinds == [kind])
        }
        #expect(CueKind.allCases.count <= 64)
    }

    @Test("a cue listed in several sections carries every kind")
    func severalSections() throws {
        let facts = try mentionFacts("Calcium helps prevent gout in bone marrow edema.", "gout")
        let cue = try #require(facts.clause.cues.first { facts.text($0) == "helps prevent" })
        #expect(cue.kinds.contains(.treatment) && cue.kinds.contains(.blockPrevention) && cue.kinds.contains(.object))
        #expect(!cue.kinds.contains(.cause))
    }
}
