/// Every key of a lexicon's automata, numbered, so that a text's tokens are looked up once and
/// every automaton then walks on integers.
public struct KeyVocabulary: Sendable {
    private var numbers: [String: Int32] = [:]
    /// Every key, by id.
    public private(set) var keys: [String] = []

    /// A vocabulary of `keys` (numbered in sorted order, so the numbering is deterministic).
    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        self.keys = Set(keys).sorted()
        for key in self.keys { numbers[key] = Int32(numbers.count) }
    }

    /// How many keys it holds.
    public var count: Int { numbers.count }

    /// The id of `key`, or nil when no automaton uses it.
    public func id(of key: String) -> Int32? { numbers[key] }

    /// The key ids of `tokens[range]`.
    public func ids(_ tokens: [Token], range: Range<Int>) -> TokenKeyIDs {
        var keys: [Int32] = []
        var abbreviations: [Int32] = []
        keys.reserveCapacity(range.count)
        abbreviations.reserveCapacity(range.count)
        for token in tokens[range] {
            keys.append(numbers[token.key] ?? -1)
            abbreviations.append(token.abbreviationKey.flatMap { numbers[$0] } ?? -1)
        }
        return TokenKeyIDs(base: range.lowerBound, keys: keys, abbreviations: abbreviations)
    }
}

/// The key ids of a run of tokens (-1 for a key no automaton uses), by token index.
public struct TokenKeyIDs: Sendable {
    let base: Int
    let keys: [Int32]
    let abbreviations: [Int32]

    /// The ids the tokens carry (``Token/keyID``, ``Token/abbreviationID``).
    init(_ tokens: [Token]) {
        base = 0
        keys = tokens.map(\.keyID)
        abbreviations = tokens.map(\.abbreviationID)
    }

    init(base: Int, keys: [Int32], abbreviations: [Int32]) {
        self.base = base
        self.keys = keys
        self.abbreviations = abbreviations
    }

    /// The id of token `index`'s key.
    func key(_ index: Int) -> Int32 { keys[index - base] }
    /// The id of token `index`'s abbreviation key (-1 when it has none).
    func abbreviation(_ index: Int) -> Int32 { abbreviations[index - base] }
}

/// A set of single-token keys by their ``KeyVocabulary`` ids, resolved once when a lexicon is
/// compiled: membership of a token is one bit test on its ``Token/keyID``, no `String` hash.
///
/// Every key of the set must be in the vocabulary it was made with (a key outside it could never
/// be found: its tokens carry id -1), so the lexicon adds its word lists' keys to the vocabulary.
public struct KeyIDSet: Sendable {
    private var bits: [UInt64]

    /// The empty set.
    public init() { bits = [] }

    /// The set of `keys`, numbered by `vocabulary`; keys with a space (phrases) never equal one
    /// token's key and are left out, as are keys the vocabulary lacks.
    public init<Keys: Sequence>(_ keys: Keys, vocabulary: KeyVocabulary) where Keys.Element == String {
        bits = Array(repeating: 0, count: (vocabulary.count + 63) / 64)
        for key in keys {
            guard let id = vocabulary.id(of: key) else { continue }
            bits[Int(id) >> 6] |= 1 << UInt64(id & 63)
        }
    }

    /// Whether the key with vocabulary id `id` is in the set (-1, no id: never).
    @inline(__always)
    public func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & 1 << UInt64(id & 63) != 0
    }
}
