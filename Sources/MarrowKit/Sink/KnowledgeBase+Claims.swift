import Foundation
import GRDB

extension KnowledgeBase {
    /// A property of a claim's support that a reviewer should notice.
    public enum ClaimFlag: String, Codable, Sendable, CaseIterable, Comparable {
        /// Only one source states the claim.
        case singleSource = "single-source"
        /// Some sources affirm the claim and others deny it.
        case contested
        /// Every source that states the claim only hedges it.
        case hedgedOnly = "hedged-only"

        /// Orders flags as declared.
        public static func < (lhs: ClaimFlag, rhs: ClaimFlag) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }

        /// The flags `support` earns.
        public static func flags(for support: ClaimSupport) -> [ClaimFlag] {
            var flags: [ClaimFlag] = []
            if support.sources == 1 { flags.append(.singleSource) }
            if support.affirmed > 0 && support.negated > 0 { flags.append(.contested) }
            if support.uncertain > 0 && support.affirmed == 0 && support.negated == 0 { flags.append(.hedgedOnly) }
            return flags
        }
    }

    /// A claim as `marrow claims` lists it: its support, the roles its evidence plays, and flags.
    public struct ClaimView: Equatable, Sendable, Codable {
        /// The claim and its per-assertion source counts.
        public var support: ClaimSupport
        /// The roles of its evidence (cause, treatment, …), sorted.
        public var roles: [String]
        /// What a reviewer should notice.
        public var flags: [ClaimFlag]
    }

    /// Which claims to list.
    public struct ClaimFilter: Equatable, Sendable {
        /// Only claims with evidence in this role.
        public var role: String?
        /// Only claims whose subject has this category.
        public var category: String?
        /// Only claims carrying every one of these flags.
        public var flags: [ClaimFlag] = []
        /// Only claims about these subjects.
        public var subjects: [String]?

        /// Creates a filter; with no arguments it lets every claim through.
        public init(role: String? = nil, category: String? = nil, flags: [ClaimFlag] = [], subjects: [String]? = nil) {
            self.role = role
            self.category = category
            self.flags = flags
            self.subjects = subjects
        }
    }

    /// Every claim that passes `filter`, most-supported first (sources, then affirming sources,
    /// then predicate, subject and object).
    public func claimViews(_ filter: ClaimFilter = ClaimFilter()) throws -> [ClaimView] {
        let roles: [String: [String]] = try pool.read { db in
            var roles: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT claim_id, role FROM evidence ORDER BY claim_id, role") {
                roles[row["claim_id"], default: []].append(row["role"])
            }
            return roles
        }
        return try claims(subjects: filter.subjects)
            .map { ClaimView(support: $0, roles: roles[$0.id] ?? [], flags: ClaimFlag.flags(for: $0)) }
            .filter { view in
                (filter.role.map { view.roles.contains($0) } ?? true)
                    && (filter.category.map { view.support.category == $0 } ?? true)
                    && filter.flags.allSatisfy { view.flags.contains($0) }
            }
            .sorted { lhs, rhs in
                let left = lhs.support, right = rhs.support
                if left.sources != right.sources { return left.sources > right.sources }
                if left.affirmed != right.affirmed { return left.affirmed > right.affirmed }
                return (left.predicate, left.subject, left.object) < (right.predicate, right.subject, right.object)
            }
    }
}
