/// The word-formation rules of `morphology.cues`, which give a lexicon term the surface forms
/// writers use for it without a lexicon author listing them: derivation pairs (`*ic *ia`: a term
/// headed by `ischemia` also reads `ischemic …`), irregular plurals (`*us *i`, `foot feet`) of
/// every word of a term, and more words that join a compound's head to its modifier (`damage to
/// the mucosa`). A lexicon without the file gets none of them.
struct Morphology: Sendable {
    /// The file's base name.
    static let file = "morphology"
    /// Its sections.
    static let sections: Set<String> = ["derive", "plural", "joiner", "modifier"]

    /// Whether the lexicon has the file (without it, terms get none of these forms).
    var isPresent = false
    /// Derivation pairs: `variant` is the adjective's suffix, `canonical` the noun's (`ic`, `ia`).
    var derivations: [SpellingRule] = []
    /// Plural forms: `variant` is the plural, `canonical` the singular, as suffixes (`i`, `us`) or
    /// whole words (`feet`, `foot`; place ``SpellingRule/Place/infix`` is never used).
    var plurals: [SpellingRule] = []
    /// Whole-word plurals, singular to plural.
    var wordPlurals: [String: String] = [:]
    /// Words besides `[of-form]` that join a head to its modifier (`in`, `to`).
    var joiners: [String] = []
    /// Modifier words that stand for one another inside a term (`altered`, `changed`, `abnormal`),
    /// each to the others of its `[modifier]` line.
    var modifierSynonyms: [String: [String]] = [:]

    /// The fewest letters a word keeps besides the suffix a rule replaces.
    static let shortestStem = 3

    /// Reads the rules from `cues`, with a problem for every malformed line.
    static func read(_ cues: CueLists) -> (morphology: Morphology, problems: [MarrowError]) {
        var morphology = Morphology()
        var problems: [MarrowError] = []
        let path = (cues.folder.map { $0 + "/" } ?? "") + file + ".cues"
        let sections = cues.files[file] ?? [:]
        morphology.isPresent = cues.files[file] != nil
        func pairs(_ section: String, allowWords: Bool, _ add: (SpellingRule?, [String]) -> Void) {
            for phrase in sections[section] ?? [] {
                let words = phrase.text.split(separator: " ").map { CueText.fold($0) }
                guard words.count == 2 else {
                    problems.append(
                        MarrowError(
                            .lexicon, "expected two words in [\(section)], found \(words.count)",
                            at: SourceLocation(path: path, line: phrase.line)))
                    continue
                }
                do {
                    let rule = try SpellingRule.parse(variant: words[0], canonical: words[1], line: phrase.line)
                    guard rule?.place == .suffix || (rule == nil && allowWords) else {
                        problems.append(
                            MarrowError(
                                .lexicon,
                                "[\(section)] takes suffix pairs ('*ic *ia')\(allowWords ? " or two words" : "")",
                                at: SourceLocation(path: path, line: phrase.line)))
                        continue
                    }
                    add(rule, words)
                } catch {
                    problems.append(
                        MarrowError(.lexicon, error.message, at: SourceLocation(path: path, line: phrase.line)))
                }
            }
        }
        pairs("derive", allowWords: false) { rule, _ in rule.map { morphology.derivations.append($0) } }
        // Written `singular plural`, like the derivation pairs' `adjective noun`: stored plural-first.
        pairs("plural", allowWords: true) { rule, words in
            if let rule {
                morphology.plurals.append(
                    SpellingRule(variant: rule.canonical, canonical: rule.variant, place: .suffix, line: rule.line))
            } else {
                morphology.wordPlurals[words[0]] = words[1]
            }
        }
        morphology.joiners = (sections["joiner"] ?? []).map { CueText.fold($0.text) }
        for phrase in sections["modifier"] ?? [] {
            let words = phrase.text.split(separator: " ").map { CueText.fold($0) }
            guard words.count >= 2 else {
                problems.append(
                    MarrowError(
                        .lexicon, "a [modifier] line lists two or more words that stand for one another",
                        at: SourceLocation(path: path, line: phrase.line)))
                continue
            }
            for word in words { morphology.modifierSynonyms[word, default: []] += words.filter { $0 != word } }
        }
        return (morphology, problems)
    }

    /// The adjectives `word` (a noun) derives (`ischemia` → `ischemic`).
    func adjectives(of word: String) -> [String] {
        derivations.flatMap { stemmed($0.variants(of: word), from: word, replacing: $0.canonical) }
    }

    /// The nouns `word` (an adjective) derives from (`degenerative` → `degeneration`).
    func nouns(of word: String) -> [String] {
        derivations.flatMap { rule in
            let reverse = SpellingRule(
                variant: rule.canonical, canonical: rule.variant, place: .suffix, line: rule.line)
            return stemmed(reverse.variants(of: word), from: word, replacing: rule.variant)
        }
    }

    /// The plurals of `word` that a plural fold does not make (`metastasis` → `metastases`).
    func plurals(of word: String) -> [String] {
        if let plural = wordPlurals[word] { return [plural] }
        return plurals.flatMap { stemmed($0.variants(of: word), from: word, replacing: $0.canonical) }
    }

    /// Every form the rules make of `word`, for the spelling patterns to reach as well.
    func forms(of word: String) -> [String] {
        adjectives(of: word) + nouns(of: word) + plurals(of: word) + (modifierSynonyms[word] ?? [])
    }

    /// `forms` (made lazily: most words end in no rule's part, and making them costs the
    /// allocations) when `word` ends in `part` and keeps enough letters besides it.
    private func stemmed(_ forms: @autoclosure () -> [String], from word: String, replacing part: String) -> [String] {
        guard word.utf8.count - part.utf8.count >= Morphology.shortestStem, word.utf8.elementsEqualSuffix(part.utf8)
        else { return [] }
        return forms()
    }
}

extension String.UTF8View {
    /// Whether the view ends with `suffix`'s bytes.
    fileprivate func elementsEqualSuffix(_ suffix: String.UTF8View) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
