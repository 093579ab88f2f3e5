import GRDB
import GRDBSQLite

/// Inserts records (passages, claims and evidence) through three statements prepared once per
/// transaction and bound with SQLite's C API: the hot path of `load`, `rebuild` and `ingest`.
///
/// GRDB's `StatementArguments` box every value in an existential and look up generic metadata per
/// bind, which cost more than SQLite's own work; here each value is bound as the bytes or integer
/// it is. Ids that are digests (a passage's, a claim's) are computed once per distinct passage and
/// claim, and the JSON lists (sections, reasons) encoded once per distinct list.
final class RecordInserter {
    let db: Database
    private var passage: OpaquePointer?
    private var claim: OpaquePointer?
    private var evidence: OpaquePointer?
    /// Claim ids by claim, for the transaction (claims repeat across documents; the digest is
    /// computed once).
    private var claimIDs: [EvidenceRecord.Claim: String] = [:]
    /// Claims whose row this transaction has written: each is inserted once per transaction,
    /// not once per source that states it, until ``forgetClaims(_:)`` says its row may be gone.
    private var writtenClaims: Set<String> = []
    private var lastWhy: (list: [String], encoded: String) = ([], "[]")
    /// Whether the full-text insert trigger is off for this transaction: new passages are then
    /// indexed together by ``indexPendingPassages()``.
    private(set) var defersFullText = false
    private var pendingPassageRows: [Int64] = []

    init(db: Database) {
        self.db = db
    }

    deinit {
        sqlite3_finalize(passage)
        sqlite3_finalize(claim)
        sqlite3_finalize(evidence)
    }

    /// Inserts `records`, all of one source whose row exists.
    func insert(_ records: [EvidenceRecord]) throws {
        guard !records.isEmpty else { return }
        try prepareOnce()
        var passageIDs: [PassageKey: String] = [:]
        for record in records {
            let key = PassageKey(sha256: record.source.sha256, start: record.passage.start, end: record.passage.end)
            let passageID: String
            if let known = passageIDs[key] {
                passageID = known
            } else {
                passageID = KnowledgeBaseWriter.passageID(record)
                passageIDs[key] = passageID
                try run(passage) { statement in
                    bind(statement, 1, passageID)
                    bind(statement, 2, record.source.id)
                    bind(statement, 3, record.passage.text)
                    bind(statement, 4, record.passage.start)
                    bind(statement, 5, record.passage.end)
                    bind(statement, 6, StringList.encode(record.passage.section))
                    bind(statement, 7, record.passage.raw.byteStart)
                    bind(statement, 8, record.passage.raw.byteEnd)
                    bind(statement, 9, record.passage.raw.xpath)
                    bind(statement, 10, record.passage.raw.line)
                }
                if defersFullText, sqlite3_changes(db.sqliteConnection) == 1 {
                    pendingPassageRows.append(sqlite3_last_insert_rowid(db.sqliteConnection))
                }
            }
            let claimID: String
            if let known = claimIDs[record.claim] {
                claimID = known
            } else {
                claimID = record.claim.id
                claimIDs[record.claim] = claimID
            }
            if writtenClaims.insert(claimID).inserted {
                try run(claim) { statement in
                    bind(statement, 1, claimID)
                    bind(statement, 2, record.claim.subject)
                    bind(statement, 3, record.claim.predicate)
                    bind(statement, 4, record.claim.object)
                    bind(statement, 5, record.concept.name)
                    bind(statement, 6, record.concept.category)
                }
            }
            if record.why != lastWhy.list { lastWhy = (record.why, StringList.encode(record.why)) }
            try run(evidence) { statement in
                bind(statement, 1, record.id)
                bind(statement, 2, claimID)
                bind(statement, 3, record.source.id)
                bind(statement, 4, passageID)
                bind(statement, 5, record.role.rawValue)
                bind(statement, 6, record.assertion.rawValue)
                bind(statement, 7, record.mention.text)
                bind(statement, 8, record.mention.start)
                bind(statement, 9, record.mention.end)
                bind(statement, 10, record.raw.byteStart)
                bind(statement, 11, record.raw.byteEnd)
                bind(statement, 12, lastWhy.encoded)
                bind(statement, 13, record.lexiconVersion)
            }
        }
    }

    /// Notes that the rows of `claims` may have been deleted (their last evidence went), so the
    /// next record stating one writes its row again.
    func forgetClaims(_ claims: some Sequence<String>) {
        for claim in claims { writtenClaims.remove(claim) }
    }

    // MARK: Full-text index

    /// The trigger that indexes each inserted passage (GRDB's name for it).
    static let fullTextInsertTrigger = "__passages_fts_ai"

    /// Runs `body` with the full-text insert trigger off, and indexes the passages it inserted in
    /// a few statements at the end.
    ///
    /// FTS5 writes its pending terms to disk at every statement savepoint, and each insert that
    /// fires the trigger opens one: loading passage by passage made one tiny index segment per
    /// passage. The trigger is dropped and created again inside the caller's transaction, so no
    /// reader ever sees it missing; a failure rolls both back.
    func deferringFullText<T>(_ body: () throws -> T) throws -> T {
        guard !defersFullText,
            let trigger = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                arguments: [Self.fullTextInsertTrigger])
        else { return try body() }
        try db.execute(sql: "DROP TRIGGER \(Self.fullTextInsertTrigger.quotedDatabaseIdentifier)")
        defersFullText = true
        defer { defersFullText = false }
        let result = try body()
        try indexPendingPassages()
        try db.execute(sql: trigger)
        return result
    }

    /// Indexes the passages inserted since the last call (before any passage is deleted, so the
    /// delete trigger finds what it takes out).
    func indexPendingPassages() throws {
        guard !pendingPassageRows.isEmpty else { return }
        let rows = pendingPassageRows.sorted()
        pendingPassageRows = []
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + 500, rows.count)]
            try db.execute(
                sql:
                    "INSERT INTO passages_fts (rowid, text) SELECT rowid, text FROM passages WHERE rowid IN (\(chunk.map(String.init).joined(separator: ","))) ORDER BY rowid"
            )
            start += chunk.count
        }
    }

    /// A passage by the bytes it is in and its offsets (what its id is derived from).
    private struct PassageKey: Hashable {
        var sha256: String
        var start: Int
        var end: Int
    }

    // MARK: SQLite

    private func prepareOnce() throws {
        guard passage == nil else { return }
        passage = try prepare(
            """
            INSERT OR IGNORE INTO passages (id, source_id, text, start, "end", section, raw_start, raw_end, xpath, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        claim = try prepare(
            "INSERT OR IGNORE INTO claims (id, subject, predicate, object, subject_name, category) VALUES (?, ?, ?, ?, ?, ?)"
        )
        evidence = try prepare(
            """
            INSERT OR REPLACE INTO evidence (id, claim_id, source_id, passage_id, role, assertion, mention_text, start, "end", raw_start, raw_end, why, lexicon_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &statement, nil)
        guard code == SQLITE_OK else { throw failure(code, sql: sql) }
        return statement
    }

    /// Binds with `body`, steps once, and resets the statement.
    private func run(_ statement: OpaquePointer?, _ body: (OpaquePointer?) -> Void) throws {
        body(statement)
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else { throw failure(code, sql: sqlite3_sql(statement).map { String(cString: $0) }) }
    }

    private func failure(_ code: Int32, sql: String?) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: sql)
    }
}

/// SQLite copies the bytes it is given (they are gone when the bind returns).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private func bind(_ statement: OpaquePointer?, _ index: Int32, _ value: String) {
    var value = value
    _ = value.withUTF8 { bytes in
        // A zero-length text must still be text, not NULL: give SQLite a valid pointer.
        if let base = bytes.baseAddress {
            sqlite3_bind_text(
                statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                transient)
        } else {
            sqlite3_bind_text(statement, index, "", 0, transient)
        }
    }
}

private func bind(_ statement: OpaquePointer?, _ index: Int32, _ value: String?) {
    if let value { bind(statement, index, value) } else { sqlite3_bind_null(statement, index) }
}

private func bind(_ statement: OpaquePointer?, _ index: Int32, _ value: Int) {
    sqlite3_bind_int64(statement, index, Int64(value))
}

private func bind(_ statement: OpaquePointer?, _ index: Int32, _ value: Int?) {
    if let value { bind(statement, index, value) } else { sqlite3_bind_null(statement, index) }
}
