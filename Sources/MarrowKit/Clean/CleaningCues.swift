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
    public var lines: Set<String> = []
    /// Lines dropped when they start with one of these.
    public var prefixes: [String] = [] { didSet { prefixBytes = prefixes.map { Array($0.utf8) } } }
    /// Lines dropped when they contain one of these.
    public var fragments: [String] = [] { didSet { fragmentBytes = fragments.map { Array($0.utf8) } } }
    /// Lines after which nothing more of the article follows ("Related Searches").
    public var endMarkers: Set<String> = [] { didSet { longestEndMarker = endMarkers.map(\.utf8.count).max() ?? 0 } }
    /// ``prefixes`` and ``fragments`` as bytes, made once rather than for every line.
    private var prefixBytes: [[UInt8]] = []
    private var fragmentBytes: [[UInt8]] = []
    /// The longest end marker, in bytes.
    private var longestEndMarker = 0
    /// Label prefixes that introduce a metadata value, by field ("written by" → author).
    public var metadataLabels: [MetadataLabel] = []
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

    /// No cues at all.
    public init() {}

    /// Whether a folded line is page boilerplate.
    public func isBoilerplate(folded line: String) -> Bool {
        if lines.contains(line) { return true }
        // On the string's own bytes (no copy per line), with plain loops the optimiser can see.
        let found = line.utf8.withContiguousStorageIfAvailable { bytes in
            for prefix in prefixBytes where CleaningCues.occurs(prefix, in: bytes, from: 0, to: 0) { return true }
            for fragment in fragmentBytes
            where CleaningCues.occurs(fragment, in: bytes, from: 0, to: bytes.count - fragment.count) { return true }
            return false
        }
        if let found { return found }
        let bytes = Array(line.utf8)
        return prefixBytes.contains(where: { bytes.starts(with: $0) })
            || fragmentBytes.contains(where: { bytes.contains(bytes: $0) })
    }

    /// Whether `needle` occurs in `bytes` at an offset in `first...last`.
    static func occurs(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from first: Int, to last: Int) -> Bool {
        guard last >= first, last + needle.count <= bytes.count else { return false }
        return needle.withUnsafeBufferPointer { needle in
            guard let lead = needle.first else { return true }
            var offset = first
            while offset <= last {
                if bytes[offset] == lead {
                    var index = 1
                    while index < needle.count, bytes[offset + index] == needle[index] { index += 1 }
                    if index == needle.count { return true }
                }
                offset += 1
            }
            return false
        }
    }

    /// Whether a folded line, less leading and trailing `.` and `:`, is an end marker.
    public func isEndMarker(folded line: String) -> Bool {
        let utf8 = line.utf8
        var lower = utf8.startIndex
        var upper = utf8.endIndex
        while lower < upper, utf8[lower] == UInt8(ascii: ".") || utf8[lower] == UInt8(ascii: ":") {
            lower = utf8.index(after: lower)
        }
        while upper > lower, case let last = utf8[utf8.index(before: upper)],
            last == UInt8(ascii: ".") || last == UInt8(ascii: ":")
        { upper = utf8.index(before: upper) }
        // Most lines are longer than any marker: no string is made for them.
        guard utf8.distance(from: lower, to: upper) <= longestEndMarker else { return false }
        return endMarkers.contains(String(line[lower..<upper]))
    }

    /// The metadata field and value a folded line announces, if it starts with a label.
    ///
    /// - Returns: the field, and the rest of the original line after the label (may be empty,
    ///   when the value stands on the next line).
    public func metadataValue(line: String, folded: String) -> (field: MetadataField, value: String)? {
        for entry in metadataLabels where folded.utf8.starts(with: entry.label.utf8) {
            let (field, label) = (entry.field, entry.label)
            let next = folded.dropFirst(label.count).first
            if let next, next.isLetter, !label.hasSuffix(" ") { continue }
            let rest = String(line.unicodeScalars.dropFirst(label.unicodeScalars.count))
            return (field, rest.trimmingCharacters(in: " :\t"))
        }
        return nil
    }
}

/// A metadata field a label can introduce.
public enum MetadataField: String, Sendable, CaseIterable {
    case author, reviewer, published, modified, reviewed
}

/// Folding shared by every comparison of text with a cue phrase.
public enum CueText {
    /// The ASCII fast path of ``fold(_:)``.
    static func foldASCII(_ bytes: some Sequence<UInt8>) -> String {
        var result: [UInt8] = []
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Lowercases, straightens quotes, collapses white space and trims `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text.utf8) }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII scalars take the byte path; only the others need Unicode properties.
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                continue
            }
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !result.isEmpty
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
        return String(decoding: result, as: UTF8.self)
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
