import GRDB

/// Keeps each claim's support counts (sources, affirming, denying, hedging; sources per role) in
/// step with the evidence, so `claims` and `audit` read a few rows instead of scanning the evidence.
///
/// The unit is one (claim, source) pair, a row of `claim_sources` with two bit sets: the
/// assertions and the roles that source's evidence gives the claim. Adding or removing a source
/// touches only its own pairs, so the work is proportional to the document, not to the knowledge
/// base.
enum SupportCounter {
    /// Bits of `claim_sources.assertions`.
    static let assertionBits: [(Assertion, Int)] = [(.affirmed, 1), (.negated, 2), (.uncertain, 4)]

    /// The bit of a role in `claim_sources.roles`.
    static func roleBit(_ role: String) -> Int {
        guard let index = Role.allCases.firstIndex(where: { $0.rawValue == role }) else { return 0 }
        return 1 << index
    }

    /// Counts a current source's evidence into its claims' support.
    static func add(source: String, path: String, db: Database) throws {
        var pairs: [String: (assertions: Int, roles: Int)] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT claim_id, assertion, role FROM evidence WHERE source_id = ?"),
            arguments: [source])
        while let row = try rows.next() {
            let assertion: String = row[1]
            let bit = assertionBits.first { $0.0.rawValue == assertion }?.1 ?? 0
            pairs[row[0], default: (0, 0)].assertions |= bit
            pairs[row[0], default: (0, 0)].roles |= roleBit(row[2])
        }
        let insert = try db.cachedStatement(
            sql: "INSERT INTO claim_sources (claim_id, path, source_id, assertions, roles) VALUES (?, ?, ?, ?, ?)")
        for (claim, pair) in pairs {
            try insert.execute(arguments: [claim, path, source, pair.assertions, pair.roles])
            try bump(claim: claim, assertions: pair.assertions, roles: pair.roles, by: 1, db: db)
        }
    }

    /// Takes a source's evidence out of its claims' support.
    ///
    /// - Returns: the claims it supported (candidates for ``dropOrphans(_:db:)``).
    @discardableResult
    static func remove(source: String, db: Database) throws -> [String] {
        let pairs = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT claim_id, assertions, roles FROM claim_sources WHERE source_id = ?"),
            arguments: [source])
        guard !pairs.isEmpty else { return [] }
        try db.cachedStatement(sql: "DELETE FROM claim_sources WHERE source_id = ?").execute(arguments: [source])
        for pair in pairs {
            try bump(claim: pair[0], assertions: pair[1], roles: pair[2], by: -1, db: db)
        }
        return pairs.map { $0[0] }
    }

    /// Deletes those of `claims` that no source supports any more (their last evidence is gone).
    static func dropOrphans(_ claims: Set<String>, db: Database) throws {
        let orphan = try db.cachedStatement(sql: "DELETE FROM claims WHERE id = ? AND sources <= 0")
        let orphanRoles = try db.cachedStatement(sql: "DELETE FROM claim_roles WHERE claim_id = ? AND sources <= 0")
        for claim in claims.sorted() {
            try orphanRoles.execute(arguments: [claim])
            try orphan.execute(arguments: [claim])
        }
    }

    /// Moves a source's pairs to the path it is now shown at.
    static func rename(source: String, to path: String, db: Database) throws {
        try db.cachedStatement(sql: "UPDATE claim_sources SET path = ? WHERE source_id = ?").execute(arguments: [
            path, source,
        ])
    }

    static func bump(claim: String, assertions: Int, roles: Int, by delta: Int, db: Database) throws {
        try db.cachedStatement(
            sql:
                "UPDATE claims SET sources = sources + ?, affirmed = affirmed + ?, negated = negated + ?, uncertain = uncertain + ? WHERE id = ?"
        )
        .execute(arguments: [
            delta, assertions & 1 != 0 ? delta : 0, assertions & 2 != 0 ? delta : 0, assertions & 4 != 0 ? delta : 0,
            claim,
        ])
        let role = try db.cachedStatement(
            sql: """
                INSERT INTO claim_roles (claim_id, role, sources) VALUES (?, ?, ?)
                ON CONFLICT(claim_id, role) DO UPDATE SET sources = sources + excluded.sources
                """)
        for (index, name) in Role.allCases.enumerated() where roles & (1 << index) != 0 {
            try role.execute(arguments: [claim, name.rawValue, delta])
        }
    }

    /// Recomputes every count from the evidence in a few set-wise statements: after a bulk load,
    /// and when migrating a knowledge base written before the counts existed.
    static func recountAll(_ db: Database) throws {
        let assertionMask = assertionBits.map { "(MAX(e.assertion = '\($0.0.rawValue)') * \($0.1))" }.joined(
            separator: " | ")
        let roleMask = Role.allCases.map { "(MAX(e.role = '\($0.rawValue)') * \(roleBit($0.rawValue)))" }.joined(
            separator: " | ")
        try db.execute(
            sql: """
                DELETE FROM claim_sources;
                DELETE FROM claim_roles;
                INSERT INTO claim_sources (claim_id, path, source_id, assertions, roles)
                    SELECT e.claim_id, s.path, e.source_id, \(assertionMask), \(roleMask)
                    FROM evidence e JOIN sources s ON s.id = e.source_id
                    GROUP BY e.claim_id, e.source_id;
                UPDATE claims SET sources = 0, affirmed = 0, negated = 0, uncertain = 0;
                WITH counts AS (
                    SELECT claim_id, COUNT(*) AS n, SUM(assertions & 1 != 0) AS a, SUM(assertions & 2 != 0) AS d, SUM(assertions & 4 != 0) AS u
                    FROM claim_sources GROUP BY claim_id)
                UPDATE claims SET sources = counts.n, affirmed = counts.a, negated = counts.d, uncertain = counts.u
                    FROM counts WHERE counts.claim_id = claims.id;
                DELETE FROM claims WHERE sources = 0;
                """)
        for role in Role.allCases {
            try db.execute(
                sql: """
                    INSERT INTO claim_roles (claim_id, role, sources)
                    SELECT claim_id, ?, COUNT(*) FROM claim_sources WHERE roles & ? != 0 GROUP BY claim_id
                    """, arguments: [role.rawValue, roleBit(role.rawValue)])
        }
    }
}
