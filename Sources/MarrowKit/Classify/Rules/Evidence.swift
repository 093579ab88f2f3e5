/// A relation cue in the mention's clause makes it a cause or a treatment when the topic is in
/// reach ("injury or infection cause it"); the nearer cue wins, a cause on a tie.
struct RelationCueRule: RoleRule {
    /// Whether the topic must be named in the mention's own sentence (for headings: a heading
    /// does not reach back to the sentences before it).
    var topicInSentence = false

    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        if topicInSentence && !mention.document.hasTopic(mention.mention.sentence) { return nil }
        let cause = mention.allows(.cause) ? mention.nearest(mention.relation.causes) : nil
        let treatment = mention.allows(.treatment) ? mention.nearest(mention.relation.treatments) : nil
        guard cause != nil || treatment != nil, mention.topicInReach else { return nil }
        let borrowed = mention.elliptical
        if let cause, treatment.map({ mention.distance(cause) <= mention.distance($0) }) ?? true {
            return .claim(
                .cause, cue: borrowed ? nil : cause, .relationCue(.cause, cue: mention.text(cause), borrowed: borrowed))
        }
        if let treatment {
            return .claim(
                .treatment, cue: borrowed ? nil : treatment,
                .relationCue(.treatment, cue: mention.text(treatment), borrowed: borrowed))
        }
        return nil
    }
}

/// A link word standing alone between the topic and the mention: "hay fever from pollen" (a
/// cause after the topic), "antihistamines for hay fever" (a treatment before it).
struct LinkWordRule: RoleRule {
    let causeLinks: Set<String>
    let treatmentLinks: Set<String>
    let determiners: Set<String>

    init(lexicon: CompiledLexicon) {
        causeLinks = lexicon.causeLinks
        treatmentLinks = lexicon.treatmentLinks
        determiners = lexicon.determiners
    }

    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let tokens = mention.document.segmented.tokens
        let limit = mention.document.windows[.linkWords]
        func link(_ range: Range<Int>) -> String? {
            let words = tokens[range].filter { !determiners.contains($0.key) }
            return words.isEmpty || words.count > limit ? nil : words.map(\.key).joined(separator: " ")
        }
        let spans = mention.document.topicSpans[mention.mention.sentence]
        if mention.allows(.cause), let span = spans.last(endingAtOrBefore: mention.start),
            let word = link(span.upperBound..<mention.start), causeLinks.contains(word)
        {
            return .claim(.cause, cue: nil, .linkWord(.cause, link: word))
        }
        if mention.allows(.treatment), let span = spans.first(startingAtOrAfter: mention.end),
            let word = link(mention.end..<span.lowerBound), treatmentLinks.contains(word)
        {
            return .claim(.treatment, cue: nil, .linkWord(.treatment, link: word))
        }
        return nil
    }
}

/// An item of a list hangs off its intro's last relation cue ("If you have …, your provider may
/// recommend:"); an intro whose last cue is a comparison or a test ("Must be ruled out:", "The
/// differential diagnosis includes:") makes its items no claims. A short line read as a heading
/// right after an intro is an item too (see ``ClassificationContext/listIntros``).
struct ListIntroRule: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let document = mention.document
        guard mention.block.kind == .listItem || mention.block.kind.headingLevel != nil,
            let intro = document.listIntro(ofBlock: mention.sentence.block),
            let cue = document.introCue(of: intro)
        else { return nil }
        let introText = document.segmented.clean.text(document.segmented.sentences[intro].range)
        if cue.kinds.overlaps(ListIntroRule.excluding) { return .noClaim(.listIntroExcludes(intro: introText)) }
        let role: Role = cue.kinds.overlaps(.causeRelation) ? .cause : .treatment
        guard mention.allows(role) else { return nil }
        return .claim(role, cue: nil, .listIntro(role, intro: introText))
    }

    /// Cue kinds that, last in an intro, make its items no claims.
    static let excluding: CueKinds = [CueKinds(.differential), CueKinds(.blockTest)]
}

/// The kind of section gives its role to a concept that may take it ("Causes", "How is it
/// treated?").
struct SectionPriorRule: RoleRule {
    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        let kind = mention.sectionKind
        guard let role = kind.role, mention.allows(role) else { return nil }
        return .claim(role, cue: nil, .sectionPrior(role, kind))
    }
}

/// In an article about the topic, a concept whose lexicon allows a cause or treatment role is a
/// claim in that role by its prior, unless a rule before this one found a reason otherwise, or it
/// sits in a section that is about something else (symptoms, diagnosis; for a cause, the
/// outlook and its complications).
struct TopicPriorRule: RoleRule {
    /// Section kinds whose mentions are not claims by prior: symptoms and tests name no causes or
    /// treatments, and what an outlook section names as happening to patients is an outcome.
    static func excludes(_ kind: SectionKind, for role: Role) -> Bool {
        switch kind {
        case .symptom, .diagnosis: true
        case .outlook: role == .cause
        default: false
        }
    }

    func decide(_ mention: MentionFacts) -> RoleVerdict? {
        guard mention.document.namesTopic,
            let role = mention.concept.roles.first(where: { $0 == .cause || $0 == .treatment })
        else { return nil }
        guard !TopicPriorRule.excludes(mention.sectionKind, for: role) else { return nil }
        return .claim(role, cue: nil, .topicPrior(role))
    }
}
