import Foundation

/// A file written beside its final name (`NAME.partial-PID`) and moved into place only when
/// complete, so a reader never sees half of it and a failed write leaves the old file as it was.
public final class PartialFile {
    /// The final name.
    public let path: String
    /// Where the bytes go until ``finish()``.
    let temporary: String
    let handle: FileHandle
    /// Bytes written so far.
    public private(set) var count = 0

    /// Creates the temporary file beside `path`.
    ///
    /// - Throws: ``MarrowError`` with code `unreadable`, located at `path`, when it cannot be
    ///   created (no such folder, no permission).
    public init(path: String) throws {
        self.path = path
        temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw PartialFile.failure(path) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Appends `data`.
    ///
    /// - Throws: ``MarrowError`` when the bytes cannot be written (a full disk).
    public func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw MarrowError(
                .unreadable, "cannot write here: \(error.localizedDescription)", at: SourceLocation(path: path))
        }
        count += data.count
    }

    /// Closes the file and moves it to its final name.
    ///
    /// - Throws: ``MarrowError`` when it cannot be moved there.
    public func finish() throws {
        try? handle.close()
        guard rename(temporary, path) == 0 else {
            let error = PartialFile.failure(path)
            unlink(temporary)
            throw error
        }
    }

    static func failure(_ path: String) -> MarrowError {
        MarrowError(
            .unreadable, "cannot write here: \(String(cString: strerror(errno)))", at: SourceLocation(path: path))
    }
}
