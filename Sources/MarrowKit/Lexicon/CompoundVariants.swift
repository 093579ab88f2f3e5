/// The closed-up forms of a term's compounds: writers join two words that stand side by side in
/// three ways (`weight bearing`, `weight-bearing`, `weightbearing`; `pain killer`, `painkiller`),
/// and the tokenizer already reads the first two alike. This makes the third, for every pair of
/// adjacent letter words the term writes with a space or a hyphen between them, so a lexicon
/// author lists one form.
///
/// Abbreviations (matched in capitals) and words with digits are never joined, and neither are
/// words a skipped determiner stood between.
struct CompoundVariants {
    /// Up to this many joins a term gets every combination of them (2⁴ sequences); a longer term
    /// gets each join alone and all of them together.
    static let allCombinationsUpTo = 4

    let normalizer: TokenNormalizer

    /// The term's key sequence, then each closed-up variant, without repeats.
    ///
    /// - Parameters:
    ///   - tokens: the term's tokens, determiners dropped.
    ///   - bytes: the term's bytes, which the tokens' ranges index.
    func keySequences(_ tokens: [Token], in bytes: [UInt8]) -> [[String]] {
        let base = tokens.map { $0.abbreviationKey ?? $0.key }
        let joins = tokens.indices.dropLast().filter { joinable(tokens[$0], tokens[$0 + 1], in: bytes) }
        guard !joins.isEmpty else { return [base] }
        var choices: [Set<Int>] = []
        if joins.count <= CompoundVariants.allCombinationsUpTo {
            for mask in 1..<(1 << joins.count) {
                choices.append(Set(joins.indices.filter { mask & (1 << $0) != 0 }.map { joins[$0] }))
            }
        } else {
            choices = joins.map { [$0] } + [Set(joins)]
        }
        var result = [base]
        var seen: Set<[String]> = [base]
        for joined in choices {
            var keys: [String] = []
            var run: [UInt8] = []
            for (index, token) in tokens.enumerated() {
                if run.isEmpty && !joined.contains(index) {
                    keys.append(base[index])
                    continue
                }
                run += bytes[token.range.lowerBound.value..<token.range.upperBound.value]
                if !joined.contains(index) {
                    keys.append(normalizer.key(Substring(decoding: run, as: UTF8.self).utf8))
                    run = []
                }
            }
            if seen.insert(keys).inserted { result.append(keys) }
        }
        return result
    }

    /// Whether `left` and `right` are letter words with only spaces or one hyphen between them.
    func joinable(_ left: Token, _ right: Token, in bytes: [UInt8]) -> Bool {
        guard left.isWord, right.isWord, left.abbreviationKey == nil, right.abbreviationKey == nil else {
            return false
        }
        let isLetters = { (token: Token) in
            bytes[token.range.lowerBound.value..<token.range.upperBound.value].allSatisfy {
                ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 >= 0x80
            }
        }
        guard isLetters(left), isLetters(right) else { return false }
        let gap = bytes[left.range.upperBound.value..<right.range.lowerBound.value]
        return !gap.isEmpty && gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "-") }
            && gap.count(where: { $0 == UInt8(ascii: "-") }) <= 1
    }
}
