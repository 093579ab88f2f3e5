/// The spelling table a lexicon compiles with: the pairs `spelling.txt` lists, plus the variants
/// its patterns (``SpellingRule``) make of every word the lexicons use.
///
/// A made variant is kept only when it is new: not a word of the lexicons themselves, not a
/// listed variant, not made from another word first (words are taken in sorted order, so the
/// table is the same on every run), and a key the normaliser keeps as it is (a variant that a
/// plural fold would change could never be looked up).
///
/// The rules run both ways: a lexicon word written in the variant spelling (`remodelling`) gets
/// its canonical spelling (`remodeling`) mapped to it, so text in either spelling meets it. A
/// listed pair needs no such pass: the table maps the lexicon's own words through it as well.
struct SpellingTable {
    /// How many rounds of rules one word goes through (`anaesthaemia` needs two).
    static let rounds = 3
    /// The most variants one word may get.
    static let perWord = 16

    /// The listed pairs, with every made variant added.
    ///
    /// - Parameters:
    ///   - pairs: `variant → canonical` as listed.
    ///   - rules: the patterns.
    ///   - words: the keys of every word of the lexicons' terms and cues.
    ///   - isStableKey: whether the normaliser maps a word to itself.
    static func expand(
        _ pairs: [String: String], rules: [SpellingRule], words: Set<String>, isStableKey: (String) -> Bool
    ) -> [String: String] {
        guard !rules.isEmpty else { return pairs }
        var table = pairs
        for word in words.sorted() {
            for variant in variants(of: word, rules: rules)
            where !words.contains(variant) && table[variant] == nil && isStableKey(variant) {
                table[variant] = word
            }
        }
        let backward = rules.map(\.reversed)
        for word in words.sorted() {
            for canonical in variants(of: word, rules: backward)
            where !words.contains(canonical) && table[canonical] == nil && isStableKey(canonical) {
                table[canonical] = word
            }
        }
        return table
    }

    /// Every spelling `rules` make of `word` in up to ``rounds`` rounds, `word` itself excluded.
    static func variants(of word: String, rules: [SpellingRule]) -> [String] {
        // Most words hold no rule's part: nothing is allocated for them. `found[roundStart...]` are
        // the forms the last round made, which the next round takes further.
        var found: [String] = []
        var seen: Set<String> = []
        func visit(_ form: String) -> Bool {
            for rule in rules {
                for variant in rule.variants(of: form) where variant != word && seen.insert(variant).inserted {
                    guard found.count < perWord else { return false }
                    found.append(variant)
                }
            }
            return true
        }
        guard visit(word) else { return found }
        var roundStart = 0
        for _ in 1..<rounds {
            let roundEnd = found.count
            guard roundStart < roundEnd else { break }
            for index in roundStart..<roundEnd {
                guard visit(found[index]) else { return found }
            }
            roundStart = roundEnd
        }
        return found
    }
}
