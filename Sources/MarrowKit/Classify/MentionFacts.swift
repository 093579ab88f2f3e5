/// What the role rules read about one mention, computed once before they run: its concept and
/// the roles the lexicon allows it, its sentence, block and clause, the cues around it, and the
/// clause whose relation it takes part in.
struct MentionFacts: Sendable {
    /// The document.
    let document: ClassificationContext
    /// The mention.
    let mention: Mention
    /// Its concept.
    let concept: Concept
    /// The claim roles (cause, treatment, symptom, diagnostic) the lexicon allows it.
    let allowed: [Role]
    /// Its clause.
    let clause: Clause
    /// The cues of its sentence.
    let cues: [Cue]
    /// The clause whose relation the mention takes part in: its own, or the one before when an
    /// elliptical clause ("…, but psoriatic arthritis does") borrows it.
    let relationClause: Clause
    /// The cues of ``relationClause``.
    let relationCues: [Cue]
    /// Whether the relation is borrowed by an elliptical clause.
    let elliptical: Bool

    init(_ mention: Mention, concept: Concept, in document: ClassificationContext) {
        self.document = document
        self.mention = mention
        self.concept = concept
        allowed = concept.roles.filter { [.cause, .treatment, .symptom, .diagnostic].contains($0) }
        let clause = document.clause(of: mention.tokens.lowerBound, in: mention.sentence)
        self.clause = clause
        let cues = document.cues[mention.sentence]
        self.cues = cues
        var relationClause = clause
        var relationCues = cues.filter { clause.contains($0.tokens.lowerBound) }
        var elliptical = false
        // "Psoriasis does not cause it, but psoriatic arthritis does": an elliptical clause ending
        // on an auxiliary borrows the relation of the clause before it (not its polarity).
        let clauses = document.clauses[mention.sentence]
        let tokens = document.segmented.tokens
        let auxiliaries = document.lexicon.auxiliaries
        if !relationCues.contains(where: \.isRelation), let position = clauses.firstIndex(where: { $0.contains(mention.tokens.lowerBound) }), position > 0,
            let last = clause.ranges.last?.last,
            auxiliaries.contains(tokens[last].key) || (tokens[last].key == "." && last > 0 && auxiliaries.contains(tokens[last - 1].key))
        {
            relationClause = clauses[position - 1]
            relationCues = cues.filter { relationClause.contains($0.tokens.lowerBound) }
            elliptical = true
        }
        self.relationClause = relationClause
        self.relationCues = relationCues
        self.elliptical = elliptical
    }

    /// The mention's first token.
    var start: Int { mention.tokens.lowerBound }

    /// Whether the lexicon allows the mention `role`.
    func allows(_ role: Role) -> Bool { allowed.contains(role) }

    /// The mention's sentence.
    var sentence: Sentence { document.segmented.sentences[mention.sentence] }

    /// The mention's block.
    var block: Block { document.segmented.clean.blocks[sentence.block] }

    /// The kind of section the mention reads.
    var sectionKind: SectionKind { document.sectionKind(of: mention.sentence) }

    /// The text a cue covers.
    func text(_ cue: Cue) -> String { document.text(cue.tokens) }

    /// The cue of `kind` that ends at most `words` tokens before the mention, in its clause.
    func cue(_ kind: CueKind, before words: Int) -> Cue? {
        cues.first { cue in
            cue.kinds.contains(kind) && cue.tokens.upperBound <= start && start - cue.tokens.upperBound <= words && clause.contains(cue.tokens.lowerBound)
        }
    }

    /// Tokens between a cue and the mention (zero when they touch or overlap).
    func distance(_ cue: Cue) -> Int {
        cue.tokens.upperBound <= start ? start - cue.tokens.upperBound : max(0, cue.tokens.lowerBound - mention.tokens.upperBound)
    }

    /// Whether the topic is in reach of the mention's relation: named in the relation clause; named
    /// in another clause while this clause names no other condition ("If you have it, your
    /// provider may suggest …", not "… although smoking increases the risk of heart disease"); or,
    /// when the sentence does not name it, named in one of the few sentences before, in the same
    /// section (a condition named in the clause then becomes the claim's object).
    var topicInReach: Bool {
        let document = self.document
        let sentenceIndex = mention.sentence
        if document.hasTopic(in: relationClause, sentence: sentenceIndex) { return true }
        let conceptTable = document.lexicon.conceptTable
        let clauseNamesOtherCondition = document.mentions(in: clause, sentence: sentenceIndex).contains { other in
            other != mention && !document.isTopic(other) && [.cause, .condition].contains(conceptTable[other.concept].primaryRole)
        }
        if !clauseNamesOtherCondition && document.clauses[sentenceIndex].contains(where: { document.hasTopic(in: $0, sentence: sentenceIndex) }) { return true }
        guard !document.hasTopic(sentenceIndex) else { return false }
        let segmented = document.segmented
        let section = segmented.sectionOfBlock[sentence.block]
        return (max(0, sentenceIndex - document.windows.topicSentences)..<sentenceIndex).contains { earlier in
            let block = segmented.sentences[earlier].block
            return segmented.sectionOfBlock[block] == section && segmented.clean.blocks[block].kind.headingLevel == nil && document.hasTopic(earlier)
        }
    }
}
