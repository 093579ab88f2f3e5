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

/// A count of things for people, the noun plural unless the count is one: `1 source`, `3 sources`.
public enum NounCount {
    /// `number` and `noun`, with an `s` after the noun unless `number` is 1.
    public static func text(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
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
