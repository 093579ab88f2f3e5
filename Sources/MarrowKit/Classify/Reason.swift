/// Why a mention has the role, object and assertion it has: values the rules return, rendered in
/// words only at the edge (`explain`, the records' `why`). Nothing reads the words back.
///
/// Quoted text (a cue, a list intro) is kept as written, so the rendering can show it.
public enum Reason: Hashable, Sendable, CustomStringConvertible {
    // MARK: No claim

    /// The concept's lexicon roles allow no claim of its own (a condition, the topic).
    case neverAClaim(concept: String, role: Role)
    /// The sentence is page furniture.
    case furniture(Furniture)
    /// The mention is in a heading that states no claim: no cue, no causes or treatment section.
    case inHeading
    /// A cue right before the mention says it makes no claim: prevented, looked for, a hypernym.
    case blocked(CueKind, cue: String)
    /// The condition a treatment in the clause is given for ("chemotherapy for leukemia").
    case givenFor(condition: String, cue: String)
    /// A look-alike of the topic ("resembles X", "the differential diagnosis includes X").
    case lookAlike(cue: String)
    /// An outcome of the topic, not its cause ("it may progress to X").
    case consequence(cue: String)
    /// A relation with another concept, in a clause without the topic ("smoking raises the risk of X").
    case aboutOther(concept: String, cue: String)
    /// An item of a list whose intro compares or tests ("Must be ruled out:").
    case listIntroExcludes(intro: String)
    /// Nothing in the text or the section makes the mention a claim.
    case noEvidence(section: SectionKind, concept: String)

    // MARK: Claim

    /// A relation cue in the clause, with the topic in reach; `borrowed` when an elliptical
    /// clause borrowed it from the clause before.
    case relationCue(Role, cue: String, borrowed: Bool)
    /// A link word standing alone between the topic and the mention ("pain from a bruise").
    case linkWord(Role, link: String)
    /// An item of a list whose intro line holds a relation cue.
    case listIntro(Role, intro: String)
    /// The kind of section the mention sits in.
    case sectionPrior(Role, SectionKind)
    /// The concept's lexicon role, in an article about the topic, with nothing against it.
    case topicPrior(Role)

    /// Negated with only the topic's prior for a claim: the text denies the finding, not a
    /// relation ("no history of trauma").
    case deniedWithoutRelation
    /// Named as another name of the topic ("also called pollinosis").
    case synonym(cue: String)

    // MARK: Object

    /// The condition right after an object cue is the claim's object ("used to treat cancer").
    case objectAfterCue(object: String, cue: String)
    /// The clause names another condition, and a cue made the claim.
    case objectInClause(object: String)

    // MARK: Assertion

    /// A reason the assertion stage gave.
    case assertion(AssertionReason)

    /// The reason in words.
    public var description: String {
        switch self {
        case .neverAClaim(let concept, let role): "'\(concept)' is a \(role.rawValue), never a claim of its own"
        case .furniture(let furniture):
            switch furniture {
            case .labelled(let label): "page furniture (under '\(label)'), not article text"
            case .reference: "a bibliographic reference, not article text"
            case .affiliation: "an author's affiliation, not article text"
            }
        case .inHeading:
            "in a heading with no relation cue and no causes or treatment heading above: headings name categories"
        case .blocked(_, let cue): "follows '\(cue)', which introduces no claim"
        case .givenFor(let condition, let cue): "the condition '\(condition)' is given for ('\(cue)'), not a claim"
        case .lookAlike(let cue): "compared with the topic ('\(cue)'): a look-alike, not a claim"
        case .consequence(let cue): "an outcome of the topic ('\(cue)'), not a cause"
        case .aboutOther(let concept, let cue): "'\(cue)' ties it to '\(concept)', not to the topic"
        case .listIntroExcludes(let intro): "item of a list introduced by '\(intro)', which names look-alikes or tests"
        case .noEvidence(let section, let concept):
            "no relation cue with the topic in reach, no link, no list intro, and a \(section.rawValue) section does not make '\(concept)' a claim"
        case .relationCue(let role, let cue, let borrowed):
            "\(role.rawValue): cue '\(cue)' in the clause\(borrowed ? " (borrowed by an elliptical clause)" : ""), with the topic in reach"
        case .linkWord(let role, let link):
            role == .cause
                ? "cause: '\(link)' links the topic to it" : "\(role.rawValue): '\(link)' links it to the topic"
        case .listIntro(let role, let intro): "\(role.rawValue): item of a list introduced by '\(intro)'"
        case .sectionPrior(let role, let section): "\(role.rawValue): in a \(section.rawValue) section"
        case .topicPrior(let role):
            "\(role.rawValue): the concept's lexicon role, in an article about the topic, with nothing against it"
        case .deniedWithoutRelation:
            "no claim: negated with nothing but the prior for a claim, so the text denies the finding, not a relation"
        case .synonym(let cue): "another name of the topic ('\(cue)'), not a claim"
        case .objectAfterCue(let object, let cue): "object: '\(object)' follows '\(cue)', not the topic"
        case .objectInClause(let object): "object: the clause is about '\(object)', not the topic"
        case .assertion(let reason): reason.description
        }
    }

    /// The name of the rule that gave this reason, for counting decisions per rule (`marrow eval
    /// --rules`): the case, with the cue kind of a blocking cue, the section kind of a section
    /// prior or of missing evidence, and the kind of furniture.
    public var rule: String {
        switch self {
        case .neverAClaim: "never-a-claim"
        case .furniture(let furniture):
            switch furniture {
            case .labelled: "furniture:labelled"
            case .reference: "furniture:reference"
            case .affiliation: "furniture:affiliation"
            }
        case .inHeading: "in-heading"
        case .blocked(let kind, _): "blocked:\(kind)"
        case .givenFor: "given-for"
        case .lookAlike: "look-alike"
        case .consequence: "consequence"
        case .aboutOther: "about-other"
        case .listIntroExcludes: "list-intro-excludes"
        case .noEvidence(let section, _): "no-evidence:\(section.rawValue)"
        case .relationCue(_, _, let borrowed): borrowed ? "relation-cue:borrowed" : "relation-cue"
        case .linkWord: "link-word"
        case .listIntro: "list-intro"
        case .sectionPrior(_, let section): "section-prior:\(section.rawValue)"
        case .topicPrior: "topic-prior"
        case .deniedWithoutRelation: "denied-without-relation"
        case .synonym: "synonym"
        case .objectAfterCue: "object-after-cue"
        case .objectInClause: "object-in-clause"
        case .assertion: "assertion"
        }
    }

    /// The assertion reason this wraps, if any.
    public var assertionReason: AssertionReason? {
        if case .assertion(let reason) = self { return reason }
        return nil
    }
}
