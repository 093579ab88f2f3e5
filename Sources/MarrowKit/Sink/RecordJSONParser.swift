import Foundation

/// Reads evidence records straight from a line's bytes into an ``EvidenceRecord`` (load reads
/// millions of them; Foundation's decoder is about ten times slower on this shape), with the
/// scanner of ``JSONValue`` (one JSON reader in the code base), strict about UTF-8.
///
/// Members are matched by their name's bytes and read into the record's fields as they come, with
/// no tree in between. Records of one source come one after another, and repeat their source, often
/// their passage, claim, concept and reasons: a ``Memo`` keeps the last value of each with the
/// bytes it was read from, and a member whose bytes are the same is taken from it without being
/// parsed again. Anything it does not expect (a missing or mistyped field, a repeated or escaped
/// name, a number with a fraction, bad JSON) makes it return `nil`, and the caller falls back to
/// `JSONDecoder`, which then says precisely what is wrong. Unknown members are read and ignored,
/// as the decoder ignores them.
enum RecordJSONParser {
    typealias Reader = JSONValue.Reader
    typealias Failure = JSONValue.SyntaxError

    /// The last source, passage, claim, concept, lexicon version and reasons read, with their bytes.
    struct Memo {
        var source = Entry { (reader: inout Reader) throws(Failure) in try reader.source() }
        var passage = Entry { (reader: inout Reader) throws(Failure) in try reader.passage() }
        var claim = Entry { (reader: inout Reader) throws(Failure) in try reader.claim() }
        var concept = Entry { (reader: inout Reader) throws(Failure) in try reader.concept() }
        var lexiconVersion = Entry { (reader: inout Reader) throws(Failure) in try reader.stringMember() }
        var why = Entry { (reader: inout Reader) throws(Failure) in try reader.stringsMember() }

        /// The last value of one member, the bytes it was read from, and how to read a new one.
        struct Entry<T> {
            var bytes: [UInt8] = []
            var value: T?
            let read: (inout Reader) throws(Failure) -> T
        }
    }

    /// The record on this line, or `nil` when it is not one this parser is sure of.
    static func record(_ line: UnsafeBufferPointer<UInt8>) -> EvidenceRecord? {
        var memo = Memo()
        return record(line, memo: &memo)
    }

    /// The record on this line, reusing what `memo` remembers of earlier lines.
    static func record(_ line: UnsafeBufferPointer<UInt8>, memo: inout Memo) -> EvidenceRecord? {
        var reader = Reader(bytes: line, strictUTF8: true)
        do throws(Failure) {
            reader.skipSpace()
            let record = try reader.evidenceRecord(memo: &memo)
            reader.skipSpace()
            return reader.position == line.count ? record : nil
        } catch {
            return nil
        }
    }

    /// The record's members, by key.
    enum Field: Int, CaseIterable {
        case id, claim, concept, role, assertion, mention, passage, source, raw, lexiconVersion, why
        case hypothetical, historical, experiencer, schema, type
        // The nested objects' keys.
        case subject, predicate, object, name, category, text, start, end, section, sectionKind
        case byteStart, byteEnd, xpath, line, path, sha256, title, publisher, url, mediaType
        case author, reviewer, published, modified, reviewed, language

        var bit: UInt64 { 1 << UInt64(rawValue) }

        var key: StaticString {
            switch self {
            case .id: "id"
            case .claim: "claim"
            case .concept: "concept"
            case .role: "role"
            case .assertion: "assertion"
            case .mention: "mention"
            case .passage: "passage"
            case .source: "source"
            case .raw: "raw"
            case .lexiconVersion: "lexiconVersion"
            case .why: "why"
            case .hypothetical: "hypothetical"
            case .historical: "historical"
            case .experiencer: "experiencer"
            case .schema: "schema"
            case .type: "type"
            case .subject: "subject"
            case .predicate: "predicate"
            case .object: "object"
            case .name: "name"
            case .category: "category"
            case .text: "text"
            case .start: "start"
            case .end: "end"
            case .section: "section"
            case .sectionKind: "sectionKind"
            case .byteStart: "byteStart"
            case .byteEnd: "byteEnd"
            case .xpath: "xpath"
            case .line: "line"
            case .path: "path"
            case .sha256: "sha256"
            case .title: "title"
            case .publisher: "publisher"
            case .url: "url"
            case .mediaType: "mediaType"
            case .author: "author"
            case .reviewer: "reviewer"
            case .published: "published"
            case .modified: "modified"
            case .reviewed: "reviewed"
            case .language: "language"
            }
        }

        /// The keys by length, each as its ``words(_:)``, for matching a key's bytes.
        static let byLength: [[(words: Words, field: Field)]] = {
            var table = [[(words: Words, field: Field)]](repeating: [], count: 17)
            for field in Field.allCases {
                let bytes = field.key.withUTF8Buffer { Array($0) }
                table[bytes.count].append((bytes.withUnsafeBufferPointer { words($0) }, field))
            }
            return table
        }()

        /// A key of up to 16 bytes as two words: its first eight bytes and its last eight
        /// (overlapping when it is shorter than 16; a key shorter than 8 is its bytes, then
        /// zeros, and no second word). With the length, they are the whole key.
        struct Words: Equatable {
            var head: UInt64
            var tail: UInt64
        }

        /// The words of a key of at most 16 bytes.
        @inline(__always)
        static func words(_ key: UnsafeBufferPointer<UInt8>) -> Words {
            let count = key.count
            guard count >= 8, let base = key.baseAddress else {
                var head: UInt64 = 0
                for index in 0..<count { head |= UInt64(key[index]) << (8 * UInt64(index)) }
                return Words(head: head, tail: 0)
            }
            let raw = UnsafeRawPointer(base)
            return Words(
                head: raw.loadUnaligned(as: UInt64.self),
                tail: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }

        /// The field whose name is exactly these bytes (two words compared, no call to `memcmp`).
        init?(_ key: UnsafeBufferPointer<UInt8>) {
            guard key.count < Field.byLength.count else { return nil }
            let words = Field.words(key)
            for candidate in Field.byLength[key.count] where candidate.words == words {
                self = candidate.field
                return
            }
            return nil
        }
    }

}

extension JSONValue.Reader {
    typealias Field = RecordJSONParser.Field
    typealias Failure = JSONValue.SyntaxError

    // MARK: The record

    mutating func evidenceRecord(memo: inout RecordJSONParser.Memo) throws(Failure) -> EvidenceRecord {
        var id: String?
        var claim: EvidenceRecord.Claim?
        var concept: EvidenceRecord.ConceptRef?
        var role: Role?
        var assertion: Assertion?
        var mention: EvidenceRecord.MentionRef?
        var passage: EvidenceRecord.Passage?
        var source: EvidenceRecord.Source?
        var raw: EvidenceRecord.RawRange?
        var lexiconVersion: String?
        var why: [String]?
        var hypothetical: Bool?
        var historical: Bool?
        var experiencer: Experiencer?
        var schema: Int?
        var type: String?
        try fields { (reader: inout Self, field: Field) throws(Failure) in
            switch field {
            case .id: id = try reader.stringMember()
            case .claim: claim = try reader.remembered(&memo.claim)
            case .concept: concept = try reader.remembered(&memo.concept)
            case .role: role = try reader.enumMember(Role.self)
            case .assertion: assertion = try reader.enumMember(Assertion.self)
            case .mention: mention = try reader.mention()
            case .passage: passage = try reader.remembered(&memo.passage)
            case .source: source = try reader.remembered(&memo.source)
            case .raw: raw = try reader.range()
            case .lexiconVersion: lexiconVersion = try reader.remembered(&memo.lexiconVersion)
            case .why: why = try reader.remembered(&memo.why)
            case .hypothetical: hypothetical = try reader.optionalBoolMember()
            case .historical: historical = try reader.optionalBoolMember()
            case .experiencer:
                experiencer = try reader.optionalMember { (reader: inout Self) throws(Failure) in
                    try reader.enumMember(Experiencer.self)
                }
            case .schema: schema = try reader.integerMember()
            case .type: type = try reader.stringMember()
            default: _ = try reader.value(depth: 1)
            }
        }
        var record = EvidenceRecord(
            id: try required(id), claim: try required(claim), concept: try required(concept), role: try required(role),
            assertion: try required(assertion), mention: try required(mention), passage: try required(passage),
            source: try required(source), raw: try required(raw), lexiconVersion: try required(lexiconVersion),
            why: try required(why))
        record.hypothetical = hypothetical
        record.historical = historical
        record.experiencer = experiencer
        if let schema { record.schema = schema }
        if let type { record.type = type }
        return record
    }

    /// The value at the current position, taken from `entry` when its bytes are the same (the
    /// value they hold is then the same, and ends at the same place), else read with its reader.
    mutating func remembered<T>(_ entry: inout RecordJSONParser.Memo.Entry<T>) throws(Failure) -> T {
        let count = entry.bytes.count
        if let value = entry.value, count > 0, position + count <= bytes.count,
            entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + position, count) == 0 })
        {
            position += count
            return value
        }
        let start = position
        let value = try entry.read(&self)
        // The entry's storage is reused: most passages are new, and each would otherwise allocate.
        entry.value = value
        entry.bytes.removeAll(keepingCapacity: true)
        entry.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        return value
    }

    /// Reads an object of known fields: `read` reads each known field's value, once (a repeated
    /// name is refused); other members are read and ignored; a name that needs decoding is not
    /// one of ours, and is refused.
    /// Returns the fields read (their ``RecordJSONParser/Field/bit``s), for ``require(_:_:)``.
    @discardableResult
    mutating func fields(_ read: (inout Self, Field) throws(Failure) -> Void) throws(Failure) -> UInt64 {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { throw fail("expected an object") }
        var seen: UInt64 = 0
        try members { (reader: inout Self, name: Range<Int>, needsDecoding: Bool) throws(Failure) in
            guard !needsDecoding else { throw reader.fail("escaped member name") }
            guard let field = Field(UnsafeBufferPointer(rebasing: reader.bytes[name])) else {
                _ = try reader.value(depth: 1)
                return
            }
            guard seen & field.bit == 0 else { throw reader.fail("repeated member") }
            seen |= field.bit
            try read(&reader, field)
        }
        return seen
    }

    /// Throws unless every field of `required` (bits) is among those `seen`.
    func require(_ seen: UInt64, _ required: UInt64) throws(Failure) {
        guard seen & required == required else { throw fail("missing member") }
    }

    // MARK: The nested objects

    mutating func claim() throws(Failure) -> EvidenceRecord.Claim {
        let (subject, predicate, object) = try threeStrings(.subject, .predicate, .object)
        return .init(subject: subject, predicate: predicate, object: object)
    }

    mutating func concept() throws(Failure) -> EvidenceRecord.ConceptRef {
        let (id, name, category) = try threeStrings(.id, .name, .category)
        return .init(id: id, name: name, category: category)
    }

    /// An object of three required string members (a claim, a concept), others ignored.
    mutating func threeStrings(_ first: Field, _ second: Field, _ third: Field) throws(Failure) -> (
        String, String, String
    ) {
        var values: (String?, String?, String?) = (nil, nil, nil)
        try fields { (reader: inout Self, field: Field) throws(Failure) in
            switch field {
            case first: values.0 = try reader.stringMember()
            case second: values.1 = try reader.stringMember()
            case third: values.2 = try reader.stringMember()
            default: _ = try reader.value(depth: 1)
            }
        }
        return (try required(values.0), try required(values.1), try required(values.2))
    }

    mutating func mention() throws(Failure) -> EvidenceRecord.MentionRef {
        var mention = EvidenceRecord.MentionRef(text: "", start: 0, end: 0)
        let seen = try fields { (reader: inout Self, field: Field) throws(Failure) in
            switch field {
            case .text: mention.text = try reader.stringMember()
            case .start: mention.start = try reader.integerMember()
            case .end: mention.end = try reader.integerMember()
            default: _ = try reader.value(depth: 1)
            }
        }
        try require(seen, Field.text.bit | Field.start.bit | Field.end.bit)
        return mention
    }

    mutating func passage() throws(Failure) -> EvidenceRecord.Passage {
        var passage = EvidenceRecord.Passage(
            text: "", start: 0, end: 0, section: [], sectionKind: nil, raw: .init(byteStart: 0, byteEnd: 0))
        let seen = try fields { (reader: inout Self, field: Field) throws(Failure) in
            switch field {
            case .text: passage.text = try reader.stringMember()
            case .start: passage.start = try reader.integerMember()
            case .end: passage.end = try reader.integerMember()
            case .section: passage.section = try reader.stringsMember()
            case .sectionKind:
                passage.sectionKind = try reader.optionalMember { (reader: inout Self) throws(Failure) in
                    try reader.enumMember(SectionKind.self)
                }
            case .raw: passage.raw = try reader.range()
            default: _ = try reader.value(depth: 1)
            }
        }
        try require(seen, Field.text.bit | Field.start.bit | Field.end.bit | Field.section.bit | Field.raw.bit)
        return passage
    }

    mutating func range() throws(Failure) -> EvidenceRecord.RawRange {
        var range = EvidenceRecord.RawRange(byteStart: 0, byteEnd: 0)
        let seen = try fields { (reader: inout Self, field: Field) throws(Failure) in
            switch field {
            case .byteStart: range.byteStart = try reader.integerMember()
            case .byteEnd: range.byteEnd = try reader.integerMember()
            case .xpath:
                range.xpath = try reader.optionalMember { (reader: inout Self) throws(Failure) in
                    try reader.stringMember()
                }
            case .line:
                range.line = try reader.optionalMember { (reader: inout Self) throws(Failure) in
                    try reader.integerMember()
                }
            default: _ = try reader.value(depth: 1)
            }
        }
        try require(seen, Field.byteStart.bit | Field.byteEnd.bit)
        return range
    }

    /// The source's members it must have, and where each goes.
    static let requiredSourceStrings: [Field: WritableKeyPath<EvidenceRecord.Source, String> & Sendable] = [
        .id: \.id, .path: \.path, .sha256: \.sha256, .mediaType: \.mediaType,
    ]

    /// The source's members that may be absent or `null`, and where each goes.
    static let optionalSourceStrings: [Field: WritableKeyPath<EvidenceRecord.Source, String?> & Sendable] = [
        .title: \.title, .publisher: \.publisher, .url: \.url, .author: \.author, .reviewer: \.reviewer,
        .published: \.published, .modified: \.modified, .reviewed: \.reviewed, .language: \.language,
    ]

    /// The bits of ``requiredSourceStrings``' fields.
    static let requiredSourceBits = requiredSourceStrings.keys.reduce(0) { $0 | $1.bit }

    /// A source (read once per source: records of one source repeat it, and the memo keeps it).
    mutating func source() throws(Failure) -> EvidenceRecord.Source {
        var source = EvidenceRecord.Source(id: "", path: "", sha256: "", mediaType: "")
        let seen = try fields { (reader: inout Self, field: Field) throws(Failure) in
            if let slot = Self.requiredSourceStrings[field] {
                source[keyPath: slot] = try reader.stringMember()
            } else if let slot = Self.optionalSourceStrings[field] {
                source[keyPath: slot] = try reader.optionalMember { (reader: inout Self) throws(Failure) in
                    try reader.stringMember()
                }
            } else {
                _ = try reader.value(depth: 1)
            }
        }
        try require(seen, Self.requiredSourceBits)
        return source
    }

    // MARK: Member values

    /// A field the record cannot do without.
    func required<T>(_ value: T?) throws(Failure) -> T {
        guard let value else { throw fail("missing member") }
        return value
    }

    /// A string value.
    mutating func stringMember() throws(Failure) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        return try string()
    }

    /// A string value naming a case of `T`.
    mutating func enumMember<T: RawRepresentable<String>>(_ type: T.Type) throws(Failure) -> T {
        guard let value = T(rawValue: try stringMember()) else { throw fail("unknown value") }
        return value
    }

    /// An integer value.
    mutating func integerMember() throws(Failure) -> Int {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "-") || isDigit(bytes[position]) else {
            throw fail("expected an integer")
        }
        return try integer()
    }

    /// `null`, or what `read` reads.
    mutating func optionalMember<T>(_ read: (inout Self) throws(Failure) -> T) throws(Failure) -> T? {
        if position < bytes.count, bytes[position] == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try read(&self)
    }

    /// `true`, `false` or `null`.
    mutating func optionalBoolMember() throws(Failure) -> Bool? {
        guard position < bytes.count else { throw fail("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "n"):
            try literal("null")
            return nil
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw fail("expected true, false or null")
        }
    }

    /// An array of strings.
    mutating func stringsMember() throws(Failure) -> [String] {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "[") else { throw fail("expected an array") }
        var out: [String] = []
        try elements { (reader: inout Self) throws(Failure) in out.append(try reader.stringMember()) }
        return out
    }
}
