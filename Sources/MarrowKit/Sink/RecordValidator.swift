import Foundation

/// Checks that an evidence record says something possible before it is loaded: records from
/// elsewhere (shards, hand-edited files) are not trusted.
public struct RecordValidator: Sendable {
    /// Why a record was refused.
    public enum Problem: Equatable, Sendable {
        case unknownType(String)
        case badDigest(field: String, value: String)
        case idMismatch(id: String, sha256: String)
        case negativeOffset(field: String, value: Int)
        case invertedRange(field: String, start: Int, end: Int)
        case mentionOutsidePassage(field: String)
        case mentionLength(text: Int, range: Int)
        case mentionNotInPassage(mention: String, found: String)
        case emptyField(String)
        case outsideSource(end: Int, size: Int)

        /// The sentence printed after `file:line: error:`.
        public var message: String {
            switch self {
            case .unknownType(let type): return "record of type '\(type)' is not evidence"
            case .badDigest(let field, let value):
                return "\(field) '\(Self.clip(value))' is not a lowercase hex digest of the right length"
            case .idMismatch(let id, let sha):
                return "source.id '\(id)' is not the first 16 digits of source.sha256 '\(sha.prefix(16))…'"
            case .negativeOffset(let field, let value): return "\(field) is negative (\(value))"
            case .invertedRange(let field, let start, let end):
                return "\(field) range \(start)..<\(end) ends before it starts"
            case .mentionOutsidePassage(let field): return "the mention's \(field) range lies outside the passage's"
            case .mentionLength(let text, let range):
                return "mention.text has \(text) bytes but its raw range spans \(range)"
            case .mentionNotInPassage(let mention, let found):
                return
                    "the passage text at the mention's offsets is \"\(Self.clip(found))\", not \"\(Self.clip(mention))\""
            case .emptyField(let field): return "\(field) is empty"
            case .outsideSource(let end, let size):
                return "raw range ends at byte \(end), past the end of the source file (\(size) bytes)"
            }
        }

        static func clip(_ text: String) -> String { text.count <= 40 ? text : String(text.prefix(37)) + "…" }
    }

    /// Creates a validator.
    public init() {}

    /// The size of the file at the source's path when its bytes have the recorded digest.
    public static func fileSize(_ source: EvidenceRecord.Source) -> Int? {
        guard let data = FileManager.default.contents(atPath: source.path),
            SourceDocument.digest([UInt8](data)) == source.sha256
        else { return nil }
        return data.count
    }

    /// The first problem with `record`, or `nil` when it is consistent.
    ///
    /// - Parameter sizeIfShorter: given a source and the end of the record's raw ranges, the size
    ///   of the source's bytes when it is known to be shorter than that end (else `nil`).
    public func problem(_ record: EvidenceRecord, sizeIfShorter: (EvidenceRecord.Source, Int) -> Int? = { _, _ in nil })
        -> Problem?
    {
        if record.type != "evidence" { return .unknownType(record.type) }
        if !Self.isHex(record.source.sha256, count: 64) {
            return .badDigest(field: "source.sha256", value: record.source.sha256)
        }
        // Compared as bytes (the digest is ASCII, checked above): no string is made per record.
        if !record.source.id.utf8.elementsEqual(record.source.sha256.utf8.prefix(16)) {
            return .idMismatch(id: record.source.id, sha256: record.source.sha256)
        }
        if !Self.isHex(record.id, count: 16) { return .badDigest(field: "id", value: record.id) }
        // Checked field by field, in this order (no list built per record: load checks millions).
        if record.source.path.isEmpty { return .emptyField("source.path") }
        if record.claim.subject.isEmpty { return .emptyField("claim.subject") }
        if record.claim.predicate.isEmpty { return .emptyField("claim.predicate") }
        if record.claim.object.isEmpty { return .emptyField("claim.object") }
        if record.concept.id.isEmpty { return .emptyField("concept.id") }
        if record.mention.text.isEmpty { return .emptyField("mention.text") }
        if record.lexiconVersion.isEmpty { return .emptyField("lexiconVersion") }
        if let problem = Self.rangeProblem("mention", record.mention.start, record.mention.end)
            ?? Self.rangeProblem("passage", record.passage.start, record.passage.end)
            ?? Self.rangeProblem("raw", record.raw.byteStart, record.raw.byteEnd)
            ?? Self.rangeProblem("passage.raw", record.passage.raw.byteStart, record.passage.raw.byteEnd)
        {
            return problem
        }
        if record.mention.start < record.passage.start || record.mention.end > record.passage.end {
            return .mentionOutsidePassage(field: "scalar")
        }
        if record.raw.byteStart < record.passage.raw.byteStart || record.raw.byteEnd > record.passage.raw.byteEnd {
            return .mentionOutsidePassage(field: "raw byte")
        }
        if record.source.mediaType == MediaType.text.rawValue {
            let span = record.raw.byteEnd - record.raw.byteStart
            let utf8 = record.mention.text.utf8.count
            // UTF-8 sources store the mention's bytes exactly; a UTF-16 source stores two bytes a unit.
            if span != utf8 && span != record.mention.text.utf16.count * 2 {
                return .mentionLength(text: utf8, range: span)
            }
        }
        let from = record.mention.start - record.passage.start
        let to = record.mention.end - record.passage.start
        // The passage's text at the mention's scalar offsets: exactly the mention's bytes (the
        // usual case, checked on bytes), or the same after whitespace folding.
        guard let found = Self.scalars(from, to, of: record.passage.text) else {
            return .mentionOutsidePassage(field: "scalar")
        }
        if !found.elementsEqual(record.mention.text.utf8) {
            let text = String(found) ?? ""
            if WhitespaceFolding.fold(text) != WhitespaceFolding.fold(record.mention.text) {
                return .mentionNotInPassage(mention: record.mention.text, found: text)
            }
        }
        let end = max(record.raw.byteEnd, record.passage.raw.byteEnd)
        if let known = sizeIfShorter(record.source, end), end > known { return .outsideSource(end: end, size: known) }
        return nil
    }

    static func rangeProblem(_ field: String, _ start: Int, _ end: Int) -> Problem? {
        if start < 0 { return .negativeOffset(field: field + ".start", value: start) }
        if end < start { return .invertedRange(field: field, start: start, end: end) }
        return nil
    }

    /// The UTF-8 of scalars `from..<to` of `text`, or `nil` when `text` has fewer than `to`.
    static func scalars(_ from: Int, _ to: Int, of text: String) -> Substring.UTF8View? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var scalar = 0
        var start: String.Index?
        while true {
            if scalar == from && start == nil { start = index }
            if scalar == to { break }
            guard index < utf8.endIndex else { return nil }
            index = utf8.index(after: index)
            // A scalar ends where the next byte is not a continuation byte.
            while index < utf8.endIndex, utf8[index] & 0xC0 == 0x80 { index = utf8.index(after: index) }
            scalar += 1
        }
        guard let start else { return nil }
        return utf8[start..<index]
    }

    static func isHex(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
