import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// One row of the sentence table: a short text, a term in it, and what the classifier should make
/// of that mention.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable, CustomStringConvertible {
        /// A record with this role and assertion; its claim's object is `object`, the topic by default.
        case claim(Role, Assertion, object: String = "bone-marrow-edema")
        /// The term is matched but makes no claim: no record.
        case noClaim
        /// The term must not even be matched (a look-alike of an abbreviation).
        case notMatched
        /// No record, whether or not the matcher finds (part of) the term.
        case noRecord
        /// Whatever the role, `explain --term` gives this assertion (clinical findings such as
        /// "negative for infection" deny the finding without stating a relation).
        case assertion(Assertion)

        var description: String {
            switch self {
            case .claim(let role, let assertion, let object):
                object == "bone-marrow-edema"
                    ? "\(role.rawValue)/\(assertion.rawValue)" : "\(role.rawValue)/\(assertion.rawValue) of \(object)"
            case .noClaim: "no claim"
            case .notMatched: "not matched"
            case .noRecord: "no record"
            case .assertion(let assertion): "assertion \(assertion.rawValue)"
            }
        }
    }

    /// The input, as scraped text (blank lines separate paragraphs, "• " starts a bullet).
    let text: String
    /// The mention's exact surface in `text`, case-sensitive.
    let term: String
    /// Which occurrence of `term` in `text` (1-based).
    let occurrence: Int
    let expected: Expectation

    static func c(_ text: String, _ term: String, _ expected: Expectation, occurrence: Int = 1) -> SentenceCase {
        SentenceCase(text: text, term: term, occurrence: occurrence, expected: expected)
    }

    var testDescription: String {
        let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return "'\(term)'\(occurrence > 1 ? "#\(occurrence)" : "") → \(expected) — \(flat)"
    }

    /// The UTF-8 byte range of the chosen occurrence of `term` in `text`.
    var termRange: Range<Int>? {
        let haystack = Array(text.utf8)
        let needle = Array(term.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            // whole words only, so "as" is not found inside "has"
            let before = start == 0 ? nil : haystack[start - 1]
            let after = start + needle.count == haystack.count ? nil : haystack[start + needle.count]
            func isWordByte(_ byte: UInt8?) -> Bool {
                guard let byte else { return false }
                return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x61 && byte <= 0x7A)
            }
            if isWordByte(before) || isWordByte(after) { continue }
            seen += 1
            if seen == occurrence { return start..<start + needle.count }
        }
        return nil
    }
}

@Suite("Sentence table: role, object and assertion of single mentions")
struct SentenceTableTests {
    @Test("role cues, in both word orders and through 'it' / 'this condition'", arguments: SentenceCase.roleCues)
    func roleCues(_ row: SentenceCase) throws { try check(row, group: "role cues") }

    @Test("section headings, list items and category sub-headings", arguments: SentenceCase.sections)
    func sections(_ row: SentenceCase) throws { try check(row, group: "sections") }

    @Test("the object of a treatment claim", arguments: SentenceCase.objects)
    func objects(_ row: SentenceCase) throws { try check(row, group: "objects") }

    @Test(
        "look-alikes, hypernyms, prevention, tests and generic edema make no claim", arguments: SentenceCase.lookAlikes)
    func lookAlikes(_ row: SentenceCase) throws { try check(row, group: "look-alikes") }

    @Test("negation, its scope, and pseudo-negations", arguments: SentenceCase.negation)
    func negation(_ row: SentenceCase) throws { try check(row, group: "negation") }

    @Test("hedges, and wording that must stay affirmed", arguments: SentenceCase.hedges)
    func hedges(_ row: SentenceCase) throws { try check(row, group: "hedges") }

    @Test("abbreviations: defined in the text, and capitals-only matching", arguments: SentenceCase.abbreviations)
    func abbreviations(_ row: SentenceCase) throws { try check(row, group: "abbreviations") }

    @Test("the table is large and its rows are distinct")
    func tableShape() {
        let all =
            SentenceCase.roleCues + SentenceCase.sections + SentenceCase.objects + SentenceCase.lookAlikes
            + SentenceCase.negation + SentenceCase.hedges + SentenceCase.abbreviations
        #expect(all.count >= 200)
        let keys = all.map { "\($0.text)\u{0}\($0.term)\u{0}\($0.occurrence)" }
        #expect(Set(keys).count == keys.count, "duplicate rows")
        for row in all {
            #expect(
                row.termRange != nil,
                "'\(row.term)' (occurrence \(row.occurrence)) is not in \(row.text.debugDescription)")
        }
    }

    // MARK: Checking one row

    func check(_ row: SentenceCase, group: String) throws {
        guard let range = row.termRange else {
            Issue.record("'\(row.term)' (occurrence \(row.occurrence)) is not in \(row.text.debugDescription)")
            return
        }
        let result = try process(text: row.text)
        let overlapping = result.records.filter {
            $0.raw.byteStart < range.upperBound && range.lowerBound < $0.raw.byteEnd
        }
        let record =
            overlapping.first { $0.raw.byteStart == range.lowerBound && $0.raw.byteEnd == range.upperBound }
            ?? overlapping.first

        func describe(_ record: EvidenceRecord) -> String {
            let object = record.claim.object == "bone-marrow-edema" ? "" : " of \(record.claim.object)"
            return
                "\(record.role.rawValue)/\(record.assertion.rawValue)\(object) ['\(record.mention.text)' = \(record.concept.id)]"
        }
        let got = record.map(describe) ?? "no claim"
        let all = result.records.map(describe).joined(separator: "; ")

        var ok: Bool
        switch row.expected {
        case .claim(let role, let assertion, let object):
            ok = record.map { $0.role == role && $0.assertion == assertion && $0.claim.object == object } ?? false
        case .noClaim:
            ok = record == nil
            if ok, !isMatched(row) {
                ok = false
                Issue.record("'\(row.term)' is not matched by the lexicons, so 'no claim' proves nothing")
            }
        case .notMatched:
            ok = record == nil && !isMatched(row)
        case .noRecord:
            ok = record == nil
        case .assertion(let expected):
            let explanation = try Explainer(lexicon: Repository.lexicon).explain(
                ExplainQuery(text: row.text, term: row.term), reading: .article)
            let target = explanation.target
            ok = target?.assertion == expected
            if !ok {
                print(
                    "explain: \(target.map { "\($0.role.rawValue)/\($0.assertion.rawValue) \($0.reasons)" } ?? "nothing")"
                )
            }
        }
        if !ok {
            let why = record.map { $0.why.joined(separator: " | ") } ?? ""
            print(
                "SENTENCE-TABLE FAIL [\(group)] '\(row.term)'\(row.occurrence > 1 ? "#\(row.occurrence)" : "") expected \(row.expected), got \(got) — \(row.text.replacingOccurrences(of: "\n", with: " ⏎ ")) — all: \(all) — why: \(why)"
            )
        }
        #expect(ok, "expected \(row.expected), got \(got); all records: \(all)")
    }

    /// Whether the matcher finds a mention whose clean-text surface is the term (any occurrence).
    func isMatched(_ row: SentenceCase) -> Bool {
        let processor = Repository.processor
        guard
            let clean = try? processor.clean(
                SourceDocument(path: "test.txt", raw: Array(row.text.utf8), mediaType: .text))
        else { return false }
        let matched = processor.match(clean)
        return matched.mentions.contains { matched.segmented.clean.text($0.range) == row.term }
    }
}
