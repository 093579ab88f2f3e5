/// Parses the plain-text lexicon formats described in `Lexicons/README.md`, collecting every
/// problem with its file and line instead of stopping at the first.
public struct LexiconParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The non-comment content of each line, 1-based line numbers kept.
    func contentLines(_ text: String) -> [(number: Int, indented: Bool, text: String)] {
        var result: [(Int, Bool, String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var content = Substring(line)
            if let hash = content.firstIndex(of: "#") { content = content[..<hash] }
            let trimmed = String(content).trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty { continue }
            let indented = line.first == " " || line.first == "\t"
            result.append((index + 1, indented, trimmed))
        }
        return result
    }

    /// Parses a concept file (`*.lex`).
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: its path, for diagnostics.
    ///   - defaultRole: the role concepts get when a block gives none (from the file name).
    /// - Returns: the concepts, and one error per problem found.
    public func parseConcepts(_ text: String, file: String, defaultRole: Role?) -> (
        concepts: [Concept], errors: [MarrowError]
    ) {
        var concepts: [Concept] = []
        var errors: [MarrowError] = []
        var current: Concept?
        func error(_ line: Int, _ message: String) {
            errors.append(MarrowError(.lexicon, message, at: SourceLocation(path: file, line: line)))
        }
        func finish() {
            guard let concept = current else { return }
            if concept.terms.isEmpty { error(concept.line, "concept '\(concept.id)' has no terms") }
            if concept.roles.isEmpty {
                error(concept.line, "concept '\(concept.id)' has no role and the file name implies none")
            }
            if !concept.shorthand.isEmpty && !concept.roles.contains(.topic) {
                error(concept.line, "concept '\(concept.id)' has a shorthand, which only the topic may have")
            }
            concepts.append(concept)
            current = nil
        }
        for (number, indented, line) in contentLines(text) {
            if !indented {
                finish()
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == "concept" else {
                    error(number, "expected 'concept ID' at the start of a block, found '\(line)'")
                    continue
                }
                let id = parts[1].trimmingCharacters(in: " ")
                if !LexiconParser.isValidID(id) {
                    error(number, "concept id '\(id)' must be lowercase letters, digits and '-'")
                }
                current = Concept(
                    id: id, name: id, roles: defaultRole.map { [$0] } ?? [], category: "other", terms: [], file: file,
                    line: number)
                continue
            }
            guard current != nil else {
                error(number, "indented line outside a concept block")
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                error(number, "expected 'key: value', found '\(line)'")
                continue
            }
            let key = String(line[..<colon]).trimmingCharacters(in: " ")
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: " \t")
            switch key {
            case "name":
                current?.name = value
            case "category":
                current?.category = value
            case "role", "roles":
                var roles: [Role] = []
                for word in value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" }) {
                    if let role = Role(rawValue: String(word)) {
                        roles.append(role)
                    } else {
                        error(
                            number,
                            "unknown role '\(word)'; expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                }
                current?.roles = roles
            case "terms", "term":
                for term in value.split(separator: "|") {
                    let term = String(term).trimmingCharacters(in: " \t")
                    if term.isEmpty {
                        error(number, "empty term (two '|' in a row, or a trailing '|')")
                    } else if term.contains(where: { "(),;".contains($0) }) {
                        error(
                            number,
                            "term '\(term)' holds a bracket, comma or semicolon; write each variant as its own term")
                    } else {
                        current?.terms.append(term)
                    }
                }
            case "modifier", "modifiers":
                for term in value.split(separator: "|").map({ String($0).trimmingCharacters(in: " \t") })
                where !term.isEmpty {
                    current?.modifiers.append(term)
                }
            case "shorthand":
                for term in value.split(separator: "|").map({ String($0).trimmingCharacters(in: " \t") })
                where !term.isEmpty {
                    current?.shorthand.append(term)
                }
            default:
                error(
                    number, "unknown key '\(key)'; expected name, role, roles, category, terms, shorthand or modifier")
            }
        }
        finish()
        return (concepts, errors)
    }

    /// Parses a cue file (`*.cues`): `[section]` headers and one phrase per line.
    ///
    /// - Parameters:
    ///   - allowedSections: the section names this file may hold; others are reported.
    /// - Returns: phrases by section, with their line numbers, and the problems found.
    public func parseCues(_ text: String, file: String, allowedSections: Set<String>) -> (
        sections: [String: [CuePhrase]], errors: [MarrowError]
    ) {
        var sections: [String: [CuePhrase]] = [:]
        var errors: [MarrowError] = []
        var current: String?
        for (number, _, line) in contentLines(text) {
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    errors.append(
                        MarrowError(
                            .lexicon, "section header must end with ']'", at: SourceLocation(path: file, line: number)))
                    continue
                }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: " ")
                if !allowedSections.contains(name) {
                    errors.append(
                        MarrowError(
                            .lexicon,
                            "unknown section [\(name)]; this file may hold \(allowedSections.sorted().map { "[\($0)]" }.joined(separator: " "))",
                            at: SourceLocation(path: file, line: number)))
                }
                current = name
                sections[name, default: []] = sections[name] ?? []
                continue
            }
            guard let section = current else {
                errors.append(
                    MarrowError(
                        .lexicon, "phrase before any [section] header", at: SourceLocation(path: file, line: number)))
                continue
            }
            sections[section, default: []].append(CuePhrase(text: line, line: number))
        }
        return (sections, errors)
    }

    /// Parses `spelling.txt`: `variant canonical` pairs, one a line, and patterns where a `*` on
    /// both words stands for the rest of a word (`*isation *ization`).
    public func parseSpelling(_ text: String, file: String) -> (
        map: [String: String], rules: [SpellingRule], errors: [MarrowError]
    ) {
        var map: [String: String] = [:]
        var rules: [SpellingRule] = []
        var errors: [MarrowError] = []
        for (number, _, line) in contentLines(text) {
            func error(_ message: String) {
                errors.append(MarrowError(.lexicon, message, at: SourceLocation(path: file, line: number)))
            }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { CueText.fold($0) }
            guard words.count == 2 else {
                error("expected two words 'variant canonical', found \(words.count)")
                continue
            }
            do {
                if let rule = try SpellingRule.parse(variant: words[0], canonical: words[1], line: number) {
                    if rules.contains(where: { $0.variant == rule.variant && $0.place == rule.place }) {
                        error("the pattern '\(line)' repeats an earlier pattern's variant")
                    }
                    rules.append(rule)
                    continue
                }
            } catch {
                errors.append(MarrowError(.lexicon, error.message, at: SourceLocation(path: file, line: number)))
                continue
            }
            if let existing = map[words[0]], existing != words[1] {
                error("'\(words[0])' already maps to '\(existing)'")
            }
            map[words[0]] = words[1]
        }
        return (map, rules, errors)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.utf8.allSatisfy {
                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-")
            }
    }
}

/// One phrase of a cue file, with the line it is on.
public struct CuePhrase: Hashable, Sendable {
    /// The phrase as written.
    public var text: String
    /// Its 1-based line.
    public var line: Int
}
