import Foundation
@testable import MarrowKit

/// Scores evidence records against `corpus-claims.jsonl` the way the issues count:
/// a gold line is found when a record of the same document and role has a mention text equal
/// (case-folded, whitespace folded) to one of its surfaces; each predicted (document, role,
/// concept) that finds no gold line of its document and role is a false positive. Only claims
/// about the topic count.
struct GoldScorer {
    struct GoldLine: Decodable {
        var doc: String
        var role: String
        var concept: String
        var surfaces: [String]
        var assertion: String
    }

    struct Score {
        var gold: Int
        var found: Int
        var predicted: Int
        var falsePositives: [String]
        var misses: [String]
        var assertionRight: Int
        var assertionWrong: [String]
        var recall: Double { Double(found) / Double(max(1, gold)) }
        var precision: Double { Double(predicted - falsePositives.count) / Double(max(1, predicted)) }
        var assertionAccuracy: Double { Double(assertionRight) / Double(max(1, found)) }
        var report: String {
            (misses.map { "miss: \($0)" } + falsePositives.map { "false positive: \($0)" } + assertionWrong.map { "assertion: \($0)" }).joined(separator: "\n")
        }
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    static func score(_ records: [EvidenceRecord], goldPath: String, topic: String) throws -> Score {
        let gold = try String(contentsOfFile: goldPath, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8))
        }
        struct Key: Hashable { var doc: String, role: String, concept: String }
        var predicted: [Key: (texts: Set<String>, assertions: [Assertion])] = [:]
        for record in records where record.claim.object == topic && (record.role == .cause || record.role == .treatment) {
            let key = Key(doc: (record.source.path as NSString).lastPathComponent, role: record.role.rawValue, concept: record.concept.id)
            predicted[key, default: ([], [])].texts.insert(fold(record.mention.text))
            predicted[key, default: ([], [])].assertions.append(record.assertion)
        }
        func aggregate(_ assertions: [Assertion]) -> String {
            if assertions.contains(.affirmed) { return "affirmed" }
            if assertions.contains(.negated) { return "negated" }
            return "uncertain"
        }
        var score = Score(gold: gold.count, found: 0, predicted: predicted.count, falsePositives: [], misses: [], assertionRight: 0, assertionWrong: [])
        for line in gold {
            let surfaces = Set(line.surfaces.map(fold))
            let hits = predicted.filter { $0.key.doc == line.doc && $0.key.role == line.role && !$0.value.texts.isDisjoint(with: surfaces) }
            if hits.isEmpty {
                score.misses.append("\(line.doc) \(line.role) \(line.concept) \(line.surfaces)")
                continue
            }
            score.found += 1
            let assertion = aggregate(hits.values.flatMap(\.assertions))
            if assertion == line.assertion { score.assertionRight += 1 } else {
                score.assertionWrong.append("\(line.doc) \(line.role) \(line.concept): gold \(line.assertion), got \(assertion)")
            }
        }
        for (key, value) in predicted.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            let matches = gold.contains { $0.doc == key.doc && $0.role == key.role && !value.texts.isDisjoint(with: Set($0.surfaces.map(fold))) }
            if !matches { score.falsePositives.append("\(key.doc) \(key.role) \(key.concept) \(value.texts.sorted())") }
        }
        return score
    }
}
