import Foundation

/// Walks the lines of a JSON-lines stream, numbering them from 1 and skipping blank lines, so
/// every reader reports a bad line the same way (`file:line: error: …`).
public enum JSONLines {
    /// Calls `body` with each non-blank line and its location.
    public static func forEachLine(
        in data: Data, label: String, skippingComments: Bool = false, _ body: (Data, SourceLocation) throws -> Void
    ) rethrows {
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let content = content(of: line, skippingComments: skippingComments) else { continue }
            try body(Data(content), SourceLocation(path: label, line: lineNumber))
        }
    }

    /// A line without its leading white space, or nil when the line is blank (or, with
    /// `skippingComments`, a `#` comment) and carries nothing to read.
    static func content<Line: Collection>(of line: Line, skippingComments: Bool) -> Line.SubSequence?
    where Line.Element == UInt8 {
        let content = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if content.isEmpty { return nil }
        if skippingComments, content.first == UInt8(ascii: "#") { return nil }
        return content
    }
}

/// Where a ``LineReader`` gets its bytes from: a file descriptor, or memory.
public protocol ByteChunkSource {
    /// Reads at most `buffer.count` bytes into `buffer` and says how many; 0 means the end.
    ///
    /// - Throws: ``MarrowError`` when the underlying read fails.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Bytes read from an open file descriptor (standard input, a pipe, a file), as they arrive.
public struct FileDescriptorSource: ByteChunkSource {
    /// The descriptor; it is not closed by the source.
    public let descriptor: Int32
    /// How to name the input in errors.
    public let label: String

    /// Creates a source reading `descriptor`.
    public init(descriptor: Int32, label: String) {
        self.descriptor = descriptor
        self.label = label
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw MarrowError(.unreadable, "cannot read (errno \(errno))", at: SourceLocation(path: label))
        }
    }
}

/// Bytes already in memory, handed out at most `chunkSize` at a time (tests use small chunks to
/// check that a reader gives the same lines however its input is split).
public struct MemorySource: ByteChunkSource {
    let bytes: [UInt8]
    let chunkSize: Int
    var position = 0

    /// Creates a source over `bytes`, giving out at most `chunkSize` bytes per read.
    public init(_ bytes: [UInt8], chunkSize: Int = 65_536) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(chunkSize, buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + count)]))
        }
        position += count
        return count
    }
}

/// Splits a byte stream into lines as it arrives, holding only the line being read: memory stays
/// bounded by the longest line, however long the stream.
///
/// Lines are numbered from 1 and blank lines are skipped (but counted), exactly as
/// ``JSONLines/forEachLine(in:label:skippingComments:_:)`` does for a stream already in memory.
public struct LineReader {
    var source: any ByteChunkSource
    var buffer: [UInt8] = []
    /// Where the next line starts in ``buffer``.
    var start = 0
    /// How far past ``start`` the buffer is known to hold no newline.
    var scanned = 0
    var atEnd = false
    var lineNumber = 0
    let chunkSize: Int

    /// Creates a reader over `source`, reading `chunkSize` bytes at a time.
    public init(_ source: any ByteChunkSource, chunkSize: Int = 65_536) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
    }

    /// The next non-blank line, without its newline and leading white space, and its 1-based
    /// number; nil at the end of the stream. A last line without a newline is still a line.
    ///
    /// - Throws: ``MarrowError`` when the source cannot be read.
    public mutating func next() throws -> (content: ArraySlice<UInt8>, line: Int)? {
        while let line = try nextRawLine() {
            lineNumber += 1
            if let content = JSONLines.content(of: line, skippingComments: false) { return (content, lineNumber) }
        }
        return nil
    }

    mutating func nextRawLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                scanned = 0
                return line
            }
            scanned = buffer.count - start
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                scanned = 0
                return line
            }
            try fill()
        }
    }

    /// Drops the lines already handed out and appends the next chunk of the source.
    mutating func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        let count = try buffer.withUnsafeMutableBytes { bytes in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[old...]))
        }
        buffer.removeLast(chunkSize - count)
        if count == 0 { atEnd = true }
    }
}
