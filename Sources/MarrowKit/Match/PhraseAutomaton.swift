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

    /// The number of phrases-and-prefix states; for statistics.
    public var stateCount: Int { nodes.count }

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
        var best: Match?
        func visit(_ node: Int, _ index: Int) {
            guard index < limit else { return }
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

/// Recognises abbreviation definitions: `bone marrow edema (BME)`, `ACL (anterior cruciate
/// ligament)`.
public enum AbbreviationDefinition {
    /// Whether the words' initials spell the abbreviation (an abbreviation key, `\u{1}ACL`).
    public static func initialsMatch(_ abbreviation: String, words: [Token]) -> Bool {
        let letters = Array(abbreviation.dropFirst().lowercased())
        let initials = words.filter(\.isWord).compactMap(\.key.first)
        guard letters.count >= 2, initials.count >= letters.count - 1, initials.count <= letters.count + 1 else { return false }
        if initials == letters { return true }
        // Allow one extra or one missing word ("and", "of"), keeping order.
        var li = 0
        for initial in initials where li < letters.count && initial == letters[li] { li += 1 }
        return li == letters.count && initials.count > letters.count
    }
}
