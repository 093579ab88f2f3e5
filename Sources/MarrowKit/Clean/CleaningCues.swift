/// The language-level cue lists the cleaners read from `Lexicons/boilerplate.cues`.
///
/// Every phrase is stored folded (see ``CueText/fold(_:)``) and compared with folded lines.
public struct CleaningCues: Sendable, Hashable {
    /// A label that introduces a metadata value.
    public struct MetadataLabel: Sendable, Hashable {
        public var field: MetadataField
        public var label: String
    }

    /// Lines dropped when the whole line equals one of these.
    public var lines: Set<String> = [] {
        didSet {
            longestLine = lines.map(\.utf8.count).max() ?? 0
            linesArePlain = lines.allSatisfy { UTF8Scalars.isPlain($0.utf8) }
            compileTrie()
        }
    }
    /// Lines dropped when they start with one of these.
    public var prefixes: [String] = [] { didSet { compileTrie() } }
    /// Lines dropped when they contain one of these.
    public var fragments: [String] = [] {
        didSet { fragmentAutomaton = FragmentAutomaton(fragments.map { Array($0.utf8) }) }
    }
    /// Lines after which nothing more of the article follows ("Related Searches").
    public var endMarkers: Set<String> = [] {
        didSet {
            longestEndMarker = endMarkers.map(\.utf8.count).max() ?? 0
            endMarkersArePlain = endMarkers.allSatisfy { UTF8Scalars.isPlain($0.utf8) }
            compileTrie()
        }
    }
    /// ``lines``, ``prefixes``, ``endMarkers`` and the ``metadataLabels`` as bytes in one trie,
    /// each marked with its list (``Mark``): a line's questions are answered walking it once.
    private var trie = ByteTrie()
    /// ``fragments`` as one automaton: a line is scanned once for all of them.
    private var fragmentAutomaton = FragmentAutomaton()
    /// Whether every one of ``lines`` (``endMarkers``) is plain text (see
    /// ``UTF8Scalars/isPlain(_:)``): then a plain line equals one as a `String` exactly when it
    /// equals it byte for byte, and the trie's answer is the answer.
    private var linesArePlain = true
    private var endMarkersArePlain = true
    /// The longest end marker, in bytes.
    private var longestEndMarker = 0
    /// The longest of ``lines``, in bytes: a longer line is no such line, and no string is made
    /// for it.
    private var longestLine = 0
    /// Label prefixes that introduce a metadata value, by field ("written by" → author).
    public var metadataLabels: [MetadataLabel] = [] { didSet { compileTrie() } }
    /// Words that, ending a line, say the sentence goes on in the next line ("the", "of").
    public var continuationWords: Set<String> = []
    /// HTML class/id tokens that mark page chrome (`nav`, `share`, `cookie`).
    public var chromeTokens: Set<String> = []
    /// HTML class/id tokens of reader comments (`comments`, `disqus`): chrome that may hold more
    /// text than the article, so its size never makes it content.
    public var commentTokens: Set<String> = []
    /// Words that open a byline before the author's name ("by", "von", "par"): taken off an
    /// author value that starts with one.
    public var bylineWords: Set<String> = []
    /// HTML class/id tokens that mark the main content (`article-body`, `content`).
    public var contentTokens: Set<String> = []
    /// Month number by folded month name or abbreviation, any language (`dezember` → 12): how
    /// HTML metadata reads "28. Dezember 2022" as a date.
    public var monthNames: [String: Int] = [:]
    /// HTML class/id tokens of a byline (`author`, `byline`): where the author's name is shown.
    public var bylineTokens: Set<String> = []

    /// No cues at all.
    public init() {}

    /// Whether a folded line is page boilerplate.
    public func isBoilerplate(folded line: String) -> Bool {
        var line = line
        return line.withUTF8 { isBoilerplate(folded: $0) }
    }

    /// The list a key of ``trie`` comes from.
    private enum Mark {
        static let line: UInt8 = 1
        static let prefix: UInt8 = 2
        static let endMarker: UInt8 = 4
        static let label: UInt8 = 8
    }

    /// Builds ``trie`` from the lists (when the lexicon is compiled, once per list set).
    private mutating func compileTrie() {
        var keys: [(bytes: [UInt8], marks: UInt8)] = []
        keys += lines.map { (Array($0.utf8), Mark.line) }
        keys += prefixes.map { (Array($0.utf8), Mark.prefix) }
        keys += endMarkers.map { (Array($0.utf8), Mark.endMarker) }
        keys += metadataLabels.map { (Array($0.label.utf8), Mark.label) }
        trie = ByteTrie(keys)
    }

    /// Whether a folded line, given as UTF-8 bytes, is page boilerplate.
    ///
    /// Equality with one of ``lines`` is `String` equality (canonical equivalence): the trie
    /// compares bytes, which gives the same answer when the line and every cue line are plain
    /// (``UTF8Scalars/isPlain(_:)``); any other line within reach of a cue line's length is
    /// looked up as a string, as before.
    func isBoilerplate(folded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = trie.walk(bytes, stoppingAt: Mark.prefix)
        if found.prefixes & Mark.prefix != 0 || found.whole & Mark.line != 0 { return true }
        if !linesArePlain || !UTF8Scalars.isPlain(bytes) {
            // A longer line equals no cue line; a non-ASCII line may still be canonically
            // equivalent to one with fewer bytes (decomposed accents), so it gets room for that.
            let limit = UTF8Scalars.isASCII(bytes) ? longestLine : 4 * longestLine
            if bytes.count <= limit, lines.contains(UTF8Scalars.string(bytes)) { return true }
        }
        return fragmentAutomaton.occurs(in: bytes)
    }

    /// Whether a folded line, given as UTF-8 bytes, opens with one of ``prefixes`` (a notice
    /// that runs on: "This post contains affiliate links. We may receive …").
    func opensWithBoilerplate(folded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        trie.walk(bytes, stoppingAt: Mark.prefix).prefixes & Mark.prefix != 0
    }

    /// Whether a folded line, less leading and trailing `.` and `:`, is an end marker.
    public func isEndMarker(folded line: String) -> Bool {
        var line = line
        return line.withUTF8 { isEndMarker(folded: $0) }
    }

    /// Whether a folded line, given as UTF-8 bytes, less leading and trailing `.` and `:`, is an
    /// end marker.
    func isEndMarker(folded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == UInt8(ascii: ".") || bytes[lower] == UInt8(ascii: ":") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: ".") || bytes[upper - 1] == UInt8(ascii: ":") {
            upper -= 1
        }
        // Most lines are longer than any marker: no string is made for them.
        guard upper - lower <= longestEndMarker else { return false }
        let marker = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        if trie.marks(ofWhole: marker) & Mark.endMarker != 0 { return true }
        // As for ``lines``: bytes answer for plain text, strings compare the rest.
        if endMarkersArePlain, UTF8Scalars.isPlain(marker) { return false }
        return endMarkers.contains(UTF8Scalars.string(marker))
    }

    /// The metadata field and value a folded line announces, if it starts with a label.
    ///
    /// - Returns: the field, and the rest of the original line after the label (may be empty,
    ///   when the value stands on the next line).
    public func metadataValue(line: String, folded: String) -> (field: MetadataField, value: String)? {
        for entry in metadataLabels where folded.utf8.starts(with: entry.label.utf8) {
            let (field, label) = (entry.field, entry.label)
            let next = folded.dropFirst(label.count).first
            // A label word runs on into a longer word ("published" in "publishedx"); a label
            // that ends in a colon ends there ("作者：Ana").
            if let next, next.isLetter, !label.hasSuffix(" "), !label.hasSuffix(":"), !label.hasSuffix("：") { continue }
            let rest = String(line.unicodeScalars.dropFirst(label.unicodeScalars.count))
            return (field, rest.trimmingCharacters(in: " :\t"))
        }
        return nil
    }

    /// ``metadataValue(line:folded:)`` for a line and its fold given as UTF-8 bytes; strings are
    /// made only for a line that starts with a label.
    func metadataValue(line: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> (
        field: MetadataField, value: String
    )? {
        guard trie.walk(folded, stoppingAt: Mark.label).prefixes & Mark.label != 0 else { return nil }
        return metadataValue(line: UTF8Scalars.string(line), folded: UTF8Scalars.string(folded))
    }
}

/// A metadata field a label can introduce.
public enum MetadataField: String, Sendable, CaseIterable {
    case author, reviewer, published, modified, reviewed
}

/// Folding shared by every comparison of text with a cue phrase.
public enum CueText {
    /// Lowercases, straightens quotes, collapses white space and trims `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        fold(utf8: text.utf8)
    }

    /// ``fold(_:)`` of UTF-8 bytes (ill-formed bytes read as U+FFFD), without making a `String`
    /// of them first.
    static func fold(utf8 bytes: some Collection<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let done: Void? = bytes.withContiguousStorageIfAvailable { fold($0, into: &result) }
        if done == nil { Array(bytes).withUnsafeBufferPointer { fold($0, into: &result) } }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the fold of the UTF-8 `bytes` (see ``fold(_:)``) to `result`; for a line, the
    /// cleaner folds into one buffer it reuses.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout [UInt8]) {
        let start = result.count
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // ASCII bytes take the byte path; only the other scalars need Unicode properties.
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = result.count > start
                    continue
                }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                continue
            }
            let (scalar, length) = UTF8Scalars.decodeMultibyte(bytes, at: index)
            index += length
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = result.count > start
                continue
            }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}": result.append(UInt8(ascii: "'"))
            case "\u{201C}", "\u{201D}": result.append(UInt8(ascii: "\""))
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let encoded = UTF8.encode(lower) { result.append(contentsOf: encoded) }
                }
            }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, characters.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, characters.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
