import Foundation

/// Folds evidence records into a knowledge base: what `load` (JSON Lines files) and `merge`
/// (other knowledge bases) do.
///
/// Records stream through one source at a time (a source's records are usually contiguous; a
/// source split across files or shards is folded again when it reappears, which loading allows).
/// Into a missing or empty knowledge base they go by the bulk path (``KnowledgeBaseBuilder``);
/// into an existing one, many sources per transaction, each source whole.
public enum Loading {
    /// Where records come from.
    public enum Input: Sendable {
        /// A JSON Lines file (`-` is standard input).
        case jsonLines(String)
        /// Another knowledge base (a shard).
        case knowledgeBase(String)
    }

    /// How many records an incremental load writes per transaction.
    static let batchRecords = 20_000

    /// Loads every input into the knowledge base at `path`.
    ///
    /// - Parameters:
    ///   - problem: called with each line or input that was refused (file and line named).
    ///   - waiting: called with a note when the load has to wait for a rebuild.
    /// - Returns: what changed; `rejected` counts the refused records.
    public static func load(
        _ inputs: [Input], into path: String, problem: (MarrowError) -> Void, waiting: (String) -> Void = { _ in }
    ) async throws -> LoadOutcome {
        try checkFiles(inputs)
        let kind = KnowledgeBaseSchema.kind(of: path)
        var rejected = 0
        func report(_ error: MarrowError) {
            rejected += 1
            problem(error)
        }
        var outcome = LoadOutcome()
        // Into a missing file by the bulk path, unless another writer created it meanwhile (two
        // loads started at once): then into the file it made, so neither load's records are lost.
        var built = false
        if kind == .missing || kind == .empty {
            built = try await KnowledgeBase.rebuild(at: path, onlyIfAbsent: true, waiting: waiting) { builder in
                try forEachSource(inputs, problem: report) { group in try builder.load(sourceRecords: group) }
                try builder.flush()
                outcome = builder.loadOutcome
            }
        }
        if !built {
            let knowledgeBase = try KnowledgeBase(path: path, access: .readWrite(create: false), waiting: waiting)
            // A large page cache for the writer: a load touches the tables all over.
            try await knowledgeBase.database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -262144")
            }
            var batch: [[EvidenceRecord]] = []
            var count = 0
            try forEachSource(inputs, problem: report) { group in
                batch.append(group)
                count += group.count
                if count >= batchRecords {
                    outcome.add(try knowledgeBase.load(groups: batch))
                    batch = []
                    count = 0
                }
            }
            outcome.add(try knowledgeBase.load(groups: batch))
        }
        outcome.counts[.rejected] = rejected
        return outcome
    }

    /// Throws, before anything is written, when a JSON Lines file given does not exist or cannot
    /// be read: a mistyped name is not a rejected record, and loads nothing.
    static func checkFiles(_ inputs: [Input]) throws {
        for case .jsonLines(let file) in inputs where file != "-" {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
                throw MarrowError(.notFound, "does not exist; nothing was loaded", at: SourceLocation(path: file))
            }
            guard !isFolder.boolValue, FileManager.default.isReadableFile(atPath: file) else {
                let reason = isFolder.boolValue ? "is a folder, not a JSON Lines file" : "cannot be read"
                throw MarrowError(.unreadable, reason + "; nothing was loaded", at: SourceLocation(path: file))
            }
        }
    }

    /// Calls `body` with the records of each source in turn (runs of one source id).
    static func forEachSource(
        _ inputs: [Input], problem: (MarrowError) -> Void, _ body: ([EvidenceRecord]) throws -> Void
    ) throws {
        var reader = EvidenceRecordReader()
        var group: [EvidenceRecord] = []
        func take(_ record: consuming EvidenceRecord) throws {
            // The first record's id only (binding the record would copy all of it, per record).
            if !group.isEmpty, group[0].source.id != record.source.id {
                try body(group)
                group = []
            }
            group.append(record)
        }
        for input in inputs {
            switch input {
            case .jsonLines(let file):
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else if let mapped = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) {
                    data = mapped
                } else {
                    let exists = FileManager.default.fileExists(atPath: file)
                    problem(
                        MarrowError(
                            exists ? .unreadable : .notFound, exists ? "cannot read file" : "no such file",
                            at: SourceLocation(path: file)))
                    continue
                }
                try reader.forEachRecord(in: data, label: file == "-" ? "<stdin>" : file, failure: problem, take)
            case .knowledgeBase(let shard):
                let knowledgeBase: KnowledgeBase
                do {
                    knowledgeBase = try KnowledgeBase(path: shard, access: .readOnly)
                } catch let error as MarrowError {
                    problem(error)
                    continue
                }
                try knowledgeBase.forEachSourceRecords { records in
                    if !group.isEmpty {
                        try body(group)
                        group = []
                    }
                    try body(records)
                }
            }
        }
        if !group.isEmpty { try body(group) }
    }
}

extension LoadOutcome {
    /// The status `load` and `merge` end with: 1 when records were refused (each was reported
    /// with its file and line), else 0.
    public var exitStatus: Int32 { counts[.rejected] > 0 ? 1 : 0 }

    /// Adds another outcome's counts to this one.
    mutating func add(_ other: LoadOutcome) { counts.add(other.counts) }
}
