import Foundation
import GRDB

/// The SQLite knowledge base: sources (with versions), passages, claims and evidence, with
/// full-text search over passages.
///
/// Every write of one document is one transaction, so a crash never leaves half a document. Ids
/// derive from content, so ingesting the same bytes twice changes nothing and a rebuild from the
/// same inputs gives the same rows. The database runs in WAL mode: readers (`audit`) work while a
/// writer (`ingest`) runs, and a second writer waits for the first.
public final class KnowledgeBase: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// What ingesting one document did.
    public enum IngestOutcome: Equatable, Sendable {
        /// A new source.
        case added
        /// The same bytes were already there.
        case unchanged
        /// A source at the same path had other bytes; its evidence was replaced, its row kept as
        /// an old version.
        case replaced(previous: [String])
    }

    /// Opens (creating if asked) the knowledge base at `path` and migrates it to this build's schema.
    ///
    /// - Throws: ``MarrowError`` with code `knowledgeBase` when the file is missing and `create`
    ///   is false, when it is not a Marrow database, or when it was written by a newer Marrow.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            guard create else {
                throw MarrowError(.knowledgeBase, "no knowledge base here; run 'marrow rebuild' or 'marrow ingest' first, or set --kb", at: SourceLocation(path: path))
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(600)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = KnowledgeBase.migrator
            try pool.read { db in
                let known = Set(migrator.migrations)
                let applied = try migrator.appliedIdentifiers(db)
                if !applied.isSubset(of: known) {
                    throw MarrowError(.knowledgeBase, "written by a newer Marrow (schema \(applied.subtracting(known).sorted().joined(separator: ", "))); this build knows \(migrator.migrations.joined(separator: ", ")). Upgrade marrow, or rebuild into another file", at: SourceLocation(path: path))
                }
            }
            // Two processes creating the same new file can both find it unmigrated; the loser's
            // migration then fails on tables the winner made. Migrating again sees them applied.
            var attempt = 0
            while true {
                do {
                    try migrator.migrate(pool)
                    break
                } catch {
                    attempt += 1
                    if attempt >= 3 { throw error }
                    usleep(50_000)
                }
            }
        } catch let error as MarrowError {
            throw error
        } catch {
            throw MarrowError(.knowledgeBase, "cannot open knowledge base: \(error)", at: SourceLocation(path: path))
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE sources (
                    id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, media_type TEXT NOT NULL,
                    title TEXT, publisher TEXT, url TEXT, author TEXT, reviewer TEXT,
                    published TEXT, modified TEXT, reviewed TEXT, language TEXT,
                    lexicon_version TEXT NOT NULL, superseded_by TEXT);
                CREATE INDEX sources_path ON sources(path);
                CREATE TABLE passages (
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, section TEXT NOT NULL,
                    raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL, xpath TEXT, line INTEGER);
                CREATE INDEX passages_source ON passages(source_id);
                CREATE TABLE claims (
                    id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
                    subject_name TEXT NOT NULL, category TEXT NOT NULL);
                CREATE TABLE evidence (
                    id TEXT PRIMARY KEY, claim_id TEXT NOT NULL REFERENCES claims(id),
                    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    passage_id TEXT NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
                    role TEXT NOT NULL, assertion TEXT NOT NULL, mention_text TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL,
                    why TEXT NOT NULL, lexicon_version TEXT NOT NULL);
                CREATE INDEX evidence_claim ON evidence(claim_id);
                CREATE INDEX evidence_source ON evidence(source_id);
                """)
            try db.create(virtualTable: "passages_fts", using: FTS5()) { table in
                table.synchronize(withTable: "passages")
                table.tokenizer = .porter(wrapping: .unicode61())
                table.column("text")
            }
        }
        migrator.registerMigration("v2") { db in
            // A retracted source (`marrow remove`) keeps its row, so the knowledge base remembers
            // it was there, but loses its passages and evidence.
            try db.execute(sql: "ALTER TABLE sources ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0")
        }
        return migrator
    }

    // MARK: Writing

    /// Stores one document's records, in one transaction.
    ///
    /// - Returns: whether the source was new, unchanged, or replaced an older version at its path.
    @discardableResult
    public func ingest(_ result: DocumentResult, lexiconVersion: String) throws -> IngestOutcome {
        try pool.write { db in try KnowledgeBase.ingest(result, lexiconVersion: lexiconVersion, db: db) }
    }

    static func ingest(_ result: DocumentResult, lexiconVersion: String, db: Database) throws -> IngestOutcome {
        let document = result.document
        if let existing = try Row.fetchOne(db, sql: "SELECT lexicon_version, superseded_by, retracted FROM sources WHERE id = ?", arguments: [document.id]),
            (existing["lexicon_version"] as String?) == lexiconVersion, (existing["superseded_by"] as String?) == nil,
            (existing["retracted"] as Int?) == 0
        {
            return .unchanged
        }
        let previous = try String.fetchAll(db, sql: "SELECT id FROM sources WHERE path = ? AND id != ? AND superseded_by IS NULL AND retracted = 0", arguments: [document.path, document.id])
        for old in previous {
            try db.execute(sql: "DELETE FROM evidence WHERE source_id = ?", arguments: [old])
            try db.execute(sql: "DELETE FROM passages WHERE source_id = ?", arguments: [old])
            try db.execute(sql: "UPDATE sources SET superseded_by = ? WHERE id = ?", arguments: [document.id, old])
        }
        try db.execute(sql: "DELETE FROM evidence WHERE source_id = ?", arguments: [document.id])
        try db.execute(sql: "DELETE FROM passages WHERE source_id = ?", arguments: [document.id])
        let metadata = result.clean.metadata
        try db.execute(sql: """
            INSERT OR REPLACE INTO sources (id, path, sha256, media_type, title, publisher, url, author, reviewer, published, modified, reviewed, language, lexicon_version, superseded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
            """, arguments: [document.id, document.path, document.sha256, document.mediaType.rawValue,
                             document.origin.title ?? metadata.title, document.origin.publisher ?? metadata.publisher,
                             document.origin.url ?? metadata.canonicalURL, metadata.author, metadata.reviewer,
                             metadata.published, metadata.modified, metadata.reviewed, metadata.language, lexiconVersion])
        try insert(result.records, db: db)
        try db.execute(sql: "DELETE FROM claims WHERE id NOT IN (SELECT DISTINCT claim_id FROM evidence)")
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lexicon_version', ?)", arguments: [lexiconVersion])
        return previous.isEmpty ? .added : .replaced(previous: previous)
    }

    /// Inserts records (passages, claims and evidence) whose source row exists.
    static func insert(_ records: [EvidenceRecord], db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for record in records {
            let passageID = EvidenceRecord.shortDigest("\(record.source.sha256)\u{0}\(record.passage.start)\u{0}\(record.passage.end)")
            let section = String(decoding: try encoder.encode(record.passage.section), as: UTF8.self)
            try db.execute(sql: """
                INSERT OR IGNORE INTO passages (id, source_id, text, start, "end", section, raw_start, raw_end, xpath, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [passageID, record.source.id, record.passage.text, record.passage.start, record.passage.end, section,
                                 record.passage.raw.byteStart, record.passage.raw.byteEnd, record.passage.raw.xpath, record.passage.raw.line])
            try db.execute(sql: "INSERT OR IGNORE INTO claims (id, subject, predicate, object, subject_name, category) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [record.claim.id, record.claim.subject, record.claim.predicate, record.claim.object, record.concept.name, record.concept.category])
            let why = String(decoding: try encoder.encode(record.why), as: UTF8.self)
            try db.execute(sql: """
                INSERT OR REPLACE INTO evidence (id, claim_id, source_id, passage_id, role, assertion, mention_text, start, "end", raw_start, raw_end, why, lexicon_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.id, record.claim.id, record.source.id, passageID, record.role.rawValue, record.assertion.rawValue,
                                 record.mention.text, record.mention.start, record.mention.end, record.raw.byteStart, record.raw.byteEnd, why, record.lexiconVersion])
        }
    }

    /// Replaces this knowledge base's file with a fresh one built by `build`, atomically: readers
    /// see the old content until the new one is complete.
    ///
    /// - Parameter build: fills the fresh knowledge base.
    public static func rebuild(at path: String, build: (KnowledgeBase) async throws -> Void) async throws {
        let temporary = path + ".rebuild-\(getpid())"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        do {
            let fresh = try KnowledgeBase(path: temporary)
            try await build(fresh)
            _ = try await fresh.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try fresh.pool.close()
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            throw error
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        if rename(temporary, path) != 0 {
            throw MarrowError(.knowledgeBase, "cannot move the rebuilt knowledge base into place (errno \(errno))", at: SourceLocation(path: path))
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    // MARK: Reading

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
        /// The distinct lexicon versions the current sources were processed with, sorted.
        public var sourceLexiconVersions: [String] = []
    }

    /// Counts of sources, passages, claims and evidence.
    public func statistics() throws -> Statistics {
        try pool.read { db in
            Statistics(
                sources: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE superseded_by IS NULL AND retracted = 0") ?? 0,
                oldVersions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE superseded_by IS NOT NULL") ?? 0,
                passages: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passages") ?? 0,
                claims: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claims") ?? 0,
                evidence: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence") ?? 0,
                lexiconVersion: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicon_version'"),
                retracted: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE retracted != 0") ?? 0,
                sourceLexiconVersions: try String.fetchAll(db, sql: "SELECT DISTINCT lexicon_version FROM sources WHERE superseded_by IS NULL AND retracted = 0 ORDER BY 1"))
        }
    }

    /// A claim with how many sources support it and how.
    public struct ClaimSupport: Equatable, Sendable, Codable {
        public var id: String
        public var subject: String
        public var subjectName: String
        public var predicate: String
        public var object: String
        public var category: String
        public var sources: Int
        public var affirmed: Int
        public var negated: Int
        public var uncertain: Int
    }

    /// Claims by support, most-supported first; optionally only those whose subject is in `subjects`.
    public func claims(subjects: [String]? = nil, limit: Int? = nil) throws -> [ClaimSupport] {
        try pool.read { db in
            var sql = """
                SELECT c.id, c.subject, c.subject_name, c.predicate, c.object, c.category,
                       COUNT(DISTINCT e.source_id) AS sources,
                       COUNT(DISTINCT CASE WHEN e.assertion = 'affirmed' THEN e.source_id END) AS affirmed,
                       COUNT(DISTINCT CASE WHEN e.assertion = 'negated' THEN e.source_id END) AS negated,
                       COUNT(DISTINCT CASE WHEN e.assertion = 'uncertain' THEN e.source_id END) AS uncertain
                FROM claims c JOIN evidence e ON e.claim_id = c.id
                """
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let subjects {
                sql += " WHERE c.subject IN (\(subjects.map { _ in "?" }.joined(separator: ",")))"
                arguments += subjects.map { $0 as (any DatabaseValueConvertible)? }
            }
            sql += " GROUP BY c.id ORDER BY sources DESC, c.predicate, c.subject, c.object"
            if let limit { sql += " LIMIT \(limit)" }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                ClaimSupport(id: row["id"], subject: row["subject"], subjectName: row["subject_name"], predicate: row["predicate"], object: row["object"],
                             category: row["category"], sources: row["sources"], affirmed: row["affirmed"], negated: row["negated"], uncertain: row["uncertain"])
            }
        }
    }

    /// One piece of evidence, as audit shows it.
    public struct AuditEvidence: Equatable, Sendable, Codable {
        public struct SourceInfo: Equatable, Sendable, Codable {
            public var id: String
            public var path: String
            public var sha256: String
            public var title: String?
            public var publisher: String?
            public var url: String?
            public var author: String?
            public var published: String?
            public var reviewed: String?
        }
        public struct PassageInfo: Equatable, Sendable, Codable {
            public var text: String
            public var start: Int
            public var end: Int
            public var section: [String]
            public var byteStart: Int
            public var byteEnd: Int
        }
        public struct MentionInfo: Equatable, Sendable, Codable {
            public var text: String
            public var start: Int
            public var end: Int
            public var byteStart: Int
            public var byteEnd: Int
        }
        public var id: String
        public var assertion: String
        public var role: String
        public var source: SourceInfo
        public var passage: PassageInfo
        public var mention: MentionInfo
        public var why: [String]
    }

    /// The evidence of a claim, by source path then position.
    public func evidence(claim: String) throws -> [AuditEvidence] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.assertion, e.role, e.mention_text, e.start, e."end", e.raw_start, e.raw_end, e.why,
                       s.id AS sid, s.path, s.sha256, s.title, s.publisher, s.url, s.author, s.published, s.reviewed,
                       p.text AS ptext, p.start AS pstart, p."end" AS pend, p.section, p.raw_start AS praw_start, p.raw_end AS praw_end
                FROM evidence e JOIN sources s ON s.id = e.source_id JOIN passages p ON p.id = e.passage_id
                WHERE e.claim_id = ? ORDER BY s.path, e.start, e.id
                """, arguments: [claim]).map { row in
                let decoder = JSONDecoder()
                return AuditEvidence(
                    id: row["id"], assertion: row["assertion"], role: row["role"],
                    source: .init(id: row["sid"], path: row["path"], sha256: row["sha256"], title: row["title"], publisher: row["publisher"], url: row["url"],
                                  author: row["author"], published: row["published"], reviewed: row["reviewed"]),
                    passage: .init(text: row["ptext"], start: row["pstart"], end: row["pend"],
                                   section: (try? decoder.decode([String].self, from: Data((row["section"] as String).utf8))) ?? [],
                                   byteStart: row["praw_start"], byteEnd: row["praw_end"]),
                    mention: .init(text: row["mention_text"], start: row["start"], end: row["end"], byteStart: row["raw_start"], byteEnd: row["raw_end"]),
                    why: (try? decoder.decode([String].self, from: Data((row["why"] as String).utf8))) ?? [])
            }
        }
    }

    /// Every table's rows in a canonical order, as text: what "the same knowledge base content"
    /// means in tests.
    public func contentDump() throws -> String {
        try pool.read { db in
            var lines: [String] = []
            for (table, order) in [("sources", "id"), ("passages", "id"), ("claims", "id"), ("evidence", "id")] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    lines.append(table + "\t" + row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: "\t"))
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Runs a consistency check: foreign keys hold and SQLite finds no corruption.
    public func integrityProblems() throws -> [String] {
        try pool.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key broken in \($0[0] as String? ?? "?")" }
            problems += try String.fetchAll(db, sql: "SELECT id FROM evidence WHERE claim_id NOT IN (SELECT id FROM claims)").map { "evidence \($0) has no claim" }
            return problems
        }
    }
}
