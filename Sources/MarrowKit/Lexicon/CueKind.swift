/// What a cue phrase means: one section of one cue file, resolved when the lexicons are compiled
/// so that the rules test bits instead of comparing names.
///
/// The raw value is the cue's payload in the cue automata and its bit in ``CueKinds``. To add a
/// section, add a case here and its file and section name in ``file`` and ``section``: nothing
/// else needs to change for the phrases to be matched and reported.
public enum CueKind: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    // roles.cues
    /// A relation cue that makes a mention a cause, whichever side it stands on ("the cause of").
    case cause
    /// An active cause verb: what stands before it causes what stands after ("leads to").
    case causeForward
    /// A passive cause verb: what stands after it causes what stands before ("caused by").
    case causePassive
    /// An outcome word: what follows is a consequence, never a cause ("progresses to").
    case consequence
    /// An association that counts as a cause ("linked to", "seen in").
    case association
    /// Risk wording that counts as a cause ("risk factor", "more likely").
    case risk
    /// A relation cue that makes a mention a treatment ("treated with", "relieves").
    case treatment
    /// A test word: what follows is looked for, not claimed ("screen for", "signs of").
    case blockTest
    /// A hypernym word: what follows is the class of another concept ("a form of").
    case blockHypernym
    /// A prevention word: what follows is prevented, not caused ("prevents", "protects against").
    case blockPrevention
    /// A comparison with the topic: a look-alike ("resembles", "differential diagnosis").
    case differential
    /// A pronoun or phrase that can stand for the topic ("it", "this condition").
    case anaphora
    /// A naming phrase: what follows is another name of the topic next to it ("also called").
    case synonym
    /// A naming phrase that needs only the topic in the sentence ("the term").
    case synonymTerm
    /// A word after which a condition is the object of a treatment ("used to treat", "for").
    case object
    /// A word that, ending a line, introduces the list below it ("include", "such as").
    case listIntro
    /// A label that opens a list of index terms ("Keywords", "Glossary").
    case furnitureIndex
    /// A label that opens page furniture: a source line, a reference list ("References").
    case furnitureLabel
    /// A word of an author's affiliation ("University", "Department").
    case affiliation
    /// A mark of a bibliographic reference ("et al", "doi").
    case citation

    // topic.lex
    /// A short name of the topic (`shorthand:` in its concept block), when it names no concept.
    case shorthand

    // sections.cues
    /// A heading word naming a causes section.
    case sectionCause
    /// A heading word naming a treatment section.
    case sectionTreatment
    /// A heading word naming a symptoms section.
    case sectionSymptom
    /// A heading word naming a diagnosis section.
    case sectionDiagnosis
    /// A heading word naming a prevention section.
    case sectionPrevention
    /// A heading word naming an outlook section.
    case sectionOutlook
    /// A heading word naming a types section.
    case sectionTypes
    /// A heading word naming a definition section.
    case sectionDefinition
    /// A heading word naming a general section.
    case sectionGeneral

    /// The cue file the kind's phrases are listed in, without `.cues`.
    public var file: String {
        switch self {
        case .cause, .causeForward, .causePassive, .consequence, .association, .risk, .treatment, .blockTest,
            .blockHypernym, .blockPrevention, .differential, .anaphora, .synonym, .synonymTerm, .object, .listIntro,
            .furnitureIndex, .furnitureLabel, .affiliation, .citation:
            "roles"
        case .shorthand: "topic"
        case .sectionCause, .sectionTreatment, .sectionSymptom, .sectionDiagnosis, .sectionPrevention, .sectionOutlook,
            .sectionTypes,
            .sectionDefinition, .sectionGeneral:
            "sections"
        }
    }

    /// The `[section]` of ``file`` the kind's phrases are listed under.
    public var section: String {
        switch self {
        case .cause: "cause"
        case .causeForward: "cause.forward"
        case .causePassive: "cause.passive"
        case .consequence: "consequence"
        case .association: "association"
        case .risk: "risk"
        case .treatment: "treatment"
        case .blockTest: "block.test"
        case .blockHypernym: "block.hypernym"
        case .blockPrevention: "block.prevention"
        case .differential: "differential"
        case .anaphora: "anaphora"
        case .synonym: "synonym"
        case .synonymTerm: "synonym.term"
        case .object: "object"
        case .listIntro: "list.intro"
        case .furnitureIndex: "furniture.index"
        case .furnitureLabel: "furniture.label"
        case .affiliation: "furniture.affiliation"
        case .citation: "furniture.citation"
        case .shorthand: "shorthand"
        default: sectionKind?.rawValue ?? ""
        }
    }

    /// The kind of section a heading word names, for the `sections.cues` kinds.
    public var sectionKind: SectionKind? {
        switch self {
        case .sectionCause: .cause
        case .sectionTreatment: .treatment
        case .sectionSymptom: .symptom
        case .sectionDiagnosis: .diagnosis
        case .sectionPrevention: .prevention
        case .sectionOutlook: .outlook
        case .sectionTypes: .types
        case .sectionDefinition: .definition
        case .sectionGeneral: .general
        default: nil
        }
    }

    /// `file.section`, as `explain` prints it.
    public var description: String { "\(file).\(section)" }

    /// The kind listed under `[section]` of `file`, if the section holds phrases.
    public init?(file: String, section: String) {
        guard let kind = CueKind.byName["\(file).\(section)"] else { return nil }
        self = kind
    }

    private static let byName: [String: CueKind] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.description, $0) })

    /// The phrase sections of `file`, by name.
    public static func sections(of file: String) -> [String] {
        allCases.filter { $0.file == file }.map(\.section)
    }
}

/// A set of cue kinds, as bits: what one cue phrase means (a phrase may be listed in several
/// sections, "help prevent" is both a treatment and a block cue).
public struct CueKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64

    /// Creates a set from its bits.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The set holding one kind.
    public init(_ kind: CueKind) { rawValue = 1 << UInt64(kind.rawValue) }

    /// The set of the kinds whose raw values are `payloads` (the cue automata's payloads).
    public init(payloads: [Int]) {
        var bits: UInt64 = 0
        for payload in payloads { bits |= 1 << UInt64(payload) }
        rawValue = bits
    }

    /// Whether `kind` is in the set.
    public func contains(_ kind: CueKind) -> Bool { rawValue & (1 << UInt64(kind.rawValue)) != 0 }

    /// Whether the set shares a kind with `other`.
    public func overlaps(_ other: CueKinds) -> Bool { rawValue & other.rawValue != 0 }

    /// The kinds in the set, in declaration order.
    public var kinds: [CueKind] { CueKind.allCases.filter { contains($0) } }

    /// The relation cues that make a mention a cause: cause, association and risk wording.
    public static let causeRelation: CueKinds = [
        CueKinds(.cause), CueKinds(.causeForward), CueKinds(.causePassive), CueKinds(.association), CueKinds(.risk),
    ]
    /// The relation cues that make a mention a treatment.
    public static let treatmentRelation = CueKinds(.treatment)
    /// Every relation cue.
    public static let relation: CueKinds = causeRelation.union(treatmentRelation)
}
