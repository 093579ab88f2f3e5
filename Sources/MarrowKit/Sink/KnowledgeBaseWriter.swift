import GRDB

/// What ingesting one document did.
public enum IngestOutcome: Equatable, Sendable {
    /// A new source.
    case added
    /// The same bytes were already there (a new path for them is recorded).
    case unchanged
    /// A source at the same path had other bytes; its evidence was replaced, its row kept as an
    /// old version.
    case replaced(previous: [String])
    /// The bytes were retracted with `marrow remove`; the retraction stands.
    case retracted
}

/// What loading a batch of evidence records did.
public struct LoadOutcome: Equatable, Sendable {
    /// What a load counts.
    public enum Count: Int, CaseIterable, Sendable {
        /// Sources seen for the first time.
        case added
        /// Sources already present whose evidence the records completed or replaced.
        case updated
        /// Sources whose records were all present already.
        case unchanged
        /// Sources that lost to another version recorded at the same path (kept as old versions).
        case superseded
        /// Sources skipped because they were retracted.
        case retracted
        /// Records read.
        case records
        /// Records refused (malformed or inconsistent), reported with file and line.
        case rejected
    }

    /// How many of each.
    public var counts = Counts<Count>()

    /// Creates an empty outcome.
    public init() {}

    /// One line for people.
    public var summary: String {
        var text =
            "\(counts[.records]) records: \(counts[.added]) sources added, \(counts[.updated]) updated, "
            + "\(counts[.unchanged]) unchanged, \(counts[.superseded]) superseded"
        if counts[.retracted] > 0 { text += ", \(counts[.retracted]) retracted (skipped)" }
        if counts[.rejected] > 0 { text += "; \(counts[.rejected]) records rejected" }
        return text
    }
}

/// Every write the knowledge base makes, on one open transaction.
///
/// One upsert writes a source row (``upsertSource(_:lexiconVersion:)``), one function deletes a
/// source's passages and evidence (``deleteContent(of:)``), and every path change goes through
/// ``addPath(_:to:)`` and ``dropPath(_:from:)``. With `countsSupport` off (bulk loads into a fresh
/// file) the support counts are left for one recount at the end.
struct KnowledgeBaseWriter {
    let db: Database
    var countsSupport: Bool
    /// The record inserts, prepared once for the transaction.
    let inserter: RecordInserter

    init(db: Database, countsSupport: Bool = true) {
        self.db = db
        self.countsSupport = countsSupport
        inserter = RecordInserter(db: db)
    }

    // MARK: Documents

    /// Stores one document's source and records.
    ///
    /// - Parameters:
    ///   - source: the source facts (as ``RecordBuilder`` makes them), also for a document with no
    ///     records.
    ///   - restore: ingest bytes that were retracted (otherwise the retraction stands).
    func ingest(source: EvidenceRecord.Source, records: [EvidenceRecord], lexiconVersion: String, restore: Bool = false)
        throws -> IngestOutcome
    {
        let existing = try state(of: source.id)
        if let existing, existing.retracted, !restore { return .retracted }
        if let existing, existing.isCurrent, existing.lexiconVersion == lexiconVersion {
            try addPath(source.path, to: source.id)
            let previous = try claim(path: source.path, for: source.id, winner: { _ in source.id })
            return previous.isEmpty ? .unchanged : .replaced(previous: previous)
        }
        if existing != nil { try deleteContent(of: source.id) }
        try upsertSource(source, lexiconVersion: lexiconVersion)
        try insert(records)
        try addPath(source.path, to: source.id)
        // Counted before older versions give way, so claims they share never look orphaned.
        try countSupport(of: source.id)
        let previous = try claim(path: source.path, for: source.id, winner: { _ in source.id })
        try setLexiconVersion(lexiconVersion)
        return previous.isEmpty ? .added : .replaced(previous: previous)
    }

    /// Folds the records of one source (all of one lexicon version after filtering) into the
    /// knowledge base. See ``KnowledgeBase/load(_:)`` for the rules that make loading
    /// order-independent.
    func load(sourceRecords group: [EvidenceRecord], outcome: inout LoadOutcome) throws {
        guard let lexiconVersion = group.map(\.lexiconVersion).max() else { return }
        // The records kept, as indices into the group sorted by id: records are large, and are
        // neither moved nor copied. Ids are compared as the numbers they spell (``HexID``), in
        // the strings' order.
        let kept = group.indices.filter { group[$0].lexiconVersion == lexiconVersion }
        let order = HexID.order(kept.map { group[$0].id }).map { kept[$0] }
        guard let first = order.first else { return }
        let source = group[first].source
        // A source's records nearly always share one path (the same string): hashed once a run.
        var pathSet = Set<String>()
        var lastPath: String?
        for index in order where group[index].source.path != lastPath {
            pathSet.insert(group[index].source.path)
            lastPath = group[index].source.path
        }
        let paths = pathSet.sorted()
        let existing = try state(of: source.id)
        if let existing {
            if existing.retracted {
                outcome.counts[.retracted] += 1
                return
            }
            if existing.supersededBy != nil || existing.lexiconVersion > lexiconVersion {
                outcome.counts[.unchanged] += 1
                return
            }
        }
        var changed = existing == nil
        if let existing, existing.lexiconVersion < lexiconVersion {
            try deleteContent(of: source.id)
            changed = true
        }
        if changed { try upsertSource(source, lexiconVersion: lexiconVersion) }
        if existing != nil && !changed {
            // Same version: only evidence not yet present is new.
            let present = try existingEvidence(order.map { group[$0].id })
            let missing = order.filter { !present.contains(group[$0].id) }
            let knownPaths = Set(try self.paths(of: source.id))
            if missing.isEmpty && paths.allSatisfy(knownPaths.contains) {
                outcome.counts[.unchanged] += 1
                return
            }
            // Counted again below with the new evidence; its claims keep their rows meanwhile.
            if countsSupport { try SupportCounter.remove(source: source.id, db: db) }
            try inserter.insert(group, order: missing)
        } else {
            try inserter.insert(group, order: order)
        }
        for path in paths { try addPath(path, to: source.id) }
        // Counted before the versions at its paths are settled (a loser is uncounted again).
        try countSupport(of: source.id)
        var lost = false
        for path in paths {
            _ = try claim(path: path, for: source.id, winner: { try self.newestVersion(at: $0) })
            if try state(of: source.id)?.supersededBy != nil { lost = true }
        }
        if lost {
            outcome.counts[.superseded] += 1
        } else if existing == nil {
            outcome.counts[.added] += 1
        } else {
            outcome.counts[.updated] += 1
        }
        try setLexiconVersion(lexiconVersion)
    }

    /// Notes an input the pipeline refused, so status does not call it new.
    func recordRejection(path: String, sha256: String, error: MarrowError, lexiconVersion: String) throws {
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO rejected (sha256, path, code, message, lexicon_version) VALUES (?, ?, ?, ?, ?)"
        )
        .execute(arguments: [sha256, path, error.code.description, error.message, lexiconVersion])
    }

    /// Retracts a source: its passages and evidence go, claims left without evidence go, and its
    /// row stays, marked retracted.
    func retract(_ id: String) throws {
        try deleteContent(of: id)
        try db.cachedStatement(sql: "UPDATE sources SET retracted = 1 WHERE id = ?").execute(arguments: [id])
    }

    /// Marks a source retracted by its digest (a rebuild carrying over an earlier retraction).
    func carryRetraction(_ source: SourceRow) throws {
        try upsertSource(
            EvidenceRecord.Source(
                id: source.id, path: source.path, sha256: source.sha256, title: source.title,
                publisher: source.publisher,
                url: nil, mediaType: source.mediaType), lexiconVersion: source.lexiconVersion)
        for path in source.paths { try addPath(path, to: source.id) }
        try retract(source.id)
    }

    // MARK: Primitives

    /// The source row, written in one place for ingest and load alike.
    func upsertSource(_ source: EvidenceRecord.Source, lexiconVersion: String) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO sources (id, path, sha256, media_type, title, publisher, url, author, reviewer, published, modified, reviewed, language, lexicon_version, superseded_by, retracted)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)
                ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256, media_type = excluded.media_type,
                    title = excluded.title, publisher = excluded.publisher, url = excluded.url, author = excluded.author,
                    reviewer = excluded.reviewer, published = excluded.published, modified = excluded.modified,
                    reviewed = excluded.reviewed, language = excluded.language, lexicon_version = excluded.lexicon_version,
                    superseded_by = NULL, retracted = 0
                """
        ).execute(arguments: [
            source.id, source.path, source.sha256, source.mediaType, source.title, source.publisher, source.url,
            source.author, source.reviewer, source.published, source.modified, source.reviewed, source.language,
            lexiconVersion,
        ])
    }

    /// Deletes a source's passages and evidence and takes it out of its claims' support: the one
    /// place that does.
    func deleteContent(of source: String) throws {
        let claims =
            countsSupport
            ? try String.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT claim_id FROM evidence WHERE source_id = ?"),
                arguments: [source]) : []
        try inserter.indexPendingPassages()
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE source_id = ?").execute(arguments: [source])
        try db.cachedStatement(sql: "DELETE FROM passages WHERE source_id = ?").execute(arguments: [source])
        inserter.tally?.remove(source: source)
        guard countsSupport else { return }
        // Claims that lost their last evidence go, found by key: the work follows the document.
        let counted = try SupportCounter.remove(source: source, db: db)
        let candidates = Set(claims).union(counted)
        try SupportCounter.dropOrphans(candidates, db: db)
        inserter.forgetClaims(candidates)
    }

    /// Inserts records (passages, claims and evidence) of one source whose row exists.
    func insert(_ records: [EvidenceRecord]) throws {
        try inserter.insert(records)
    }

    /// A passage's id: derived from the source's bytes and the passage's offsets.
    static func passageID(_ record: EvidenceRecord) -> String {
        // The short digest of "SHA256\0START\0END", put together as bytes (one per passage loaded).
        var bytes = Array(record.source.sha256.utf8)
        bytes.reserveCapacity(bytes.count + 42)
        bytes.append(0)
        bytes.append(contentsOf: String(record.passage.start).utf8)
        bytes.append(0)
        bytes.append(contentsOf: String(record.passage.end).utf8)
        return SourceDocument.shortDigest(bytes)
    }

    /// Records that the source's bytes are at `path` (another spelling, or another copy), and
    /// shows the source at the smallest of its paths.
    func addPath(_ path: String, to source: String) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO source_paths (source_id, path) VALUES (?, ?)").execute(
            arguments: [source, path])
        try showAtSmallestPath(source)
    }

    /// Forgets that the source's bytes are at `path`.
    ///
    /// - Returns: how many paths the source still has.
    @discardableResult
    func dropPath(_ path: String, from source: String) throws -> Int {
        try db.cachedStatement(sql: "DELETE FROM source_paths WHERE source_id = ? AND path = ?").execute(arguments: [
            source, path,
        ])
        let left = try paths(of: source).count
        if left > 0 { try showAtSmallestPath(source) }
        return left
    }

    func showAtSmallestPath(_ source: String) throws {
        guard
            let smallest = try String.fetchOne(
                db.cachedStatement(sql: "SELECT MIN(path) FROM source_paths WHERE source_id = ?"), arguments: [source])
        else { return }
        let shown = try String.fetchOne(
            db.cachedStatement(sql: "SELECT path FROM sources WHERE id = ?"), arguments: [source])
        guard shown != smallest else { return }
        try db.cachedStatement(sql: "UPDATE sources SET path = ? WHERE id = ?").execute(arguments: [smallest, source])
        if countsSupport { try SupportCounter.rename(source: source, to: smallest, db: db) }
    }

    /// Settles which current source holds `path` (recorded with ``addPath(_:to:)`` first): `winner` picks among the contenders; every
    /// other one gives up that path, and one left with no path at all becomes an old version of
    /// the winner, without evidence.
    ///
    /// - Returns: the ids of the sources that became old versions.
    func claim(path: String, for source: String, winner: (String) throws -> String?) throws -> [String] {
        let contenders = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT p.source_id FROM source_paths p JOIN sources s ON s.id = p.source_id
                    WHERE p.path = ? AND s.superseded_by IS NULL AND s.retracted = 0 ORDER BY p.source_id
                    """), arguments: [path])
        guard contenders.count > 1, let best = try winner(path) else { return [] }
        var superseded: [String] = []
        for loser in contenders where loser != best {
            if try dropPath(path, from: loser) == 0 {
                try deleteContent(of: loser)
                try db.cachedStatement(sql: "UPDATE sources SET superseded_by = ?, path = ? WHERE id = ?").execute(
                    arguments: [best, path, loser])
                superseded.append(loser)
            }
        }
        if !superseded.isEmpty {
            // Older versions at the path point at the current one, whatever order they came in.
            try db.cachedStatement(
                sql:
                    "UPDATE sources SET superseded_by = ? WHERE path = ? AND superseded_by IS NOT NULL AND superseded_by != ? AND retracted = 0"
            )
            .execute(arguments: [best, path, best])
        }
        return superseded
    }

    /// Among the current versions at `path`, the one with the latest modified (else published)
    /// date, then the greatest SHA-256: the rule that makes load order-independent.
    func newestVersion(at path: String) throws -> String? {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT s.id, s.sha256, s.published, s.modified FROM source_paths p JOIN sources s ON s.id = p.source_id
                    WHERE p.path = ? AND s.superseded_by IS NULL AND s.retracted = 0
                    """), arguments: [path])
        func key(_ row: Row) -> (String, String) {
            ((row["modified"] as String?) ?? (row["published"] as String?) ?? "", row["sha256"])
        }
        return rows.max { key($0) < key($1) }?["id"]
    }

    func countSupport(of source: String) throws {
        guard countsSupport,
            let path = try String.fetchOne(
                db.cachedStatement(sql: "SELECT path FROM sources WHERE id = ?"), arguments: [source])
        else { return }
        try SupportCounter.add(source: source, path: path, db: db)
    }

    func setLexiconVersion(_ version: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lexicon_version', ?)").execute(
            arguments: [version])
    }

    // MARK: Small reads the writes need

    struct SourceState {
        var lexiconVersion: String
        var supersededBy: String?
        var retracted: Bool
        var isCurrent: Bool { supersededBy == nil && !retracted }
    }

    func state(of source: String) throws -> SourceState? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT lexicon_version, superseded_by, retracted FROM sources WHERE id = ?"),
            arguments: [source]
        ).map {
            SourceState(lexiconVersion: $0[0], supersededBy: $0[1], retracted: ($0[2] as Int? ?? 0) != 0)
        }
    }

    func paths(of source: String) throws -> [String] {
        try String.fetchAll(
            db.cachedStatement(sql: "SELECT path FROM source_paths WHERE source_id = ? ORDER BY path"),
            arguments: [source])
    }

    func existingEvidence(_ ids: [String]) throws -> Set<String> {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM evidence WHERE id = ?")
        var present = Set<String>()
        for id in ids where try Int.fetchOne(statement, arguments: [id]) != nil { present.insert(id) }
        return present
    }
}

/// A list of strings stored in one column as a JSON array (sections, reasons).
enum StringList {
    /// `["a","b"]`, with the escapes JSON requires (``JSONWriter``'s: quote, backslash, and
    /// control characters, nothing else).
    static func encode(_ items: [String]) -> String {
        if items.isEmpty { return "[]" }
        var writer = JSONWriter(capacity: 64)
        writer.strings(items)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
