import Foundation

/// A JSON reader for evidence records, straight from a line's bytes into an ``EvidenceRecord``
/// (load reads millions of them; Foundation's decoder is about ten times slower on this shape).
///
/// Members are matched by their key's bytes and read into the record's fields as they come, with
/// no tree in between. Records of one source come one after another, and repeat their source, often
/// their passage, claim and concept: a ``Memo`` keeps the last value of each with the bytes it was
/// read from, and a member whose bytes are the same is taken from it without being parsed again.
/// Anything it does not expect (a missing or mistyped field, a repeated key, an escaped key, a
/// number with a fraction, bad JSON) makes it return `nil`, and the caller falls back to
/// `JSONDecoder`, which then says precisely what is wrong. Unknown keys are read and ignored, as
/// the decoder ignores them. Hand-written because no JSON library on the project's list parses
/// faster than Foundation's.
struct RecordJSONParser {
    /// A generic JSON value: what an unknown member is read into (and then ignored).
    indirect enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case integer(Int)
        case bool(Bool)
        case other
    }

    /// The last source, passage, claim, concept, lexicon version and reasons read, with their bytes.
    struct Memo {
        var source = Entry<EvidenceRecord.Source>()
        var passage = Entry<EvidenceRecord.Passage>()
        var claim = Entry<EvidenceRecord.Claim>()
        var concept = Entry<EvidenceRecord.ConceptRef>()
        var lexiconVersion = Entry<String>()
        var why = Entry<[String]>()

        struct Entry<T> {
            var bytes: [UInt8] = []
            var value: T?
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// The record on this line, or `nil` when it is not one this parser is sure of.
    static func record(_ line: UnsafeBufferPointer<UInt8>) -> EvidenceRecord? {
        var memo = Memo()
        return record(line, memo: &memo)
    }

    /// The record on this line, reusing what `memo` remembers of earlier lines.
    static func record(_ line: UnsafeBufferPointer<UInt8>, memo: inout Memo) -> EvidenceRecord? {
        var parser = RecordJSONParser(bytes: line)
        guard let record = parser.record(memo: &memo) else { return nil }
        parser.skipSpace()
        guard parser.position == line.count else { return nil }
        return record
    }

    // MARK: The record

    mutating func record(memo: inout Memo) -> EvidenceRecord? {
        var id: String?, claim: EvidenceRecord.Claim?, concept: EvidenceRecord.ConceptRef?, role: Role?, assertion: Assertion?
        var mention: EvidenceRecord.MentionRef?, passage: EvidenceRecord.Passage?, source: EvidenceRecord.Source?, raw: EvidenceRecord.RawRange?
        var lexiconVersion: String?, why: [String]?
        var hypothetical: Bool?, historical: Bool?, experiencer: Experiencer?, schema: Int?, type: String?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .id: id = parser.stringValue()
            case .claim: claim = parser.remembered(&memo.claim) { $0.claim() }
            case .concept: concept = parser.remembered(&memo.concept) { $0.concept() }
            case .role: role = parser.stringValue().flatMap(Role.init(rawValue:))
            case .assertion: assertion = parser.stringValue().flatMap(Assertion.init(rawValue:))
            case .mention: mention = parser.mention()
            case .passage: passage = parser.remembered(&memo.passage) { $0.passage() }
            case .source: source = parser.remembered(&memo.source) { $0.source() }
            case .raw: raw = parser.range()
            case .lexiconVersion: lexiconVersion = parser.remembered(&memo.lexiconVersion) { $0.stringValue() }
            case .why: why = parser.remembered(&memo.why) { $0.strings() }
            case .hypothetical: guard let flag = parser.optionalBool() else { return false }; hypothetical = flag
            case .historical: guard let flag = parser.optionalBool() else { return false }; historical = flag
            case .experiencer:
                guard let text = parser.optionalString() else { return false }
                if let text {
                    guard let parsed = Experiencer(rawValue: text) else { return false }
                    experiencer = parsed
                }
            case .schema: guard let number = parser.integerValue() else { return false }; schema = number
            case .type: guard let text = parser.stringValue() else { return false }; type = text
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let id, let claim, let concept, let role, let assertion, let mention, let passage, let source, let raw, let lexiconVersion, let why else { return nil }
        var record = EvidenceRecord(id: id, claim: claim, concept: concept, role: role, assertion: assertion, mention: mention, passage: passage,
                                    source: source, raw: raw, lexiconVersion: lexiconVersion, why: why)
        record.hypothetical = hypothetical
        record.historical = historical
        record.experiencer = experiencer
        if let schema { record.schema = schema }
        if let type { record.type = type }
        return record
    }

    /// The value at the current position, taken from `entry` when its bytes are the same (the
    /// value they hold is then the same, and ends at the same place), else read with `read`.
    mutating func remembered<T>(_ entry: inout Memo.Entry<T>, _ read: (inout RecordJSONParser) -> T?) -> T? {
        let count = entry.bytes.count
        if let value = entry.value, count > 0, position + count <= bytes.count,
           entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress! + position, count) == 0 }) {
            position += count
            return value
        }
        skipSpace()
        let start = position
        guard let value = read(&self) else { return nil }
        entry = Memo.Entry(bytes: Array(UnsafeBufferPointer(rebasing: bytes[start..<position])), value: value)
        return value
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

        /// The keys by length, for matching a key's bytes.
        static let byLength: [[(bytes: [UInt8], field: Field)]] = {
            var table = [[(bytes: [UInt8], field: Field)]](repeating: [], count: 16)
            for field in Field.allCases {
                let bytes = field.key.withUTF8Buffer { Array($0) }
                table[bytes.count].append((bytes, field))
            }
            return table
        }()

        /// The field whose key is exactly these bytes.
        init?(_ key: UnsafeBufferPointer<UInt8>) {
            guard key.count < Field.byLength.count else { return nil }
            for candidate in Field.byLength[key.count] where candidate.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }) {
                self = candidate.field
                return
            }
            return nil
        }
    }

    // MARK: The nested objects

    mutating func claim() -> EvidenceRecord.Claim? {
        var subject: String?, predicate: String?, object: String?
        var seen: UInt64 = 0
        let ok = self.object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .subject: subject = parser.stringValue()
            case .predicate: predicate = parser.stringValue()
            case .object: object = parser.stringValue()
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let subject, let predicate, let object else { return nil }
        return .init(subject: subject, predicate: predicate, object: object)
    }

    mutating func concept() -> EvidenceRecord.ConceptRef? {
        var id: String?, name: String?, category: String?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .id: id = parser.stringValue()
            case .name: name = parser.stringValue()
            case .category: category = parser.stringValue()
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let id, let name, let category else { return nil }
        return .init(id: id, name: name, category: category)
    }

    mutating func mention() -> EvidenceRecord.MentionRef? {
        var text: String?, start: Int?, end: Int?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .text: text = parser.stringValue()
            case .start: start = parser.integerValue()
            case .end: end = parser.integerValue()
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let text, let start, let end else { return nil }
        return .init(text: text, start: start, end: end)
    }

    mutating func passage() -> EvidenceRecord.Passage? {
        var text: String?, start: Int?, end: Int?, section: [String]?, sectionKind: SectionKind?, raw: EvidenceRecord.RawRange?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .text: text = parser.stringValue()
            case .start: start = parser.integerValue()
            case .end: end = parser.integerValue()
            case .section: section = parser.strings()
            case .sectionKind:
                guard let kind = parser.optionalString() else { return false }
                if let kind {
                    guard let parsed = SectionKind(rawValue: kind) else { return false }
                    sectionKind = parsed
                }
            case .raw: raw = parser.range()
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let text, let start, let end, let section, let raw else { return nil }
        return .init(text: text, start: start, end: end, section: section, sectionKind: sectionKind, raw: raw)
    }

    mutating func range() -> EvidenceRecord.RawRange? {
        var byteStart: Int?, byteEnd: Int?, xpath: String?, line: Int?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            switch field {
            case .byteStart: byteStart = parser.integerValue()
            case .byteEnd: byteEnd = parser.integerValue()
            case .xpath: guard let text = parser.optionalString() else { return false }; xpath = text
            case .line:
                if parser.null() { return true }
                guard let number = parser.integerValue() else { return false }
                line = number
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let byteStart, let byteEnd else { return nil }
        return .init(byteStart: byteStart, byteEnd: byteEnd, xpath: xpath, line: line)
    }

    mutating func source() -> EvidenceRecord.Source? {
        var id: String?, path: String?, sha256: String?, mediaType: String?
        var title: String?, publisher: String?, url: String?, author: String?, reviewer: String?
        var published: String?, modified: String?, reviewed: String?, language: String?
        var seen: UInt64 = 0
        let ok = object { parser, key in
            guard let field = Field(key) else { return parser.value() != nil }
            guard seen & field.bit == 0 else { return false }
            seen |= field.bit
            func optional(_ target: inout String?) -> Bool {
                guard let text = parser.optionalString() else { return false }
                target = text
                return true
            }
            switch field {
            case .id: id = parser.stringValue()
            case .path: path = parser.stringValue()
            case .sha256: sha256 = parser.stringValue()
            case .mediaType: mediaType = parser.stringValue()
            case .title: return optional(&title)
            case .publisher: return optional(&publisher)
            case .url: return optional(&url)
            case .author: return optional(&author)
            case .reviewer: return optional(&reviewer)
            case .published: return optional(&published)
            case .modified: return optional(&modified)
            case .reviewed: return optional(&reviewed)
            case .language: return optional(&language)
            default: return parser.value() != nil
            }
            return true
        }
        guard ok, let id, let path, let sha256, let mediaType else { return nil }
        return .init(id: id, path: path, sha256: sha256, title: title, publisher: publisher, url: url, mediaType: mediaType, author: author,
                     reviewer: reviewer, published: published, modified: modified, reviewed: reviewed, language: language)
    }

    // MARK: Values

    /// Reads an object, calling `member` with each key's bytes at the start of its value; the
    /// member reads the value and says whether it was acceptable. A key with an escape is not one
    /// of ours: the object is refused.
    mutating func object(_ member: (inout RecordJSONParser, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return false }
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return true
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return false }
            let keyStart = position + 1
            var keyEnd = keyStart
            while keyEnd < bytes.count, bytes[keyEnd] != UInt8(ascii: "\""), bytes[keyEnd] != UInt8(ascii: "\\") { keyEnd += 1 }
            guard keyEnd < bytes.count, bytes[keyEnd] == UInt8(ascii: "\"") else { return false }
            position = keyEnd + 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
            position += 1
            skipSpace()
            guard member(&self, UnsafeBufferPointer(rebasing: bytes[keyStart..<keyEnd])) else { return false }
            skipSpace()
            guard position < bytes.count else { return false }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return true }
            return false
        }
    }

    /// A string value (nil when the value is not a string).
    mutating func stringValue() -> String? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        return string()
    }

    /// `null` (consumed), or not.
    mutating func null() -> Bool {
        guard matches(RecordJSONParser.nullBytes) else { return false }
        position += 4
        return true
    }

    /// A string or `null`: `.some(nil)` for null, `nil` for anything else.
    mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        return stringValue().map { .some($0) }
    }

    /// A boolean or `null`: `.some(nil)` for null, `nil` for anything else.
    mutating func optionalBool() -> Bool?? {
        if null() { return .some(nil) }
        if matches(RecordJSONParser.trueBytes) { position += 4; return .some(true) }
        if matches(RecordJSONParser.falseBytes) { position += 5; return .some(false) }
        return nil
    }

    /// An integer value (nil for anything else, fractions included).
    mutating func integerValue() -> Int? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) else { return nil }
        return integer()
    }

    /// An array of strings.
    mutating func strings() -> [String]? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "[") else { return nil }
        position += 1
        var out: [String] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return out
        }
        while true {
            skipSpace()
            guard let text = stringValue() else { return nil }
            out.append(text)
            skipSpace()
            guard position < bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return out }
            return nil
        }
    }

    static let nullBytes: [UInt8] = Array("null".utf8)
    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)

    mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D || bytes[position] == 0x0A { position += 1 }
    }

    mutating func value() -> Value? {
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(String, Value)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                guard let item = value() else { return nil }
                members.append((key, item))
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                return nil
            }
        case UInt8(ascii: "["):
            position += 1
            var items: [Value] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""):
            return string().map(Value.string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return integer().map(Value.integer)
        default:
            if null() { return .other }
            if let flag = optionalBool() { return flag.map(Value.bool) }
            return nil
        }
    }

    func matches(_ word: [UInt8]) -> Bool {
        guard position + word.count <= bytes.count else { return false }
        for (offset, byte) in word.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    mutating func integer() -> Int? {
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var value = 0
        var digits = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return nil }
            value = sum
            digits += 1
            position += 1
        }
        // Fractions and exponents are not offsets: leave them to the full decoder.
        guard digits > 0, position >= bytes.count || !(bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e")) else { return nil }
        return negative ? -value : value
    }

    /// A string starting at the opening quote; escapes decoded, invalid UTF-8 refused.
    mutating func string() -> String? {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 { position += 1 }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            position += 1
            return text
        }
        var scratch = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(validating: scratch, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                position += 1
                continue
            }
            guard position + 1 < bytes.count else { return nil }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4() else { return nil }
                var scalarValue = UInt32(unit)
                if (0xD800..<0xDC00).contains(unit) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
                    position += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    unit = 0
                } else if (0xDC00..<0xE000).contains(unit) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                return nil
            }
        }
        return nil
    }

    mutating func hex4() -> UInt16? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }
}
