import Foundation
import GRDB

/// Fills a fresh knowledge base file in bulk, for `rebuild`, a `load` into a new file, and `merge`.
///
/// Unlike a live knowledge base, nobody reads the file until it is finished, and a crash throws it
/// away: so it runs without a journal, commits many documents at a time with prepared
/// statements, fills the full-text index and the support counts once at the end, and switches to
/// WAL mode only when it is complete. The content is the same as ingesting the same documents one
/// by one (``KnowledgeBase/contentDump()`` is identical).
public final class KnowledgeBaseBuilder {
    /// The file being built.
    public let path: String
    let queue: DatabaseQueue
    var pendingDocuments: [(source: EvidenceRecord.Source, records: [EvidenceRecord], lexiconVersion: String)] = []
    var pendingRecords = 0
    var pendingGroups: [[EvidenceRecord]] = []
    var ftsTriggers: [String] = []
    /// The secondary indexes dropped while filling, to be created once at the end.
    var deferredIndexes: [String] = []
    /// The support counts, tallied as the evidence is written.
    let tally = SupportTally()
    /// What loading did so far.
    public private(set) var loadOutcome = LoadOutcome()

    /// Secondary indexes built once after the bulk load (sorting once is cheaper than keeping
    /// them in order row by row); the lookups the load itself makes (by id, by path) keep theirs.
    static let deferredIndexNames = ["passages_source", "evidence_source", "claims_subject", "claim_sources_source"]

    /// How many records to hold before writing them in one transaction.
    static let batchRecords = 50_000

    /// Creates (replacing any file there) an empty knowledge base at `path` for bulk filling.
    public init(path: String) throws {
        self.path = path
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var configuration = KnowledgeBase.configuration(readOnly: false)
        // No foreign-key checks while filling: every write goes through KnowledgeBaseWriter, which
        // writes a source's row before its passages and a claim before its evidence, and no
        // source row is ever deleted (nothing to cascade). The tests check the finished file with
        // `PRAGMA foreign_key_check`, and every later open enforces the keys again.
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in
            try db.execute(
                sql:
                    "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY"
            )
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try KnowledgeBaseSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                ftsTriggers = try String.fetchAll(
                    db,
                    sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'passages' ORDER BY name")
                for name in try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'passages'")
                {
                    try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
                }
                for index in Self.deferredIndexNames {
                    guard
                        let sql = try String.fetchOne(
                            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                            arguments: [index])
                    else { continue }
                    deferredIndexes.append(sql)
                    try db.execute(sql: "DROP INDEX \(index.quotedDatabaseIdentifier)")
                }
            }
        } catch let error as MarrowError {
            throw error
        } catch {
            throw MarrowError(.knowledgeBase, "cannot create knowledge base: \(error)", at: SourceLocation(path: path))
        }
    }

    /// Adds one processed document (written with the next batch).
    public func add(source: EvidenceRecord.Source, records: [EvidenceRecord], lexiconVersion: String) throws {
        pendingDocuments.append((source, records, lexiconVersion))
        pendingRecords += records.count + 1
        if pendingRecords >= Self.batchRecords { try flush() }
    }

    /// Adds records of one source read from JSON Lines (written with the next batch).
    public func load(sourceRecords group: [EvidenceRecord]) throws {
        pendingGroups.append(group)
        pendingRecords += group.count
        if pendingRecords >= Self.batchRecords { try flush() }
    }

    /// Notes an input the pipeline refused.
    public func recordRejection(path: String, sha256: String, error: MarrowError, lexiconVersion: String) throws {
        try flush()
        try queue.write { db in
            try writer(db).recordRejection(
                path: path, sha256: sha256, error: error, lexiconVersion: lexiconVersion)
        }
    }

    /// Carries retractions over from the knowledge base being replaced, so they stick.
    public func carryRetractions(_ sources: [SourceRow]) throws {
        try flush()
        try queue.write { db in
            let writer = writer(db)
            for source in sources { try writer.carryRetraction(source) }
        }
    }

    /// A writer on the builder's transaction: support is tallied, not counted.
    func writer(_ db: Database) -> KnowledgeBaseWriter {
        let writer = KnowledgeBaseWriter(db: db, countsSupport: false)
        writer.inserter.tally = tally
        return writer
    }

    /// Writes what is pending in one transaction.
    func flush() throws {
        guard !pendingDocuments.isEmpty || !pendingGroups.isEmpty else { return }
        let documents = pendingDocuments
        let groups = pendingGroups
        pendingDocuments = []
        pendingGroups = []
        pendingRecords = 0
        var outcome = loadOutcome
        try queue.write { db in
            let writer = writer(db)
            for document in documents {
                _ = try writer.ingest(
                    source: document.source, records: document.records, lexiconVersion: document.lexiconVersion)
            }
            for group in groups {
                outcome.counts[.records] += group.count
                try writer.load(sourceRecords: group, outcome: &outcome)
            }
        }
        loadOutcome = outcome
    }

    /// Writes what is pending, counts support, fills the full-text index, and leaves the file in
    /// WAL mode, closed, ready to be put in place.
    public func finish() throws {
        try flush()
        try queue.writeWithoutTransaction { db in
            try db.inTransaction {
                try tally.write(db)
                for index in deferredIndexes { try db.execute(sql: index) }
                for trigger in ftsTriggers { try db.execute(sql: trigger) }
                try db.execute(sql: "INSERT INTO passages_fts(passages_fts) VALUES('rebuild')")
                return .commit
            }
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
    }

    /// Gives up: closes and deletes the file.
    public func discard() {
        try? queue.close()
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
