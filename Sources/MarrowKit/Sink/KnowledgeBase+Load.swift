import Foundation
import GRDB

extension KnowledgeBase {
    /// What loading a batch of evidence records did.
    public struct LoadOutcome: Equatable, Sendable {
        /// Sources seen for the first time.
        public var added = 0
        /// Sources already present whose evidence the records completed or replaced.
        public var updated = 0
        /// Sources whose records were all present already.
        public var unchanged = 0
        /// Sources that lost to another version recorded at the same path (kept as old versions).
        public var superseded = 0
        /// Records read.
        public var records = 0

        /// Creates an empty outcome.
        public init() {}

        /// One line for people.
        public var summary: String {
            "\(records) records: \(added) sources added, \(updated) updated, \(unchanged) unchanged, \(superseded) superseded"
        }
    }

    /// Folds evidence records (from `marrow extract`, possibly run in shards elsewhere) into the
    /// knowledge base, one transaction per source.
    ///
    /// Loading is order-independent: the resulting content depends only on the set of records
    /// loaded, not on how they were split or in which order the batches came, and it equals what
    /// ingesting the same documents with the same lexicons gives. Two rules make that so when
    /// records disagree: a source's evidence comes from one lexicon version (the greatest version
    /// string wins), and when several versions of a source share a path, the current one is the
    /// one with the latest modified (else published) date, then the greatest SHA-256; the others
    /// are kept as old versions pointing at it, without evidence.
    ///
    /// - Parameter records: the records, in any order.
    /// - Returns: what changed, per source.
    @discardableResult
    public func load(_ records: [EvidenceRecord]) throws -> LoadOutcome {
        var outcome = LoadOutcome()
        outcome.records = records.count
        let bySource = Dictionary(grouping: records, by: \.source.id)
        for sourceID in bySource.keys.sorted() {
            guard let group = bySource[sourceID] else { continue }
            try pool.write { db in try KnowledgeBase.load(sourceRecords: group, outcome: &outcome, db: db) }
        }
        return outcome
    }

    static func load(sourceRecords group: [EvidenceRecord], outcome: inout LoadOutcome, db: Database) throws {
        guard let lexiconVersion = group.map(\.lexiconVersion).max() else { return }
        let records = group.filter { $0.lexiconVersion == lexiconVersion }.sorted { $0.id < $1.id }
        guard let source = records.first?.source else { return }
        let existing = try Row.fetchOne(db, sql: "SELECT lexicon_version, superseded_by, retracted FROM sources WHERE id = ?", arguments: [source.id])
        if let existing {
            let existingVersion: String = existing["lexicon_version"]
            let retracted = (existing["retracted"] as Int? ?? 0) != 0
            if (existing["superseded_by"] as String?) != nil && !retracted {
                outcome.superseded += 1
                return
            }
            if existingVersion > lexiconVersion {
                outcome.unchanged += 1
                return
            }
            if existingVersion < lexiconVersion || retracted {
                try db.execute(sql: "DELETE FROM evidence WHERE source_id = ?", arguments: [source.id])
                try db.execute(sql: "DELETE FROM passages WHERE source_id = ?", arguments: [source.id])
            } else {
                let ids = records.map(\.id)
                let present = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                               arguments: StatementArguments(ids)) ?? 0
                if present == Set(ids).count {
                    outcome.unchanged += 1
                    return
                }
            }
        }
        try db.execute(sql: """
            INSERT INTO sources (id, path, sha256, media_type, title, publisher, url, author, reviewer, published, modified, reviewed, language, lexicon_version, superseded_by, retracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)
            ON CONFLICT(id) DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, media_type = excluded.media_type,
                title = excluded.title, publisher = excluded.publisher, url = excluded.url, author = excluded.author,
                reviewer = excluded.reviewer, published = excluded.published, modified = excluded.modified,
                reviewed = excluded.reviewed, language = excluded.language, lexicon_version = excluded.lexicon_version,
                superseded_by = NULL, retracted = 0
            """, arguments: [source.id, source.path, source.sha256, source.mediaType, source.title, source.publisher, source.url,
                             source.author, source.reviewer, source.published, source.modified, source.reviewed, source.language, lexiconVersion])
        try insert(records, db: db)
        let winner = try resolveVersions(path: source.path, db: db)
        if winner != source.id {
            outcome.superseded += 1
        } else if existing == nil {
            outcome.added += 1
        } else {
            outcome.updated += 1
        }
        try db.execute(sql: "DELETE FROM claims WHERE id NOT IN (SELECT DISTINCT claim_id FROM evidence)")
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lexicon_version', ?)", arguments: [lexiconVersion])
    }

    /// Decides which of the current versions at `path` stays current (latest modified, else
    /// published, date; then greatest SHA-256), and turns every other unretracted version there
    /// into an old version of it, without evidence.
    ///
    /// - Returns: the id of the current version.
    static func resolveVersions(path: String, db: Database) throws -> String? {
        let current = try Row.fetchAll(db, sql: "SELECT id, sha256, published, modified FROM sources WHERE path = ? AND superseded_by IS NULL AND retracted = 0", arguments: [path])
        guard current.count > 1 else { return current.first?["id"] }
        func key(_ row: Row) -> (String, String) { ((row["modified"] as String?) ?? (row["published"] as String?) ?? "", row["sha256"]) }
        guard let best = current.max(by: { key($0) < key($1) }) else { return nil }
        let winner: String = best["id"]
        for row in current where (row["id"] as String) != winner {
            try db.execute(sql: "DELETE FROM evidence WHERE source_id = ?", arguments: [row["id"] as String])
            try db.execute(sql: "DELETE FROM passages WHERE source_id = ?", arguments: [row["id"] as String])
        }
        try db.execute(sql: "UPDATE sources SET superseded_by = ? WHERE path = ? AND id != ? AND retracted = 0", arguments: [winner, path, winner])
        return winner
    }
}

/// Reads evidence records from JSON Lines, as `marrow extract` writes them.
public enum EvidenceRecordReader {
    /// Decodes every evidence line of `data`; blank lines and lines of other `type`s are skipped.
    ///
    /// - Parameters:
    ///   - data: the JSON Lines bytes.
    ///   - label: the file name to put in errors.
    /// - Returns: the records, and one error per line that is not a readable record of a schema
    ///   this build knows.
    public static func read(_ data: Data, label: String) -> (records: [EvidenceRecord], failures: [MarrowError]) {
        struct Header: Decodable {
            var schema: Int?
            var type: String?
        }
        let decoder = JSONDecoder()
        var records: [EvidenceRecord] = []
        var failures: [MarrowError] = []
        JSONLines.forEachLine(in: data, label: label) { line, location in
            do {
                let header = try decoder.decode(Header.self, from: line)
                guard header.type == nil || header.type == "evidence" else { return }
                if let schema = header.schema, schema > EvidenceRecord.schemaVersion {
                    failures.append(MarrowError(.malformedInput, "record schema \(schema) is newer than this build's (\(EvidenceRecord.schemaVersion)); upgrade marrow", at: location))
                    return
                }
                records.append(try decoder.decode(EvidenceRecord.self, from: line))
            } catch {
                failures.append(MarrowError(.malformedInput, "not an evidence record: \(error)", at: location))
            }
        }
        return (records, failures)
    }
}
