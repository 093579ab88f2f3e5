/// The `of` form of a compound term: writers name a compound's head first and its modifier after
/// `of` (`ACL tear`, `tears of the ACL`; `pain relief`, `relief of pain`; `bone infection`,
/// `infection of the bone`). This makes `HEAD of MODIFIER` from a term of two to four words whose
/// last word is the head, so a lexicon author lists one form. Determiners between are skipped by
/// the matcher already (`tear of ACL` also matches `tear of the ACL`).
///
/// A term that holds a preposition or a conjunction is already a phrase and gets no inversion,
/// nor does one whose last word is an abbreviation or holds a digit.
struct InvertedVariants {
    /// Terms of this many words, at most, are inverted.
    static let longestTerm = 4

    /// The key that joins head and modifier (nil: the lexicon's language has no such form).
    let joiner: String?
    /// Keys that make a term a phrase already (`of`, `to`, `and`, …).
    let phraseWords: Set<String>

    /// The inverted key sequence of `tokens` (the term's tokens, determiners dropped), or nil.
    func keySequence(_ tokens: [Token]) -> [String]? {
        guard let joiner, (2...InvertedVariants.longestTerm).contains(tokens.count),
            tokens.allSatisfy({ $0.isWord && !phraseWords.contains($0.key) }),
            let head = tokens.last, head.abbreviationKey == nil,
            head.key.utf8.allSatisfy({ !($0 >= 0x30 && $0 <= 0x39) })
        else { return nil }
        return [head.key, joiner] + tokens.dropLast().map { $0.abbreviationKey ?? $0.key }
    }
}
