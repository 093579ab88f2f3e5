import Foundation
import MarrowTestSupport

@testable import MarrowKit

/// Helpers for knowledge-base tests: fresh databases, synthetic records and documents.
enum KnowledgeBaseFixture {
    /// A fresh, empty knowledge base in a temporary folder.
    static func fresh() throws -> KnowledgeBase {
        try KnowledgeBase(path: Repository.temporaryFolder() + "/kb.sqlite")
    }

    /// Processes the file at `path` and ingests it.
    @discardableResult
    static func ingest(_ path: String, into kb: KnowledgeBase, origin: SourceOrigin = SourceOrigin()) throws
        -> IngestOutcome
    {
        let document = try SourceReference.file(path: path, origin: origin).load()
        return try kb.ingest(try Repository.processor.process(document), lexiconVersion: Repository.lexicon.version)
    }

    /// A temporary corpus folder holding `files` (name → text).
    static func corpus(_ files: [String: String]) throws -> String {
        let folder = Repository.temporaryFolder()
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    /// Whether `kb` is stale against `corpus` with the shipped lexicons.
    static func staleness(_ kb: KnowledgeBase, corpus: String) throws -> Staleness {
        try StatusReport.build(
            knowledgeBase: kb, lexiconVersion: Repository.lexicon.version, corpus: corpus, listSources: false
        ).staleness
    }

    /// A synthetic evidence record: `subject` `predicate` `object`, stated with `assertion` by a
    /// source whose bytes hash to `sourceSHA`.
    static func record(
        source sha: String, path: String, subject: String, predicate: String = "causes", object: String = "topic",
        category: String = "cat", role: Role = .cause, assertion: Assertion, at start: Int = 0,
        lexiconVersion: String = "lex-1", modified: String? = nil
    ) -> EvidenceRecord {
        let text = "\(subject) \(predicate) \(object)."
        return EvidenceRecord(
            id: EvidenceRecord.shortDigest("\(sha)\u{0}\(start)\u{0}\(subject)\u{0}\(role.rawValue)"),
            claim: .init(subject: subject, predicate: predicate, object: object),
            concept: .init(id: subject, name: subject.capitalized, category: category),
            role: role, assertion: assertion,
            mention: .init(text: subject, start: start, end: start + subject.unicodeScalars.count),
            passage: .init(
                text: text, start: start, end: start + text.unicodeScalars.count, section: ["Causes"],
                raw: .init(byteStart: start, byteEnd: start + text.utf8.count)),
            source: .init(
                id: String(sha.prefix(16)), path: path, sha256: sha, title: "Title of \(path)", publisher: "Publisher",
                url: nil,
                mediaType: "text/plain", modified: modified),
            raw: .init(byteStart: start, byteEnd: start + subject.utf8.count),
            lexiconVersion: lexiconVersion, why: ["test"])
    }

    /// A fake SHA-256 made from `seed`.
    static func sha(_ seed: String) -> String { SourceDocument.digest(Array(seed.utf8)) }
}

extension KnowledgeBase {
    /// Ingests one processed document, as the ingest command does.
    @discardableResult
    func ingest(_ result: DocumentResult, lexiconVersion: String, restore: Bool = false) throws -> IngestOutcome {
        try ingest(
            source: RecordBuilder.source(for: result.document, metadata: result.clean.metadata),
            records: result.records,
            lexiconVersion: lexiconVersion, restore: restore)
    }

    /// The claims view with no names known.
    func claimViews(_ filter: ClaimFilter = ClaimFilter()) throws -> [ClaimView] {
        try ClaimList.build(self, filter: filter)
    }
}
