import Foundation

/// Padding for the columns of plain-text tables (`claims`, `eval`, the rebuild summary).
extension String {
    /// The string with spaces before it up to `width` characters (numbers in a right-aligned column).
    public func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }

    /// The string with spaces after it up to `width` characters (names in a left-aligned column).
    public func rightPadded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}

/// A byte count for people: `812 bytes`, `3.4 KiB`, `12.0 MiB`.
public enum ByteCount {
    /// `bytes` in the largest unit that keeps it at one or more.
    public static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        return String(format: "%.1f MiB", Double(bytes) / 1024 / 1024)
    }
}
