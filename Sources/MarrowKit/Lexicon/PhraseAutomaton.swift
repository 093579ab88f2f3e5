/// A trie over normalised token keys, compiled once per run, that finds the longest phrase
/// starting at a token.
///
/// Inside a phrase (never at its start) it steps over determiners (`the`, `any`) and over a
/// parenthesised abbreviation definition (`ACL (anterior cruciate ligament) tears`), so lexicon
/// terms need not list those variants.
public struct PhraseAutomaton: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var payloads: [Int] = []
    }

    private var nodes: [Node] = [Node()]
    /// Keys that may be skipped inside a phrase.
    public var skippable: Set<String> = []

    /// An empty automaton.
    public init(skippable: Set<String> = []) { self.skippable = skippable }

    /// Adds a phrase of keys with a payload (several phrases may share one).
    public mutating func insert(_ keys: [String], payload: Int) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[key] = Int32(next)
                node = next
            }
        }
        if !nodes[node].payloads.contains(payload) { nodes[node].payloads.append(payload) }
    }

    /// A match: tokens `start..<end` and the payloads of the phrase they spell.
    public struct Match: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var payloads: [Int]
    }

    /// The longest phrase that starts at token `start` and ends before `limit`.
    public func longestMatch(in tokens: [Token], from start: Int, limit: Int, parentheticals: Bool = true) -> Match? {
        // Most starts spell no phrase: answer those before setting up the walk.
        guard start < limit else { return nil }
        let root = nodes[0].children
        guard root[tokens[start].key] != nil || tokens[start].abbreviationKey.map({ root[$0] != nil }) == true else { return nil }
        var best: Match?
        func visit(_ node: Int, _ index: Int) {
            guard index < limit else { return }
            WorkMeter.count(.match)
            let token = tokens[index]
            if let next = nodes[node].children[token.key] {
                step(Int(next), index)
            }
            if let abbreviation = token.abbreviationKey, let next = nodes[node].children[abbreviation] {
                step(Int(next), index)
            }
            guard node != 0 else { return }
            if token.isWord, skippable.contains(token.key) {
                visit(node, index + 1)
            } else if parentheticals, token.key == "(", let close = PhraseAutomaton.definitionEnd(tokens, open: index, limit: limit) {
                visit(node, close + 1)
            }
        }
        func step(_ node: Int, _ index: Int) {
            if !nodes[node].payloads.isEmpty, index + 1 > (best?.end ?? start) {
                best = Match(start: start, end: index + 1, payloads: nodes[node].payloads)
            }
            visit(node, index + 1)
        }
        visit(0, start)
        return best
    }

    /// Every leftmost-longest, non-overlapping match in `tokens[range]`.
    public func matches(in tokens: [Token], range: Range<Int>, parentheticals: Bool = true) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: tokens, from: index, limit: range.upperBound, parentheticals: parentheticals) {
                result.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// When `tokens[open]` opens a parenthesis that defines the abbreviation before it (or that
    /// the words inside abbreviate), the index of its closing parenthesis.
    static func definitionEnd(_ tokens: [Token], open: Int, limit: Int) -> Int? {
        guard open > 0 else { return nil }
        var close = open + 1
        while close < limit, close - open <= 10, tokens[close].key != ")" {
            if !tokens[close].isWord { return nil }
            close += 1
        }
        guard close < limit, tokens[close].key == ")", close > open + 1 else { return nil }
        let inside = tokens[(open + 1)..<close]
        let before = tokens[open - 1]
        if let abbreviation = before.abbreviationKey {
            return AbbreviationDefinition.initialsMatch(abbreviation, words: Array(inside)) ? close : nil
        }
        if inside.count == 1, let abbreviation = inside.first?.abbreviationKey {
            let letters = abbreviation.dropFirst().count
            let words = tokens[max(0, open - letters)..<open].filter(\.isWord)
            return AbbreviationDefinition.initialsMatch(abbreviation, words: words) ? close : nil
        }
        return nil
    }
}

/// Recognises abbreviation definitions: `complex regional pain syndrome (CRPS)`, `ACL (anterior cruciate
/// ligament)`, `decompression sickness (DCS)`.
public enum AbbreviationDefinition {
    /// Whether the words can spell the abbreviation (an abbreviation key, `\u{1}ACL`), by the
    /// Schwartz–Hearst rule: every letter of the abbreviation occurs in the long form, in order,
    /// the first one at the start of a word, and the long form has no more words than
    /// `min(letters + 5, letters * 2)`.
    public static func initialsMatch(_ abbreviation: String, words: [Token]) -> Bool {
        let letters = Array(abbreviation.dropFirst().lowercased().unicodeScalars).filter { $0.properties.isAlphabetic }
        let wordKeys = words.filter(\.isWord).map { Array($0.key.unicodeScalars) }
        guard letters.count >= 2, !wordKeys.isEmpty, wordKeys.count <= min(letters.count + 5, letters.count * 2) else { return false }
        guard wordKeys.first?.first == letters.first else { return false }
        // Walk the abbreviation backwards through the long form.
        var wordIndex = wordKeys.count - 1
        var charIndex = wordKeys[wordIndex].count - 1
        var firstLetterWord = -1
        for (position, letter) in letters.enumerated().reversed() {
            var found = false
            while wordIndex >= 0 {
                while charIndex >= 0 {
                    let atWordStart = charIndex == 0
                    if wordKeys[wordIndex][charIndex] == letter && (position > 0 || atWordStart) {
                        found = true
                        break
                    }
                    charIndex -= 1
                }
                if found { break }
                wordIndex -= 1
                if wordIndex >= 0 { charIndex = wordKeys[wordIndex].count - 1 }
            }
            guard found else { return false }
            if position == 0 { firstLetterWord = wordIndex }
            charIndex -= 1
            if charIndex < 0 {
                wordIndex -= 1
                if wordIndex >= 0 { charIndex = wordKeys[wordIndex].count - 1 }
            }
        }
        // The long form starts where the first letter was found.
        return firstLetterWord == 0
    }
}
