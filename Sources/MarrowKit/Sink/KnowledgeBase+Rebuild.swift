import Foundation
import GRDB

extension KnowledgeBase {
    /// Replaces the knowledge base at `path` with a fresh one filled by `build`.
    ///
    /// Safe by construction:
    /// - the file at `path` must be absent, empty, or a Marrow knowledge base: anything else is
    ///   refused before a byte is written;
    /// - the ``WriterLock`` is held exclusively from start to finish, so an ingest that arrives
    ///   meanwhile waits and then writes into the new content (nothing it commits is lost), and a
    ///   rebuild that arrives while writers run waits for them;
    /// - the new content is built in `PATH.rebuild-PID` and copied into the live file with
    ///   SQLite's backup in one transaction, so readers see the old content until the new one is
    ///   complete and never a file swapped under their WAL index; leftovers of interrupted rebuilds
    ///   are deleted whenever nobody holds the lock;
    /// - sources retracted in the old knowledge base stay retracted.
    ///
    /// - Parameters:
    ///   - onlyIfAbsent: build only when, once the lock is held, no knowledge base is at `path`
    ///     (a `load` into a missing file: another writer may have created it meanwhile, and its
    ///     content must not be replaced).
    ///   - waiting: called with a note when the rebuild has to wait for running writers.
    ///   - build: fills the fresh knowledge base.
    /// - Returns: whether it built; `false` only with `onlyIfAbsent`, when a knowledge base was
    ///   there (nothing was written).
    @discardableResult
    public static func rebuild(
        at path: String, onlyIfAbsent: Bool = false, waiting: (String) -> Void = { _ in },
        build: (KnowledgeBaseBuilder) async throws -> Void
    ) async throws -> Bool {
        let location = SourceLocation(path: path)
        let kind = KnowledgeBaseSchema.kind(of: path)
        switch kind {
        case .folder: throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.folder, at: location)
        case .other:
            throw MarrowError(
                .knowledgeBase, KnowledgeBaseSchema.Message.notMarrow + "; refusing to replace it", at: location)
        case .sqlite:
            guard FileManager.default.isWritableFile(atPath: path) else {
                throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.notWritable, at: location)
            }
            // Refuses a SQLite file that is not Marrow's, and one from a newer Marrow.
            _ = try KnowledgeBase(path: path, access: .readOnly)
        case .missing:
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        case .empty: break
        }
        let lock = try WriterLock(
            path: path, mode: .exclusive, waiting: { waiting("waiting for writers of \(path) to finish") },
            alone: { KnowledgeBase.removeStaleRebuilds(of: path) })
        if onlyIfAbsent, KnowledgeBaseSchema.kind(of: path) == .sqlite { return false }
        let retracted: [SourceRow]
        if KnowledgeBaseSchema.kind(of: path) == .sqlite {
            let old = try KnowledgeBase(path: path, access: .readOnly)
            retracted = try old.sourceVersions().filter(\.retracted)
        } else {
            retracted = []
        }
        let temporary = path + ".rebuild-\(getpid())"
        let builder = try KnowledgeBaseBuilder(path: temporary)
        do {
            if !retracted.isEmpty { try builder.carryRetractions(retracted) }
            try await build(builder)
            try builder.finish()
            try install(temporary, at: path)
        } catch {
            builder.discard()
            throw error
        }
        builder.discard()
        withExtendedLifetime(lock) {}
        return true
    }

    /// Puts a finished build in place: renamed when nothing is there yet, else copied into the
    /// live file in one transaction.
    static func install(_ temporary: String, at path: String) throws {
        if KnowledgeBaseSchema.kind(of: path) != .sqlite {
            // The build ran without a journal or syncs: its bytes reach the disk before its name
            // does, so a power cut leaves either no knowledge base or a whole one.
            let file = open(temporary, O_RDONLY)
            if file >= 0 {
                _ = fsync(file)
                close(file)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard rename(temporary, path) == 0 else {
                throw MarrowError(
                    .knowledgeBase,
                    "cannot move the rebuilt knowledge base into place (\(String(cString: strerror(errno))))",
                    at: SourceLocation(path: path))
            }
            return
        }
        let source = try DatabaseQueue(path: temporary, configuration: configuration(readOnly: true))
        let destination = try DatabasePool(path: path, configuration: configuration(readOnly: false))
        try source.backup(to: destination)
        try destination.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try source.close()
        try destination.close()
    }

    /// Deletes what interrupted rebuilds of `path` left (`PATH.rebuild-PID` and its WAL and
    /// shared-memory files). Called only while nobody holds the writer lock, so no rebuild is
    /// running.
    static func removeStaleRebuilds(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".rebuild-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
            return
        }
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: folder.isEmpty ? name : folder + "/" + name)
        }
    }
}
