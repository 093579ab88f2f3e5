import GRDB
import GRDBSQLite

/// Inserts records (passages, claims and evidence) through statements prepared once per
/// transaction and bound with SQLite's C API: the hot path of `load`, `rebuild` and `ingest`.
///
/// GRDB's `StatementArguments` box every value in an existential and look up generic metadata per
/// bind, which cost more than SQLite's own work; here each value is bound as the bytes or integer
/// it is. Passages and evidence go in multi-row INSERTs (``RowBatch``: up to ``batchRows``
/// rows a statement, in key order, text bound without copies), so SQLite runs one statement per
/// batch instead of one per row. Ids that are digests (a passage's, a claim's) are computed once
/// per distinct passage and claim, and the JSON lists (sections, reasons) encoded once per
/// distinct list.
final class RecordInserter {
    /// The most passages or evidence rows one INSERT statement writes.
    static let batchRows = 32

    let db: Database
    private var passage: OpaquePointer?
    private var claim: OpaquePointer?
    /// Passages and evidence rows waiting for their multi-row INSERT.
    private var passageRows = RowBatch(
        insert: """
            INSERT OR IGNORE INTO passages (id, source_id, text, start, "end", section, raw_start, raw_end, xpath, line)
            """,
        columns: 10)
    private var evidenceRows = RowBatch(
        insert: """
            INSERT OR REPLACE INTO evidence (id, claim_id, source_id, passage_id, role, assertion, mention_text, start, "end", raw_start, raw_end, why, lexicon_version)
            """,
        columns: 13)
    /// Claim ids (and tally numbers) by claim, for the transaction (claims repeat across
    /// documents; the digest is computed once).
    private var claimIDs: [EvidenceRecord.Claim: (id: String, number: Int)] = [:]
    /// Claims whose row this transaction has written: each is inserted once per transaction,
    /// not once per source that states it, until ``forgetClaims(_:)`` says its row may be gone.
    private var writtenClaims: Set<String> = []
    /// The last record's claim, its id and number (its row is among ``writtenClaims``).
    private var lastClaim: (claim: EvidenceRecord.Claim, id: String, number: Int)?
    private var lastWhy: (list: [String], encoded: String) = ([], "[]")
    private var lastSection: (list: [String], encoded: String) = ([], "[]")
    /// Whether the full-text insert trigger is off for this transaction: new passages are then
    /// indexed together by ``indexPendingPassages()``.
    private(set) var defersFullText = false
    private var pendingPassageRows: [Int64] = []
    /// Where a bulk load counts support as it writes (`nil`: support is counted from the tables).
    var tally: SupportTally?

    init(db: Database) {
        self.db = db
    }

    deinit {
        sqlite3_finalize(passage)
        sqlite3_finalize(claim)
        passageRows.finalize()
        evidenceRows.finalize()
    }

    /// Inserts `records`, all of one source whose row exists.
    func insert(_ records: [EvidenceRecord]) throws {
        try insert(records, order: Array(records.indices))
    }

    /// Inserts the records at `order` (indices into `records`, in the order given), all of one
    /// source whose row exists.
    func insert(_ records: [EvidenceRecord], order: [Int]) throws {
        guard let first = order.first else { return }
        try prepareOnce()
        var passageIDs: [PassageKey: String] = [:]
        var support: [Int: SupportTally.Bits] = [:]
        for index in order {
            try insert(records[index], passageIDs: &passageIDs, support: &support)
        }
        try passageRows.write(db)
        try evidenceRows.write(db)
        if let tally { tally.add(source: records[first].source.id, support) }
    }

    /// Adds one record's rows (its passage's and claim's when new) to the batches.
    private func insert(
        _ record: borrowing EvidenceRecord, passageIDs: inout [PassageKey: String],
        support: inout [Int: SupportTally.Bits]
    ) throws {
        let key = PassageKey(start: record.passage.start, end: record.passage.end)
        let passageID: String
        if let known = passageIDs[key] {
            passageID = known
        } else {
            passageID = KnowledgeBaseWriter.passageID(record)
            passageIDs[key] = passageID
            if record.passage.section != lastSection.list {
                lastSection = (record.passage.section, StringList.encode(record.passage.section))
            }
            let raw = record.passage.raw
            if defersFullText {
                // One row a statement: the full-text index needs each new row's rowid.
                try run(
                    passage, passageID, record.source.id, record.passage.text, record.passage.start,
                    record.passage.end, lastSection.encoded, raw.byteStart, raw.byteEnd, raw.xpath, raw.line)
                if sqlite3_changes(db.sqliteConnection) == 1 {
                    pendingPassageRows.append(sqlite3_last_insert_rowid(db.sqliteConnection))
                }
            } else {
                passageRows.add(
                    key: passageID, passageID, record.source.id, record.passage.text, record.passage.start,
                    record.passage.end, lastSection.encoded, raw.byteStart, raw.byteEnd, raw.xpath, raw.line)
                if passageRows.isFull { try passageRows.write(db) }
            }
        }
        let claimID: String
        let claimNumber: Int
        if let last = lastClaim, last.claim == record.claim {
            // The claim of the record before (records of a passage often share one): its row
            // is written, and its strings are usually the very same, so equal at once.
            (claimID, claimNumber) = (last.id, last.number)
        } else {
            if let known = claimIDs[record.claim] {
                (claimID, claimNumber) = known
            } else {
                claimID = record.claim.id
                claimNumber = tally?.number(of: claimID) ?? 0
                claimIDs[record.claim] = (claimID, claimNumber)
            }
            if writtenClaims.insert(claimID).inserted {
                try run(
                    claim, claimID, record.claim.subject, record.claim.predicate, record.claim.object,
                    record.concept.name, record.concept.category)
            }
            lastClaim = (record.claim, claimID, claimNumber)
        }
        if record.why != lastWhy.list { lastWhy = (record.why, StringList.encode(record.why)) }
        evidenceRows.add(
            key: record.id, record.id, claimID, record.source.id, passageID, record.role.rawValue,
            record.assertion.rawValue, record.mention.text, record.mention.start, record.mention.end,
            record.raw.byteStart, record.raw.byteEnd, lastWhy.encoded, record.lexiconVersion)
        if evidenceRows.isFull {
            // An evidence row's passage is written first (foreign keys, where they are on).
            try passageRows.write(db)
            try evidenceRows.write(db)
        }
        if let tally {
            tally.note(evidence: record.id)
            support[claimNumber, default: .init()].add(assertion: record.assertion, role: record.role)
        }
    }

    /// Notes that the rows of `claims` may have been deleted (their last evidence went), so the
    /// next record stating one writes its row again.
    func forgetClaims(_ claims: some Sequence<String>) {
        for claim in claims { writtenClaims.remove(claim) }
        lastClaim = nil
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

    /// A passage of the source by its offsets (its id is derived from them and the source's bytes).
    private struct PassageKey: Hashable {
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
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? { try prepareStatement(db, sql) }

    private func run<each Value: SQLiteParameter>(_ statement: OpaquePointer?, _ values: repeat each Value) throws {
        try runStatement(db, statement, repeat each values)
    }
}

/// The support counts of a bulk load into a fresh file, tallied in memory as the evidence is
/// written and stored once at the end: what ``SupportCounter/recountAll(_:)`` derives from the
/// tables (a scan of all evidence, a sort and a temporary B-tree), without reading them again.
///
/// The unit is the counter's: one (claim, source) pair with its assertion and role bits. A source
/// whose content is deleted (a newer lexicon version, a lost path) is taken out whole. An evidence
/// id written twice (a row replaced) is beyond what the tally follows: it then gives way to the
/// recount, so the counts are always the tables'.
final class SupportTally {
    /// The assertion and role bits of a (claim, source) pair, as in `claim_sources`.
    struct Bits {
        var assertions = 0
        var roles = 0

        mutating func add(assertion: Assertion, role: Role) {
            switch assertion {
            case .affirmed: assertions |= 1
            case .negated: assertions |= 2
            case .uncertain: assertions |= 4
            }
            roles |= SupportTally.roleBits[role] ?? 0
        }
    }

    static let roleBits: [Role: Int] = Dictionary(
        uniqueKeysWithValues: Role.allCases.map { ($0, SupportCounter.roleBit($0.rawValue)) })

    private var claimIDs: [String] = []
    private var claimNumbers: [String: Int] = [:]
    /// Per source id: the bits of each claim (by number) its evidence states.
    private var support: [String: [Int: Bits]] = [:]
    /// The evidence ids written, as numbers (``HexID``), and those that are not numbers.
    private var evidenceNumbers: Set<UInt64> = []
    private var evidenceIDs: Set<String> = []
    /// Whether the tally still equals what a recount would give.
    private(set) var isExact = true

    /// The claim's number in the tally.
    func number(of claim: String) -> Int {
        if let number = claimNumbers[claim] { return number }
        claimIDs.append(claim)
        claimNumbers[claim] = claimIDs.count - 1
        return claimIDs.count - 1
    }

    /// Notes an evidence row written.
    func note(evidence id: String) {
        guard isExact else { return }
        let inserted =
            if let number = HexID.value(id) { evidenceNumbers.insert(number).inserted } else {
                evidenceIDs.insert(id).inserted
            }
        if !inserted { isExact = false }
    }

    /// Adds a source's pairs (its first evidence, or more of it).
    func add(source: String, _ pairs: [Int: Bits]) {
        guard isExact else { return }
        var merged = support.removeValue(forKey: source) ?? [:]
        for (claim, bits) in pairs {
            merged[claim, default: .init()].assertions |= bits.assertions
            merged[claim, default: .init()].roles |= bits.roles
        }
        support[source] = merged
    }

    /// Takes out a source whose evidence was deleted.
    func remove(source: String) { support[source] = nil }

    /// Writes `claim_sources`, `claim_roles` and the claims' counts, and deletes the claims no
    /// source states: the recount's result, from the tally.
    func write(_ db: Database) throws {
        guard isExact else { return try SupportCounter.recountAll(db) }
        var paths: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path FROM sources") { paths[row[0]] = row[1] }
        var rows: [(claim: Int, path: String, source: String, bits: Bits)] = []
        for (source, pairs) in support {
            guard let path = paths[source] else { continue }
            for (claim, bits) in pairs { rows.append((claim, path, source, bits)) }
        }
        // Near key order, so the table's B-tree fills from left to right (any order gives the same
        // rows; String's order is much cheaper than comparing UTF-8 views, and claims are ranked once).
        var rank = [Int](repeating: 0, count: claimIDs.count)
        for (position, number) in claimIDs.indices.sorted(by: { claimIDs[$0] < claimIDs[$1] }).enumerated() {
            rank[number] = position
        }
        rows.sort {
            if $0.claim != $1.claim { return rank[$0.claim] < rank[$1.claim] }
            if $0.path != $1.path { return $0.path < $1.path }
            return $0.source < $1.source
        }
        try db.execute(
            sql: """
                DELETE FROM claim_sources;
                DELETE FROM claim_roles;
                UPDATE claims SET sources = 0, affirmed = 0, negated = 0, uncertain = 0;
                """)
        // In multi-row INSERTs, in the order sorted above (the rows, and so the table, are the
        // same as row by row; SQLite runs one statement per batch).
        var batch = RowBatch(
            insert: "INSERT INTO claim_sources (claim_id, path, source_id, assertions, roles)", columns: 5)
        defer { batch.finalize() }
        var counts = [[Int]](repeating: [0, 0, 0, 0], count: claimIDs.count)
        var roles = [[Int]](repeating: [Int](repeating: 0, count: Role.allCases.count), count: claimIDs.count)
        for row in rows {
            batch.add(inOrder: claimIDs[row.claim], row.path, row.source, row.bits.assertions, row.bits.roles)
            if batch.isFull { try batch.write(db) }
            counts[row.claim][0] += 1
            for bit in 0..<3 where row.bits.assertions & (1 << bit) != 0 { counts[row.claim][bit + 1] += 1 }
            for index in roles[row.claim].indices where row.bits.roles & (1 << index) != 0 {
                roles[row.claim][index] += 1
            }
        }
        try batch.write(db)
        let update = try db.cachedStatement(
            sql: "UPDATE claims SET sources = ?, affirmed = ?, negated = ?, uncertain = ? WHERE id = ?")
        let role = try db.cachedStatement(sql: "INSERT INTO claim_roles (claim_id, role, sources) VALUES (?, ?, ?)")
        for (number, claim) in claimIDs.enumerated() where counts[number][0] > 0 {
            let count = counts[number]
            try update.execute(arguments: [count[0], count[1], count[2], count[3], claim])
            for (index, name) in Role.allCases.enumerated() where roles[number][index] > 0 {
                try role.execute(arguments: [claim, name.rawValue, roles[number][index]])
            }
        }
        try db.execute(sql: "DELETE FROM claims WHERE sources = 0")
    }
}

/// The rows of one multi-row INSERT, gathered until the statement is written: each row's values
/// in order, the text of all of them in one byte buffer that is reused from batch to batch.
///
/// Written in key order (by the key each row is added with; rows of one key keep the order they
/// came in, so `OR IGNORE` and `OR REPLACE` resolve as they would row by row), so the table's
/// B-tree is filled from left to right within a batch. Text is bound with `SQLITE_STATIC` from the
/// buffer, which stays alive and unchanged from the binds until the statement is reset: SQLite
/// neither copies nor frees it. One statement is prepared per row count (a full batch, and the
/// shorter last batch of a source), each once per inserter.
private struct RowBatch {
    /// A value of a row: text (a range of ``bytes``), an integer or NULL.
    enum Value {
        case text(start: Int, count: Int32)
        case integer(Int64)
        case null
    }

    /// `INSERT … INTO table (columns)`, without `VALUES`.
    let insert: String
    let columns: Int
    /// The text of the rows' values; never empty, so a zero-length text has a valid address.
    private(set) var bytes: [UInt8] = [0]
    private(set) var values: [Value] = []
    /// The rows' keys as numbers (``HexID``), while every key is one.
    private var keys: [UInt64] = []
    /// The rows' keys as strings, once a key is not a number (then every key is here).
    private var textKeys: [String]?
    /// Statements by row count.
    private var statements: [Int: OpaquePointer] = [:]

    init(insert: String, columns: Int) {
        self.insert = insert
        self.columns = columns
    }

    var isFull: Bool { rows >= RecordInserter.batchRows }

    /// The rows gathered.
    private var rows: Int { textKeys?.count ?? keys.count }

    /// Adds a row of `values` (as many as the table's columns), ordered by `key`.
    mutating func add<each Value: SQLiteParameter>(key: String, _ row: repeat each Value) {
        if textKeys == nil, let number = HexID.value(key) {
            keys.append(number)
        } else {
            if textKeys == nil { textKeys = keys.map(HexID.string) }
            textKeys?.append(key)
        }
        for value in repeat each row { value.append(to: &self) }
    }

    /// Adds a row of `values` to be written after the rows added before it (a batch takes its
    /// rows with keys or in order, not both).
    mutating func add<each Value: SQLiteParameter>(inOrder row: repeat each Value) {
        precondition(textKeys == nil, "a row in order in a batch of keyed rows")
        keys.append(UInt64(keys.count))
        for value in repeat each row { value.append(to: &self) }
    }

    mutating func append(text: String) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        values.append(.text(start: start, count: Int32(bytes.count - start)))
    }

    mutating func append(_ value: Value) { values.append(value) }

    /// Writes the rows gathered (if any) in one statement, and empties the batch.
    mutating func write(_ db: Database) throws {
        let rows = rows
        guard rows > 0 else { return }
        precondition(values.count == rows * columns, "a row with the wrong number of values")
        let statement = try statement(rows: rows, db)
        let order = textKeys.map(HexID.order) ?? HexID.order(keys)
        let code = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var index: Int32 = 0
            for row in order {
                for value in values[(row * columns)..<((row + 1) * columns)] {
                    index += 1
                    switch value {
                    case .text(let start, let count): sqlite3_bind_text(statement, index, base + start, count, nil)
                    case .integer(let integer): sqlite3_bind_int64(statement, index, integer)
                    case .null: sqlite3_bind_null(statement, index)
                    }
                }
            }
            let code = sqlite3_step(statement)
            // Reset and unbound while the buffer is alive: no binding outlives the bytes it names.
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            return code
        }
        bytes.removeSubrange(1...)
        values.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        textKeys = nil
        guard code == SQLITE_DONE else {
            throw failure(db, code, sql: sqlite3_sql(statement).map { String(cString: $0) })
        }
    }

    /// The statement for `rows` rows, prepared on first use.
    private mutating func statement(rows: Int, _ db: Database) throws -> OpaquePointer {
        if let known = statements[rows] { return known }
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        let sql = insert + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
        guard let statement = try prepareStatement(db, sql) else { throw failure(db, SQLITE_ERROR, sql: sql) }
        statements[rows] = statement
        return statement
    }

    /// Finalizes the statements (the inserter's end).
    mutating func finalize() {
        for statement in statements.values { sqlite3_finalize(statement) }
        statements = [:]
    }
}

// MARK: SQLite's C API

private func prepareStatement(_ db: Database, _ sql: String) throws -> OpaquePointer? {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &statement, nil)
    guard code == SQLITE_OK else { throw failure(db, code, sql: sql) }
    return statement
}

/// Binds `values` to the statement's parameters in order, steps once, and resets the statement.
private func runStatement<each Value: SQLiteParameter>(
    _ db: Database, _ statement: OpaquePointer?, _ values: repeat each Value
) throws {
    var index: Int32 = 0
    for value in repeat each values {
        index += 1
        value.bind(to: statement, at: index)
    }
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    guard code == SQLITE_DONE else {
        throw failure(db, code, sql: sqlite3_sql(statement).map { String(cString: $0) })
    }
}

private func failure(_ db: Database, _ code: Int32, sql: String?) -> DatabaseError {
    DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
        sql: sql)
}

/// SQLite copies the bytes it is given (they are gone when the bind returns).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A value bound to a statement parameter as the bytes or the integer it is.
private protocol SQLiteParameter {
    /// Binds the value to parameter `index` (from 1) of `statement`.
    func bind(to statement: OpaquePointer?, at index: Int32)
    /// Adds the value to the row `batch` is gathering.
    func append(to batch: inout RowBatch)
}

extension String: SQLiteParameter {
    fileprivate func bind(to statement: OpaquePointer?, at index: Int32) {
        var value = self
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

    fileprivate func append(to batch: inout RowBatch) { batch.append(text: self) }
}

extension Int: SQLiteParameter {
    fileprivate func bind(to statement: OpaquePointer?, at index: Int32) {
        sqlite3_bind_int64(statement, index, Int64(self))
    }

    fileprivate func append(to batch: inout RowBatch) { batch.append(.integer(Int64(self))) }
}

extension Optional: SQLiteParameter where Wrapped: SQLiteParameter {
    fileprivate func bind(to statement: OpaquePointer?, at index: Int32) {
        if let value = self { value.bind(to: statement, at: index) } else { sqlite3_bind_null(statement, index) }
    }

    fileprivate func append(to batch: inout RowBatch) {
        if let value = self { value.append(to: &batch) } else { batch.append(.null) }
    }
}
