/// A small JSON reader for evidence records, about ten times faster than Foundation's decoder on
/// this one shape (load reads millions of them).
///
/// It parses one line into a tree of ``Value``s over the line's bytes and builds the record from
/// it; anything it does not expect (a missing or mistyped field, a number with a fraction, bad
/// JSON) makes it return `nil`, and the caller falls back to `JSONDecoder`, which then says
/// precisely what is wrong. Hand-written because no JSON library on the project's list parses
/// faster than Foundation's.
struct RecordJSONParser {
    indirect enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case integer(Int)
        case bool(Bool)
        case other

        subscript(_ key: String) -> Value? {
            guard case .object(let members) = self else { return nil }
            for member in members where member.0 == key { return member.1 }
            return nil
        }

        var string: String? { if case .string(let text) = self { return text } else { return nil } }
        var int: Int? { if case .integer(let value) = self { return value } else { return nil } }
        var bool: Bool? { if case .bool(let value) = self { return value } else { return nil } }
        var isNull: Bool { if case .other = self { return true } else { return false } }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// The record on this line, or `nil` when it is not one this parser is sure of.
    static func record(_ line: UnsafeBufferPointer<UInt8>) -> EvidenceRecord? {
        var parser = RecordJSONParser(bytes: line)
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        guard parser.position == line.count else { return nil }
        return build(value)
    }

    static func build(_ value: Value) -> EvidenceRecord? {
        func optionalString(_ value: Value?) -> String?? {
            guard let value else { return .some(nil) }
            if value.isNull { return .some(nil) }
            return value.string.map { .some($0) }
        }
        func range(_ value: Value?) -> EvidenceRecord.RawRange? {
            guard let value, let start = value["byteStart"]?.int, let end = value["byteEnd"]?.int,
                  let xpath = optionalString(value["xpath"]) else { return nil }
            var line: Int?
            if let raw = value["line"], !raw.isNull {
                guard let number = raw.int else { return nil }
                line = number
            }
            return .init(byteStart: start, byteEnd: end, xpath: xpath, line: line)
        }
        func strings(_ value: Value?) -> [String]? {
            guard case .array(let items)? = value else { return nil }
            var out: [String] = []
            for item in items {
                guard let text = item.string else { return nil }
                out.append(text)
            }
            return out
        }
        guard let id = value["id"]?.string,
              let claim = value["claim"], let subject = claim["subject"]?.string, let predicate = claim["predicate"]?.string, let object = claim["object"]?.string,
              let concept = value["concept"], let conceptID = concept["id"]?.string, let conceptName = concept["name"]?.string, let category = concept["category"]?.string,
              let role = value["role"]?.string.flatMap(Role.init(rawValue:)), let assertion = value["assertion"]?.string.flatMap(Assertion.init(rawValue:)),
              let mention = value["mention"], let mentionText = mention["text"]?.string, let mentionStart = mention["start"]?.int, let mentionEnd = mention["end"]?.int,
              let passage = value["passage"], let passageText = passage["text"]?.string, let passageStart = passage["start"]?.int, let passageEnd = passage["end"]?.int,
              let section = strings(passage["section"]), let passageRaw = range(passage["raw"]),
              let source = value["source"], let sourceID = source["id"]?.string, let path = source["path"]?.string, let sha = source["sha256"]?.string,
              let mediaType = source["mediaType"]?.string,
              let title = optionalString(source["title"]), let publisher = optionalString(source["publisher"]), let url = optionalString(source["url"]),
              let author = optionalString(source["author"]), let reviewer = optionalString(source["reviewer"]), let published = optionalString(source["published"]),
              let modified = optionalString(source["modified"]), let reviewed = optionalString(source["reviewed"]), let language = optionalString(source["language"]),
              let raw = range(value["raw"]), let lexiconVersion = value["lexiconVersion"]?.string, let why = strings(value["why"])
        else { return nil }
        var sectionKind: SectionKind?
        if let kind = passage["sectionKind"], !kind.isNull {
            guard let parsed = kind.string.flatMap(SectionKind.init(rawValue:)) else { return nil }
            sectionKind = parsed
        }
        var record = EvidenceRecord(
            id: id, claim: .init(subject: subject, predicate: predicate, object: object),
            concept: .init(id: conceptID, name: conceptName, category: category), role: role, assertion: assertion,
            mention: .init(text: mentionText, start: mentionStart, end: mentionEnd),
            passage: .init(text: passageText, start: passageStart, end: passageEnd, section: section, sectionKind: sectionKind, raw: passageRaw),
            source: .init(id: sourceID, path: path, sha256: sha, title: title, publisher: publisher, url: url, mediaType: mediaType, author: author,
                          reviewer: reviewer, published: published, modified: modified, reviewed: reviewed, language: language),
            raw: raw, lexiconVersion: lexiconVersion, why: why)
        // The optional ConText attributes: absent or null means unset.
        for (key, field) in [("hypothetical", \EvidenceRecord.hypothetical), ("historical", \EvidenceRecord.historical)] {
            guard let flag = value[key], !flag.isNull else { continue }
            guard let set = flag.bool else { return nil }
            record[keyPath: field] = set
        }
        if let experiencer = value["experiencer"], !experiencer.isNull {
            guard let parsed = experiencer.string.flatMap(Experiencer.init(rawValue:)) else { return nil }
            record.experiencer = parsed
        }
        if let schema = value["schema"] {
            guard let number = schema.int else { return nil }
            record.schema = number
        }
        if let type = value["type"] {
            guard let text = type.string else { return nil }
            record.type = text
        }
        return record
    }

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
            for (word, value) in [("null", Value.other), ("true", .bool(true)), ("false", .bool(false))] where matches(word) {
                position += word.utf8.count
                return value
            }
            return nil
        }
    }

    func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[position + offset] != byte { return false }
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
