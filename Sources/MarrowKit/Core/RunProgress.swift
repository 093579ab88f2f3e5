/// How far a run through many documents has got, for a progress line.
public struct RunProgress: Sendable {
    /// Documents finished.
    public var done: Int
    /// Documents in all; nil when not known in advance (a stream).
    public var total: Int?
    /// The document just finished.
    public var path: String
    /// What happened to it (`added`, `unchanged`, `failed`, `12 records`…).
    public var status: String
    /// The document being worked on next, when there is one.
    public var next: String?

    /// Creates a progress step.
    public init(done: Int, total: Int?, path: String, status: String, next: String? = nil) {
        (self.done, self.total, self.path, self.status, self.next) = (done, total, path, status, next)
    }
}

extension RunProgress {
    /// The total as printed: `?` when it is not known in advance.
    public var totalText: String { total.map(String.init) ?? "?" }

    /// The progress line: `[3/10] added Corpus/a.txt`.
    public var line: String { "[\(done)/\(totalText)] \(status) \(TerminalText.escape(path))" }

    /// The line shown while the next item has been worked on for `seconds` without a step.
    public func working(seconds: Int) -> String {
        "[\(done)/\(totalText)] working on \(TerminalText.escape(next ?? "the next item"))… \(seconds) s"
    }
}
