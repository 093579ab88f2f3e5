import Foundation
import GRDB

/// The SQLite knowledge base: sources (with versions and every path they were seen at), passages,
/// claims with their support, and evidence, with full-text search over passages.
///
/// Every write of one document is one transaction, so a crash never leaves half a document. Ids
/// derive from content, so ingesting the same bytes twice changes nothing and a rebuild from the
/// same inputs gives the same rows. The database runs in WAL mode: readers (`audit`) work while a
/// writer (`ingest`) runs, and a second writer waits for the first. Read commands open the file
/// read-only and never write to it; writers hold a ``WriterLock`` so a rebuild cannot replace the
/// file under them.
///
/// The work is split by concern: ``KnowledgeBaseSchema`` (tables and migrations),
/// ``KnowledgeBaseWriter`` (every write), ``KnowledgeBaseQueries`` (every read), and
/// ``SupportCounter`` (claim support kept in step with the evidence).
public final class KnowledgeBase: Sendable {
    /// How to open a knowledge base.
    public enum Access: Sendable, Equatable {
        /// For reading only: the file is opened read-only and must already be a knowledge base.
        case readOnly
        /// For writing; `create` allows a missing file to be created.
        case readWrite(create: Bool)
    }

    /// The knowledge base file a command uses: the one named, else `$MARROW_KB`, else
    /// `.marrow/knowledge.sqlite` in the working folder.
    public static func path(named: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        named ?? environment["MARROW_KB"] ?? ".marrow/knowledge.sqlite"
    }

    /// The database file.
    public let path: String
    /// The database (a pool in WAL mode for writing, a read-only queue for reading).
    public let database: any DatabaseWriter
    /// Whether it was opened read-only.
    public let isReadOnly: Bool
    /// Held while open for writing.
    let lock: WriterLock?

    /// Opens (creating if asked) the knowledge base at `path` for writing and migrates it to this
    /// build's schema.
    ///
    /// - Throws: ``MarrowError`` with code `knowledgeBase` when the file is missing and `create`
    ///   is false, when it is not a Marrow knowledge base, or when it was written by a newer Marrow.
    public convenience init(path: String, create: Bool = true) throws {
        try self.init(path: path, access: .readWrite(create: create))
    }

    /// Opens the knowledge base at `path`.
    ///
    /// - Parameters:
    ///   - access: read-only, or read-write (creating a missing file when asked).
    ///   - waiting: called with a note when a writer has to wait for a rebuild to finish.
    /// - Throws: ``MarrowError`` with code `knowledgeBase` when the file is missing (or, for
    ///   reading, empty), is not a Marrow knowledge base, or was written by a newer Marrow.
    public init(path: String, access: Access, waiting: (String) -> Void = { _ in }) throws {
        self.path = path
        let location = SourceLocation(path: path)
        let kind = KnowledgeBaseSchema.kind(of: path)
        try KnowledgeBase.refuse(kind, for: access, at: location)
        do {
            if access == .readOnly {
                isReadOnly = true
                lock = nil
                database = try KnowledgeBase.openReadOnly(path: path)
                try KnowledgeBase.checkReadable(database, path: path)
                return
            }
            isReadOnly = false
            if kind == .sqlite || kind == .empty, !FileManager.default.isWritableFile(atPath: path) {
                throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.notWritable, at: location)
            }
            let folder = (path as NSString).deletingLastPathComponent
            if kind == .missing, !folder.isEmpty {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let lock = try WriterLock(
                path: path, mode: .shared, waiting: { waiting("waiting for a rebuild of \(path) to finish") },
                alone: { KnowledgeBase.removeStaleRebuilds(of: path) })
            self.lock = lock
            database = try lock.whileOpening {
                // Looked at again under the lock: another writer may have created the file meanwhile.
                let kind = KnowledgeBaseSchema.kind(of: path)
                try KnowledgeBase.refuse(kind, for: access, at: location)
                return try KnowledgeBase.openWritable(path: path, existing: kind == .sqlite)
            }
        } catch let error as MarrowError {
            throw error
        } catch {
            throw MarrowError(.knowledgeBase, "cannot open knowledge base: \(error)", at: location)
        }
    }

    /// Throws when a file of this kind cannot be opened with this access.
    static func refuse(_ kind: KnowledgeBaseSchema.FileKind, for access: Access, at location: SourceLocation) throws {
        switch kind {
        case .folder: throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.folder, at: location)
        case .other: throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.notMarrow, at: location)
        case .missing where access != .readWrite(create: true):
            throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.missing, at: location)
        case .empty where access == .readOnly:
            throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.empty, at: location)
        default: break
        }
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(600)
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        return configuration
    }

    /// A read-only connection. In a folder it may not write to, SQLite cannot create the WAL
    /// index beside the file; the file is then opened as immutable (nobody can change it there).
    static func openReadOnly(path: String) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
            return try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration(readOnly: true))
        }
    }

    static func checkReadable(_ database: any DatabaseReader, path: String) throws {
        try database.read { db in
            guard try KnowledgeBaseSchema.isMarrow(db) else {
                throw MarrowError(
                    .knowledgeBase, KnowledgeBaseSchema.Message.notMarrowDatabase, at: SourceLocation(path: path))
            }
            try KnowledgeBaseSchema.checkNotNewer(db, path: path)
            if try KnowledgeBaseSchema.needsMigration(db) {
                throw MarrowError(.knowledgeBase, KnowledgeBaseSchema.Message.outdated, at: SourceLocation(path: path))
            }
        }
    }

    static func openWritable(path: String, existing: Bool) throws -> DatabasePool {
        if existing {
            // Looked at read-only first: opening a pool would already switch a foreign file to WAL.
            let queue = try openReadOnly(path: path)
            try queue.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
                if tables > 0, try !KnowledgeBaseSchema.isMarrow(db) {
                    throw MarrowError(
                        .knowledgeBase, KnowledgeBaseSchema.Message.notMarrowDatabase, at: SourceLocation(path: path))
                }
                try KnowledgeBaseSchema.checkNotNewer(db, path: path)
            }
            try queue.close()
        }
        let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
        try KnowledgeBaseSchema.migrator.migrate(pool)
        return pool
    }

    /// Upgrades an older knowledge base's schema in place (a read-only open refuses one).
    public static func upgrade(path: String) throws {
        _ = try KnowledgeBase(path: path, access: .readWrite(create: false))
    }

    // MARK: Access for the parts

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (KnowledgeBaseWriter) throws -> T) throws -> T {
        guard !isReadOnly else { throw MarrowError(.knowledgeBase, "opened read-only", at: SourceLocation(path: path)) }
        return try database.write { db in try body(KnowledgeBaseWriter(db: db)) }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T>(_ body: (KnowledgeBaseQueries) throws -> T) throws -> T {
        try database.read { db in try body(KnowledgeBaseQueries(db: db)) }
    }
}
