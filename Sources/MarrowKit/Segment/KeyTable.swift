/// Keys as byte strings, numbered in the order they were added, found by their bytes without
/// building a `String`: open addressing over a flat byte buffer.
///
/// Hand-written: Swift's `Dictionary` needs a `Hashable` key value per look-up (a `String` or an
/// array, so an allocation or a copy per token); this table hashes the bytes where they lie.
struct ByteKeyTable: Sendable {
    /// Every key's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Where key `n` starts in ``bytes``; key `n` ends where key `n + 1` starts.
    private var starts: [Int32] = [0]
    /// Each key's hash, compared before its bytes.
    private var hashes: [UInt32] = []
    /// Key numbers by hash, -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    /// How many keys it holds.
    var count: Int { hashes.count }

    /// The hash of a key's bytes (FNV-1a).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The number of `key`, whose hash is `hash`, or -1 when it is not in the table.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return -1 }
            if hashes[Int(entry)] == hash && equals(Int(entry), key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `key`: its number when present, else the next number, under which it is added.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (number: Int32, isNew: Bool) {
        let found = find(key, hash: hash)
        if found >= 0 { return (found, false) }
        if (count + 1) * 2 > slots.count { grow() }
        let number = Int32(count)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        place(number)
        return (number, true)
    }

    /// The bytes of key `number`.
    func key(_ number: Int32) -> ArraySlice<UInt8> {
        bytes[Int(starts[Int(number)])..<Int(starts[Int(number) + 1])]
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry])
        guard Int(starts[entry + 1]) - start == key.count else { return false }
        for offset in 0..<key.count where bytes[start + offset] != key[offset] { return false }
        return true
    }

    private mutating func place(_ number: Int32) {
        let mask = slots.count - 1
        var slot = Int(hashes[Int(number)]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for number in 0..<count { place(Int32(number)) }
    }
}

/// The lexicon's side of tokenizing: every key a token can resolve to without a string of its
/// own, by bytes, with the string and vocabulary id it stands for.
///
/// Holds the vocabulary's keys (each standing for itself) and the spelling variants (each standing
/// for its canonical form, `tumour` → `tumor`), so that one look-up of a folded word's bytes gives
/// its key, spelling resolved, and its id. Built once per compiled lexicon and shared read-only.
public final class TokenKeyTable: Sendable {
    let table: ByteKeyTable
    /// The key each entry stands for (spelling resolved).
    let strings: [String]
    /// The vocabulary id of that key, -1 when no automaton uses it.
    let ids: [Int32]
    /// Whether the entry is a spelling variant (which only a word's key maps through).
    let isVariant: [Bool]
    /// The vocabulary the ids number.
    let vocabulary: KeyVocabulary

    /// A table of `vocabulary`'s keys and `spelling`'s variants.
    init(vocabulary: KeyVocabulary, spelling: [String: String]) {
        var table = ByteKeyTable(capacity: vocabulary.count + spelling.count)
        var strings: [String] = []
        var ids: [Int32] = []
        var isVariant: [Bool] = []
        func add(_ key: String, standsFor resolved: String) {
            var key = key
            let isNew = key.withUTF8 { table.insert($0, hash: ByteKeyTable.hash($0)).isNew }
            guard isNew else { return }
            strings.append(resolved)
            ids.append(vocabulary.id(of: resolved) ?? -1)
            isVariant.append(key != resolved)
        }
        // Variants first: the normaliser maps a variant even when it is also a vocabulary key.
        for (variant, canonical) in spelling.sorted(by: { $0.key < $1.key }) { add(variant, standsFor: canonical) }
        for key in vocabulary.keys { add(key, standsFor: key) }
        self.table = table
        self.strings = strings
        self.ids = ids
        self.isVariant = isVariant
        self.vocabulary = vocabulary
    }
}

/// The keys of one document that the lexicon's table does not hold, each made into a `String`
/// once, however often it occurs.
///
/// A stream of short documents (`explain --jsonl`) keeps one across documents (``trim()``
/// between them): the string of a key is its bytes whatever was read before, so reuse changes no
/// token, only how often the same words are made into strings and the table allocated again.
struct DocumentKeys {
    /// Past this many keys, ``trim()`` starts again from an empty table.
    static let reuseLimit = 4096
    // Small at first (it grows by doubling): a one-sentence document (`explain`) should not pay
    // for a table sized for an article.
    private var table = ByteKeyTable(capacity: 16)
    private var strings: [String] = []

    /// The string of `key`, whose hash is `hash`.
    @inline(__always)
    mutating func string(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> String {
        let (number, isNew) = table.insert(key, hash: hash)
        if isNew { strings.append(String(decoding: key, as: UTF8.self)) }
        return strings[Int(number)]
    }

    /// Between documents of a stream: starts again from an empty table once it holds more than
    /// ``reuseLimit`` keys, so a stream of all-different words does not grow it without end.
    mutating func trim() {
        if strings.count > DocumentKeys.reuseLimit { self = DocumentKeys() }
    }
}
