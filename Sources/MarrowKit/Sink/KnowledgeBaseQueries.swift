import Foundation
import GRDB

/// Every read the knowledge base answers, on one consistent snapshot. Each query is served by an
/// index or by the support counts, so its cost follows the size of the answer, not of the
/// knowledge base.
struct KnowledgeBaseQueries {
    let db: Database

    /// Counts of sources, passages, claims and evidence.
    func statistics() throws -> Statistics {
        Statistics(
            sources: try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sources WHERE superseded_by IS NULL AND retracted = 0") ?? 0,
            oldVersions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE superseded_by IS NOT NULL") ?? 0,
            passages: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passages") ?? 0,
            claims: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claims") ?? 0,
            evidence: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence") ?? 0,
            lexiconVersion: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicon_version'"),
            retracted: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE retracted != 0") ?? 0,
            rejected: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rejected") ?? 0,
            sourceLexiconVersions: try String.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT lexicon_version FROM sources WHERE superseded_by IS NULL AND retracted = 0 ORDER BY 1"
            ))
    }

    /// Claims by support (sources, then affirming sources, then predicate, subject and object);
    /// optionally only those whose subject is in `subjects`.
    func claims(subjects: [String]? = nil, limit: Int? = nil) throws -> [ClaimRow] {
        var sql =
            "SELECT id, subject, subject_name, predicate, object, category, sources, affirmed, negated, uncertain FROM claims WHERE sources > 0"
        var arguments = StatementArguments()
        if let subjects {
            sql += " AND subject IN (\(subjects.map { _ in "?" }.joined(separator: ",")))"
            arguments += StatementArguments(subjects)
        }
        sql += " ORDER BY sources DESC, affirmed DESC, predicate, subject, object"
        if let limit { sql += " LIMIT \(max(0, limit))" }
        var roles: [String: [String]] = [:]
        let order = Role.allCases.map(\.rawValue)
        for row in try Row.fetchAll(db, sql: "SELECT claim_id, role FROM claim_roles WHERE sources > 0") {
            roles[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let id: String = row["id"]
            return ClaimRow(
                id: id, subject: row["subject"], subjectName: row["subject_name"], predicate: row["predicate"],
                object: row["object"],
                category: row["category"], sources: row["sources"], affirmed: row["affirmed"], negated: row["negated"],
                uncertain: row["uncertain"],
                roles: (roles[id] ?? []).sorted {
                    (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1)
                })
        }
    }

    /// The evidence of a claim, by source path then position; at most `sources` sources when given.
    func evidence(claim: String, sources limit: Int? = nil) throws -> [EvidenceRow] {
        var sql = "SELECT source_id FROM claim_sources WHERE claim_id = ? ORDER BY path, source_id"
        if let limit { sql += " LIMIT \(max(0, limit))" }
        let sources = try String.fetchAll(db, sql: sql, arguments: [claim])
        let statement = try db.cachedStatement(
            sql: """
                SELECT e.id, e.assertion, e.role, e.mention_text, e.start, e."end", e.raw_start, e.raw_end, e.why,
                       s.id AS sid, s.path, s.sha256, s.media_type, s.title, s.publisher, s.url, s.author, s.reviewer,
                       s.published, s.modified, s.reviewed, s.language,
                       p.text AS ptext, p.start AS pstart, p."end" AS pend, p.section, p.raw_start AS praw_start, p.raw_end AS praw_end
                FROM evidence e JOIN sources s ON s.id = e.source_id JOIN passages p ON p.id = e.passage_id
                WHERE e.source_id = ? AND e.claim_id = ? ORDER BY e.start, e.id
                """)
        var rows: [EvidenceRow] = []
        for source in sources {
            for row in try Row.fetchAll(statement, arguments: [source, claim]) {
                rows.append(
                    EvidenceRow(
                        id: row["id"], assertion: row["assertion"], role: row["role"],
                        source: .init(
                            id: row["sid"], path: row["path"], sha256: row["sha256"], title: row["title"],
                            publisher: row["publisher"], url: row["url"], mediaType: row["media_type"],
                            author: row["author"], reviewer: row["reviewer"], published: row["published"],
                            modified: row["modified"], reviewed: row["reviewed"], language: row["language"]),
                        passage: .init(
                            text: row["ptext"], start: row["pstart"], end: row["pend"],
                            section: StringList.decode(row["section"]),
                            byteStart: row["praw_start"], byteEnd: row["praw_end"]),
                        mention: .init(
                            text: row["mention_text"], start: row["start"], end: row["end"],
                            byteStart: row["raw_start"], byteEnd: row["raw_end"]),
                        why: StringList.decode(row["why"])))
            }
        }
        return rows
    }

    /// Every source version, by path and then id; only those recorded at `path` when given.
    func sourceVersions(path: String? = nil, currentOnly: Bool = false) throws -> [SourceRow] {
        var sql = """
            SELECT s.id, s.path, s.sha256, s.media_type, s.title, s.publisher, s.lexicon_version, s.superseded_by, s.retracted,
                   (SELECT COUNT(*) FROM evidence e WHERE e.source_id = s.id) AS evidence,
                   (SELECT group_concat(path, char(10)) FROM (SELECT path FROM source_paths p WHERE p.source_id = s.id ORDER BY path)) AS paths
            FROM sources s
            """
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let path {
            conditions.append("(s.path = ? OR s.id IN (SELECT source_id FROM source_paths WHERE path = ?))")
            arguments += [path, path]
        }
        if currentOnly { conditions.append("s.superseded_by IS NULL AND s.retracted = 0") }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY s.path, s.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let paths =
                (row["paths"] as String?).map {
                    $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                } ?? []
            return SourceRow(
                id: row["id"], path: row["path"], paths: paths.isEmpty ? [row["path"]] : paths, sha256: row["sha256"],
                mediaType: row["media_type"],
                title: row["title"], publisher: row["publisher"], lexiconVersion: row["lexicon_version"],
                supersededBy: row["superseded_by"],
                retracted: (row["retracted"] as Int? ?? 0) != 0, evidence: row["evidence"])
        }
    }

    /// Inputs the pipeline refused, by path.
    func rejected() throws -> [RejectedRow] {
        try Row.fetchAll(db, sql: "SELECT path, sha256, code, message FROM rejected ORDER BY path, sha256").map {
            RejectedRow(path: $0[0], sha256: $0[1], code: $0[2], message: $0[3])
        }
    }

    /// The raw anchors of one source: each passage's text and byte range, each mention's.
    func anchors(source: String) throws -> (passages: [AnchorRow], mentions: [AnchorRow]) {
        let passages = try Row.fetchAll(
            db, sql: "SELECT text, raw_start, raw_end FROM passages WHERE source_id = ? ORDER BY raw_start, id",
            arguments: [source]
        )
        .map { AnchorRow(text: $0[0], byteStart: $0[1], byteEnd: $0[2]) }
        let mentions = try Row.fetchAll(
            db, sql: "SELECT mention_text, raw_start, raw_end FROM evidence WHERE source_id = ? ORDER BY raw_start, id",
            arguments: [source]
        )
        .map { AnchorRow(text: $0[0], byteStart: $0[1], byteEnd: $0[2]) }
        return (passages, mentions)
    }

    /// Every table's rows in a canonical order, as text: what "the same knowledge base content"
    /// means in tests (derived tables included, so counts that drift show up).
    func contentDump() throws -> String {
        var lines: [String] = []
        for (table, order) in [
            ("sources", "id"), ("source_paths", "source_id, path"), ("passages", "id"), ("claims", "id"),
            ("claim_sources", "claim_id, path, source_id"), ("claim_roles", "claim_id, role"), ("evidence", "id"),
        ] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                lines.append(
                    table + "\t" + row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A consistency check: SQLite finds no corruption, foreign keys hold, and the support counts
    /// agree with the evidence.
    func integrityProblems() throws -> [String] {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map {
            "foreign key broken in \($0[0] as String? ?? "?")"
        }
        problems += try String.fetchAll(
            db, sql: "SELECT id FROM evidence WHERE claim_id NOT IN (SELECT id FROM claims)"
        ).map { "evidence \($0) has no claim" }
        problems += try String.fetchAll(
            db,
            sql: """
                SELECT c.id FROM claims c WHERE c.sources != (SELECT COUNT(DISTINCT e.source_id) FROM evidence e WHERE e.claim_id = c.id)
                """
        ).map { "claim \($0) counts the wrong number of sources" }
        problems += try String.fetchAll(
            db,
            sql: """
                SELECT s.id FROM sources s WHERE s.superseded_by IS NULL AND s.retracted = 0 AND NOT EXISTS (SELECT 1 FROM source_paths p WHERE p.source_id = s.id)
                """
        ).map { "source \($0) has no path" }
        return problems
    }
}

extension StringList {
    /// The strings of a JSON array column (an empty list when it is not one).
    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
