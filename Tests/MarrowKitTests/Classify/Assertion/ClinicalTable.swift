import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// One row of the clinical sentence table (`Fixtures/assertion/clinical.table`): a sentence, its
/// target, and the assertion and ConText attributes expected for it.
struct ClinicalRow: Sendable, CustomTestStringConvertible {
    let group: String
    let line: Int
    /// The sentence without the «» markers.
    let text: String
    /// The marked target.
    let term: String
    /// Where the target starts in `text`, in Unicode scalars.
    let start: Int
    let assertion: Assertion
    let attributes: AssertionAttributes

    var testDescription: String { "\(line): '\(term)' → \(ClinicalRow.describe(assertion, attributes)) — \(text)" }

    static func describe(_ assertion: Assertion, _ attributes: AssertionAttributes) -> String {
        var words = [assertion.rawValue]
        if attributes.hypothetical { words.append("hypothetical") }
        if attributes.historical { words.append("historical") }
        if attributes.experiencer == .other { words.append("other") }
        return words.joined(separator: " ")
    }

    /// The query `explain --jsonl` would get for this row.
    var query: ExplainQuery { ExplainQuery(text: text, term: term, start: start) }
}

/// The clinical table, read once.
enum ClinicalTable {
    static let path = Repository.root + "/Tests/MarrowKitTests/Fixtures/assertion/clinical.table"

    /// Every row; a malformed line is a fatal error naming its line.
    static let rows: [ClinicalRow] = {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
        return parse(text)
    }()

    static func parse(_ text: String) -> [ClinicalRow] {
        var rows: [ClinicalRow] = []
        var group = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                group = String(line.dropFirst(3))
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let bar = line.range(of: " | ") else {
                fatalError("\(path):\(index + 1): expected 'EXPECTED | SENTENCE'")
            }
            let words = line[..<bar.lowerBound].split(separator: " ").map(String.init)
            guard let first = words.first, let assertion = Assertion(rawValue: first) else {
                fatalError("\(path):\(index + 1): no assertion")
            }
            var attributes = AssertionAttributes()
            for word in words.dropFirst() {
                switch word {
                case "hypothetical": attributes.hypothetical = true
                case "historical": attributes.historical = true
                case "other": attributes.experiencer = .other
                default: fatalError("\(path):\(index + 1): unknown attribute '\(word)'")
                }
            }
            let marked = String(line[bar.upperBound...])
            guard let open = marked.range(of: "«"), let close = marked.range(of: "»"),
                open.upperBound <= close.lowerBound,
                marked.components(separatedBy: "«").count == 2
            else { fatalError("\(path):\(index + 1): mark exactly one target with «…»") }
            let term = String(marked[open.upperBound..<close.lowerBound])
            let before = String(marked[..<open.lowerBound])
            let sentence = before + term + String(marked[close.upperBound...])
            rows.append(
                ClinicalRow(
                    group: group, line: index + 1, text: sentence, term: term, start: before.unicodeScalars.count,
                    assertion: assertion, attributes: attributes))
        }
        return rows
    }
}

/// Precision, recall and F1 of one label.
struct LabelScore: CustomStringConvertible {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0

    mutating func add(expected: Bool, got: Bool) {
        if expected && got {
            truePositives += 1
        } else if got {
            falsePositives += 1
        } else if expected {
            falseNegatives += 1
        }
    }

    var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        String(
            format: "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1, truePositives, falsePositives,
            falseNegatives)
    }
}
