/// The single-word lists of the cue files as keys, before the vocabulary is numbered.
struct WordLists {
    var relativePronouns: Set<String>
    var negatingPrefixes: Set<String>
    var auxiliaries: Set<String>
    var determiners: Set<String>
    var clauseOpeners: Set<String>
    var subordinators: Set<String>
    /// Topic modifiers, by key, to the concept's index.
    var topicModifiers: [String: Int]
    /// Forms of "be" that make a following cause verb passive ("is caused", "can be triggered").
    var passives: Set<String> = []
    /// The coordinators a run of topic modifiers is read across ("infectious and allergic").
    static let modifierJoiners = ["and", "or"]

    /// Every key the lists name, for the vocabulary.
    var keys: [String] {
        let all =
            Array(relativePronouns) + Array(negatingPrefixes) + Array(auxiliaries) + Array(determiners)
            + Array(clauseOpeners) + Array(subordinators) + Array(passives) + Array(topicModifiers.keys)
            + WordLists.modifierJoiners
        // A phrase never equals one token's key.
        return all.filter { !$0.isEmpty && !$0.contains(" ") }
    }
}

/// The cue files' single-word lists by vocabulary id, resolved when the lexicon is compiled, so that
/// the matcher and the classifier test a token by its ``Token/keyID`` (one bit, or one array
/// read) instead of hashing its key `String` into a `Set`.
public struct WordIDs: Sendable {
    /// ``CompiledLexicon/relativePronouns``.
    public let relativePronouns: KeyIDSet
    /// ``CompiledLexicon/negatingPrefixes``.
    public let negatingPrefixes: KeyIDSet
    /// ``CompiledLexicon/auxiliaries``.
    public let auxiliaries: KeyIDSet
    /// ``CompiledLexicon/determiners``.
    public let determiners: KeyIDSet
    /// ``CompiledLexicon/clauseOpeners``.
    public let clauseOpeners: KeyIDSet
    /// ``CompiledLexicon/subordinators``.
    public let subordinators: KeyIDSet
    /// Forms of "be" before a verb that make it passive (`segmentation.cues [passive]`).
    public let passives: KeyIDSet
    /// `and` and `or`, across which a run of topic modifiers is read.
    public let modifierJoiners: KeyIDSet
    /// ``CompiledLexicon/topicModifiers`` by key id: the concept's index, -1 for none.
    private let topicModifiers: [Int32]
    /// Whether any key is a topic modifier.
    public let hasTopicModifiers: Bool

    init(_ lists: WordLists, vocabulary: KeyVocabulary) {
        relativePronouns = KeyIDSet(lists.relativePronouns, vocabulary: vocabulary)
        negatingPrefixes = KeyIDSet(lists.negatingPrefixes, vocabulary: vocabulary)
        auxiliaries = KeyIDSet(lists.auxiliaries, vocabulary: vocabulary)
        determiners = KeyIDSet(lists.determiners, vocabulary: vocabulary)
        clauseOpeners = KeyIDSet(lists.clauseOpeners, vocabulary: vocabulary)
        subordinators = KeyIDSet(lists.subordinators, vocabulary: vocabulary)
        passives = KeyIDSet(lists.passives, vocabulary: vocabulary)
        modifierJoiners = KeyIDSet(WordLists.modifierJoiners, vocabulary: vocabulary)
        var modifiers = Array(repeating: Int32(-1), count: vocabulary.count)
        for (key, concept) in lists.topicModifiers {
            if let id = vocabulary.id(of: key) { modifiers[Int(id)] = Int32(concept) }
        }
        topicModifiers = modifiers
        hasTopicModifiers = !lists.topicModifiers.isEmpty
    }

    /// The concept the topic modifier with key id `id` names, or nil.
    @inline(__always)
    public func topicModifier(_ id: Int32) -> Int? {
        guard id >= 0, Int(id) < topicModifiers.count else { return nil }
        let concept = topicModifiers[Int(id)]
        return concept >= 0 ? Int(concept) : nil
    }
}
