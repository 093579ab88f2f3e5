/// The key sequences ``Morphology`` makes of one term, besides the term's own (and its closed-up
/// and `of` forms):
///
/// - a compound headed by a derivable noun reads as its adjective before the modifiers
///   (`mucosa ischemia` → `ischemic mucosa`; `mucosa degeneration` → `degenerative mucosa`);
/// - a compound opened by a derivable adjective reads as its noun after them, and in the
///   `HEAD of MODIFIER` form (`degenerative mucosa` → `mucosa degeneration`, `degeneration of
///   mucosa`);
/// - a compound's head also joins its modifier with the `[joiner]` words (`mucosa damage` →
///   `damage to mucosa`), and a three- or four-word term's two-word head is turned round too
///   (`upper airway pollen allergy` → `pollen allergy of upper airway`);
/// - each word of a term may stand in an irregular plural (`gouty tophus` → `gouty tophi`);
/// - a modifier may stand in another word of its `[modifier]` line (`altered pollen count` →
///   `changed pollen count`).
///
/// Terms that hold a phrase word, and words that are abbreviations or hold digits, get no
/// derived or turned form; single words get only their plurals (a bare adjective names too much).
struct MorphologyVariants {
    let morphology: Morphology
    /// The `[of-form]` word, if the lexicon has one.
    let ofJoiner: String?
    /// Keys that make a term a phrase already.
    let phraseWords: Set<String>
    let normalizer: TokenNormalizer

    /// What made a form.
    enum Kind: Hashable, Sendable {
        /// A word in an irregular plural.
        case plural
        /// The head's adjective before the modifiers (`ischemic nasal`): what follows such a form
        /// in text is what it modifies, so it must not reach into the topic's name.
        case adjective
        /// The opening adjective's noun after the modifiers or in the `of` form.
        case noun
        /// The head joined to its modifier by a `[joiner]` word, or a two-word head turned round.
        case joined
        /// A modifier word in another word of its `[modifier]` line.
        case modifier
    }

    /// A made key sequence and what made it.
    struct Form: Hashable {
        var keys: [String]
        var kind: Kind
    }

    /// The variants of a term whose tokens (determiners dropped) are `tokens`, without the term's
    /// own key sequence and without repeats, in a fixed order.
    func keySequences(_ tokens: [Token]) -> [[String]] { forms(tokens).map(\.keys) }

    /// ``keySequences(_:)`` with what made each.
    func forms(_ tokens: [Token]) -> [Form] {
        guard morphology.isPresent, !tokens.isEmpty, tokens.allSatisfy(\.isWord) else { return [] }
        let base = tokens.map { $0.abbreviationKey ?? $0.key }
        let plain = tokens.map { $0.abbreviationKey == nil && $0.key.utf8.allSatisfy { !($0 >= 0x30 && $0 <= 0x39) } }
        var result: [Form] = []
        var seen: Set<[String]> = [base]
        var kind = Kind.plural
        func add(_ keys: [String]) { if seen.insert(keys).inserted { result.append(Form(keys: keys, kind: kind)) } }

        // Irregular plurals, one word at a time and all together.
        var allPlural = base
        for index in base.indices where plain[index] {
            guard let plural = morphology.plurals(of: base[index]).first.map(key) else { continue }
            var keys = base
            keys[index] = plural
            allPlural[index] = plural
            add(keys)
        }
        add(allPlural)

        guard (2...InvertedVariants.longestTerm).contains(base.count),
            !base.contains(where: phraseWords.contains)
        else { return result }
        // Each modifier word (not the head) in the other words of its line, one word at a time.
        kind = .modifier
        for index in base.indices.dropLast() where plain[index] {
            for synonym in morphology.modifierSynonyms[base[index]] ?? [] {
                var keys = base
                keys[index] = key(synonym)
                add(keys)
            }
        }
        let joiners = morphology.joiners
        let modifiers = Array(base.dropLast())
        if plain[base.count - 1] {
            kind = .adjective
            for adjective in morphology.adjectives(of: base[base.count - 1]) { add([key(adjective)] + modifiers) }
            kind = .joined
            for joiner in joiners { add([base[base.count - 1], joiner] + modifiers) }
        }
        if plain[0] {
            kind = .noun
            let rest = Array(base.dropFirst())
            for noun in morphology.nouns(of: base[0]).map(key) {
                add(rest + [noun])
                for joiner in [ofJoiner].compactMap({ $0 }) + joiners { add([noun, joiner] + rest) }
            }
        }
        kind = .joined
        if base.count >= 3, plain[base.count - 1] {
            let head = Array(base.suffix(2))
            for joiner in [ofJoiner].compactMap({ $0 }) + joiners { add(head + [joiner] + base.dropLast(2)) }
        }
        return result
    }

    private func key(_ word: String) -> String { normalizer.key(Substring(word).utf8) }
}

/// A form that term expansion made for one concept but another concept already has: it is left
/// out, and `marrow lexicon check` lists it.
public struct ExpansionCollision: Hashable, Sendable {
    /// The concept whose term made the form.
    public var concept: String
    /// That term, as written.
    public var term: String
    /// The form, as space-joined keys.
    public var form: String
    /// The concepts that own the form, or the topic whose name it would reach into.
    public var owners: [String]
    /// Why the form is left out.
    public var reason: Reason
    /// Why a made form is left out.
    public enum Reason: Hashable, Sendable {
        /// Another concept has it.
        case otherConcept
        /// An adjective form ends on the first words of the topic's name (`allergic nasal` before
        /// `nasal allergy`, where the topic is a nasal allergy): it would hide the topic, which the classifier reads with its modifiers.
        case topicStart
    }
    /// Where the term's concept is defined.
    public var file: String
    public var line: Int

    /// `path:line: note: …`, the way diagnostics print.
    public var description: String {
        let owners = owners.map { "'\($0)'" }.joined(separator: ", ")
        let why =
            switch reason {
            case .otherConcept: "is also a form of \(owners)"
            case .topicStart: "ends where a name of \(owners) begins"
            }
        return "\(file):\(line): note: '\(form)', a form of '\(term)' (\(concept)), \(why); left out"
    }
}

/// Every concept's key sequences: its terms' own (with their closed-up and `of` forms), then the
/// forms ``MorphologyVariants`` makes, each only where no other concept already has it.
struct TermExpansion {
    /// Key sequences per concept, in the order of the set's concepts.
    var sequences: [[[String]]]
    /// The made forms left out because another concept has them.
    var collisions: [ExpansionCollision]
    /// Each term's own key sequences, empty ones included, per concept and term
    /// (``LexiconCompiler/keySequences(_:)``), for the lexicon's cross-checks.
    var termSequences: [[[[String]]]]

    init(_ concepts: [Concept], compiler: LexiconCompiler) {
        var owners: [[String]: ConceptOwners] = [:]
        // About two sequences a term (its own and a made form or two): growing the table by
        // rehashing every `[String]` key cost ≈4% of a compile.
        owners.reserveCapacity(2 * concepts.reduce(0) { $0 + $1.terms.count })
        var sequences: [[[String]]] = []
        // Each term tokenized once: its own sequences now, its made forms once every concept's own
        // sequences are known.
        var made: [[(term: String, forms: [MorphologyVariants.Form])]] = []
        var termSequences: [[[[String]]]] = []
        for (index, concept) in concepts.enumerated() {
            var own: [[String]] = []
            var conceptForms: [(term: String, forms: [MorphologyVariants.Form])] = []
            var conceptTerms: [[[String]]] = []
            for term in concept.terms {
                let forms = compiler.forms(term)
                conceptTerms.append(forms.own)
                for keys in forms.own where !keys.isEmpty {
                    own.append(keys)
                    ConceptOwners.add(index, to: &owners, at: keys)
                }
                conceptForms.append((term, forms.made))
            }
            sequences.append(own)
            made.append(conceptForms)
            termSequences.append(conceptTerms)
        }
        // The first words of every topic name, by the topic concept that has them.
        var topicStarts: [[String]: ConceptOwners] = [:]
        for (index, concept) in concepts.enumerated() where concept.roles.contains(.topic) {
            for keys in sequences[index] where keys.count > 1 {
                for length in 1..<keys.count {
                    ConceptOwners.add(index, to: &topicStarts, at: Array(keys.prefix(length)))
                }
            }
        }
        var collisions: [ExpansionCollision] = []
        for (index, concept) in concepts.enumerated() {
            for (term, forms) in made[index] {
                for form in forms {
                    let keys = form.keys
                    func leaveOut(_ others: [Int], _ reason: ExpansionCollision.Reason) {
                        collisions.append(
                            ExpansionCollision(
                                concept: concept.id, term: term, form: keys.joined(separator: " "),
                                owners: others.map { concepts[$0].id }, reason: reason, file: concept.file,
                                line: concept.line))
                    }
                    if form.kind == .adjective,
                        let topics = (1..<keys.count).lazy.compactMap({
                            topicStarts[Array(keys.suffix($0))]?.sorted(except: nil)
                        }).first
                    {
                        leaveOut(topics, .topicStart)
                        continue
                    }
                    switch owners[keys] {
                    case nil:
                        owners[keys] = ConceptOwners(index)
                        sequences[index].append(keys)
                    case let owned? where owned.hasOwner(otherThan: index):
                        leaveOut(owned.sorted(except: index), .otherConcept)
                    default:
                        break // this concept's own already
                    }
                }
            }
        }
        self.sequences = sequences
        self.collisions = collisions
        self.termSequences = termSequences
    }
}

/// The concepts that own one key sequence, by index. Nearly every sequence has one owner, which is
/// kept inline: a `Set<Int>` per sequence was a heap allocation for each of the lexicon's forms.
struct ConceptOwners {
    private let first: Int
    private var more: [Int] = []

    init(_ index: Int) { first = index }

    /// Adds `index` to the owners of `keys` in `table`.
    static func add(_ index: Int, to table: inout [[String]: ConceptOwners], at keys: [String]) {
        if table[keys]?.insert(index) == nil { table[keys] = ConceptOwners(index) }
    }

    /// Adds `index` unless it is an owner already.
    mutating func insert(_ index: Int) {
        if index != first, !more.contains(index) { more.append(index) }
    }

    /// Whether a concept other than `index` owns the sequence.
    func hasOwner(otherThan index: Int) -> Bool {
        first != index || more.contains { $0 != index }
    }

    /// The owners in ascending order, `excluded` left out.
    func sorted(except excluded: Int?) -> [Int] {
        ([first] + more).filter { $0 != excluded }.sorted()
    }
}
