extension Classifier {
    /// Negation and hedges, NegEx / ConText style.
    ///
    /// - A negation pre-trigger reaches forward at most 8 words, to the end of its clause; a comma
    ///   ends it unless a list goes on ("no fractures, dislocations or tumours").
    /// - A clause hedge (`if`, `might`, `whether`) reaches 12 words to the end of its clause; a
    ///   frame hedge (`it is possible`, `postulated`, `one hypothesis`) to the end of the sentence.
    /// - Post-triggers reach back at most 8 words to the start of their clause; a verdict on the
    ///   evidence ("the evidence is inconclusive") covers the sentence up to its own clause.
    /// - Terminators (`but`, `although`) end every scope; a relative `that` / `which` ends
    ///   negations and clause hedges (a frame hedge's complement starts with "that").
    /// - A trigger covers the mention when its scope holds the mention, the mention's relation cue,
    ///   or (in the mention's clause) the topic — unless another relation cue stands between the
    ///   trigger and the mention: "not effective for hay fever caused by pollen" denies the
    ///   treatment, not the cause.
    /// - Pseudo-triggers ("not only", "not uncommon") are longer phrases that shadow the trigger.
    func assert(_ mention: Mention, roleCue: Cue?, clause: Clause, context: ClassificationContext, reasons: inout [Reason]) -> Assertion {
        let matched = context.matched
        let segmented = matched.segmented
        let tokens = segmented.tokens
        let hits = context.cues[mention.sentence]
        let sentence = segmented.sentences[mention.sentence]
        let terminators = hits.filter { $0.kinds.contains(.terminate) }.map(\.tokens.lowerBound)
        let relatives = hits.filter { hit in
            hit.kinds.contains(.terminateRelative) && !(hit.tokens.lowerBound > 0 && tokens[hit.tokens.lowerBound - 1].key == ",")
        }.map(\.tokens.lowerBound)
        let relationCues = hits.filter(\.isRelation)
        let topicSpans = context.clauseFacts[context.clauseIndex(of: mention.tokens.lowerBound)].namedTopic
        var negations = 0
        var counted: [Range<Int>] = []
        var uncertain = false
        for hit in hits {
            let negationPre = hit.kinds.contains(.negationPre)
            let negationPost = hit.kinds.contains(.negationPost)
            let framePre = hit.kinds.contains(.uncertainPre)
            let clausePre = hit.kinds.contains(.uncertainClause)
            let hedgePost = hit.kinds.contains(.uncertainPost)
            if hit.kinds.contains(.uncertainSentence) {
                // It looks back over the sentence, not forward into a later clause.
                if mention.tokens.lowerBound >= context.clause(of: hit.tokens.lowerBound, in: mention.sentence).upperBound { continue }
                uncertain = true
                reasons.append(.assertion(.verdict(trigger: context.text(hit.tokens))))
                continue
            }
            guard negationPre || negationPost || framePre || clausePre || hedgePost else { continue }
            let isNegation = negationPre || negationPost
            let hitClause = context.clause(of: hit.tokens.lowerBound, in: mention.sentence)
            let scope: Range<Int>
            if negationPre || framePre || clausePre {
                let from = hit.tokens.upperBound
                var end = framePre && !negationPre ? min(sentence.tokens.upperBound, from + 25) : min(hitClause.upperBound, from + (negationPre ? 8 : 12))
                if let stop = terminators.filter({ $0 >= from }).min() { end = min(end, stop) }
                if !framePre || negationPre, let stop = relatives.filter({ $0 >= from }).min() { end = min(end, stop) }
                if negationPre {
                    var index = from
                    while index < end {
                        if tokens[index].key == ",", !continuesList(after: index, limit: end, tokens: tokens) { end = index; break }
                        index += 1
                    }
                }
                scope = from..<max(from, end)
            } else {
                var start = max(hitClause.lowerBound, hit.tokens.lowerBound - 8)
                if let stop = terminators.filter({ $0 < hit.tokens.lowerBound }).max() { start = max(start, stop + 1) }
                scope = start..<max(start, hit.tokens.lowerBound)
            }
            let coversMention = scope.overlaps(mention.tokens)
            let coversCue = roleCue.map { scope.overlaps($0.tokens) } ?? false
            let coversTopic = clause.contains(hit.tokens.lowerBound) && topicSpans.contains { scope.overlaps($0) }
            guard coversMention || coversCue || coversTopic else { continue }
            if scope.lowerBound == hit.tokens.upperBound, let roleCue,
                let bound = relationCues.first(where: { scope.contains($0.tokens.lowerBound) }),
                bound.tokens != roleCue.tokens, bound.tokens.upperBound <= mention.tokens.lowerBound
            {
                continue
            }
            let trigger = context.text(hit.tokens)
            if isNegation {
                // Overlapping phrases of one trigger ("there is no" and "no role for") count once.
                if counted.contains(where: { $0.overlaps(hit.tokens) }) { continue }
                counted.append(hit.tokens)
                negations += 1
                reasons.append(.assertion(.negatedBy(trigger: trigger)))
            } else {
                uncertain = true
                reasons.append(.assertion(.hedgedBy(trigger: trigger)))
            }
        }
        if negations % 2 == 1 { return .negated }
        if negations > 0 { reasons.append(.assertion(.doubleNegation)) }
        return uncertain ? .uncertain : .affirmed
    }

    /// Whether the comma at `index` continues a list ("no fractures, dislocations or tumours"):
    /// a coordinator or another comma follows within a few words.
    func continuesList(after index: Int, limit: Int, tokens: [Token]) -> Bool {
        var next = index + 1
        while next < min(limit, index + 5) {
            let key = tokens[next].key
            if key == "," || key == "and" || key == "or" || key == "nor" { return true }
            next += 1
        }
        return false
    }
}

/// Why a mention's assertion is what it is: the trigger that applied, in the order considered.
public enum AssertionReason: Hashable, Sendable, CustomStringConvertible {
    /// A negation trigger's scope covers the mention or its relation.
    case negatedBy(trigger: String)
    /// A hedge's scope covers the mention or its relation.
    case hedgedBy(trigger: String)
    /// A verdict on the evidence covers the sentence.
    case verdict(trigger: String)
    /// An even number of negations: affirmed.
    case doubleNegation

    /// The reason in words.
    public var description: String {
        switch self {
        case let .negatedBy(trigger): "negated by '\(trigger)'"
        case let .hedgedBy(trigger): "hedged by '\(trigger)'"
        case let .verdict(trigger): "hedged by '\(trigger)' (a verdict on the whole sentence)"
        case .doubleNegation: "double negation: affirmed"
        }
    }
}
