import Foundation
import Testing

@testable import MarrowKit

@Suite("The claims view: support and flags")
struct ClaimsViewTests {
    /// alpha: affirmed by 2 sources, denied by 1 (contested); beta: affirmed by one (single-source);
    /// gamma: hedged by two (hedged-only); delta: a treatment affirmed by two.
    static func knowledgeBase() throws -> KnowledgeBase {
        let kb = try KnowledgeBaseFixture.fresh()
        let s1 = KnowledgeBaseFixture.sha("s1")
        let s2 = KnowledgeBaseFixture.sha("s2")
        let s3 = KnowledgeBaseFixture.sha("s3")
        try kb.load([
            KnowledgeBaseFixture.record(
                source: s1, path: "1.txt", subject: "alpha", category: "degenerative", assertion: .affirmed),
            KnowledgeBaseFixture.record(
                source: s2, path: "2.txt", subject: "alpha", category: "degenerative", assertion: .affirmed),
            KnowledgeBaseFixture.record(
                source: s3, path: "3.txt", subject: "alpha", category: "degenerative", assertion: .negated),
            KnowledgeBaseFixture.record(
                source: s1, path: "1.txt", subject: "beta", category: "traumatic", assertion: .affirmed, at: 40),
            KnowledgeBaseFixture.record(
                source: s1, path: "1.txt", subject: "gamma", category: "traumatic", assertion: .uncertain, at: 80),
            KnowledgeBaseFixture.record(
                source: s2, path: "2.txt", subject: "gamma", category: "traumatic", assertion: .uncertain, at: 80),
            KnowledgeBaseFixture.record(
                source: s2, path: "2.txt", subject: "delta", predicate: "treats", category: "drug", role: .treatment,
                assertion: .affirmed, at: 120),
            KnowledgeBaseFixture.record(
                source: s3, path: "3.txt", subject: "delta", predicate: "treats", category: "drug", role: .treatment,
                assertion: .affirmed, at: 120),
        ])
        return kb
    }

    @Test("every claim with its support and flags, most-supported first")
    func flags() throws {
        let views = try Self.knowledgeBase().claimViews()
        #expect(views.map(\.support.subject) == ["alpha", "delta", "gamma", "beta"])
        let bySubject = Dictionary(uniqueKeysWithValues: views.map { ($0.support.subject, $0) })
        #expect(bySubject["alpha"]?.flags == [.contested])
        #expect(bySubject["alpha"].map { [$0.support.sources, $0.support.affirmed, $0.support.negated] } == [3, 2, 1])
        #expect(bySubject["beta"]?.flags == [.singleSource])
        #expect(bySubject["gamma"]?.flags == [.hedgedOnly])
        #expect(bySubject["delta"]?.flags == [])
        #expect(bySubject["delta"]?.roles == ["treatment"])
    }

    @Test("filters by role, category and flag")
    func filters() throws {
        let kb = try Self.knowledgeBase()
        #expect(try kb.claimViews(.init(role: "treatment")).map(\.support.subject) == ["delta"])
        #expect(try kb.claimViews(.init(category: "traumatic")).map(\.support.subject) == ["gamma", "beta"])
        #expect(try kb.claimViews(.init(flags: [.contested])).map(\.support.subject) == ["alpha"])
        #expect(try kb.claimViews(.init(flags: [.hedgedOnly])).map(\.support.subject) == ["gamma"])
        #expect(try kb.claimViews(.init(role: "cause", flags: [.singleSource])).map(\.support.subject) == ["beta"])
        #expect(try kb.claimViews(.init(role: "symptom")).isEmpty)
    }
}
