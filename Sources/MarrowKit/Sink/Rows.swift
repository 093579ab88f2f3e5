/// What the knowledge base's queries return: plain values read from its tables. Audit and the
/// command line build their views from these.

/// A claim with how many sources support it and how (counted per distinct source).
public struct ClaimRow: Equatable, Sendable, Codable {
    public var id: String
    public var subject: String
    public var subjectName: String
    public var predicate: String
    public var object: String
    public var category: String
    /// Current sources with evidence for the claim.
    public var sources: Int
    /// Of those, sources with affirming evidence.
    public var affirmed: Int
    /// Sources with denying evidence.
    public var negated: Int
    /// Sources with hedged evidence.
    public var uncertain: Int
    /// The roles the evidence plays, sorted by role order.
    public var roles: [String]
}

/// One piece of evidence with its source and passage, as audit shows it.
public struct EvidenceRow: Equatable, Sendable, Codable {
    /// The passage (sentence) around the mention.
    public struct PassageInfo: Equatable, Sendable, Codable {
        public var text: String
        /// Scalar offsets in the clean text.
        public var start: Int
        public var end: Int
        public var section: [String]
        /// Byte offsets in the raw file.
        public var byteStart: Int
        public var byteEnd: Int
    }

    /// The mention itself.
    public struct MentionInfo: Equatable, Sendable, Codable {
        public var text: String
        /// Scalar offsets in the clean text.
        public var start: Int
        public var end: Int
        /// Byte offsets in the raw file.
        public var byteStart: Int
        public var byteEnd: Int
    }

    public var id: String
    public var assertion: String
    public var role: String
    /// The source the evidence is in, every field as the knowledge base recorded it (`audit
    /// --format json` prints the facts audit shows: see ``encode(to:)``).
    public var source: EvidenceRecord.Source
    public var passage: PassageInfo
    public var mention: MentionInfo
    public var why: [String]
}

extension EvidenceRow {
    /// Encodes the row as `audit --format json` prints it: the source with the facts audit shows
    /// (id, path, sha256, media type, title, publisher, URL, author, published and reviewed
    /// dates); its reviewer, modified date and language are left out, so the output keeps its keys.
    public func encode(to encoder: any Encoder) throws {
        var shown = source
        (shown.reviewer, shown.modified, shown.language) = (nil, nil, nil)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(assertion, forKey: .assertion)
        try container.encode(role, forKey: .role)
        try container.encode(shown, forKey: .source)
        try container.encode(passage, forKey: .passage)
        try container.encode(mention, forKey: .mention)
        try container.encode(why, forKey: .why)
    }
}

/// One version of a source as the knowledge base records it.
public struct SourceRow: Equatable, Sendable, Codable {
    /// The content id (first 16 hex digits of the SHA-256 of the raw bytes).
    public var id: String
    /// The path it is shown at (the smallest of ``paths`` while current).
    public var path: String
    /// Every path the bytes were recorded at, sorted.
    public var paths: [String]
    /// The SHA-256 of the raw bytes.
    public var sha256: String
    /// The media type of the raw bytes.
    public var mediaType: String
    /// The title, when known.
    public var title: String?
    /// The publisher, when known.
    public var publisher: String?
    /// The lexicon version its evidence was produced with.
    public var lexiconVersion: String
    /// The id of the version that replaced this one, when it is an old version.
    public var supersededBy: String?
    /// Whether `marrow remove` retracted it.
    public var retracted: Bool
    /// How many pieces of evidence it contributes now.
    public var evidence: Int

    /// Whether this is the version whose evidence counts.
    public var isCurrent: Bool { supersededBy == nil && !retracted }
}

/// An input the pipeline refused, recorded so status does not keep calling it new.
public struct RejectedRow: Equatable, Sendable, Codable {
    public var path: String
    public var sha256: String
    /// The error code (`empty-input`, `binary-input`, …).
    public var code: String
    public var message: String
}

/// A raw anchor of one source: a passage's or a mention's text and byte range.
public struct AnchorRow: Equatable, Sendable {
    public var text: String
    public var byteStart: Int
    public var byteEnd: Int
}

/// Counts of what the knowledge base holds.
public struct Statistics: Equatable, Sendable, Codable {
    public var sources: Int
    public var oldVersions: Int
    public var passages: Int
    public var claims: Int
    public var evidence: Int
    /// The lexicon version of the last write (`meta.lexicon_version`).
    public var lexiconVersion: String?
    /// Sources retracted with `marrow remove`.
    public var retracted: Int = 0
    /// Inputs the pipeline refused.
    public var rejected: Int = 0
    /// The distinct lexicon versions the current sources were processed with, sorted.
    public var sourceLexiconVersions: [String] = []
}
