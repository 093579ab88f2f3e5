/// What the assertion stage reads about one mention: its sentence's tokens, clauses and
/// triggers, and the spans whose denial or hedge is the mention's own.
struct AssertionQuery {
    /// Every token of the document.
    let tokens: [Token]
    /// The tokens' key ids (the word lists of ``AssertionLexicon`` are id sets).
    let ids: TokenKeyIDs
    /// The clean text the tokens index into, to quote triggers.
    let utf8: [UInt8]
    /// The sentence's tokens.
    let sentence: Range<Int>
    /// The sentence's clauses.
    let clauses: [Clause]
    /// The sentence's triggers, in token order.
    let triggers: [TriggerHit]
    /// The mention.
    let target: Range<Int>
    /// The relation cue that gave the mention its role, if one did: denying the relation denies
    /// the claim ("Psoriasis does not cause it").
    var relationCue: Range<Int>? = nil
    /// Every relation cue of the sentence.
    var relationCues: [Range<Int>] = []
    /// Where the mention's clause names the topic: denying the topic in the clause denies the
    /// claim ("There is no role for surgery in it").
    var topicSpans: [Range<Int>] = []

    func clause(of token: Int) -> Clause {
        clauses.first { $0.contains(token) } ?? Clause(ranges: [sentence])
    }

    func text(_ range: Range<Int>) -> String {
        String(
            decoding: utf8[
                tokens[range.lowerBound].range.lowerBound.value..<tokens[range.upperBound - 1].range.upperBound.value],
            as: UTF8.self)
    }
}

/// Negation, uncertainty and the other ConText attributes of a mention, from trigger phrases and
/// their scope (NegEx, Chapman et al. 2001; ConText, Harkema et al. 2009).
///
/// - A forward trigger's scope runs to the end of its sentence or a semicolon, and over the list it
///   introduces: across commas and coordinators, item by item, each item at most the section's
///   window of words. It stops at a terminator (general, or one of its category), at a later
///   trigger of its category (unless right after it: "not without"), at a restrictive
///   relative (`that`, `what`), at a comma that opens a clause (`, he has …`, `, her asthma
///   worsens`: a subject, or a stretch with a verb of its own), at a comma after the list's last
///   item (`…, or erythema, and range of motion is limited`), and where a new item starts with a
///   trigger of its own (`no chills, no sick contacts`).
/// - A frame hedge (`uncertain.pre`: "it is possible that") runs to the end of the sentence,
///   within its window, and stops only at terminators.
/// - A backward trigger's scope runs back to the start of its sentence, a semicolon or the last
///   terminator, at most its window of words, across list commas but not past a stretch that is a
///   clause of its own, nor back past a coordinator that opens a clause ("was given X and her pain
///   resolved"). `negation.final` triggers ("absent", "negative") count only where they end a clause.
/// - A `negation.relation` trigger ("did not improve") denies the relation, never the finding
///   after it: "Steroids did not improve her rash" keeps the rash affirmed.
/// - Negation and uncertainty cover a mention when the scope holds the mention, its relation
///   cue, or the topic in the mention's clause, unless another relation cue stands between the
///   trigger and the mention ("not effective for hay fever caused by pollen"), or a terminator
///   stands between the scope and a mention it holds neither of ("not one cure but a plan that
///   addresses the cause"). The other
///   attributes cover the mention itself only.
/// - An odd number of negations negates; an even number is a double negation, affirmed. A
///   negation inside the condition that makes the mention hypothetical ("If rest does not help,
///   …") does not count.
struct AssertionScope: Sendable {
    let lexicon: AssertionLexicon

    func assess(_ query: AssertionQuery) -> AssertionResult {
        var reasons: [AssertionReason] = []
        var negations: [AppliedTrigger] = []
        var conditions: [Range<Int>] = []
        var uncertain = false
        var attributes = AssertionAttributes()
        for (index, hit) in query.triggers.enumerated() {
            var applied: [AssertionSection] = []
            for section in hit.sections.sections {
                guard let category = section.category,
                    let scope = covers(hit, index: index, section: section, category: category, query)
                else { continue }
                // One phrase listed in several sections of a category counts once ("denied" before
                // and after), and so do overlapping phrases of one trigger ("there is no" and "no
                // evidence of").
                if applied.contains(where: { $0.category == category }) { continue }
                if category == .negation, negations.contains(where: { $0.tokens.overlaps(hit.tokens) }) { continue }
                applied.append(section)
                let trigger = AppliedTrigger(section: section, text: query.text(hit.tokens), tokens: hit.tokens)
                reasons.append(.trigger(trigger))
                switch category {
                case .negation: negations.append(trigger)
                case .uncertainty: uncertain = true
                case .hypothetical:
                    attributes.hypothetical = true
                    if section.direction == .forward { conditions.append(scope) }
                case .historical: attributes.historical = true
                case .experiencer: attributes.experiencer = .other
                }
            }
        }
        // "If rest does not help, …": a negation inside the condition that makes the mention
        // hypothetical states no denial.
        let conditional = negations.filter { negation in
            conditions.contains {
                $0.lowerBound <= negation.tokens.lowerBound && negation.tokens.upperBound <= $0.upperBound
            }
        }
        for negation in conditional { reasons.append(.conditionalNegation(negation)) }
        let count = negations.count - conditional.count
        let assertion: Assertion
        if count % 2 == 1 {
            assertion = .negated
        } else {
            if count > 0 { reasons.append(.doubleNegation(count: count)) }
            assertion = uncertain ? .uncertain : .affirmed
        }
        return AssertionResult(assertion: assertion, attributes: attributes, reasons: reasons)
    }

    // MARK: Coverage

    /// The scope through which the trigger covers the mention, or nil.
    func covers(
        _ hit: TriggerHit, index: Int, section: AssertionSection, category: AssertionCategory, _ query: AssertionQuery
    ) -> Range<Int>? {
        let target = query.target
        if section == .uncertainSentence {
            // A verdict on the evidence looks back over the sentence, not into a later clause.
            let clause = query.clause(of: hit.tokens.lowerBound)
            return target.lowerBound < clause.upperBound ? query.sentence.lowerBound..<clause.upperBound : nil
        }
        if section == .negationFinal, !endsClause(hit, query) { return nil }
        var scopes: [Range<Int>] = []
        if section.direction != .backward {
            scopes.append(
                hit.tokens.upperBound..<forwardEnd(hit, index: index, section: section, category: category, query))
        }
        if section.direction != .forward {
            scopes.append(
                backwardStart(hit, index: index, section: section, category: category, query)..<hit.tokens.lowerBound)
        }
        let relationAttribute = category == .negation || category == .uncertainty
        for scope in scopes where !scope.isEmpty || section == .negationRelation {
            let coversMention = section != .negationRelation && scope.overlaps(target)
            let coversCue =
                relationAttribute
                && query.relationCue.map { cue in
                    scope.overlaps(cue) || (section == .negationRelation && hit.tokens.overlaps(cue))
                } == true
            let coversTopic =
                relationAttribute && query.clause(of: target.lowerBound).contains(hit.tokens.lowerBound)
                && query.topicSpans.contains { scope.overlaps($0) }
            guard coversMention || coversCue || coversTopic else { continue }
            // "not a hunt for one cure but a plan that addresses the cause": the denied cue stands
            // before a terminator and the mention after it, on the other side of the contrast.
            if !coversMention, !coversTopic, scope.upperBound <= target.lowerBound,
                query.triggers.contains(where: {
                    $0.sections.terminates(category)
                        && (scope.upperBound..<target.lowerBound).contains($0.tokens.lowerBound)
                })
            {
                continue
            }
            // "not effective for hay fever caused by pollen": another relation cue between the
            // trigger and the mention takes the mention out of the denied relation.
            if scope.lowerBound == hit.tokens.upperBound, let cue = query.relationCue,
                query.relationCues.contains(where: {
                    $0 != cue && scope.contains($0.lowerBound) && $0.upperBound <= target.lowerBound
                })
            {
                continue
            }
            return scope
        }
        return nil
    }

    /// Whether a trigger ends its clause: punctuation or the sentence's end follows it.
    func endsClause(_ hit: TriggerHit, _ query: AssertionQuery) -> Bool {
        let next = hit.tokens.upperBound
        return next >= query.sentence.upperBound || !query.tokens[next].isWord
    }

    // MARK: Forward scope

    func forwardEnd(
        _ hit: TriggerHit, index: Int, section: AssertionSection, category: AssertionCategory, _ query: AssertionQuery
    ) -> Int {
        let tokens = query.tokens
        let from = hit.tokens.upperBound
        let window = lexicon.window(section)
        let frame = section == .uncertainPre
        var end = frame ? min(query.sentence.upperBound, from + window) : query.sentence.upperBound
        if let semicolon = (from..<end).first(where: { tokens[$0].punctuation == UInt8(ascii: ";") }) {
            end = semicolon
        }
        var nextTriggerStarts = Set<Int>()
        for other in query.triggers[(index + 1)...] {
            guard other.tokens.lowerBound < end else { break }
            guard other.tokens.lowerBound >= from else { continue }
            nextTriggerStarts.insert(other.tokens.lowerBound)
            let relative =
                !frame && other.sections.contains(.terminateRelative)
                && tokens[other.tokens.lowerBound - 1].punctuation != UInt8(ascii: ",")
            // A later trigger of the same category starts its own scope ("has never smoked and has
            // never had asthma"), unless it follows this one at once: "not without pain" is a
            // double negation.
            let sameCategory =
                !frame && other.tokens.lowerBound > from && other.sections.sections.contains { $0.category == category }
            if other.sections.terminates(category) || relative || sameCategory {
                end = other.tokens.lowerBound
                break
            }
        }
        if frame { return end }
        var words = 0
        var closed = false
        var position = from
        while position < end {
            let token = tokens[position]
            if token.punctuation == UInt8(ascii: ",") {
                if !listContinues(
                    afterComma: position, end: end, closed: closed, triggerStarts: nextTriggerStarts, query)
                {
                    return position
                }
                words = 0
            } else if lexicon.coordinatorIDs.contains(query.ids.key(position)) {
                // A coordinator before the last item closes the list; a trigger after it starts a
                // statement of its own ("no fever and no chills").
                if position > from { closed = true }
                if nextTriggerStarts.contains(position + 1) { return position }
                words = 0
            } else if token.isWord {
                words += 1
                if words > window { return position }
            }
            position += 1
        }
        return end
    }

    /// Whether the list a forward scope runs over goes on past the comma at `comma`.
    func listContinues(afterComma comma: Int, end: Int, closed: Bool, triggerStarts: Set<Int>, _ query: AssertionQuery)
        -> Bool
    {
        let tokens = query.tokens
        var start = comma + 1
        let coordinated = start < end && lexicon.coordinatorIDs.contains(query.ids.key(start))
        if coordinated { start += 1 }
        guard start < end else { return true }
        // A new item with a trigger of its own: that trigger decides it.
        if triggerStarts.contains(start) { return false }
        var stretchEnd = start
        while stretchEnd < end, tokens[stretchEnd].punctuation != UInt8(ascii: ",") { stretchEnd += 1 }
        let hasVerb = (start..<stretchEnd).contains { lexicon.clauseVerbIDs.contains(query.ids.key($0)) }
        let key = query.ids.key(start)
        if lexicon.clauseSubjectIDs.contains(key) { return false }
        if coordinated { return !(hasVerb && (closed || lexicon.clauseStartIDs.contains(key))) }
        return !hasVerb
    }

    // MARK: Backward scope

    /// Whether the word at `token` opens a clause after a coordinator: a subject ("and she …") or
    /// a determiner ("and the pain …").
    func opensClause(_ token: Int, _ query: AssertionQuery) -> Bool {
        let key = query.ids.key(token)
        return lexicon.clauseSubjectIDs.contains(key) || lexicon.clauseStartIDs.contains(key)
    }

    func backwardStart(
        _ hit: TriggerHit, index: Int, section: AssertionSection, category: AssertionCategory, _ query: AssertionQuery
    ) -> Int {
        let tokens = query.tokens
        let to = hit.tokens.lowerBound
        var start = query.sentence.lowerBound
        if let semicolon = (start..<to).last(where: { tokens[$0].punctuation == UInt8(ascii: ";") }) {
            start = semicolon + 1
        }
        for other in query.triggers[..<index].reversed() where other.tokens.upperBound <= to {
            guard other.tokens.lowerBound >= start else { break }
            if other.sections.terminates(category) {
                start = other.tokens.upperBound
                break
            }
        }
        let window = lexicon.window(section)
        var words = 0
        var position = to - 1
        while position >= start {
            let token = tokens[position]
            if token.punctuation == UInt8(ascii: ",") {
                // The stretch before the comma is a clause of its own: the scope ends here.
                var stretchStart = position - 1
                while stretchStart >= start, tokens[stretchStart].punctuation != UInt8(ascii: ",") { stretchStart -= 1 }
                if ((stretchStart + 1)..<position).contains(where: { lexicon.clauseVerbIDs.contains(query.ids.key($0)) }
                ) {
                    return position + 1
                }
                words = 0
            } else if lexicon.coordinatorIDs.contains(query.ids.key(position)) {
                // "She was given iloprost and her pain resolved": a coordinator that opens a clause
                // (a subject after it, and a verb before it) ends the scope.
                let next = position + 1
                if next < to, opensClause(next, query),
                    (start..<position).contains(where: { lexicon.clauseVerbIDs.contains(query.ids.key($0)) })
                {
                    return next
                }
                words = 0
            } else if token.isWord {
                words += 1
                if words > window { return position + 1 }
            }
            position -= 1
        }
        return start
    }
}
