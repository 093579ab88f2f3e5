/// A spelling pattern of `spelling.txt`: a `*` on both words stands for the rest of a word, so one
/// line covers a whole family (`*isation *ization`, `haemo* hemo*`, `*sulph* *sulf*`).
///
/// Rules are applied when the lexicons are compiled, to the words the lexicons themselves use:
/// each lexicon word that has the canonical part gets the variant mapped to it. A rule therefore
/// never reaches a word no lexicon term or cue contains.
public struct SpellingRule: Hashable, Sendable {
    /// Where in a word the rule's part sits.
    public enum Place: Hashable, Sendable {
        /// At the start (`haemo*`).
        case prefix
        /// At the end (`*isation`).
        case suffix
        /// Anywhere (`*sulph*`).
        case infix
    }

    /// The variant part, British as a rule (`isation`).
    public var variant: String
    /// The canonical part (`ization`).
    public var canonical: String
    /// Where both parts sit.
    public var place: Place
    /// The 1-based line of `spelling.txt` the rule is on.
    public var line: Int

    /// Creates a rule.
    public init(variant: String, canonical: String, place: Place, line: Int) {
        self.variant = variant
        self.canonical = canonical
        self.place = place
        self.line = line
    }

    /// The same rule the other way round: it makes the canonical spelling of a word written in
    /// the variant one.
    var reversed: SpellingRule { SpellingRule(variant: canonical, canonical: variant, place: place, line: line) }

    /// Reads a pattern pair (`*isation`, `*ization`), or nil when neither word holds a `*`.
    ///
    /// - Throws: ``Problem`` when the two words do not share one wildcard shape.
    static func parse(variant: String, canonical: String, line: Int) throws(Problem) -> SpellingRule? {
        let shapes = (Place.of(variant), Place.of(canonical))
        switch shapes {
        case (nil, nil):
            if variant.contains("*") || canonical.contains("*") { throw .mismatchedShape }
            return nil
        case (let left?, let right?) where left == right:
            let strip = { (word: String) in String(word.filter { $0 != "*" }) }
            let parts = (strip(variant), strip(canonical))
            guard !parts.0.isEmpty, !parts.1.isEmpty, parts.0 != parts.1 else { throw .emptyPart }
            return SpellingRule(variant: parts.0, canonical: parts.1, place: left, line: line)
        default:
            throw .mismatchedShape
        }
    }

    /// Why a pattern line is not a rule.
    enum Problem: Error, Equatable {
        /// The words differ in where their `*` stands, or one has none.
        case mismatchedShape
        /// A part is empty, or both parts are the same.
        case emptyPart

        var message: String {
            switch self {
            case .mismatchedShape:
                "a spelling pattern needs '*' in the same place on both words ('*isation *ization', 'haemo* hemo*', '*sulph* *sulf*')"
            case .emptyPart: "a spelling pattern needs two different, non-empty parts besides '*'"
            }
        }
    }

    /// The variants of `word` this rule makes: one per place where the canonical part stands.
    public func variants(of word: String) -> [String] {
        // Most words hold no rule's part: they are answered on the string's own bytes, and only a
        // word that does is copied.
        var word = word
        var canonical = canonical
        return word.withUTF8 { bytes in
            canonical.withUTF8 { part in
                guard bytes.count > part.count else { return [] }
                func holdsPart(at start: Int) -> Bool {
                    var offset = 0
                    while offset < part.count, bytes[start + offset] == part[offset] { offset += 1 }
                    return offset == part.count
                }
                var starts: [Int] = []
                switch place {
                case .prefix:
                    if holdsPart(at: 0) { starts = [0] }
                case .suffix:
                    if holdsPart(at: bytes.count - part.count) { starts = [bytes.count - part.count] }
                case .infix:
                    var index = 0
                    while index + part.count <= bytes.count {
                        if holdsPart(at: index) { starts.append(index) }
                        index += 1
                    }
                }
                return starts.map { start in
                    String(
                        decoding: Array(bytes[..<start]) + Array(variant.utf8) + Array(bytes[(start + part.count)...]),
                        as: UTF8.self)
                }
            }
        }
    }
}

extension SpellingRule.Place {
    /// The shape of a pattern word, or nil for a plain word (or a `*` alone in the middle).
    static func of(_ word: String) -> Self? {
        let leading = word.hasPrefix("*")
        let trailing = word.hasSuffix("*") && word.count > 1
        guard word.dropFirst().dropLast().allSatisfy({ $0 != "*" }) else { return nil }
        switch (leading, trailing) {
        case (true, true): return .infix
        case (true, false): return .suffix
        case (false, true): return .prefix
        case (false, false): return nil
        }
    }
}
