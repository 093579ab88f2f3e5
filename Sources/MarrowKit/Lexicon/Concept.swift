/// The part a concept plays in a claim.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case cause, treatment, symptom, diagnostic, condition, topic, other

    /// The claim predicate for this role when its object is the topic.
    public var predicate: String? {
        switch self {
        case .cause: return "causes"
        case .treatment: return "treats"
        case .symptom: return "symptom_of"
        case .diagnostic: return "diagnoses"
        case .condition, .topic, .other: return nil
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One concept of a lexicon: an id that never changes, a name, the roles it plays by default,
/// a category for grouping, and the surface terms that name it.
public struct Concept: Hashable, Sendable, Codable {
    /// Stable id: lowercase letters, digits and `-`.
    public var id: String
    /// Display name.
    public var name: String
    /// Prior roles, the first being the usual one.
    public var roles: [Role]
    /// A grouping word (`degenerative`, `surgical`).
    public var category: String
    /// Surface terms as written in the lexicon.
    public var terms: [String]
    /// For the topic: short names that stand for it right after a determiner ("the rhinitis",
    /// "these allergies"), in an article that names it.
    public var shorthand: [String] = []
    /// For a cause: adjectives that name it when they modify the topic ("allergic" in
    /// "allergic rhinitis", "infectious" in "infectious and allergic rhinitis").
    public var modifiers: [String] = []
    /// Where the concept is defined, for diagnostics.
    public var file: String
    /// The line of its `concept` header.
    public var line: Int

    /// Creates a concept.
    public init(
        id: String, name: String, roles: [Role], category: String, terms: [String], file: String = "", line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.roles = roles
        self.category = category
        self.terms = terms
        self.file = file
        self.line = line
    }

    /// The usual role.
    public var primaryRole: Role { roles.first ?? .other }
}
