import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock beside a knowledge base (`PATH.lock`) that keeps a rebuild from replacing the
/// file under a writer.
///
/// Writers (ingest, load, remove, merge) hold it shared for as long as they have the knowledge
/// base open, so several can run at once (SQLite orders their transactions). A rebuild holds it
/// exclusively from before it starts until its file is in place: a writer that arrives meanwhile
/// waits and then opens the new file, so nothing it commits is lost in the replace; a rebuild that
/// arrives while writers run waits for them. Readers take no lock: they see the old file until the
/// new one is renamed over it. The lock is `flock(2)`, released by the kernel when the process
/// dies, so a killed writer never leaves it held.
public final class WriterLock: Sendable {
    /// How the lock is held.
    public enum Mode: Sendable {
        case shared, exclusive
    }

    let descriptor: Int32

    /// The lock file for a knowledge base at `path`.
    public static func lockPath(for path: String) -> String { path + ".lock" }

    /// Takes the lock, waiting while another process holds it in a conflicting mode.
    ///
    /// - Parameters:
    ///   - path: the knowledge base's path (the lock file sits beside it).
    ///   - mode: shared for writers, exclusive for a rebuild.
    ///   - waiting: called once, before blocking, when someone else holds the lock.
    ///   - alone: called while nobody else holds the lock at all (always, for an exclusive hold;
    ///     for a shared one, when it was free): the moment to clean up what an interrupted
    ///     rebuild left behind.
    /// - Throws: ``MarrowError`` with code `knowledgeBase` when the lock file cannot be created.
    public init(path: String, mode: Mode, waiting: () -> Void = {}, alone: () -> Void = {}) throws {
        let lockPath = WriterLock.lockPath(for: path)
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw MarrowError(
                .knowledgeBase,
                "cannot create the lock file \(lockPath) (\(String(cString: strerror(errno)))); changing a knowledge base needs write access to its folder",
                at: SourceLocation(path: path))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            alone()
            // Converting is not atomic: a rebuild may slip in here, and this writer then waits for it.
            if mode == .shared { try lock(LOCK_SH, lockPath) }
            return
        }
        if mode == .shared, flock(descriptor, LOCK_SH | LOCK_NB) == 0 { return }
        waiting()
        try lock(mode == .shared ? LOCK_SH : LOCK_EX, lockPath)
        if mode == .exclusive { alone() }
    }

    /// Runs `body` while no other writer is inside it: opening, creating and migrating the file.
    ///
    /// Two writers that find the same knowledge base missing would otherwise both create it, and
    /// one would see the other's half-made schema (GRDB's migration table before the tables) or
    /// lose the race to switch the file to WAL. The hold is a POSIX record lock on the same lock
    /// file, which is independent of the `flock(2)` held beside it, so it nests inside the shared
    /// hold without conflicting with this process's own lock; the kernel drops it when the
    /// process dies.
    public func whileOpening<T>(_ body: () throws -> T) throws -> T {
        var region = flock()
        region.l_type = Int16(F_WRLCK)
        region.l_whence = Int16(SEEK_SET)
        while fcntl(descriptor, F_SETLKW, &region) != 0 {
            guard errno == EINTR else {
                throw MarrowError(
                    .knowledgeBase, "cannot lock the lock file for opening (\(String(cString: strerror(errno))))")
            }
        }
        defer {
            var unlock = flock()
            unlock.l_type = Int16(F_UNLCK)
            unlock.l_whence = Int16(SEEK_SET)
            _ = fcntl(descriptor, F_SETLK, &unlock)
        }
        return try body()
    }

    private func lock(_ operation: Int32, _ lockPath: String) throws {
        while flock(descriptor, operation) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw MarrowError(
                    .knowledgeBase, "cannot lock \(lockPath) (\(String(cString: strerror(errno))))",
                    at: SourceLocation(path: lockPath))
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
