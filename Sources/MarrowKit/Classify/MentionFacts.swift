/// What the role rules read about one mention, computed once before they run: its concept and
/// the roles the lexicon allows it, its sentence, block and clause, and the clause whose relation
/// it takes part in. Every question a rule asks is a lookup or a binary search in the clause's
/// indexes (``ClauseFacts``), so a document costs time in proportion to its mentions.
struct MentionFacts: Sendable {
    /// The document.
    let document: ClassificationContext
    /// The mention.
    let mention: Mention
    /// Whether the mention is a forced span, classified as ``Classifier/forcedConcept``.
    let isForced: Bool
    /// The claim roles (cause, treatment, symptom, diagnostic) the lexicon allows it.
    let allowed: [Role]
    /// The index of its clause in the document's ``ClassificationContext/clauseFacts``.
    let clauseIndex: Int
    /// The index of the clause whose relation the mention takes part in: its own, or the one
    /// before when an elliptical clause ("…, but psoriatic arthritis does") borrows it.
    let relationIndex: Int
    /// Whether the relation is borrowed by an elliptical clause.
    let elliptical: Bool

    /// Its clause, read in place in the document's tables (a copy would retain each of its lists).
    var clause: ClauseFacts {
        _read { yield document.tables.clauseFacts[clauseIndex] }
    }

    /// The clause whose relation the mention takes part in, read in place.
    var relation: ClauseFacts {
        _read { yield document.tables.clauseFacts[relationIndex] }
    }

    /// Its concept: the lexicon's, or ``Classifier/forcedConcept`` for a forced span, read in
    /// place (a copy per mention would retain each of its strings and lists).
    var concept: Concept {
        _read {
            if isForced || mention.concept < 0 {
                yield Classifier.forcedConcept
            } else {
                yield document.lexicon.conceptTable[mention.concept]
            }
        }
    }

    /// The facts of `mention` in `document`; a `forced` mention (or one with no concept) is
    /// classified as ``Classifier/forcedConcept``.
    init(_ mention: Mention, forced: Bool = false, in document: ClassificationContext) {
        self.document = document
        self.mention = mention
        isForced = forced
        // A forced span over a lexicon mention keeps that concept's claim roles.
        allowed = mention.concept >= 0 ? document.claimRoles[mention.concept] : Classifier.forcedClaimRoles
        let index = document.clauseIndex(of: mention.tokens.lowerBound)
        clauseIndex = index
        // "Psoriasis does not cause it, but psoriatic arthritis does": an elliptical clause ending
        // on an auxiliary borrows the relation of the clause before it (not its polarity).
        let tokens = document.segmented.tokens
        let auxiliaries = document.lexicon.wordIDs.auxiliaries
        let ids = document.matched.keyIDs
        if document.tables.clauseFacts[index].relations.isEmpty,
            index > document.sentenceClauses[mention.sentence].lowerBound,
            let last = document.tables.clauseFacts[index].clause.ranges.last?.last,
            auxiliaries.contains(ids.key(last))
                || (tokens[last].punctuation == UInt8(ascii: ".") && last > 0
                    && auxiliaries.contains(ids.key(last - 1)))
        {
            relationIndex = index - 1
            elliptical = true
        } else {
            relationIndex = index
            elliptical = false
        }
    }

    /// The claim roles of a concept: the roles it may take in a claim.
    static func claimRoles(of concept: Concept) -> [Role] {
        concept.roles.filter { [.cause, .treatment, .symptom, .diagnostic].contains($0) }
    }

    /// The mention's first token.
    var start: Int { mention.tokens.lowerBound }

    /// The token after the mention.
    var end: Int { mention.tokens.upperBound }

    /// Whether the lexicon allows the mention `role`.
    func allows(_ role: Role) -> Bool { allowed.contains(role) }

    /// The mention's sentence.
    var sentence: Sentence { document.segmented.sentences[mention.sentence] }

    /// The mention's block.
    var block: Block { document.segmented.clean.blocks[sentence.block] }

    /// The kind of section the mention reads.
    var sectionKind: SectionKind { document.sectionKind(of: mention.sentence) }

    /// The most tokens a cue has.
    var longestCue: Int { document.lexicon.longestCue }

    /// The text a cue covers.
    func text(_ cue: Cue) -> String { document.text(cue.tokens) }

    /// The first cue of `kind` in the mention's clause that ends at most `words` tokens before it.
    func cue(_ kind: CueKind, before words: Int) -> Cue? {
        clause.cues.ending(within: words, before: start, longest: longestCue).first { $0.kinds.contains(kind) }
    }

    /// Tokens between a cue and the mention (zero when they touch or overlap).
    func distance(_ cue: Cue) -> Int {
        cue.tokens.upperBound <= start ? start - cue.tokens.upperBound : max(0, cue.tokens.lowerBound - end)
    }

    /// The cue of `cues` (sorted by first token) nearest the mention: the last that starts before
    /// its end, or the first after it, whichever is nearer; the one before on a tie.
    func nearest(_ cues: [Cue]) -> Cue? {
        guard !cues.isEmpty else { return nil }
        let after = cues.firstIndex(startingAtOrAfter: end)
        var candidates: [Cue] = []
        if after < cues.count { candidates.append(cues[after]) }
        // Cues starting before the mention's end: the one ending nearest before it, or one overlapping it.
        var index = after - 1
        while index >= 0 {
            candidates.append(cues[index])
            if start - cues[index].tokens.lowerBound > longestCue { break }
            index -= 1
        }
        return candidates.min { (distance($0), $0.tokens.lowerBound) < (distance($1), $1.tokens.lowerBound) }
    }

    /// Whether the topic is in reach of the mention's relation: named in the relation clause; named
    /// in another clause while this clause names no other condition ("If you have it, your
    /// provider may suggest …", not "… although smoking increases the risk of heart disease"); or,
    /// when the sentence does not name it, named in one of the few sentences before, in the same
    /// section (a condition named in the clause then becomes the claim's object).
    var topicInReach: Bool {
        if relation.hasTopic { return true }
        let namesOther = clause.otherConditions.contains { $0 != mention }
        if !namesOther && document.hasTopic(mention.sentence) { return true }
        guard !document.hasTopic(mention.sentence) else { return false }
        let segmented = document.segmented
        let sentenceIndex = mention.sentence
        let section = segmented.sectionOfBlock[sentence.block]
        return (max(0, sentenceIndex - document.windows[.topicSentences])..<sentenceIndex).contains { earlier in
            let block = segmented.sentences[earlier].block
            return segmented.sectionOfBlock[block] == section && segmented.clean.blocks[block].kind.headingLevel == nil
                && document.hasTopic(earlier)
        }
    }
}
