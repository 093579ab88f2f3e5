/// The lexicons compiled for a run: automata over normalised tokens for concepts and cues,
/// and the cleaning and segmentation cues. Built once, shared read-only by every worker.
///
/// A final class of constants (so `Sendable` without locks): every stage and every document's
/// context holds the one instance, and passing it on costs one reference count, not a copy of
/// every table's.
public final class CompiledLexicon: Sendable {
    /// The source set.
    public let lexiconSet: LexiconSet
    /// Concepts, indexed by the payloads of ``concepts``.
    public let conceptTable: [Concept]
    /// Concept terms.
    public let concepts: PhraseAutomaton
    /// Cue phrases, one automaton per cue file (roles, sections), so that a long phrase of one file
    /// never hides a phrase of another.
    public let cues: [PhraseAutomaton]
    /// Cue kinds, indexed by the payloads of ``cues`` (a kind's raw value).
    public let cueTable: [CueKind]
    /// How far the role rules reach, from the cue files' `[window]` sections.
    public let windows: RuleWindows
    /// The most tokens a cue phrase has (bounds the rules' searches back from a mention).
    public let longestCue: Int
    /// The topic's shorthand names, as space-joined keys (`rhinitis`).
    public let topicShorthand: Set<String>
    /// Adjectives that name a cause when they modify the topic, by key, to the concept's index.
    public let topicModifiers: [String: Int]
    /// The assertion triggers (`assertion.cues`), compiled on their own: the assertion stage
    /// reads them, the role rules never do.
    public let assertion: AssertionLexicon
    /// The token normaliser both automata were built with.
    public let normalizer: TokenNormalizer
    /// Boilerplate, metadata and HTML chrome cues, for the cleaners.
    public let cleaning: CleaningCues
    /// Words that open a new clause after a comma (`which`, `this`).
    public let clauseOpeners: Set<String>
    /// Subordinators: a sentence that opens on one ends that clause at its first comma (`although`).
    public let subordinators: Set<String>
    /// Relative pronouns: a clause they open after a comma is embedded and ends at the next comma.
    public let relativePronouns: Set<String>
    /// Prefixes that, hyphenated to a term, turn it into another word (`non-smokers`).
    public let negatingPrefixes: Set<String>
    /// Auxiliary verbs that end an elliptical clause ("but psoriatic arthritis does").
    public let auxiliaries: Set<String>
    /// Determiner keys, skipped inside phrases.
    public let determiners: Set<String>
    /// Link phrases (as space-joined keys) that, standing alone between the topic and a mention,
    /// make the mention a cause ("hay fever from pollen") or a treatment ("antihistamines for hay fever").
    public let causeLinks: Set<String>
    public let treatmentLinks: Set<String>
    /// Folded abbreviations that do not end a sentence (`e.g.`, `dr.`).
    public let sentenceAbbreviations: Set<String>
    /// Forms the morphology rules made for one concept that another concept has: left out.
    public let expansionCollisions: [ExpansionCollision]
    /// Every folded term, per concept, for `audit TERM` look-ups.
    public let conceptsByFoldedTerm: [String: [Int]]

    /// Every key of the automata, numbered: a text's tokens are looked up in it once and every
    /// automaton then walks on integers.
    public let vocabulary: KeyVocabulary
    /// The vocabulary's keys and the spelling variants by their bytes, for the tokenizer.
    public let keyTable: TokenKeyTable
    /// The single-word lists by vocabulary id, for the per-token tests of matching and classifying.
    public let wordIDs: WordIDs

    /// The lexicon version.
    public var version: String { lexiconSet.version }

    /// Loads, checks and compiles a lexicon folder: ``LexiconSet/load(folder:)`` and
    /// ``init(_:)`` in one, with the terms tokenized and expanded once for both.
    ///
    /// - Parameter folder: the `Lexicons/` folder.
    /// - Returns: the compiled lexicon, and every problem ``LexiconSet/load(folder:)`` finds, in
    ///   its order. The lexicon is compiled from what did parse even when there are problems.
    public static func load(folder: String) -> (lexicon: CompiledLexicon, problems: [MarrowError]) {
        let (set, problems) = LexiconSet.read(folder: folder)
        let compiler = LexiconCompiler(set: set)
        let expansion = TermExpansion(set.concepts, compiler: compiler)
        // A folder that is not there is one problem, not one for every file it lacks.
        let missing = problems.contains { $0.code == .notFound && $0.location?.path == folder }
        return (
            CompiledLexicon(set, compiler: compiler, expansion: expansion),
            missing ? problems : problems + set.problems(compiler: compiler, termSequences: expansion.termSequences)
        )
    }

    /// Compiles `set`.
    public convenience init(_ set: LexiconSet) {
        let compiler = LexiconCompiler(set: set)
        self.init(set, compiler: compiler, expansion: TermExpansion(set.concepts, compiler: compiler))
    }

    /// Compiles `set` with `compiler` and `expansion`, both made from `set`.
    init(_ set: LexiconSet, compiler: LexiconCompiler, expansion: TermExpansion) {
        self.lexiconSet = set
        self.normalizer = compiler.normalizer
        self.conceptTable = set.concepts
        var byTerm: [String: [Int]] = [:]
        var concepts = PhraseAutomaton(skippable: compiler.determiners)
        for (position, concept) in set.concepts.enumerated() {
            for term in concept.terms + [concept.name] {
                byTerm[CueText.fold(term), default: []].append(position)
            }
            byTerm[concept.id, default: []].append(position)
            for keys in expansion.sequences[position] { concepts.insert(keys, payload: position) }
        }
        self.expansionCollisions = expansion.collisions
        self.conceptsByFoldedTerm = byTerm.mapValues { Array(Set($0)).sorted() }

        // Each cue section is a ``CueKind``, resolved here once: a phrase's payload is its kind's
        // raw value, so the rules test bits and never compare section names.
        var cues: [PhraseAutomaton] = []
        var longest = 1
        for file in ["roles", "sections"] {
            var automaton = PhraseAutomaton(skippable: [])
            for kind in CueKind.allCases.filter({ $0.file == file }).sorted(by: { $0.section < $1.section }) {
                for phrase in set.cues.files[file]?[kind.section] ?? [] {
                    let keys = compiler.cueKeys(phrase.text)
                    longest = max(longest, keys.count)
                    automaton.insert(keys, payload: kind.rawValue)
                }
            }
            if file == "roles" {
                for concept in set.concepts where concept.roles.contains(.topic) {
                    for term in concept.shorthand {
                        let keys = compiler.cueKeys(term)
                        longest = max(longest, keys.count)
                        automaton.insert(keys, payload: CueKind.shorthand.rawValue)
                    }
                }
            }
            cues.append(automaton)
        }
        self.longestCue = longest
        var modifiers: [String: Int] = [:]
        for (index, concept) in set.concepts.enumerated() {
            for word in concept.modifiers {
                let key = compiler.cueKeys(word).joined(separator: " ")
                if modifiers[key] == nil { modifiers[key] = index }
            }
        }
        self.topicModifiers = modifiers
        self.topicShorthand = Set(
            set.concepts.filter { $0.roles.contains(.topic) }.flatMap(\.shorthand).map {
                compiler.cueKeys($0).joined(separator: " ")
            })
        self.cueTable = CueKind.allCases
        self.windows = RuleWindows.read(set.cues, requireAll: false).windows
        var assertion = AssertionLexicon(cues: set.cues, compiler: compiler)
        let lists = set.cues
        func keySet(_ file: String, _ section: String) -> Set<String> {
            Set(lists.phrases(file, section).map { compiler.cueKeys($0).joined(separator: " ") })
        }
        let words = WordLists(
            relativePronouns: keySet("segmentation", "relative"), negatingPrefixes: keySet("segmentation", "prefix"),
            auxiliaries: keySet("segmentation", "auxiliary"), determiners: compiler.determiners,
            clauseOpeners: Set(
                lists.phrases("segmentation", "clause").map {
                    compiler.normalizer.key(Substring(CueText.fold($0)).utf8)
                }),
            subordinators: Set(
                lists.phrases("segmentation", "subordinator").map {
                    compiler.normalizer.key(Substring(CueText.fold($0)).utf8)
                }), topicModifiers: modifiers,
            passives: Set(
                lists.phrases("segmentation", "passive").map {
                    compiler.normalizer.key(Substring(CueText.fold($0)).utf8)
                }))
        // The word lists' keys join the automata's, so that a token's id answers every list.
        let vocabulary = KeyVocabulary(
            ([concepts, assertion.automaton] + cues).flatMap(\.keys) + words.keys + assertion.wordKeys)
        concepts.freeze(vocabulary)
        for index in cues.indices { cues[index].freeze(vocabulary) }
        assertion.freeze(vocabulary)
        self.vocabulary = vocabulary
        // Every variant the normaliser folds, the pattern-made ones (`SpellingTable.expand`) too,
        // not only the pairs `spelling.txt` lists: otherwise the byte path keeps `ischaemic` as it
        // is where the string path reads `ischemic`.
        self.keyTable = TokenKeyTable(vocabulary: vocabulary, spelling: normalizer.spelling)
        self.wordIDs = WordIDs(words, vocabulary: vocabulary)
        self.concepts = concepts
        self.cues = cues
        self.assertion = assertion

        var cleaning = CleaningCues()
        cleaning.lines = Set(lists.phrases("boilerplate", "line").map { CueText.fold($0) })
        cleaning.prefixes = lists.phrases("boilerplate", "prefix").map { CueText.fold($0) }
        cleaning.fragments = lists.phrases("boilerplate", "contains").map { CueText.fold($0) }
        cleaning.endMarkers = Set(lists.phrases("boilerplate", "end").map { CueText.fold($0) })
        cleaning.continuationWords = Set(lists.phrases("boilerplate", "continuation").map { CueText.fold($0) })
        cleaning.chromeTokens = Set(lists.phrases("boilerplate", "html.chrome").map { CueText.fold($0) })
        cleaning.commentTokens = Set(lists.phrases("boilerplate", "html.comments").map { CueText.fold($0) })
        cleaning.bylineWords = Set(lists.phrases("boilerplate", "byline").map { CueText.fold($0) })
        cleaning.contentTokens = Set(lists.phrases("boilerplate", "html.content").map { CueText.fold($0) })
        cleaning.bylineTokens = Set(lists.phrases("boilerplate", "html.byline").map { CueText.fold($0) })
        for month in 1...12 {
            for name in lists.phrases("boilerplate", "date.month.\(month)") {
                cleaning.monthNames[CueText.fold(name)] = month
            }
        }
        // Assigned once: each assignment compiles the cues' trie again.
        var labels: [CleaningCues.MetadataLabel] = []
        for field in MetadataField.allCases {
            for label in lists.phrases("boilerplate", "meta." + field.rawValue) {
                labels.append(.init(field: field, label: CueText.fold(label)))
            }
        }
        labels.sort { $0.label.count > $1.label.count }
        cleaning.metadataLabels = labels
        self.cleaning = cleaning
        self.sentenceAbbreviations = Set(lists.phrases("segmentation", "abbreviation").map { CueText.fold($0) })
        self.relativePronouns = words.relativePronouns
        self.negatingPrefixes = words.negatingPrefixes
        self.auxiliaries = words.auxiliaries
        self.determiners = words.determiners
        self.causeLinks = keySet("roles", "link.cause")
        self.treatmentLinks = keySet("roles", "link.treatment")
        self.clauseOpeners = words.clauseOpeners
        self.subordinators = words.subordinators
    }

    /// Every cue phrase in `tokens[range]`: the longest phrase at each start that is not inside an
    /// earlier one, per cue file, in token order.
    public func cueMatches(in tokens: [Token], range: Range<Int>) -> [PhraseAutomaton.Match] {
        cueMatches(in: tokens, ids: vocabulary.ids(tokens, range: range), range: range)
    }

    /// ``cueMatches(in:range:)`` with the tokens' key ids already looked up.
    public func cueMatches(in tokens: [Token], ids: TokenKeyIDs, range: Range<Int>) -> [PhraseAutomaton.Match] {
        var result: [PhraseAutomaton.Match] = []
        // By index: `for automaton in cues` copies each automaton (retaining all its tables).
        for index in cues.indices {
            // Keep every maximal phrase: overlapping phrases both count, one inside another does not.
            var reach = range.lowerBound
            for start in range {
                guard
                    let candidate = cues[index].longestMatch(
                        in: tokens, ids: ids, from: start, limit: range.upperBound, parentheticals: false),
                    candidate.end > reach
                else { continue }
                result.append(candidate)
                reach = candidate.end
            }
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The concepts a user's term names: by id, name or any term, case-insensitively.
    public func lookUp(_ term: String) -> [Concept] {
        let folded = CueText.fold(term)
        if let hits = conceptsByFoldedTerm[folded] { return hits.map { conceptTable[$0] } }
        let tokens = Tokenizer(normalizer: normalizer).tokenize(
            Array(term.utf8), in: CleanByteOffset(0)..<CleanByteOffset(term.utf8.count))
        if let match = concepts.longestMatch(in: tokens, from: 0, limit: tokens.count), match.end == tokens.count {
            return match.payloads.map { conceptTable[$0] }
        }
        return []
    }

}

/// Turns lexicon terms and cue phrases into key sequences with the same tokenizer the text uses.
struct LexiconCompiler {
    let normalizer: TokenNormalizer
    let determiners: Set<String>

    /// The `HEAD of MODIFIER` form of compound terms (``InvertedVariants``), from
    /// `segmentation.cues` `[of-form]` and `[phrase-word]`.
    let inversion: InvertedVariants

    /// The derived, plural and turned forms of terms (``MorphologyVariants``), from `morphology.cues`.
    let morphology: MorphologyVariants

    /// The cue files whose words the spelling patterns reach, besides the concept terms.
    static let spelledCueFiles = ["roles", "sections", AssertionLexicon.file]

    init(set: LexiconSet) {
        determiners = Set(set.cues.phrases("segmentation", "determiner").map { CueText.fold($0) })
        let inversion = InvertedVariants(
            joiner: set.cues.phrases("segmentation", "of-form").first.map { CueText.fold($0) },
            phraseWords: Set(set.cues.phrases("segmentation", "phrase-word").map { CueText.fold($0) }))
        self.inversion = inversion
        let listed = TokenNormalizer(spelling: set.spelling)
        let rules = Morphology.read(set.cues).morphology
        func variants(_ normalizer: TokenNormalizer) -> MorphologyVariants {
            MorphologyVariants(
                morphology: rules, ofJoiner: inversion.joiner, phraseWords: inversion.phraseWords,
                normalizer: normalizer)
        }
        guard !set.spellingRules.isEmpty else {
            normalizer = listed
            morphology = variants(listed)
            return
        }
        // The patterns of `spelling.txt` reach the words the lexicons use, read with the listed
        // pairs already applied (so a canonical word is the base of its variants).
        let tokenizer = Tokenizer(normalizer: listed)
        var words: Set<String> = []
        var phrases: [String] = []
        for concept in set.concepts { phrases += concept.terms + concept.modifiers + concept.shorthand }
        for file in LexiconCompiler.spelledCueFiles {
            for section in (set.cues.files[file] ?? [:]).values { phrases += section.map(\.text) }
        }
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            for token in tokenizer.tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count))
            where token.isWord && token.abbreviationKey == nil && words.insert(token.key).inserted {
                // The forms the morphology rules make get their spelling variants too (`ischaemic`).
                for form in rules.forms(of: token.key) { words.insert(listed.key(Substring(form).utf8)) }
            }
        }
        let table = SpellingTable.expand(set.spelling, rules: set.spellingRules, words: words) {
            listed.key(Substring($0).utf8) == $0
        }
        normalizer = TokenNormalizer(spelling: table)
        morphology = variants(normalizer)
    }

    /// The key sequences a concept term compiles to: its words with abbreviations kept in
    /// capitals and determiners dropped, and the same with words that stand side by side
    /// (a space or a hyphen between them) closed up, since writers join them freely
    /// (`weight bearing`, `weight-bearing`, `weightbearing`; ``CompoundVariants``), and a
    /// compound's `HEAD of MODIFIER` form (`tear of the ACL`; ``InvertedVariants``).
    func keySequences(_ term: String) -> [[String]] { forms(term, making: false).own }

    /// The term's own key sequences (``keySequences(_:)``) and the forms ``MorphologyVariants``
    /// makes of it besides those (none when `making` is false), from one tokenization.
    func forms(_ term: String, making: Bool = true) -> (own: [[String]], made: [MorphologyVariants.Form]) {
        let bytes = Array(term.utf8)
        let tokens = Tokenizer(normalizer: normalizer).tokenize(
            bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count)
        )
        let kept = tokens.filter { !($0.isWord && determiners.contains($0.key)) }
        var sequences = CompoundVariants(normalizer: normalizer).keySequences(kept, in: bytes)
        // A determiner inside the term makes it a phrase already ("treat the cause"): no inversion
        // and no made form.
        let whole = kept.count == tokens.count
        if whole, let inverted = inversion.keySequence(kept), !sequences.contains(inverted) {
            sequences.append(inverted)
        }
        guard making, whole, morphology.morphology.isPresent else { return (sequences, []) }
        let own = Set(sequences)
        return (sequences, morphology.forms(kept).filter { !own.contains($0.keys) })
    }

    /// The key sequence of a cue phrase: case-insensitive, determiners kept.
    func cueKeys(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        return Tokenizer(normalizer: normalizer).tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count))
            .map(\.key)
    }
}

extension Tokenizer {
    /// Creates a tokenizer for `lexicon`: keys are resolved from the bytes through the lexicon's
    /// key table and tokens carry their ids in its vocabulary.
    public init(lexicon: CompiledLexicon) {
        self.init(normalizer: lexicon.normalizer, keyTable: lexicon.keyTable)
    }
}
