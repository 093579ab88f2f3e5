import Foundation

/// Walks the lines of a JSON-lines stream, numbering them from 1 and skipping blank lines, so
/// every reader reports a bad line the same way (`file:line: error: …`).
public enum JSONLines {
    /// Calls `body` with each non-blank line and its location.
    public static func forEachLine(in data: Data, label: String, skippingComments: Bool = false, _ body: (Data, SourceLocation) throws -> Void) rethrows {
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if content.isEmpty || content.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            if skippingComments, content.first == UInt8(ascii: "#") { continue }
            try body(Data(content), SourceLocation(path: label, line: lineNumber))
        }
    }
}
