/// One clause with what the rules ask about it, indexed once per document, so that a rule's
/// question about a mention is a lookup or a binary search, never a scan of its sentence (a scrape
/// can glue a whole page into one "sentence"). A class, so that a mention's facts hold it by
/// reference.
final class ClauseFacts: Sendable {
    /// The clause's tokens.
    let clause: Clause
    /// Its sentence.
    let sentence: Int
    /// Cues whose first token is in the clause, by first token.
    let cues: [Cue]
    /// The relation cues (cause or treatment) among them.
    let relations: [Cue]
    /// The cause relation cues among them.
    let causes: [Cue]
    /// The treatment relation cues among them.
    let treatments: [Cue]
    /// Comparison cues ("resembles").
    let differentials: [Cue]
    /// Object cues ("used to treat", "for").
    let objects: [Cue]
    /// Outcome cues ("progresses to").
    let consequences: [Cue]
    /// Mentions whose first token is in the clause, in text order.
    let mentions: [Mention]
    /// Spans standing for the topic (its names, shorthand, pronouns) whose first token is in the clause.
    let topicSpans: [Range<Int>]
    /// Mentions of the topic by name (not shorthand, not pronouns).
    let namedTopic: [Range<Int>]
    /// Whether a mention in the clause names the topic, by name or shorthand.
    let mentionsTopic: Bool
    /// The first two mentions of a cause or another condition (not the topic).
    let otherConditions: [Mention]
    /// The first two mentions of another condition (`conditions.lex`, not the topic).
    let conditions: [Mention]
    /// Mentions a relation can tie a mention to instead of the topic: other conditions and causes.
    let partners: [Mention]
    /// The same, symptoms included (what a cause relation can tie a cause to).
    let partnersOrSymptoms: [Mention]
    /// For a relative clause (", which …"), the concept it is about, when that is not the topic:
    /// "avascular necrosis (AVN), which mostly results from ischaemic events".
    let antecedent: Mention?

    init(
        clause: Clause, sentence: Int, cues: [Cue], mentions: [Mention], topicSpans: [Range<Int>], antecedent: Mention?,
        isTopic: (Mention) -> Bool, topics: Set<Int>, primaryRoles: [Role]
    ) {
        self.clause = clause
        self.antecedent = antecedent
        self.sentence = sentence
        self.cues = cues
        /// The cues, in order, with a kind in `kinds`.
        func having(_ kinds: CueKinds) -> [Cue] { cues.filter { $0.kinds.overlaps(kinds) } }
        relations = having(.relation)
        causes = having(.causeRelation)
        treatments = having(.treatmentRelation)
        differentials = having(CueKinds(.differential))
        objects = having(CueKinds(.object))
        consequences = having(CueKinds(.consequence))
        self.mentions = mentions
        self.topicSpans = topicSpans
        var named: [Range<Int>] = []
        var others: [Mention] = []
        var conditions: [Mention] = []
        var partners: [Mention] = []
        var partnersOrSymptoms: [Mention] = []
        var mentionsTopic = false
        // The antecedent stands before the clause, so it is a partner before every cue in it.
        func add(_ mention: Mention, own: Bool) {
            if own && topics.contains(mention.concept) { named.append(mention.tokens) }
            if isTopic(mention) {
                if own { mentionsTopic = true }
                return
            }
            let role = primaryRoles[mention.concept]
            if role == .cause || role == .condition {
                if own && others.count < 2 { others.append(mention) }
                partners.append(mention)
                partnersOrSymptoms.append(mention)
            } else if role == .symptom {
                partnersOrSymptoms.append(mention)
            }
            if own && role == .condition && conditions.count < 2 { conditions.append(mention) }
        }
        if let antecedent { add(antecedent, own: false) }
        for mention in mentions { add(mention, own: mention != antecedent) }
        namedTopic = named
        self.mentionsTopic = mentionsTopic
        otherConditions = others
        self.conditions = conditions
        self.partners = partners
        self.partnersOrSymptoms = partnersOrSymptoms
    }

    /// A clause no mention is in and none borrows from: its tokens, nothing indexed.
    init(clause: Clause, sentence: Int) {
        self.clause = clause
        self.sentence = sentence
        (cues, relations, causes, treatments, differentials, objects, consequences) = ([], [], [], [], [], [], [])
        (mentions, topicSpans, namedTopic, mentionsTopic) = ([], [], [], false)
        (otherConditions, conditions, partners, partnersOrSymptoms, antecedent) = ([], [], [], [], nil)
    }

    /// Whether the clause holds a span standing for the topic.
    var hasTopic: Bool { !topicSpans.isEmpty }
}

extension Array where Element == Cue {
    /// The index of the first cue whose first token is at or after `token`.
    func firstIndex(startingAtOrAfter token: Int) -> Int {
        firstIndex(keyAtOrAfter: token) { $0.tokens.lowerBound }
    }

    /// The last cue that ends at or before `token`, among cues at most `longest` tokens long.
    func last(endingAtOrBefore token: Int, longest: Int) -> Cue? {
        var index = firstIndex(startingAtOrAfter: token) - 1
        // Cues start in order; one that starts before `token` may still end after it (it overlaps
        // the token), and no cue that starts more than `longest` tokens before it can.
        var best: Cue?
        while index >= 0 {
            let cue = self[index]
            if cue.tokens.upperBound <= token && cue.tokens.upperBound > (best?.tokens.upperBound ?? Int.min) {
                best = cue
            }
            if token - cue.tokens.lowerBound > longest { break }
            index -= 1
        }
        return best
    }

    /// The first cue that starts at or after `token`.
    func first(startingAtOrAfter token: Int) -> Cue? {
        let index = firstIndex(startingAtOrAfter: token)
        return index < count ? self[index] : nil
    }

    /// The cues that end at most `words` tokens before `token` (and not after it), among cues at
    /// most `longest` tokens long, in text order.
    func ending(within words: Int, before token: Int, longest: Int) -> [Cue] {
        let from = firstIndex(startingAtOrAfter: token - words - longest)
        let to = firstIndex(startingAtOrAfter: token)
        return self[from..<to].filter { $0.tokens.upperBound <= token && token - $0.tokens.upperBound <= words }
    }
}

extension Array where Element == Mention {
    /// The index of the first mention whose first token is at or after `token`.
    func firstIndex(startingAtOrAfter token: Int) -> Int {
        firstIndex(keyAtOrAfter: token) { $0.tokens.lowerBound }
    }

    /// The first mention whose first token is in `range`.
    func first(startingIn range: Range<Int>) -> Mention? {
        let index = firstIndex(startingAtOrAfter: range.lowerBound)
        return index < count && range.contains(self[index].tokens.lowerBound) ? self[index] : nil
    }
}

extension Array where Element == Range<Int> {
    /// The index of the first range that starts at or after `token`.
    func firstIndex(startingAtOrAfter token: Int) -> Int {
        firstIndex(keyAtOrAfter: token) { $0.lowerBound }
    }

    /// The last range that ends at or before `token`.
    func last(endingAtOrBefore token: Int) -> Range<Int>? {
        var index = firstIndex(startingAtOrAfter: token) - 1
        while index >= 0 {
            if self[index].upperBound <= token { return self[index] }
            index -= 1
        }
        return nil
    }

    /// The first range that starts at or after `token`.
    func first(startingAtOrAfter token: Int) -> Range<Int>? {
        let index = firstIndex(startingAtOrAfter: token)
        return index < count ? self[index] : nil
    }
}
