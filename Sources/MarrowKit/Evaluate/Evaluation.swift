/// How well the pipeline's claims match a gold claim file, counted the way the project's issues
/// count (and `../shared/devset/score.py` does).
///
/// A gold line is found when a record of the same document and role has a mention that names one
/// of its surfaces (``SurfaceMatch``). A predicted claim is a distinct (document, role, concept)
/// among the records whose claim object is the topic; it is correct when one of its mentions finds
/// a gold line of that document and role. Assertion accuracy is over the found lines, each taking
/// the firmest assertion of the mentions that found it (affirmed, then uncertain, then negated).
public struct Evaluation: Sendable {
    /// Counts for one role, or for all.
    public struct Counts: Hashable, Sendable, Codable {
        /// Gold lines.
        public var gold = 0
        /// Gold lines found.
        public var found = 0
        /// Distinct predicted claims.
        public var predicted = 0
        /// Predicted claims that found a gold line.
        public var correct = 0

        /// Found over gold.
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        /// Correct over predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// A piece of text a detail points at: a mention in its passage, with the rule that decided it.
    public struct Evidence: Hashable, Sendable, Codable {
        /// The mention as written.
        public var mention: String
        /// Its concept id, or nil when no lexicon concept is there.
        public var concept: String?
        /// The role it was given (`other` when it makes no claim).
        public var role: Role?
        /// Its assertion.
        public var assertion: Assertion?
        /// The sentence it is in.
        public var passage: String
        /// The reasons for its role, object and assertion, in words.
        public var reasons: [String]
    }

    /// A gold line no record found, with what the pipeline made of its surfaces.
    public struct Miss: Hashable, Sendable, Codable {
        public var gold: GoldLine
        /// The mentions naming a surface (with the rule that kept them from being the claim), or
        /// the passages holding a surface no lexicon term names.
        public var evidence: [Evidence]
    }

    /// A predicted claim that found no gold line.
    public struct FalsePositive: Hashable, Sendable, Codable {
        public var document: String
        public var role: Role
        public var concept: String
        public var evidence: [Evidence]
    }

    /// A found gold line whose assertion differs.
    public struct AssertionError: Hashable, Sendable, Codable {
        public var gold: GoldLine
        public var predicted: Assertion
        public var evidence: [Evidence]
    }

    /// A gold line as reported.
    public struct GoldLine: Hashable, Sendable, Codable {
        public var document: String
        public var role: Role
        public var concept: String
        public var surfaces: [String]
        public var assertion: Assertion
        public var line: Int
    }

    /// Counts per role (cause, treatment).
    public var roles: [Role: Counts]
    /// Counts over both roles.
    public var overall: Counts
    /// Found lines whose assertion is right.
    public var assertionRight: Int
    /// Right over found.
    public var assertionAccuracy: Double { overall.found == 0 ? 0 : Double(assertionRight) / Double(overall.found) }
    /// Every gold line not found.
    public var misses: [Miss]
    /// Every predicted claim that found no gold line.
    public var falsePositives: [FalsePositive]
    /// Every found line whose assertion is wrong.
    public var assertionErrors: [AssertionError]
    /// Documents the gold names that were not among the inputs.
    public var missingDocuments: [String]
    /// Every mention's decision counted per deciding rule, against gold (``RuleCount``).
    public var rules: [RuleCount]
}
