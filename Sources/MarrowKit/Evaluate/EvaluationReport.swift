import Foundation

extension Evaluation {
    /// How `marrow eval` prints an evaluation.
    public enum Format: String, Sendable, CaseIterable {
        /// Tables for people: the lists (when asked), the rule table (when asked), the scores.
        case text
        /// One JSON object on one line.
        case json
    }

    /// The evaluation in `format`, as UTF-8 ending in a newline.
    ///
    /// - Parameters:
    ///   - details: also list every miss, false positive and assertion error.
    ///   - rules: also count the decisions per deciding rule.
    /// - Throws: what encoding JSON throws.
    public func rendered(as format: Format, details withDetails: Bool, rules withRules: Bool) throws -> Data {
        switch format {
        case .text:
            return Data(
                ((withDetails ? details : "") + (withRules ? ruleTable(claims: withDetails) : "") + summary).utf8)
        case .json:
            return try json(details: withDetails, rules: withRules) + Data("\n".utf8)
        }
    }

    /// The scores as a table: precision, recall and F1 per role and overall, and assertion accuracy.
    public var summary: String {
        func row(_ name: String, _ counts: Counts) -> String {
            name.rightPadded(to: 10) + "\(counts.gold)".leftPadded(to: 6) + "\(counts.found)".leftPadded(to: 7)
                + Evaluation.format(counts.recall).leftPadded(to: 8) + "\(counts.predicted)".leftPadded(to: 11)
                + "\(counts.correct)".leftPadded(to: 9) + Evaluation.format(counts.precision).leftPadded(to: 11)
                + Evaluation.format(counts.f1).leftPadded(to: 7) + "\n"
        }
        var out = "role        gold  found  recall  predicted  correct  precision     f1\n"
        for role in [Role.cause, .treatment] { out += row(role.rawValue, roles[role] ?? Counts()) }
        out += row("all", overall)
        out += "assertion: \(assertionRight)/\(overall.found) right (\(Evaluation.format(assertionAccuracy)))\n"
        if !missingDocuments.isEmpty { out += "not among the inputs: \(missingDocuments.joined(separator: ", "))\n" }
        return out
    }

    /// Every miss, false positive and assertion error, with its passage and the rule that decided it.
    public var details: String {
        var out = ""
        func evidence(_ items: [Evidence], none: String) {
            if items.isEmpty { out += "    \(none)\n" }
            for item in items {
                if let concept = item.concept, let role = item.role {
                    out +=
                        "    '\(item.mention)' = \(concept): \(role.rawValue)\(item.assertion.map { ", \($0.rawValue)" } ?? "")\n"
                } else {
                    out += "    no lexicon term names it here\n"
                }
                out += "      passage: \(item.passage)\n"
                for reason in item.reasons { out += "      - \(reason)\n" }
            }
        }
        out += "# missed gold lines (\(misses.count))\n"
        for miss in misses {
            out +=
                "  \(miss.gold.document) \(miss.gold.role.rawValue) \(miss.gold.concept) \(Evaluation.quoted(miss.gold.surfaces)) [gold line \(miss.gold.line)]\n"
            evidence(miss.evidence, none: "no surface found in the clean text")
        }
        out += "# false positives (\(falsePositives.count))\n"
        for falsePositive in falsePositives {
            out += "  \(falsePositive.document) \(falsePositive.role.rawValue) \(falsePositive.concept)\n"
            evidence(falsePositive.evidence, none: "")
        }
        out += "# assertion errors (\(assertionErrors.count))\n"
        for error in assertionErrors {
            out +=
                "  \(error.gold.document) \(error.gold.role.rawValue) \(error.gold.concept): gold \(error.gold.assertion.rawValue), predicted \(error.predicted.rawValue)\n"
            evidence(error.evidence, none: "")
        }
        return out
    }

    /// The evaluation as one JSON object: counts per role and overall, assertion accuracy, and
    /// (with `details`) every miss, false positive and assertion error, and (with `rules`) the
    /// decisions per rule.
    public func json(details: Bool, rules withRules: Bool = false) throws -> Data {
        struct Scores: Encodable {
            var gold, found, predicted, correct: Int
            var precision, recall, f1: Double
            init(_ counts: Counts) {
                gold = counts.gold
                found = counts.found
                predicted = counts.predicted
                correct = counts.correct
                precision = counts.precision
                recall = counts.recall
                f1 = counts.f1
            }
        }
        struct Output: Encodable {
            var roles: [String: Scores]
            var overall: Scores
            var assertion: [String: Double]
            var missingDocuments: [String]
            var misses: [Miss]?
            var falsePositives: [FalsePositive]?
            var assertionErrors: [AssertionError]?
            var rules: [RuleCount]?
        }
        let output = Output(
            roles: Dictionary(uniqueKeysWithValues: roles.map { ($0.key.rawValue, Scores($0.value)) }),
            overall: Scores(overall),
            assertion: [
                "right": Double(assertionRight), "found": Double(overall.found), "accuracy": assertionAccuracy,
            ],
            missingDocuments: missingDocuments,
            misses: details ? misses : nil, falsePositives: details ? falsePositives : nil,
            assertionErrors: details ? assertionErrors : nil, rules: withRules ? rules : nil)
        return try PrettyJSON.compact(output)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    static func quoted(_ surfaces: [String]) -> String {
        "[" + surfaces.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
