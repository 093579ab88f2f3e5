/// A property of a claim's support that a reviewer should notice.
public enum ClaimFlag: String, Codable, Sendable, CaseIterable, Comparable {
    /// Only one source states the claim.
    case singleSource = "single-source"
    /// Some sources affirm the claim and others deny it.
    case contested
    /// Every source that states the claim only hedges it.
    case hedgedOnly = "hedged-only"

    /// Orders flags as declared.
    public static func < (lhs: ClaimFlag, rhs: ClaimFlag) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The flags a claim with these per-source counts earns.
    public static func flags(sources: Int, affirmed: Int, negated: Int, uncertain: Int) -> [ClaimFlag] {
        var flags: [ClaimFlag] = []
        if sources == 1 { flags.append(.singleSource) }
        if affirmed > 0 && negated > 0 { flags.append(.contested) }
        if uncertain > 0 && affirmed == 0 && negated == 0 { flags.append(.hedgedOnly) }
        return flags
    }
}

/// A claim as `marrow claims` lists it: its support, the roles its evidence plays, and flags.
public struct ClaimView: Equatable, Sendable, Codable {
    /// The claim and its per-assertion source counts.
    public var support: ClaimRow
    /// The roles of its evidence (cause, treatment, …), sorted.
    public var roles: [String]
    /// What a reviewer should notice.
    public var flags: [ClaimFlag]
    /// The claim as a sentence: "Pollen causes Hay fever".
    public var sentence: String

    /// Builds the view of a claim row; `objectName` names the object concept.
    public init(_ row: ClaimRow, objectName: String) {
        support = row
        roles = row.roles
        flags = ClaimFlag.flags(
            sources: row.sources, affirmed: row.affirmed, negated: row.negated, uncertain: row.uncertain)
        sentence = ClaimView.sentence(subject: row.subjectName, predicate: row.predicate, object: objectName)
    }

    /// "Subject predicate object", the predicate's underscores read as spaces and the object's
    /// name lowered mid-sentence unless it is an acronym ("Pollen causes hay fever").
    public static func sentence(subject: String, predicate: String, object: String) -> String {
        var objectWords = object
        let scalars = Array(object.unicodeScalars)
        if scalars.count > 1, scalars[0].properties.isUppercase, !scalars[1].properties.isUppercase {
            objectWords = String(object.prefix(1)).lowercased() + object.dropFirst()
        }
        return "\(subject) \(predicate.split(separator: "_").joined(separator: " ")) \(objectWords)"
    }
}

/// Which claims to list.
public struct ClaimFilter: Equatable, Sendable {
    /// Only claims with evidence in this role.
    public var role: String?
    /// Only claims whose subject has this category.
    public var category: String?
    /// Only claims carrying every one of these flags.
    public var flags: [ClaimFlag] = []
    /// Only claims about these subjects.
    public var subjects: [String]?

    /// Creates a filter; with no arguments it lets every claim through.
    public init(role: String? = nil, category: String? = nil, flags: [ClaimFlag] = [], subjects: [String]? = nil) {
        self.role = role
        self.category = category
        self.flags = flags
        self.subjects = subjects
    }
}

/// The claims view: every claim that passes a filter, most-supported first (sources, then
/// affirming sources, then predicate, subject and object), answered from the support counts.
public enum ClaimList {
    /// The claims of `knowledgeBase` that pass `filter`.
    ///
    /// - Parameter names: the display name of a concept id (the object's name), when known.
    public static func build(
        _ knowledgeBase: KnowledgeBase, filter: ClaimFilter = ClaimFilter(), names: (String) -> String? = { _ in nil }
    ) throws -> [ClaimView] {
        try knowledgeBase.claims(subjects: filter.subjects)
            .filter { row in
                (filter.role.map { row.roles.contains($0) } ?? true)
                    && (filter.category.map { row.category == $0 } ?? true)
            }
            .map { ClaimView($0, objectName: names($0.object) ?? $0.object) }
            .filter { view in filter.flags.allSatisfy { view.flags.contains($0) } }
    }

    /// The claims as `marrow claims` prints them: one line a claim under a header (per-source
    /// counts, the sentence, category, roles, flags), then how many there are; safe for a terminal.
    public static func rendered(_ views: [ClaimView]) -> String {
        var out = "sources  affirm  deny  hedge  claim\n"
        for view in views {
            let support = view.support
            out +=
                String(support.sources).leftPadded(to: 7) + String(support.affirmed).leftPadded(to: 8)
                + String(support.negated).leftPadded(to: 6) + String(support.uncertain).leftPadded(to: 7)
            out += "  \(view.sentence)  [\(support.category); \(view.roles.joined(separator: ", "))]"
            if !view.flags.isEmpty { out += "  " + view.flags.map(\.rawValue).joined(separator: " ") }
            out += "\n"
        }
        out += NounCount.text(views.count, "claim") + "\n"
        return TerminalText.escape(out, keepingNewlines: true)
    }

    /// The most-supported claims as the rebuild summary lists them, one line each; empty when
    /// there are none.
    public static func topLines(_ views: some Collection<ClaimView>) -> String {
        guard !views.isEmpty else { return "" }
        var out = "\nTop claims by supporting sources:\n"
        for claim in views {
            let sources = claim.support.sources
            out += "  \(String(sources).leftPadded(to: 3)) source\(sources == 1 ? " " : "s")  \(claim.sentence)\n"
        }
        return out
    }
}

extension CompiledLexicon {
    /// The display name of a concept id, when the lexicons know it.
    public func name(of id: String) -> String? {
        conceptTable.first { $0.id == id }?.name
    }
}
