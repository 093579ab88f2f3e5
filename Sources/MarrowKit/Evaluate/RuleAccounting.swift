/// What the classifier decided about one mention, kept for counting decisions per rule.
struct Decision: Sendable {
    /// The mention's text, folded as the scorer folds it (``SurfaceMatch``).
    var folded: String
    /// The mention as written.
    var text: String
    /// Its concept id.
    var concept: String
    /// Whether the mention is a cause or treatment claim about the topic.
    var accepted: Bool
    /// The role it was given.
    var role: Role
    /// The name of the deciding rule (``Reason/rule``).
    var rule: String
    /// Its sentence.
    var sentence: Int

    /// The decision on `finding`: a claim about the topic is decided by its role rule; a claim
    /// about another condition by its object rule; a denied prior by the denial; any other
    /// mention by its role rule.
    init(_ finding: Finding, text: String, folded: String, concept: String, topic: Int?) {
        self.folded = folded
        self.text = text
        self.concept = concept
        role = finding.role
        sentence = finding.mention.sentence
        let claims = finding.role == .cause || finding.role == .treatment
        let aboutTopic = topic.map { finding.object == $0 } ?? true
        accepted = claims && aboutTopic
        let objectReason = finding.reasons.first {
            switch $0 {
            case .objectAfterCue, .objectInClause: true
            default: false
            }
        }
        if claims && !aboutTopic, let objectReason {
            rule = objectReason.rule
        } else if !accepted && finding.reasons.contains(.deniedWithoutRelation) {
            rule = Reason.deniedWithoutRelation.rule
        } else {
            rule = finding.reasons.first?.rule ?? "none"
        }
    }
}

/// How one rule's decisions fare against gold: every mention it decided, counted as a true or a
/// false claim it accepted or rejected, and the gold lines that nothing found and it rejected.
///
/// A mention the rule accepted (a cause or treatment claim about the topic) is true when a gold
/// line of its document and role names it; a mention it rejected is true when a gold line of its
/// document, of either role, names it.
public struct RuleCount: Hashable, Sendable, Codable {
    /// The rule (``Reason/rule``).
    public var rule: String
    /// True claims the rule rejected (mentions).
    public var trueRejected = 0
    /// False claims the rule rejected (mentions).
    public var falseRejected = 0
    /// True claims the rule accepted (mentions).
    public var trueAccepted = 0
    /// False claims the rule accepted (mentions).
    public var falseAccepted = 0
    /// Gold lines no record found that the rule rejected a mention of: the recall it costs.
    public var linesLost = 0
    /// Distinct documents the rule decided a mention in.
    public var documents = 0
    /// Distinct sentences the rule decided a mention in.
    public var sentences = 0
    /// The true claims it rejected, as `document: concept 'mention'`, distinct, in order: what a
    /// curator reads to see whether the rule or the lexicon is at fault.
    public var rejectedClaims: [String] = []

    /// Creates an empty count for `rule`.
    public init(rule: String) { self.rule = rule }
}

extension Evaluator {
    /// Counts every decision of the analysed documents the gold names, per deciding rule, sorted
    /// by rule name.
    ///
    /// - Parameters:
    ///   - found: the indices of the gold lines some record found.
    static func ruleCounts(
        gold: [GoldClaim], foldedSurfaces: [[String]], found: Set<Int>, analyses: [Analysis]
    ) -> [RuleCount] {
        let goldDocuments = Set(gold.map(\.document))
        var counts: [String: RuleCount] = [:]
        var lost: [String: Set<Int>] = [:]
        var documents: [String: Set<String>] = [:]
        var sentences: [String: Set<[Int]>] = [:]
        for (ordinal, analysis) in analyses.enumerated() where goldDocuments.contains(analysis.document) {
            let lines = gold.indices.filter { gold[$0].document == analysis.document }
            for decision in analysis.decisions {
                var count = counts[decision.rule] ?? RuleCount(rule: decision.rule)
                let naming = lines.filter { SurfaceMatch.matchesFolded(decision.folded, foldedSurfaces[$0]) }
                if decision.accepted {
                    if naming.contains(where: { gold[$0].role == decision.role }) {
                        count.trueAccepted += 1
                    } else {
                        count.falseAccepted += 1
                    }
                } else if naming.isEmpty {
                    count.falseRejected += 1
                } else {
                    count.trueRejected += 1
                    let claim = "\(analysis.document): \(decision.concept) '\(decision.text)'"
                    if !count.rejectedClaims.contains(claim) { count.rejectedClaims.append(claim) }
                    lost[decision.rule, default: []].formUnion(naming.filter { !found.contains($0) })
                }
                counts[decision.rule] = count
                documents[decision.rule, default: []].insert(analysis.document)
                sentences[decision.rule, default: []].insert([ordinal, decision.sentence])
            }
        }
        return counts.keys.sorted().map { rule in
            var count = counts[rule]!
            count.linesLost = lost[rule]?.count ?? 0
            count.documents = documents[rule]?.count ?? 0
            count.sentences = sentences[rule]?.count ?? 0
            return count
        }
    }
}

extension Evaluation {
    /// The decisions per rule as a table: for each deciding rule, the true and false claims it
    /// rejected and accepted (mentions), the gold lines it lost (a line two rules rejected counts for each), and how many documents and
    /// sentences it fired in.
    ///
    /// - Parameter claims: whether to list, under each rule, the true claims it rejected.
    public func ruleTable(claims: Bool = false) -> String {
        let width = max(28, (rules.map(\.rule.count).max() ?? 0) + 2)
        var out =
            "rule".rightPadded(to: width)
            + "  rej-true rej-false  acc-true acc-false  lost  docs  sents\n"
        var total = RuleCount(rule: "all")
        for count in rules {
            total.trueRejected += count.trueRejected
            total.falseRejected += count.falseRejected
            total.trueAccepted += count.trueAccepted
            total.falseAccepted += count.falseAccepted
            total.linesLost += count.linesLost
        }
        for row in rules + [total] {
            out +=
                row.rule.rightPadded(to: width) + "\(row.trueRejected)".leftPadded(to: 10)
                + "\(row.falseRejected)".leftPadded(to: 10) + "\(row.trueAccepted)".leftPadded(to: 10)
                + "\(row.falseAccepted)".leftPadded(to: 10) + "\(row.linesLost)".leftPadded(to: 6)
                + "\(row.documents)".leftPadded(to: 6) + "\(row.sentences)".leftPadded(to: 7) + "\n"
            if claims { out += row.rejectedClaims.map { "    rejected: \($0)\n" }.joined() }
        }
        return out
    }
}
