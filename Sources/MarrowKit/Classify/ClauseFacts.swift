/// One clause with what the rules ask about it, indexed once per document, so that a rule's
/// question about a mention is a lookup or a binary search, never a scan of its sentence (a scrape
/// can glue a whole page into one "sentence"). A value kept in ``ContextTables`` from document to
/// document and refilled in place (``reset(clause:sentence:)``, then the raw lists, then
/// ``index(antecedent:isTopic:topics:primaryRoles:)``), so its lists keep their storage; the rules
/// read it through the context's constants.
struct ClauseFacts: Sendable {
    /// The clause's tokens.
    private(set) var clause: Clause
    /// Its sentence.
    private(set) var sentence: Int
    /// Cues whose first token is in the clause, by first token.
    private(set) var cues: [Cue] = []
    /// The relation cues (cause or treatment) among them.
    private(set) var relations: [Cue] = []
    /// The cause relation cues among them.
    private(set) var causes: [Cue] = []
    /// The treatment relation cues among them.
    private(set) var treatments: [Cue] = []
    /// Comparison cues ("resembles").
    private(set) var differentials: [Cue] = []
    /// Object cues ("used to treat", "for").
    private(set) var objects: [Cue] = []
    /// Outcome cues ("progresses to").
    private(set) var consequences: [Cue] = []
    /// Mentions whose first token is in the clause, in text order.
    private(set) var mentions: [Mention] = []
    /// Spans standing for the topic (its names, shorthand, pronouns) whose first token is in the clause.
    private(set) var topicSpans: [Range<Int>] = []
    /// Mentions of the topic by name (not shorthand, not pronouns).
    private(set) var namedTopic: [Range<Int>] = []
    /// Whether a mention in the clause names the topic, by name or shorthand.
    private(set) var mentionsTopic = false
    /// The first two mentions of a cause or another condition (not the topic).
    private(set) var otherConditions: [Mention] = []
    /// The first two mentions of another condition (`conditions.lex`, not the topic).
    private(set) var conditions: [Mention] = []
    /// Mentions a relation can tie a mention to instead of the topic: other conditions and causes.
    private(set) var partners: [Mention] = []
    /// The same, symptoms included (what a cause relation can tie a cause to).
    private(set) var partnersOrSymptoms: [Mention] = []
    /// For a relative clause (", which …"), the concept it is about, when that is not the topic:
    /// "avascular necrosis (AVN), which mostly results from ischaemic events".
    private(set) var antecedent: Mention?

    /// A clause with nothing indexed yet.
    init(clause: Clause, sentence: Int) {
        self.clause = clause
        self.sentence = sentence
    }

    /// Empties every list (keeping its storage) and makes this the facts of `clause`.
    mutating func reset(clause: Clause, sentence: Int) {
        self.clause = clause
        self.sentence = sentence
        cues.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        topicSpans.removeAll(keepingCapacity: true)
        clearIndexes()
    }

    private mutating func clearIndexes() {
        relations.removeAll(keepingCapacity: true)
        causes.removeAll(keepingCapacity: true)
        treatments.removeAll(keepingCapacity: true)
        differentials.removeAll(keepingCapacity: true)
        objects.removeAll(keepingCapacity: true)
        consequences.removeAll(keepingCapacity: true)
        namedTopic.removeAll(keepingCapacity: true)
        otherConditions.removeAll(keepingCapacity: true)
        conditions.removeAll(keepingCapacity: true)
        partners.removeAll(keepingCapacity: true)
        partnersOrSymptoms.removeAll(keepingCapacity: true)
        mentionsTopic = false
        antecedent = nil
    }

    /// Adds a cue whose first token is in the clause (in text order).
    mutating func append(cue: Cue) { cues.append(cue) }

    /// Adds a mention whose first token is in the clause (in text order).
    mutating func append(mention: Mention) { mentions.append(mention) }

    /// Adds a span standing for the topic whose first token is in the clause (in text order).
    mutating func append(topicSpan: Range<Int>) { topicSpans.append(topicSpan) }

    /// A clause no mention is in and none borrows from: its tokens, nothing indexed.
    mutating func forgetLists() {
        cues.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        topicSpans.removeAll(keepingCapacity: true)
    }

    /// Indexes the cues and mentions added: the cues by kind, the topic's names, the other
    /// conditions and the partners a relation can tie a mention to.
    mutating func index(antecedent: Mention?, isTopic: (Mention) -> Bool, topics: Set<Int>, primaryRoles: [Role]) {
        clearIndexes()
        self.antecedent = antecedent
        for cue in cues {
            let kinds = cue.kinds
            if kinds.overlaps(.relation) { relations.append(cue) }
            if kinds.overlaps(.causeRelation) { causes.append(cue) }
            if kinds.overlaps(.treatmentRelation) { treatments.append(cue) }
            if kinds.overlaps(CueKinds(.differential)) { differentials.append(cue) }
            if kinds.overlaps(CueKinds(.object)) { objects.append(cue) }
            if kinds.overlaps(CueKinds(.consequence)) { consequences.append(cue) }
        }
        // The antecedent stands before the clause, so it is a partner before every cue in it.
        if let antecedent { add(antecedent, own: false, isTopic: isTopic, topics: topics, primaryRoles: primaryRoles) }
        for mention in mentions {
            add(mention, own: mention != antecedent, isTopic: isTopic, topics: topics, primaryRoles: primaryRoles)
        }
    }

    private mutating func add(
        _ mention: Mention, own: Bool, isTopic: (Mention) -> Bool, topics: Set<Int>, primaryRoles: [Role]
    ) {
        if own && topics.contains(mention.concept) { namedTopic.append(mention.tokens) }
        if isTopic(mention) {
            if own { mentionsTopic = true }
            return
        }
        let role = primaryRoles[mention.concept]
        if role == .cause || role == .condition {
            if own && otherConditions.count < 2 { otherConditions.append(mention) }
            partners.append(mention)
            partnersOrSymptoms.append(mention)
        } else if role == .symptom {
            partnersOrSymptoms.append(mention)
        }
        if own && role == .condition && conditions.count < 2 { conditions.append(mention) }
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
