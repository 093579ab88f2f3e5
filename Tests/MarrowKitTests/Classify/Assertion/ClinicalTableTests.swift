import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Clinical sentence table: negation, uncertainty and ConText attributes of one target")
struct ClinicalTableTests {
    static let explainer = Explainer(lexicon: Repository.lexicon)

    @Test("the table is large, every row parses and names a target that occurs where it says")
    func tableShape() {
        let rows = ClinicalTable.rows
        #expect(rows.count >= 400)
        #expect(rows.filter { $0.assertion == .negated }.count >= 150)
        #expect(Set(rows.map { "\($0.text)\u{0}\($0.start)" }).count == rows.count, "duplicate rows")
        for row in rows {
            let scalars = Array(row.text.unicodeScalars)
            let found = String(
                String.UnicodeScalarView(scalars[row.start..<(row.start + row.term.unicodeScalars.count)]))
            #expect(found == row.term, "line \(row.line)")
        }
    }

    @Test("negated F1 on the table is at least 0.97, and every group holds")
    func negatedF1() throws {
        var negated = LabelScore()
        var wrong: [String] = []
        for row in ClinicalTable.rows {
            let target = try #require(try Self.explainer.explainTarget(row.query), "line \(row.line)")
            let got = AssertionAttributes(
                hypothetical: target.hypothetical, historical: target.historical, experiencer: target.experiencer)
            negated.add(expected: row.assertion == .negated, got: target.assertion == .negated)
            #expect(
                target.start == row.start,
                "line \(row.line): the occurrence at \(row.start) was asked for, \(target.start) classified")
            if target.assertion != row.assertion || got != row.attributes {
                wrong.append(
                    "\(row.line) [\(row.group)] '\(row.term)': expected \(ClinicalRow.describe(row.assertion, row.attributes)), got \(ClinicalRow.describe(target.assertion, got)) — \(row.text) — \(target.reasons)"
                )
            }
        }
        print("CLINICAL TABLE: \(ClinicalTable.rows.count) rows, \(wrong.count) wrong; negated \(negated)")
        for line in wrong { print("CLINICAL-TABLE MISS \(line)") }
        #expect(negated.f1 >= 0.97, "negated \(negated)")
        #expect(Double(wrong.count) <= Double(ClinicalTable.rows.count) * 0.03, "\(wrong.count) rows wrong")
    }
}

extension AssertionAttributes {
    init(hypothetical: Bool, historical: Bool, experiencer: Experiencer) {
        self.init()
        self.hypothetical = hypothetical
        self.historical = historical
        self.experiencer = experiencer
    }
}
