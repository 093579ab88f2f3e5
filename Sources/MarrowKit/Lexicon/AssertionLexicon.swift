/// The ConText attributes a trigger can set.
public enum AssertionCategory: String, Sendable, Hashable, CaseIterable {
    /// The finding is denied ("no", "denies", "… was ruled out").
    case negation
    /// The finding is hedged ("possible", "cannot be excluded", "it is thought that").
    case uncertainty
    /// The finding is spoken of as a condition or a future event ("if", "return if", "should he develop").
    case hypothetical
    /// The finding belongs to the past ("history of", "status post").
    case historical
    /// The finding is someone else's ("family history of", "mother had").
    case experiencer
}

/// Which way a trigger's scope runs from the trigger.
public enum ScopeDirection: Sendable, Hashable {
    /// Over the words after the trigger (a pre-trigger).
    case forward
    /// Over the words before the trigger (a post-trigger).
    case backward
    /// Both ways.
    case both
}

/// One phrase section of `assertion.cues`: what its phrases do.
public enum AssertionSection: Int, CaseIterable, Sendable, Hashable {
    case negationPre, negationPost, negationFinal, negationRelation
    case uncertainPre, uncertainClause, uncertainPost, uncertainBoth, uncertainSentence
    case hypotheticalPre, hypotheticalPost
    case historicalPre, historicalPost
    case experiencerPre, experiencerPost
    case pseudo
    case terminate, terminateRelative
    case terminateNegation, terminateUncertainty, terminateHypothetical, terminateHistorical, terminateExperiencer

    /// The section's name in `assertion.cues` (`negation.pre`).
    public var name: String {
        switch self {
        case .negationPre: "negation.pre"
        case .negationPost: "negation.post"
        case .negationFinal: "negation.final"
        case .negationRelation: "negation.relation"
        case .uncertainPre: "uncertain.pre"
        case .uncertainClause: "uncertain.clause"
        case .uncertainPost: "uncertain.post"
        case .uncertainBoth: "uncertain.both"
        case .uncertainSentence: "uncertain.sentence"
        case .hypotheticalPre: "hypothetical.pre"
        case .hypotheticalPost: "hypothetical.post"
        case .historicalPre: "historical.pre"
        case .historicalPost: "historical.post"
        case .experiencerPre: "experiencer.pre"
        case .experiencerPost: "experiencer.post"
        case .pseudo: "pseudo"
        case .terminate: "terminate"
        case .terminateRelative: "terminate.relative"
        case .terminateNegation: "terminate.negation"
        case .terminateUncertainty: "terminate.uncertain"
        case .terminateHypothetical: "terminate.hypothetical"
        case .terminateHistorical: "terminate.historical"
        case .terminateExperiencer: "terminate.experiencer"
        }
    }

    /// The attribute a trigger of this section sets; nil for pseudo-triggers and terminators.
    public var category: AssertionCategory? {
        switch self {
        case .negationPre, .negationPost, .negationFinal, .negationRelation: .negation
        case .uncertainPre, .uncertainClause, .uncertainPost, .uncertainBoth, .uncertainSentence: .uncertainty
        case .hypotheticalPre, .hypotheticalPost: .hypothetical
        case .historicalPre, .historicalPost: .historical
        case .experiencerPre, .experiencerPost: .experiencer
        case .pseudo, .terminate, .terminateRelative, .terminateNegation, .terminateUncertainty, .terminateHypothetical,
            .terminateHistorical, .terminateExperiencer:
            nil
        }
    }

    /// Which way the scope of a trigger of this section runs.
    public var direction: ScopeDirection {
        switch self {
        case .negationPost, .negationFinal, .uncertainPost, .uncertainSentence, .hypotheticalPost, .historicalPost,
            .experiencerPost:
            .backward
        case .uncertainBoth: .both
        default: .forward
        }
    }

    /// The terminator section that ends only the scopes of `category`.
    static func terminator(of category: AssertionCategory) -> AssertionSection {
        switch category {
        case .negation: .terminateNegation
        case .uncertainty: .terminateUncertainty
        case .hypothetical: .terminateHypothetical
        case .historical: .terminateHistorical
        case .experiencer: .terminateExperiencer
        }
    }

    /// The section named `name`, if it is a phrase section.
    public init?(name: String) {
        guard let section = AssertionSection.allCases.first(where: { $0.name == name }) else { return nil }
        self = section
    }
}

/// The sections a trigger phrase belongs to, as a bit set over ``AssertionSection``.
public struct AssertionSections: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The set holding one section.
    public init(_ section: AssertionSection) { self.rawValue = 1 << UInt32(section.rawValue) }

    /// Whether `section` is in the set.
    public func contains(_ section: AssertionSection) -> Bool { rawValue & (1 << UInt32(section.rawValue)) != 0 }

    /// The sections in the set, in declaration order.
    public var sections: [AssertionSection] { AssertionSection.allCases.filter { contains($0) } }

    /// Any terminator that ends the scopes of `category` (general ones included).
    public func terminates(_ category: AssertionCategory) -> Bool {
        contains(.terminate) || contains(AssertionSection.terminator(of: category))
    }
}

/// A trigger phrase found in a sentence.
public struct TriggerHit: Hashable, Sendable {
    /// Its tokens.
    public var tokens: Range<Int>
    /// The sections its phrase is listed in.
    public var sections: AssertionSections
}

/// `assertion.cues` compiled: the trigger automaton, the scope windows, and the word lists that
/// tell a list item from a new clause.
///
/// Besides its phrase sections (``AssertionSection``) the file holds settings: `[window]`
/// (`SECTION WORDS` a line: how many words a scope reaches, per list item for forward scopes),
/// and the words that tell a list item from a new clause after a comma: `[clause.subject]`
/// (always a clause: `he`, `there`), `[clause.start]` (a clause when its stretch has a verb:
/// `the`, `her`) and `[clause.verb]` (`is`, `has`, `showed`).
public struct AssertionLexicon: Sendable {
    /// The cue file's base name.
    public static let file = "assertion"
    /// Sections that hold settings or word lists rather than trigger phrases.
    public static let settingSections: Set<String> = ["window", "clause.subject", "clause.start", "clause.verb"]
    /// Every section `assertion.cues` may hold.
    public static var sectionNames: Set<String> { Set(AssertionSection.allCases.map(\.name)).union(settingSections) }
    /// The windows used when `[window]` names none for a section.
    static let defaultWindow = 8

    private(set) var automaton: PhraseAutomaton
    /// Words (keys) that, right after a comma, always open a clause (`he`, `there`).
    public let clauseSubjects: Set<String>
    /// Words (keys) that, right after a comma and a coordinator, open a clause when a verb follows (`the`, `her`).
    public let clauseStarts: Set<String>
    /// Words (keys) that mark a stretch between commas as a clause.
    public let clauseVerbs: Set<String>
    /// ``clauseSubjects``, ``clauseStarts`` and ``clauseVerbs`` by vocabulary id, and the list
    /// coordinators (`and`, `or`, `nor`, `&`): what the scope reads per token (set by ``freeze(_:)``).
    private(set) var clauseSubjectIDs = KeyIDSet()
    private(set) var clauseStartIDs = KeyIDSet()
    private(set) var clauseVerbIDs = KeyIDSet()
    private(set) var coordinatorIDs = KeyIDSet()
    /// List coordinators (keys).
    static let coordinators: Set<String> = ["and", "or", "nor", "&"]
    /// Words per section, from `[window]`.
    let windows: [Int]

    /// How many words the scope of a trigger of `section` reaches.
    public func window(_ section: AssertionSection) -> Int { windows[section.rawValue] }

    /// Compiles the `assertion` cue file of `cues` with the tokenizer the text uses.
    init(cues: CueLists, compiler: LexiconCompiler) {
        var automaton = PhraseAutomaton(skippable: [])
        let sections = cues.files[AssertionLexicon.file] ?? [:]
        for section in AssertionSection.allCases {
            for phrase in sections[section.name] ?? [] {
                automaton.insert(compiler.cueKeys(phrase.text), payload: section.rawValue)
            }
        }
        self.automaton = automaton
        func keys(_ name: String) -> Set<String> {
            Set((sections[name] ?? []).map { compiler.cueKeys($0.text).joined(separator: " ") })
        }
        clauseSubjects = keys("clause.subject")
        clauseStarts = keys("clause.start")
        clauseVerbs = keys("clause.verb")
        var windows = Array(repeating: AssertionLexicon.defaultWindow, count: AssertionSection.allCases.count)
        for setting in AssertionLexicon.parseWindows(sections["window"] ?? [], path: "").windows {
            windows[setting.section.rawValue] = setting.words
        }
        self.windows = windows
    }

    /// The `[window]` lines: `SECTION WORDS`, and a problem for each line that is not.
    static func parseWindows(_ phrases: [CuePhrase], path: String) -> (
        windows: [(section: AssertionSection, words: Int)], problems: [MarrowError]
    ) {
        var windows: [(AssertionSection, Int)] = []
        var problems: [MarrowError] = []
        for phrase in phrases {
            let parts = phrase.text.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let section = AssertionSection(name: String(parts[0])), section.category != nil,
                let words = Int(parts[1]), words > 0
            else {
                problems.append(
                    MarrowError(
                        .lexicon,
                        "expected 'SECTION WORDS' with a trigger section and a positive number of words, found '\(phrase.text)'",
                        at: SourceLocation(path: path, line: phrase.line)))
                continue
            }
            windows.append((section, words))
        }
        return (windows, problems)
    }

    /// Problems in `assertion.cues` that the generic cue check does not see (bad `[window]` lines).
    static func problems(in cues: CueLists) -> [MarrowError] {
        let path = (cues.folder.map { $0 + "/" } ?? "") + file + ".cues"
        return parseWindows(cues.files[file]?["window"] ?? [], path: path).problems
    }

    /// Every trigger phrase in `tokens[range]`: the longest phrase at each start that is not inside
    /// an earlier one, in token order.
    ///
    /// A pseudo-trigger ("not the only") cancels every trigger it overlaps, even one that starts
    /// earlier ("is not"), before the leftmost-longest choice is made; pseudo-triggers themselves
    /// are not returned.
    public func matches(in tokens: [Token], range: Range<Int>) -> [TriggerHit] {
        matches(range) { automaton.longestMatch(in: tokens, from: $0, limit: range.upperBound, parentheticals: false) }
    }

    /// ``matches(in:range:)`` with the tokens' key ids already looked up (the lexicon's
    /// vocabulary: see ``CompiledLexicon/vocabulary``).
    public func matches(in tokens: [Token], ids: TokenKeyIDs, range: Range<Int>) -> [TriggerHit] {
        matches(range) {
            automaton.longestMatch(in: tokens, ids: ids, from: $0, limit: range.upperBound, parentheticals: false)
        }
    }

    /// The single-token keys of the word lists, which the vocabulary must hold for ``freeze(_:)``.
    var wordKeys: [String] {
        (Array(clauseSubjects) + Array(clauseStarts) + Array(clauseVerbs) + Array(AssertionLexicon.coordinators))
            .filter { !$0.isEmpty && !$0.contains(" ") }
    }

    /// Builds the automaton's id tables (see ``PhraseAutomaton/freeze(_:)``) and the word lists'
    /// id sets.
    mutating func freeze(_ vocabulary: KeyVocabulary) {
        automaton.freeze(vocabulary)
        clauseSubjectIDs = KeyIDSet(clauseSubjects, vocabulary: vocabulary)
        clauseStartIDs = KeyIDSet(clauseStarts, vocabulary: vocabulary)
        clauseVerbIDs = KeyIDSet(clauseVerbs, vocabulary: vocabulary)
        coordinatorIDs = KeyIDSet(AssertionLexicon.coordinators, vocabulary: vocabulary)
    }

    private func matches(_ range: Range<Int>, longest: (Int) -> PhraseAutomaton.Match?) -> [TriggerHit] {
        var candidates: [PhraseAutomaton.Match] = []
        var pseudo: [Range<Int>] = []
        for start in range {
            guard let match = longest(start) else { continue }
            if match.payloads.contains(AssertionSection.pseudo.rawValue) { pseudo.append(match.start..<match.end) }
            candidates.append(match)
        }
        if !pseudo.isEmpty {
            candidates.removeAll { candidate in
                !candidate.payloads.contains(AssertionSection.pseudo.rawValue)
                    && pseudo.contains { $0.overlaps(candidate.start..<candidate.end) }
            }
        }
        var result: [TriggerHit] = []
        var reach = range.lowerBound
        for candidate in candidates where candidate.end > reach {
            // Keep every maximal phrase: overlapping phrases both count ("was negative" and
            // "negative for"), one inside another ("not" in "is not") does not.
            reach = candidate.end
            if candidate.payloads.contains(AssertionSection.pseudo.rawValue) { continue }
            var sections = AssertionSections()
            for payload in candidate.payloads { sections.formUnion(AssertionSections(rawValue: 1 << UInt32(payload))) }
            result.append(TriggerHit(tokens: candidate.start..<candidate.end, sections: sections))
        }
        return result
    }
}
