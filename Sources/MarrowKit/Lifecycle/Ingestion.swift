import Foundation

/// Runs documents through the pipeline into a knowledge base: what `ingest` and `rebuild` do.
public struct Ingestion: Sendable {
    /// What a run did, document by document.
    public struct Tally: Equatable, Sendable {
        public var added = 0, unchanged = 0, replaced = 0, retracted = 0, failed = 0

        /// One line for people.
        public var summary: String {
            var text = "\(added) added, \(replaced) updated, \(unchanged) unchanged, \(failed) failed"
            if retracted > 0 { text += ", \(retracted) retracted (left out; --restore takes them back)" }
            return text
        }

        /// Counts one stored document.
        ///
        /// - Returns: what happened to it, as the progress line says it.
        mutating func count(_ outcome: IngestOutcome) -> String {
            let (counter, status): (WritableKeyPath<Tally, Int>, String) =
                switch outcome {
                case .added: (\.added, "added")
                case .unchanged: (\.unchanged, "unchanged")
                case .replaced: (\.replaced, "updated")
                case .retracted: (\.retracted, "retracted")
                }
            self[keyPath: counter] += 1
            return status
        }
    }

    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    /// How many documents run at once.
    public let jobs: Int
    /// Whether retracted bytes are taken back in.
    public let restore: Bool

    /// Creates a run.
    public init(lexicon: CompiledLexicon, jobs: Int, restore: Bool = false) {
        self.lexicon = lexicon
        self.jobs = jobs
        self.restore = restore
    }

    /// Expands `paths`, processes every document and stores each in `knowledgeBase`, one
    /// transaction per document.
    ///
    /// - Parameters:
    ///   - problem: called with each input that could not be read or was refused (also recorded
    ///     in the knowledge base as rejected, so `status` does not call it new).
    ///   - progress: called after each document.
    public func ingest(
        paths: [String], into knowledgeBase: KnowledgeBase, problem: (MarrowError) -> Void,
        progress: (RunProgress) -> Void = { _ in }
    ) async throws -> Tally {
        try await run(
            paths: paths, problem: problem, progress: progress,
            store: { result in
                try knowledgeBase.ingest(
                    source: result.source, records: result.records, lexiconVersion: lexicon.version, restore: restore)
            },
            reject: { path, sha, error in
                try knowledgeBase.recordRejection(
                    path: path, sha256: sha, error: error, lexiconVersion: lexicon.version)
            })
    }

    /// Rebuilds the knowledge base at `path` from the documents under `paths` (see
    /// ``KnowledgeBase/rebuild(at:waiting:build:)`` for the guarantees).
    public func rebuild(
        paths: [String], at path: String, waiting: (String) -> Void = { _ in }, problem: (MarrowError) -> Void,
        progress: (RunProgress) -> Void = { _ in }
    ) async throws -> Tally {
        var tally = Tally()
        try await KnowledgeBase.rebuild(at: path, waiting: waiting) { builder in
            tally = try await run(
                paths: paths, problem: problem, progress: progress,
                store: { result in
                    try builder.add(source: result.source, records: result.records, lexiconVersion: lexicon.version)
                    return .added
                },
                reject: { path, sha, error in
                    try builder.recordRejection(path: path, sha256: sha, error: error, lexiconVersion: lexicon.version)
                })
        }
        return tally
    }

    struct Stored: Sendable {
        var source: EvidenceRecord.Source
        var records: [EvidenceRecord]
    }

    func run(
        paths: [String], problem: (MarrowError) -> Void, progress: (RunProgress) -> Void,
        store: (Stored) throws -> IngestOutcome,
        reject: (String, String, MarrowError) throws -> Void
    ) async throws -> Tally {
        var tally = Tally()
        let (references, failures) = SourceReader().references(for: paths)
        for failure in failures { problem(failure) }
        tally.failed += failures.count
        let runner = Pipeline(processor: DocumentProcessor(lexicon: lexicon), jobs: jobs)
        if let first = references.first {
            progress(
                RunProgress(done: 0, total: references.count, path: first.path, status: "reading", next: first.path))
        }
        try await runner.run(
            references,
            transform: { result in
                Stored(
                    source: RecordBuilder.source(for: result.document, metadata: result.clean.metadata),
                    records: result.records)
            }
        ) { index, result in
            let status: String
            switch result {
            case .success(let stored):
                status = tally.count(try store(stored))
            case .failure(let error):
                tally.failed += 1
                status = "failed"
                problem(error)
                // Bytes that were read but refused are recorded, so status knows them.
                if error.code != .notFound && error.code != .unreadable, let document = try? references[index].load() {
                    try reject(document.path, document.sha256, error)
                }
            }
            progress(
                RunProgress(
                    done: index + 1, total: references.count, path: references[index].path, status: status,
                    next: index + 1 < references.count ? references[index + 1].path : nil))
        }
        return tally
    }
}
