/// What `marrow lexicon check` finds in a lexicon folder: every problem with file and line, the
/// forms the morphology rules made that another concept already has (left out, no problem), and
/// a one-line summary.
public struct LexiconCheck: Sendable {
    /// The folder checked.
    public let folder: String
    /// Every problem, in file order.
    public let problems: [MarrowError]
    /// Made forms left out because another concept has them.
    public let collisions: [ExpansionCollision]
    /// What did parse.
    public let set: LexiconSet

    /// Loads and compiles the lexicons of `folder` and keeps what it found.
    public init(folder: String) {
        let (lexicon, problems) = CompiledLexicon.load(folder: folder)
        self.folder = folder
        self.problems = problems
        self.collisions = lexicon.expansionCollisions
        self.set = lexicon.lexiconSet
    }

    /// Whether the lexicons are valid.
    public var passed: Bool { problems.isEmpty }

    /// One line: concepts by role, terms, made forms left out, the version, and the verdict.
    public var summary: String {
        let roles = Dictionary(grouping: set.concepts, by: \.primaryRole).mapValues(\.count)
        let terms = set.concepts.reduce(0) { $0 + $1.terms.count }
        let byRole = Role.allCases.compactMap { role in roles[role].map { "\($0) \(role.rawValue)" } }
            .joined(separator: ", ")
        let verdict = problems.isEmpty ? "ok" : NounCount.text(problems.count, "problem")
        return
            "\(folder): \(set.concepts.count) concepts (\(byRole)), \(terms) terms, \(NounCount.text(collisions.count, "made form")) left out, version \(set.version): \(verdict)"
    }

    /// The note after the problems of lexicons that failed to load for another command.
    public static func failureNote(problems: Int, folder: String) -> String {
        "\(NounCount.text(problems, "problem")) in \(folder); run 'marrow lexicon check' after fixing them"
    }

}
