import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// The cue questions, answered by the compiled trie and automaton, give what the lists give when
/// compared one by one as before: whole lines as `String`s (canonical equivalence), prefixes,
/// fragments and labels byte for byte.
@Suite("Cleaning cues agree with the cue lists read one by one")
struct CleaningCuesTests {
    /// Pieces of cues and lines: ASCII, the end marker trim characters, an accent precomposed and
    /// decomposed, a lone combining mark, CJK and a full-width colon.
    static let pieces: [String] = [
        "a", "b", "ab", " ", ":", ".", "\u{E9}", "e\u{301}", "\u{301}", "\u{4F5C}", "\u{FF1A}", "\u{FC}",
    ]

    static let phrase = Gen.int(in: 0...(CleaningCuesTests.pieces.count - 1)).array(of: 0...4)
    static let list = CleaningCuesTests.phrase.array(of: 0...5)

    static func text(_ choices: [Int]) -> String { choices.map { pieces[$0] }.joined() }

    /// The same text with its accents in the other form (precomposed ↔ decomposed).
    static func otherForm(_ text: String) -> String {
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "\u{E9}" {
                result += "e\u{301}"
            } else if first == "e", scalars.dropFirst().first == "\u{301}" {
                result += "\u{E9}"
                scalars = scalars.dropFirst()
            } else {
                result.unicodeScalars.append(first)
            }
            scalars = scalars.dropFirst()
        }
        return result
    }

    /// The questions as the lists answered them before they were compiled.
    struct Reference {
        let lines: Set<String>
        let prefixes: [String]
        let fragments: [String]
        let endMarkers: Set<String>
        let labels: [String]

        func isBoilerplate(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            let longest = lines.map(\.utf8.count).max() ?? 0
            let limit = bytes.allSatisfy { $0 < 0x80 } ? longest : 4 * longest
            if bytes.count <= limit, lines.contains(line) { return true }
            return opensWithBoilerplate(line)
                || fragments.contains { fragment in
                    let needle = Array(fragment.utf8)
                    guard needle.count <= bytes.count else { return false }
                    return (0...(bytes.count - needle.count)).contains {
                        Array(bytes[$0..<($0 + needle.count)]) == needle
                    }
                }
        }

        func opensWithBoilerplate(_ line: String) -> Bool {
            prefixes.contains { line.utf8.starts(with: $0.utf8) }
        }

        func isEndMarker(_ line: String) -> Bool {
            var bytes = Array(line.utf8)[...]
            while let first = bytes.first, first == UInt8(ascii: ".") || first == UInt8(ascii: ":") {
                bytes = bytes.dropFirst()
            }
            while let last = bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ":") {
                bytes = bytes.dropLast()
            }
            guard bytes.count <= endMarkers.map(\.utf8.count).max() ?? 0 else { return false }
            return endMarkers.contains(String(decoding: bytes, as: UTF8.self))
        }

        func startsWithLabel(_ line: String) -> Bool { labels.contains { line.utf8.starts(with: $0.utf8) } }
    }

    func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test("random cue lists and lines: every question gets the list-by-list answer")
    func agreesWithLists() async {
        let list = CleaningCuesTests.list
        await propertyCheck(
            count: PropertyRuns.scaled(400), input: list, list, list, list, CleaningCuesTests.phrase.array(of: 0...6)
        ) { (lines: [[Int]], prefixes: [[Int]], fragments: [[Int]], ends: [[Int]], texts: [[Int]]) in
            let reference = Reference(
                lines: Set(lines.map(CleaningCuesTests.text)), prefixes: prefixes.map(CleaningCuesTests.text),
                fragments: fragments.map(CleaningCuesTests.text), endMarkers: Set(ends.map(CleaningCuesTests.text)),
                labels: prefixes.map(CleaningCuesTests.text).reversed())
            var cues = CleaningCues()
            cues.lines = reference.lines
            cues.prefixes = reference.prefixes
            cues.fragments = reference.fragments
            cues.endMarkers = reference.endMarkers
            cues.metadataLabels = reference.labels.map { .init(field: .author, label: $0) }
            // Random lines, every cue itself, in the other accent form, with more after it or
            // less, and wrapped in end-marker trim characters.
            let cueTexts = Array(reference.lines) + reference.prefixes + reference.fragments + reference.endMarkers
            var candidates = texts.map(CleaningCuesTests.text) + ["", "."]
            for cue in cueTexts {
                candidates += [
                    cue, CleaningCuesTests.otherForm(cue), cue + "a", String(cue.unicodeScalars.dropLast()),
                    ".." + cue + ":", "b" + cue,
                ]
            }
            for line in candidates {
                let scalars = line.unicodeScalars.map { String($0.value, radix: 16) }
                #expect(
                    withBytes(line) { cues.isBoilerplate(folded: $0) } == reference.isBoilerplate(line),
                    "isBoilerplate \(scalars) lines \(reference.lines)")
                #expect(cues.isBoilerplate(folded: line) == reference.isBoilerplate(line))
                #expect(
                    withBytes(line) { cues.opensWithBoilerplate(folded: $0) } == reference.opensWithBoilerplate(line),
                    "opensWithBoilerplate \(scalars)")
                #expect(
                    withBytes(line) { cues.isEndMarker(folded: $0) } == reference.isEndMarker(line),
                    "isEndMarker \(scalars) markers \(reference.endMarkers)")
                let found = withBytes(line) { bytes in withBytes(line) { cues.metadataValue(line: bytes, folded: $0) } }
                let expected = reference.startsWithLabel(line) ? cues.metadataValue(line: line, folded: line) : nil
                #expect(found?.field == expected?.field && found?.value == expected?.value, "label \(scalars)")
            }
        }
    }

    @Test("a whole line equals a cue line in another Unicode form, either way round")
    func canonicalLines() {
        for (cue, line) in [("caf\u{E9}", "cafe\u{301}"), ("cafe\u{301}", "caf\u{E9}")] {
            var cues = CleaningCues()
            cues.lines = [cue]
            cues.endMarkers = [cue]
            #expect(withBytes(line) { cues.isBoilerplate(folded: $0) })
            #expect(withBytes(".\(line):") { cues.isEndMarker(folded: $0) } == (line.utf8.count <= cue.utf8.count))
            #expect(!withBytes(line + "s") { cues.isBoilerplate(folded: $0) })
        }
    }

    @Test("the lexicon's cues: lines, prefixes, fragments, end markers and labels")
    func lexiconExamples() {
        let cues = Repository.lexicon.cleaning
        func boilerplate(_ line: String) -> Bool { withBytes(CueText.fold(line)) { cues.isBoilerplate(folded: $0) } }
        #expect(boilerplate("Advertisement"))
        #expect(boilerplate("Read our cookie policy here"))
        #expect(!boilerplate("Advertisements for sugar are everywhere, and this sentence is text."))
        #expect(!boilerplate(""))
        #expect(withBytes("related searches:") { cues.isEndMarker(folded: $0) })
        #expect(withBytes(CueText.fold("Written by Ana Li")) { cues.metadataValue(line: $0, folded: $0) } != nil)
    }
}
