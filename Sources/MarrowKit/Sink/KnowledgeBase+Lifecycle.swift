import Foundation
import GRDB

extension KnowledgeBase {
    /// One version of a source as the knowledge base records it.
    public struct SourceVersion: Equatable, Sendable, Codable {
        /// The content id (first 16 hex digits of the SHA-256 of the raw bytes).
        public var id: String
        /// The path the source was read from.
        public var path: String
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

    /// Every source version, by path and then id.
    ///
    /// - Parameter path: only the versions recorded at this path, when given.
    public func sourceVersions(path: String? = nil) throws -> [SourceVersion] {
        try pool.read { db in
            var sql = """
                SELECT s.id, s.path, s.sha256, s.media_type, s.title, s.publisher, s.lexicon_version, s.superseded_by, s.retracted,
                       (SELECT COUNT(*) FROM evidence e WHERE e.source_id = s.id) AS evidence
                FROM sources s
                """
            var arguments = StatementArguments()
            if let path {
                sql += " WHERE s.path = ?"
                arguments += [path]
            }
            sql += " ORDER BY s.path, s.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(SourceVersion.init(row:))
        }
    }

    /// Retracts a source: its passages and evidence go, claims left without evidence go, and its
    /// row stays, marked retracted, so the knowledge base remembers it. Older versions at the same
    /// path stay recorded as they were. Ingesting or loading the same bytes again restores it.
    ///
    /// - Parameter selector: a source id, a path, or an unambiguous prefix (six or more hex
    ///   digits) of the id or SHA-256, matched against current sources.
    /// - Returns: the retracted source as it was before.
    /// - Throws: ``MarrowError`` with code `notFound` when nothing matches, `knowledgeBase` when
    ///   the selector is ambiguous.
    @discardableResult
    public func remove(_ selector: String) throws -> SourceVersion {
        try pool.write { db in
            let current = try Row.fetchAll(db, sql: """
                SELECT s.id, s.path, s.sha256, s.media_type, s.title, s.publisher, s.lexicon_version, s.superseded_by, s.retracted,
                       (SELECT COUNT(*) FROM evidence e WHERE e.source_id = s.id) AS evidence
                FROM sources s WHERE s.superseded_by IS NULL AND s.retracted = 0 ORDER BY s.path, s.id
                """).map(SourceVersion.init(row:))
            let wanted = KnowledgeBase.canonicalPath(selector)
            var matches = current.filter { $0.id == selector || $0.path == selector || KnowledgeBase.canonicalPath($0.path) == wanted }
            if matches.isEmpty, selector.count >= 6, selector.allSatisfy(\.isHexDigit) {
                let prefix = selector.lowercased()
                matches = current.filter { $0.id.hasPrefix(prefix) || $0.sha256.hasPrefix(prefix) }
            }
            guard let source = matches.first else {
                throw MarrowError(.notFound, "no current source in the knowledge base is '\(selector)' (give its id, path or hash prefix; 'marrow status --sources' lists them)", at: SourceLocation(path: selector))
            }
            guard matches.count == 1 else {
                throw MarrowError(.knowledgeBase, "'\(selector)' names \(matches.count) sources (\(matches.map(\.id).joined(separator: ", "))); give more of the id", at: SourceLocation(path: selector))
            }
            try db.execute(sql: "DELETE FROM evidence WHERE source_id = ?", arguments: [source.id])
            try db.execute(sql: "DELETE FROM passages WHERE source_id = ?", arguments: [source.id])
            try db.execute(sql: "UPDATE sources SET retracted = 1 WHERE id = ?", arguments: [source.id])
            try db.execute(sql: "DELETE FROM claims WHERE id NOT IN (SELECT DISTINCT claim_id FROM evidence)")
            return source
        }
    }

    /// Whether the knowledge base still reflects the lexicons and the corpus.
    public struct Staleness: Equatable, Sendable, Codable {
        /// The version of the lexicons compared against.
        public var lexiconVersion: String
        /// Current sources whose evidence came from another lexicon version.
        public var sourcesWithOtherLexicon: [String]
        /// The corpus folder compared against, when one was.
        public var corpus: String?
        /// Corpus files whose bytes are not in the knowledge base at all (new articles).
        public var newInCorpus: [String] = []
        /// Corpus files recorded at the same path with other bytes (changed articles).
        public var changedInCorpus: [String] = []
        /// Current sources under the corpus folder whose file is gone.
        public var missingFromCorpus: [String] = []
        /// Corpus files that could not be read.
        public var unreadable: [String] = []

        /// The lexicons changed since the evidence was produced.
        public var lexiconStale: Bool { !sourcesWithOtherLexicon.isEmpty }
        /// The corpus differs from what the knowledge base holds.
        public var corpusStale: Bool { !(newInCorpus.isEmpty && changedInCorpus.isEmpty && missingFromCorpus.isEmpty) }
        /// Anything is stale.
        public var isStale: Bool { lexiconStale || corpusStale }
    }

    /// Compares the knowledge base with the current lexicons and, when given, a corpus folder.
    ///
    /// - Parameters:
    ///   - lexiconVersion: the version of the lexicons in use now (``CompiledLexicon/version``).
    ///   - corpus: a corpus folder whose files' SHA-256 are compared with the current sources.
    public func staleness(lexiconVersion: String, corpus: String?) throws -> Staleness {
        let current = try sourceVersions().filter(\.isCurrent)
        var result = Staleness(
            lexiconVersion: lexiconVersion,
            sourcesWithOtherLexicon: current.filter { $0.lexiconVersion != lexiconVersion }.map(\.path),
            corpus: corpus)
        guard let corpus else { return result }
        let known = Set(current.map(\.sha256))
        let byPath = Dictionary(current.map { (KnowledgeBase.canonicalPath($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        let (references, failures) = SourceReader().references(for: [corpus])
        result.unreadable = failures.map { $0.location?.path ?? corpus }
        var seen = Set<String>()
        for reference in references {
            let canonical = KnowledgeBase.canonicalPath(reference.path)
            seen.insert(canonical)
            guard let data = FileManager.default.contents(atPath: reference.path) else {
                result.unreadable.append(reference.path)
                continue
            }
            let sha = SourceDocument.digest([UInt8](data))
            if let recorded = byPath[canonical] {
                if recorded.sha256 != sha { result.changedInCorpus.append(reference.path) }
            } else if !known.contains(sha) {
                result.newInCorpus.append(reference.path)
            }
        }
        let folder = KnowledgeBase.canonicalPath(corpus) + "/"
        result.missingFromCorpus = current
            .filter { KnowledgeBase.canonicalPath($0.path).hasPrefix(folder) && !seen.contains(KnowledgeBase.canonicalPath($0.path)) }
            .map(\.path)
        return result
    }

    /// An absolute, standardised form of a path, for comparing paths written differently.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension KnowledgeBase.SourceVersion {
    init(row: Row) {
        self.init(
            id: row["id"], path: row["path"], sha256: row["sha256"], mediaType: row["media_type"], title: row["title"], publisher: row["publisher"],
            lexiconVersion: row["lexicon_version"], supersededBy: row["superseded_by"], retracted: (row["retracted"] as Int? ?? 0) != 0,
            evidence: row["evidence"])
    }
}
