import Foundation
import GRDB

/// The knowledge base's tables, their migrations, and how a file is recognised as a Marrow
/// knowledge base before anything is written to it.
///
/// Tables: `sources` (one row per distinct bytes, with a version chain and a retraction mark),
/// `source_paths` (every path, or spelling of a path, the bytes were seen at), `passages` (with a
/// full-text index), `claims` (with their support counts), `claim_sources` (which sources state a
/// claim, and how), `claim_roles` (how many sources give a claim each role), `evidence`, `rejected`
/// (inputs the pipeline refused, so status does not call them new), and `meta`.
enum KnowledgeBaseSchema {
    /// SQLite's `application_id` for Marrow knowledge bases ("MRRW").
    static let applicationID: Int32 = 0x4D52_5257

    /// The migrations, oldest first. A knowledge base is migrated on every writable open.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
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
        migrator.registerMigration("v3") { db in
            // Support counted incrementally (claims and audit read them instead of scanning the
            // evidence), every path a source was seen at, rejected inputs, and indexes for the
            // per-source and per-claim lookups.
            try db.execute(
                sql: """
                    ALTER TABLE claims ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE claims ADD COLUMN affirmed INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE claims ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE claims ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
                    CREATE INDEX claims_subject ON claims(subject);
                    CREATE TABLE claim_sources (
                        claim_id TEXT NOT NULL, path TEXT NOT NULL, source_id TEXT NOT NULL,
                        assertions INTEGER NOT NULL, roles INTEGER NOT NULL,
                        PRIMARY KEY (claim_id, path, source_id)) WITHOUT ROWID;
                    CREATE INDEX claim_sources_source ON claim_sources(source_id);
                    CREATE TABLE claim_roles (
                        claim_id TEXT NOT NULL, role TEXT NOT NULL, sources INTEGER NOT NULL,
                        PRIMARY KEY (claim_id, role)) WITHOUT ROWID;
                    CREATE TABLE source_paths (
                        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, path TEXT NOT NULL,
                        PRIMARY KEY (source_id, path)) WITHOUT ROWID;
                    CREATE INDEX source_paths_path ON source_paths(path);
                    CREATE TABLE rejected (
                        sha256 TEXT NOT NULL, path TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
                        lexicon_version TEXT NOT NULL, PRIMARY KEY (sha256, path)) WITHOUT ROWID;
                    DROP INDEX evidence_claim;
                    DROP INDEX evidence_source;
                    CREATE INDEX evidence_source ON evidence(source_id, claim_id, start);
                    INSERT INTO source_paths (source_id, path) SELECT id, path FROM sources;
                    """)
            try SupportCounter.recountAll(db)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        return migrator
    }

    /// What a file at a knowledge-base path turned out to be.
    enum FileKind: Equatable {
        /// Nothing is there.
        case missing
        /// A file of zero bytes.
        case empty
        /// A SQLite database (Marrow's or not: opening it tells).
        case sqlite
        /// Something else: a text file given by mistake, say.
        case other
        /// A folder.
        case folder
    }

    /// Looks at the first bytes of `path` without opening it as a database.
    static func kind(of path: String) -> FileKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .folder }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .other }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return .empty }
        return header == Data("SQLite format 3\u{0}".utf8) ? .sqlite : .other
    }

    /// Whether an open database is a Marrow knowledge base: it carries Marrow's application id,
    /// or (written before the id existed) Marrow's first migration and its tables.
    static func isMarrow(_ db: Database) throws -> Bool {
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID { return true }
        guard try db.tableExists("grdb_migrations"), try db.tableExists("evidence"), try db.tableExists("sources")
        else { return false }
        return try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations WHERE identifier = 'v1'") != nil
    }

    /// Throws unless every migration applied to `db` is one this build knows.
    static func checkNotNewer(_ db: Database, path: String) throws {
        let migrator = Self.migrator
        let known = Set(migrator.migrations)
        let applied = try migrator.appliedIdentifiers(db)
        if !applied.isSubset(of: known) {
            throw MarrowError(
                .knowledgeBase, Message.newer(applied.subtracting(known).sorted(), known: migrator.migrations),
                at: SourceLocation(path: path))
        }
    }

    /// Whether `db` lacks migrations this build would apply.
    static func needsMigration(_ db: Database) throws -> Bool {
        try !Set(migrator.migrations).isSubset(of: migrator.appliedIdentifiers(db))
    }

    /// What the schema checks say, in one place.
    enum Message {
        static func newer(_ unknown: [String], known: [String]) -> String {
            "written by a newer Marrow (schema \(unknown.joined(separator: ", "))); this build knows \(known.joined(separator: ", ")). Upgrade marrow, or rebuild into another file"
        }

        static let notMarrow =
            "is not a Marrow knowledge base (it holds something else); choose another --kb, or move the file away"
        static let notMarrowDatabase =
            "is a SQLite database but not a Marrow knowledge base; choose another --kb, or move the file away"
        static let empty =
            "is an empty file, not a knowledge base; run 'marrow rebuild' or 'marrow ingest' to fill it, or set --kb"
        static let folder = "is a folder; --kb names the knowledge base file (for example .marrow/knowledge.sqlite)"
        static let notWritable =
            "is read-only for this user; commands that change a knowledge base need write access to it (read commands still work)"
        static let missing = "no knowledge base here; run 'marrow rebuild' or 'marrow ingest' first, or set --kb"
        static let outdated =
            "was written by an older Marrow and needs upgrading; run any writing command (for example 'marrow status' after 'marrow ingest') or 'marrow rebuild' with write access"
    }
}
