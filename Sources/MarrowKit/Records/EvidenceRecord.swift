/// One line of Marrow's JSON Lines output: a piece of evidence for a claim, with provenance back
/// to the raw source. The schema is documented in `docs/record-schema.md`; ``schemaVersion``
/// changes whenever a field changes meaning or disappears.
public struct EvidenceRecord: Codable, Hashable, Sendable {
    /// The record schema version.
    public static let schemaVersion = 1

    /// A claim: (subject concept, predicate, object concept).
    public struct Claim: Codable, Hashable, Sendable {
        /// The concept id of the cause, treatment, symptom or test the claim is about.
        public var subject: String
        /// What the subject does to the object: `causes`, `treats`, `symptom_of` or `diagnoses`.
        public var predicate: String
        /// The condition's concept id: the topic's, unless the text names another condition.
        public var object: String
        /// A content-derived id for the claim.
        public var id: String { EvidenceRecord.shortDigest("\(subject)\u{0}\(predicate)\u{0}\(object)") }
    }

    /// The concept the mention names.
    public struct ConceptRef: Codable, Hashable, Sendable {
        /// The concept's id in the lexicon.
        public var id: String
        /// The concept's preferred name.
        public var name: String
        /// The concept's category in its lexicon: a free word that groups claims.
        public var category: String
    }

    /// A byte range in the raw file.
    public struct RawRange: Codable, Hashable, Sendable {
        /// The offset of the range's first byte in the raw file.
        public var byteStart: Int
        /// The offset just past the range's last byte in the raw file.
        public var byteEnd: Int
        /// For HTML sources: the element's XPath, when a byte range alone cannot be trusted.
        public var xpath: String?
        /// For HTML sources: the element's line.
        public var line: Int?
    }

    /// The mention: its surface exactly as in the raw file, and its scalar offsets in the clean text.
    public struct MentionRef: Codable, Hashable, Sendable {
        /// The surface as in the raw file (markup dropped, character references decoded).
        public var text: String
        /// The Unicode scalar offset of the mention's start in the clean text.
        public var start: Int
        /// The Unicode scalar offset just past the mention in the clean text.
        public var end: Int
    }

    /// The passage (sentence) the mention is in.
    public struct Passage: Codable, Hashable, Sendable {
        /// The sentence as cleaned.
        public var text: String
        /// The Unicode scalar offset of the sentence's start in the clean text.
        public var start: Int
        /// The Unicode scalar offset just past the sentence in the clean text.
        public var end: Int
        /// The heading path above the sentence, outermost first.
        public var section: [String]
        /// What the section is about, read from its headings (`cause`, `treatment`, …).
        public var sectionKind: SectionKind?
        public var raw: RawRange
    }

    /// The source document.
    public struct Source: Codable, Hashable, Sendable {
        public var id: String
        public var path: String
        public var sha256: String
        public var title: String?
        public var publisher: String?
        public var url: String?
        public var mediaType: String
        /// The author the cleaner found, when any (optional: absent in older records).
        public var author: String?
        /// The medical reviewer the cleaner found, when any.
        public var reviewer: String?
        /// The publication date as the page gives it, when any.
        public var published: String?
        /// The last-modified date as the page gives it, when any.
        public var modified: String?
        /// The review date as the page gives it, when any.
        public var reviewed: String?
        /// The document language, when declared.
        public var language: String?
    }

    public var schema: Int = EvidenceRecord.schemaVersion
    public var type: String = "evidence"
    /// Content-derived id: source hash, mention offsets, concept and role.
    public var id: String
    public var claim: Claim
    public var concept: ConceptRef
    public var role: Role
    public var assertion: Assertion
    /// Set (true) when the claim is spoken of as a condition or a possible future event ("if you
    /// have …"); absent otherwise.
    public var hypothetical: Bool?
    /// Set (true) when the finding belongs to the past ("history of", "status post"); absent otherwise.
    public var historical: Bool?
    /// `other` when the finding is someone else's ("family history of"); absent for the patient or
    /// the text's own claim.
    public var experiencer: Experiencer?
    public var mention: MentionRef
    public var passage: Passage
    public var source: Source
    public var raw: RawRange
    /// The lexicon version that produced the record.
    public var lexiconVersion: String
    /// The cues that decided role and assertion, for people reading the record.
    public var why: [String]

    /// The first 16 hex digits of the SHA-256 of `text`.
    public static func shortDigest(_ text: String) -> String {
        SourceDocument.shortDigest(Array(text.utf8))
    }
}
