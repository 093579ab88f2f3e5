/// Whitespace folding used to compare passages with their raw spans: runs of white space become
/// one space, and a space before closing punctuation or after an opening bracket goes (the cleaner
/// joins lines broken before a period that way).
public enum WhitespaceFolding {
    /// Folds `text`.
    public static func fold(_ text: String) -> String {
        var result: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                let closing = ".,;:!?)]".unicodeScalars.contains(scalar)
                let opening = result.last.map { $0 == "(" || $0 == "[" } ?? false
                if !closing && !opening { result.append(" ") }
                pendingSpace = false
            }
            result.append(scalar)
        }
        var string = ""
        string.unicodeScalars.append(contentsOf: result)
        return string
    }
}
