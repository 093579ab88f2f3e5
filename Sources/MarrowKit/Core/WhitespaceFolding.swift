/// Whitespace folding: runs of white space become one space and the ends are trimmed.
///
/// ``collapse(_:)`` does only that (metadata values read from markup). ``fold(_:)``, used to
/// compare passages with their raw spans, also drops a space before closing punctuation or after
/// an opening bracket (the cleaner joins lines broken before a period that way).
public enum WhitespaceFolding {
    /// Folds `text` for comparison: white space collapsed and trimmed, and no space before
    /// `.,;:!?)]` or after `(` and `[`.
    public static func fold(_ text: String) -> String {
        folded(text, tighteningPunctuation: true)
    }

    /// Collapses each run of white space in `text` to one space and trims both ends.
    public static func collapse(_ text: String) -> String {
        folded(text, tighteningPunctuation: false)
    }

    /// The one loop both share: a run of white space is kept as one pending space, written only
    /// when a visible scalar follows (so the ends are trimmed), and left out before closing or
    /// after opening punctuation when `tighteningPunctuation`.
    private static func folded(_ text: String, tighteningPunctuation: Bool) -> String {
        var result = ""
        var last: Unicode.Scalar?
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = last != nil
                continue
            }
            if pendingSpace {
                let tight =
                    tighteningPunctuation
                    && (".,;:!?)]".unicodeScalars.contains(scalar) || last == "(" || last == "[")
                if !tight { result.unicodeScalars.append(" ") }
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
            last = scalar
        }
        return result
    }
}
