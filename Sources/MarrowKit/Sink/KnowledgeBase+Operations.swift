import Foundation
import GRDB

/// The public operations, each one transaction (writes) or one snapshot (reads).
extension KnowledgeBase {
    // MARK: Writing

    /// Stores one document's source and records, in one transaction.
    ///
    /// - Parameters:
    ///   - source: the source facts, as ``RecordBuilder/source(for:metadata:)`` makes them.
    ///   - records: the document's evidence records.
    ///   - lexiconVersion: the version of the lexicons that produced them.
    ///   - restore: ingest bytes that were retracted (by default a retraction stands).
    /// - Returns: whether the source was new, unchanged, retracted, or replaced an older version
    ///   at its path.
    @discardableResult
    public func ingest(
        source: EvidenceRecord.Source, records: [EvidenceRecord], lexiconVersion: String, restore: Bool = false
    ) throws -> IngestOutcome {
        try write { try $0.ingest(source: source, records: records, lexiconVersion: lexiconVersion, restore: restore) }
    }

    /// Notes that the pipeline refused an input (empty, binary, no article text…), so `status`
    /// reports it as rejected rather than new.
    public func recordRejection(path: String, sha256: String, error: MarrowError, lexiconVersion: String) throws {
        try write { try $0.recordRejection(path: path, sha256: sha256, error: error, lexiconVersion: lexiconVersion) }
    }

    /// Folds evidence records (from `marrow extract`, possibly run in shards elsewhere) into the
    /// knowledge base, one transaction per source.
    ///
    /// Loading is order-independent: the resulting content depends only on the set of records
    /// loaded, not on how they were split or in which order the batches came, and it equals what
    /// ingesting the same documents with the same lexicons gives. Three rules make that so when
    /// records disagree: a source's evidence comes from one lexicon version (the greatest version
    /// string wins); every path a source's records name is recorded (shards that spell one path
    /// differently both count, and the source is shown at the smallest spelling); and when several
    /// versions of a source share a path, the current one is the one with the latest modified
    /// (else published) date, then the greatest SHA-256, the others kept as old versions without
    /// evidence. Retracted sources stay retracted.
    ///
    /// - Parameter records: the records, in any order; validate them first
    ///   (``EvidenceRecordReader`` does).
    /// - Returns: what changed, per source.
    @discardableResult
    public func load(_ records: [EvidenceRecord]) throws -> LoadOutcome {
        var outcome = LoadOutcome()
        outcome.counts[.records] = records.count
        let bySource = Dictionary(grouping: records, by: \.source.id)
        for sourceID in bySource.keys.sorted() {
            guard let group = bySource[sourceID] else { continue }
            try write { try $0.load(sourceRecords: group, outcome: &outcome) }
        }
        return outcome
    }

    /// What `remove` did.
    public enum RemoveOutcome: Equatable, Sendable {
        /// The source was retracted: its evidence is gone, its row stays marked.
        case retracted(SourceRow)
        /// The source's bytes are also recorded at other paths: only this path was forgotten.
        case forgotPath(String, SourceRow)

        /// One line for people: what was removed, or which path was forgotten and where the
        /// bytes stay recorded.
        public var summary: String {
            switch self {
            case .retracted(let source):
                return
                    "removed \(source.id) \(TerminalText.escape(source.path)) (\(source.evidence) pieces of evidence)"
            case .forgotPath(let path, let source):
                let others = source.paths.filter { $0 != path }.joined(separator: ", ")
                return
                    "forgot path \(TerminalText.escape(path)) of \(source.id); its bytes stay recorded at \(TerminalText.escape(others))"
            }
        }
    }

    /// Retracts a source, or forgets one of its paths.
    ///
    /// A retraction deletes the source's passages and evidence and claims left without evidence;
    /// its row stays, marked retracted, and later ingests and loads of the same bytes leave it
    /// retracted (`marrow ingest --restore` brings it back). When the selector is a path and the
    /// same bytes are recorded at other paths too, only that path is forgotten.
    ///
    /// - Parameter selector: a source id, a path, or an unambiguous prefix (six or more hex
    ///   digits) of the id or SHA-256, matched against current sources.
    /// - Throws: ``MarrowError`` with code `notFound` when nothing matches, `knowledgeBase` when
    ///   the selector is ambiguous.
    @discardableResult
    public func remove(_ selector: String) throws -> RemoveOutcome {
        try write { writer in
            let current = try KnowledgeBaseQueries(db: writer.db).sourceVersions(currentOnly: true)
            let wanted = KnowledgeBase.canonicalPath(selector)
            let byPath = current.filter {
                $0.paths.contains(selector) || $0.paths.contains { KnowledgeBase.canonicalPath($0) == wanted }
            }
            var matches = current.filter { $0.id == selector } + byPath
            if matches.isEmpty, selector.count >= 6, selector.allSatisfy(\.isHexDigit) {
                let prefix = selector.lowercased()
                matches = current.filter { $0.id.hasPrefix(prefix) || $0.sha256.hasPrefix(prefix) }
            }
            guard let source = matches.first else {
                throw MarrowError(
                    .notFound,
                    "no current source in the knowledge base is '\(selector)' (give its id, path or hash prefix; 'marrow status --sources' lists them)",
                    at: SourceLocation(path: selector))
            }
            guard matches.count == 1 else {
                throw MarrowError(
                    .knowledgeBase,
                    "'\(selector)' names \(matches.count) sources (\(matches.map(\.id).joined(separator: ", "))); give more of the id",
                    at: SourceLocation(path: selector))
            }
            if byPath.count == 1, source.paths.count > 1,
                let path = source.paths.first(where: { $0 == selector })
                    ?? source.paths.first(where: { KnowledgeBase.canonicalPath($0) == wanted })
            {
                try writer.dropPath(path, from: source.id)
                return .forgotPath(path, source)
            }
            try writer.retract(source.id)
            return .retracted(source)
        }
    }

    // MARK: Reading

    /// Counts of what the knowledge base holds.
    public func statistics() throws -> Statistics { try read { try $0.statistics() } }

    /// Claims by support, most-supported first; optionally only those whose subject is in `subjects`.
    public func claims(subjects: [String]? = nil, limit: Int? = nil) throws -> [ClaimRow] {
        try read { try $0.claims(subjects: subjects, limit: limit) }
    }

    /// The evidence of a claim, by source path then position.
    ///
    /// - Parameter sources: at most this many sources' evidence, when given.
    public func evidence(claim: String, sources: Int? = nil) throws -> [EvidenceRow] {
        try read { try $0.evidence(claim: claim, sources: sources) }
    }

    /// Every source version, by path and then id.
    ///
    /// - Parameter path: only the versions recorded at this path, when given.
    public func sourceVersions(path: String? = nil) throws -> [SourceRow] {
        try read { try $0.sourceVersions(path: path) }
    }

    /// Inputs the pipeline refused, by path.
    public func rejected() throws -> [RejectedRow] { try read { try $0.rejected() } }

    /// The raw anchors (passages, then mentions) of one source.
    public func anchors(source: String) throws -> (passages: [AnchorRow], mentions: [AnchorRow]) {
        try read { try $0.anchors(source: source) }
    }

    /// Every table's rows in a canonical order, as text.
    public func contentDump() throws -> String { try read { try $0.contentDump() } }

    /// Corruption, broken foreign keys, and support counts that disagree with the evidence.
    public func integrityProblems() throws -> [String] { try read { try $0.integrityProblems() } }

    /// An absolute, standardised form of a path, for comparing paths written differently.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension KnowledgeBase {
    /// Folds several sources' records into the knowledge base in one transaction (each source
    /// whole), with the rules of ``load(_:)``.
    @discardableResult
    public func load(groups: [[EvidenceRecord]]) throws -> LoadOutcome {
        var outcome = LoadOutcome()
        guard !groups.isEmpty else { return outcome }
        try write { writer in
            try writer.inserter.deferringFullText {
                for group in groups {
                    outcome.counts[.records] += group.count
                    try writer.load(sourceRecords: group, outcome: &outcome)
                }
            }
        }
        return outcome
    }

    /// Calls `body` with the evidence records of each current source, rebuilt from the tables
    /// (what `merge` folds into another knowledge base); a source recorded at several paths gets
    /// one extra record per further path, so every path travels.
    public func forEachSourceRecords(_ body: ([EvidenceRecord]) throws -> Void) throws {
        try read { queries in try queries.forEachSourceRecords(body) }
    }
}

extension KnowledgeBaseQueries {
    func forEachSourceRecords(_ body: ([EvidenceRecord]) throws -> Void) throws {
        let sources = try Row.fetchAll(
            db,
            sql: """
                SELECT id, path, sha256, media_type, title, publisher, url, author, reviewer, published, modified, reviewed, language
                FROM sources WHERE superseded_by IS NULL AND retracted = 0 ORDER BY id
                """)
        let statement = try db.cachedStatement(
            sql: """
                SELECT e.id, e.role, e.assertion, e.mention_text, e.start, e."end", e.raw_start, e.raw_end, e.why, e.lexicon_version,
                       c.subject, c.predicate, c.object, c.subject_name, c.category,
                       p.text, p.start, p."end", p.section, p.raw_start, p.raw_end, p.xpath, p.line
                FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN passages p ON p.id = e.passage_id
                WHERE e.source_id = ? ORDER BY e.id
                """)
        for row in sources {
            let id: String = row["id"]
            let source = EvidenceRecord.Source(
                id: id, path: row["path"], sha256: row["sha256"], title: row["title"], publisher: row["publisher"],
                url: row["url"],
                mediaType: row["media_type"], author: row["author"], reviewer: row["reviewer"],
                published: row["published"],
                modified: row["modified"], reviewed: row["reviewed"], language: row["language"])
            var records: [EvidenceRecord] = []
            for e in try Row.fetchAll(statement, arguments: [id]) {
                records.append(
                    EvidenceRecord(
                        id: e[0], claim: .init(subject: e[10], predicate: e[11], object: e[12]),
                        concept: .init(id: e[10], name: e[13], category: e[14]),
                        role: Role(rawValue: e[1]) ?? .other, assertion: Assertion(rawValue: e[2]) ?? .uncertain,
                        mention: .init(text: e[3], start: e[4], end: e[5]),
                        passage: .init(
                            text: e[15], start: e[16], end: e[17], section: StringList.decode(e[18]), sectionKind: nil,
                            raw: .init(byteStart: e[19], byteEnd: e[20], xpath: e[21], line: e[22])),
                        source: source, raw: .init(byteStart: e[6], byteEnd: e[7]), lexiconVersion: e[9],
                        why: StringList.decode(e[8])))
            }
            guard let first = records.first else { continue }
            for path in try String.fetchAll(
                db, sql: "SELECT path FROM source_paths WHERE source_id = ? ORDER BY path", arguments: [id])
            where path != source.path {
                var copy = first
                copy.source.path = path
                records.append(copy)
            }
            try body(records)
        }
    }
}
