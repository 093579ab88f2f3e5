/// Where in a file something went wrong: a path, and when known a line and a byte.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var path: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 0-based byte offset in the file, when known.
    public var byte: RawByteOffset?

    /// Creates a location.
    public init(path: String, line: Int? = nil, byte: RawByteOffset? = nil) {
        self.path = path
        self.line = line
        self.byte = byte
    }

    /// `path`, `path:line` or `path:line:byte`, the shape compilers print.
    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let byte, line == nil { text += ":@\(byte.value)" }
        return text
    }
}

/// The one error type Marrow throws: a code that callers can switch on, a message for people,
/// and where the problem is.
public struct MarrowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is. New codes may be added; switch with a `default`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let name: String
        public var description: String { name }

        /// The input file is empty (or only white space).
        public static let emptyInput = Code(name: "empty-input")
        /// The input looks like binary data, not text or HTML.
        public static let binaryInput = Code(name: "binary-input")
        /// The input is not valid UTF-8 (and not a recognised legacy encoding).
        public static let invalidEncoding = Code(name: "invalid-encoding")
        /// A file or folder could not be read.
        public static let unreadable = Code(name: "unreadable")
        /// A path does not exist.
        public static let notFound = Code(name: "not-found")
        /// A lexicon or cue file is malformed.
        public static let lexicon = Code(name: "lexicon")
        /// A manifest or JSON input is malformed.
        public static let malformedInput = Code(name: "malformed-input")
        /// The knowledge base refused an operation.
        public static let knowledgeBase = Code(name: "knowledge-base")
        /// The input could not be parsed as HTML.
        public static let unparsable = Code(name: "unparsable")
        /// The input exceeds a safety limit.
        public static let tooLarge = Code(name: "too-large")
    }

    /// What kind of failure this is.
    public var code: Code
    /// A sentence for people, without the location (that is printed in front of it).
    public var message: String
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `path:line: error: message`, the shape editors and compilers understand.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}
