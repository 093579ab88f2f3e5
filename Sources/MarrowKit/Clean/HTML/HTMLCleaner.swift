/// Cleans HTML pages into main text. (Filled in by the HTML issue; until then HTML inputs are
/// reported, not silently dropped.)
public struct HTMLCleaner: Sendable {
    /// The chrome and boilerplate cues.
    public let cues: CleaningCues

    /// Creates a cleaner.
    public init(cues: CleaningCues) { self.cues = cues }

    /// Cleans an HTML document.
    ///
    /// - Throws: ``MarrowError`` with code `unparsable`.
    public func clean(_ document: SourceDocument) throws -> CleanText {
        throw MarrowError(.unparsable, "HTML input is not supported by this build yet", at: SourceLocation(path: document.path))
    }
}
