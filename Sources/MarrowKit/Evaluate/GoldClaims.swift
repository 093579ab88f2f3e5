import Foundation

/// One line of a gold claim file: a claim a text makes, as an annotator wrote it down.
///
/// The format is one JSON object a line: `{"id" | "doc": name, "role": "cause" | "treatment",
/// "concept": …, "surfaces": [exact strings in the text], "assertion": …, "note": …}`.
public struct GoldClaim: Hashable, Sendable, Decodable {
    /// The document's name: its file name up to the first `.`.
    public var document: String
    /// `cause` or `treatment`.
    public var role: Role
    /// The annotator's canonical name for the concept.
    public var concept: String
    /// The strings in the text that name the concept where the claim is made.
    public var surfaces: [String]
    /// Affirmed, negated or uncertain.
    public var assertion: Assertion
    /// The annotator's note, if any.
    public var note: String?
    /// The 1-based line in the gold file.
    public var line: Int = 0

    enum CodingKeys: String, CodingKey { case id, doc, role, concept, surfaces, assertion, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name =
            try container.decodeIfPresent(String.self, forKey: .doc) ?? container.decode(String.self, forKey: .id)
        document = GoldClaim.documentName(name)
        role = try container.decode(Role.self, forKey: .role)
        concept = try container.decode(String.self, forKey: .concept)
        surfaces = try container.decode([String].self, forKey: .surfaces)
        assertion = try container.decode(Assertion.self, forKey: .assertion)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Creates a gold claim.
    public init(
        document: String, role: Role, concept: String, surfaces: [String], assertion: Assertion, note: String? = nil,
        line: Int = 0
    ) {
        self.document = GoldClaim.documentName(document)
        self.role = role
        self.concept = concept
        self.surfaces = surfaces
        self.assertion = assertion
        self.note = note
        self.line = line
    }

    /// A path's document name: its last component up to the first `.` (`tune/a01.txt` → `a01`).
    public static func documentName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return String(last.split(separator: ".", omittingEmptySubsequences: false).first ?? Substring(last))
    }

    /// Reads a gold file.
    ///
    /// - Throws: ``MarrowError`` naming the file and line of the first line that is not a gold claim.
    public static func read(path: String) throws -> [GoldClaim] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarrowError(.notFound, "no gold file here", at: SourceLocation(path: path))
        }
        var claims: [GoldClaim] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                var claim = try decoder.decode(GoldClaim.self, from: Data(line))
                claim.line = index + 1
                claims.append(claim)
            } catch {
                throw MarrowError(
                    .malformedInput,
                    "not a gold claim (expected id or doc, role cause|treatment, concept, surfaces, assertion)",
                    at: SourceLocation(path: path, line: index + 1))
            }
        }
        return claims
    }
}

/// The counting rule's text comparison: a mention names a gold surface when, folded, the two are
/// equal or one holds the other as a whole-word sequence.
///
/// Folding lowercases, drops a possessive `'s`, turns every run of characters other than ASCII
/// letters and digits into one space, and drops a plural `s` from words longer than three letters
/// (not `ss`): the rule `../shared/devset/score.py` applies.
public enum SurfaceMatch {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        let lower = Array(text.lowercased().unicodeScalars)
        var kept: [Unicode.Scalar] = []
        var index = 0
        while index < lower.count {
            let scalar = lower[index]
            if scalar == "'" || scalar == "\u{2019}", index + 1 < lower.count, lower[index + 1] == "s",
                index + 2 == lower.count || !isWordScalar(lower[index + 2])
            {
                index += 2
                continue
            }
            kept.append(scalar)
            index += 1
        }
        var words: [String] = []
        var word = ""
        for scalar in kept {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.map { word in
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }.joined(separator: " ")
    }

    /// Whether a mention's text names one of `surfaces`.
    public static func matches(_ mention: String, _ surfaces: [String]) -> Bool {
        matchesFolded(fold(mention), surfaces.map(fold))
    }

    /// Whether a folded mention names one of the folded surfaces.
    static func matchesFolded(_ mention: String, _ surfaces: [String]) -> Bool {
        guard !mention.isEmpty else { return false }
        let paddedMention = " \(mention) "
        for surface in surfaces where !surface.isEmpty {
            let paddedSurface = " \(surface) "
            if mention == surface || paddedSurface.contains(paddedMention) || paddedMention.contains(paddedSurface) {
                return true
            }
        }
        return false
    }

    /// A letter, digit or underscore, as a regular expression's `\b` sees it.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
