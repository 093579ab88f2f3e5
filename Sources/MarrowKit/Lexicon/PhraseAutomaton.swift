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
        isFrozen = false
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
        longestMatch(
            StringKeys(tokens: tokens), tokens: tokens, from: start, limit: limit, parentheticals: parentheticals)
    }

    /// The longest phrase that starts at token `start` and ends before `limit`, read through the
    /// tokens' key ids (one look-up per token for every automaton of the lexicon, not one per
    /// automaton and step). The automaton must have been frozen with the vocabulary of `ids`.
    public func longestMatch(
        in tokens: [Token], ids: TokenKeyIDs, from start: Int, limit: Int, parentheticals: Bool = true
    ) -> Match? {
        precondition(isFrozen, "an automaton read through key ids must be frozen first")
        return longestMatch(IDKeys(ids: ids), tokens: tokens, from: start, limit: limit, parentheticals: parentheticals)
    }

    /// The walk, over either way of reading a token's keys (specialised for each, so it costs
    /// no dynamic dispatch).
    private func longestMatch<Keys: PhraseKeys>(
        _ keys: Keys, tokens: [Token], from start: Int, limit: Int, parentheticals: Bool
    ) -> Match? {
        // Most starts spell no phrase: answer those before setting up the walk.
        guard start < limit, keys.hasRootChild(self, start) else { return nil }
        var best: Match?
        func visit(_ node: Int, _ index: Int) {
            guard index < limit else { return }
            WorkMeter.count(.match)
            if let next = keys.child(self, node, index, abbreviation: false) {
                step(next, index)
            }
            if let next = keys.child(self, node, index, abbreviation: true) {
                step(next, index)
            }
            guard node != 0 else { return }
            if tokens[index].isWord, keys.isSkippable(self, index) {
                visit(node, index + 1)
            } else if parentheticals, tokens[index].punctuation == UInt8(ascii: "("),
                let close = PhraseAutomaton.definitionEnd(tokens, open: index, limit: limit)
            {
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
        matches(range) { longestMatch(in: tokens, from: $0, limit: range.upperBound, parentheticals: parentheticals) }
    }

    /// Every leftmost-longest, non-overlapping match in `tokens[range]`, read through key ids.
    public func matches(in tokens: [Token], ids: TokenKeyIDs, range: Range<Int>, parentheticals: Bool = true) -> [Match]
    {
        matches(range) {
            longestMatch(in: tokens, ids: ids, from: $0, limit: range.upperBound, parentheticals: parentheticals)
        }
    }

    private func matches(_ range: Range<Int>, longest: (Int) -> Match?) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longest(index) {
                result.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
        return result
    }

    // MARK: Key ids

    /// The automaton's edges over key ids: the root's children in a table indexed by id, every
    /// other node's children as a run of (id, child) pairs sorted by id.
    struct Frozen: Sendable {
        var root: [Int32] = []
        var edgeStart: [Int32] = []
        var edgeKey: [Int32] = []
        var edgeTarget: [Int32] = []
        var skippable: [Bool] = []

        func child(_ node: Int, _ id: Int32) -> Int? {
            guard id >= 0 else { return nil }
            if node == 0 {
                let next = root[Int(id)]
                return next >= 0 ? Int(next) : nil
            }
            var low = Int(edgeStart[node])
            var high = Int(edgeStart[node + 1])
            while low < high {
                let middle = (low + high) / 2
                let key = edgeKey[middle]
                if key == id { return Int(edgeTarget[middle]) }
                if key < id { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    private(set) var frozen = Frozen()
    /// Whether ``freeze(_:)`` has built the id tables.
    public private(set) var isFrozen = false

    /// Every key the automaton's edges and skippable words use.
    public var keys: Set<String> {
        var keys = skippable
        for node in nodes { keys.formUnion(node.children.keys) }
        return keys
    }

    /// Builds the id tables for `vocabulary`, which must hold every key in ``keys``.
    public mutating func freeze(_ vocabulary: KeyVocabulary) {
        var root = Array(repeating: Int32(-1), count: vocabulary.count)
        var edgeStart: [Int32] = [0]
        var edgeKey: [Int32] = []
        var edgeTarget: [Int32] = []
        for (index, node) in nodes.enumerated() {
            let edges = node.children.map { (key: vocabulary.id(of: $0.key)!, target: $0.value) }.sorted {
                $0.key < $1.key
            }
            if index == 0 { for edge in edges { root[Int(edge.key)] = edge.target } }
            edgeKey += edges.map(\.key)
            edgeTarget += edges.map(\.target)
            edgeStart.append(Int32(edgeKey.count))
        }
        var skippableIDs = Array(repeating: false, count: vocabulary.count)
        for key in skippable { skippableIDs[Int(vocabulary.id(of: key)!)] = true }
        frozen = Frozen(
            root: root, edgeStart: edgeStart, edgeKey: edgeKey, edgeTarget: edgeTarget, skippable: skippableIDs)
        isFrozen = true
    }

    /// When `tokens[open]` opens a parenthesis that defines the abbreviation before it (or that
    /// the words inside abbreviate), the index of its closing parenthesis.
    static func definitionEnd(_ tokens: [Token], open: Int, limit: Int) -> Int? {
        guard open > 0 else { return nil }
        var close = open + 1
        while close < limit, close - open <= 10, tokens[close].punctuation != UInt8(ascii: ")") {
            if !tokens[close].isWord { return nil }
            close += 1
        }
        guard close < limit, tokens[close].punctuation == UInt8(ascii: ")"), close > open + 1 else { return nil }
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

/// How the walk reads a token's keys: by string, through each node's dictionary, or by id,
/// through the frozen tables.
private protocol PhraseKeys {
    /// Whether token `index`'s key or abbreviation key starts a phrase of `automaton`.
    func hasRootChild(_ automaton: PhraseAutomaton, _ index: Int) -> Bool
    /// The child of `node` along token `index`'s key (or its abbreviation key).
    func child(_ automaton: PhraseAutomaton, _ node: Int, _ index: Int, abbreviation: Bool) -> Int?
    /// Whether token `index` may be stepped over inside a phrase.
    func isSkippable(_ automaton: PhraseAutomaton, _ index: Int) -> Bool
}

extension PhraseAutomaton {
    private struct StringKeys: PhraseKeys {
        let tokens: [Token]

        func hasRootChild(_ automaton: PhraseAutomaton, _ index: Int) -> Bool {
            let root = automaton.nodes[0].children
            return root[tokens[index].key] != nil || tokens[index].abbreviationKey.map { root[$0] != nil } == true
        }

        func child(_ automaton: PhraseAutomaton, _ node: Int, _ index: Int, abbreviation: Bool) -> Int? {
            guard let key = abbreviation ? tokens[index].abbreviationKey : tokens[index].key else { return nil }
            return automaton.nodes[node].children[key].map(Int.init)
        }

        func isSkippable(_ automaton: PhraseAutomaton, _ index: Int) -> Bool {
            automaton.skippable.contains(tokens[index].key)
        }
    }

    private struct IDKeys: PhraseKeys {
        let ids: TokenKeyIDs

        func hasRootChild(_ automaton: PhraseAutomaton, _ index: Int) -> Bool {
            let key = ids.key(index)
            let abbreviation = ids.abbreviation(index)
            return (key >= 0 && automaton.frozen.root[Int(key)] >= 0)
                || (abbreviation >= 0 && automaton.frozen.root[Int(abbreviation)] >= 0)
        }

        func child(_ automaton: PhraseAutomaton, _ node: Int, _ index: Int, abbreviation: Bool) -> Int? {
            automaton.frozen.child(node, abbreviation ? ids.abbreviation(index) : ids.key(index))
        }

        func isSkippable(_ automaton: PhraseAutomaton, _ index: Int) -> Bool {
            let key = ids.key(index)
            return key >= 0 && automaton.frozen.skippable[Int(key)]
        }
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
        guard letters.count >= 2, !wordKeys.isEmpty, wordKeys.count <= min(letters.count + 5, letters.count * 2) else {
            return false
        }
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
