/// A JSON value read from UTF-8 bytes: the small reader line protocols use on their hot path,
/// where Foundation's decoder costs more than the work it feeds.
///
/// Accepts exactly RFC 8259 JSON (one value, optional white space around it); strings decode
/// every escape, surrogate pairs included; numbers are kept as `Double`.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, when this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, when this is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// Parses `bytes` as one JSON value.
    ///
    /// - Throws: ``JSONValue/SyntaxError`` with the byte offset of the first problem.
    public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        func read(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, SyntaxError> {
            var reader = Reader(bytes: buffer)
            reader.skipSpace()
            do {
                let value = try reader.value(depth: 0)
                reader.skipSpace()
                guard reader.position == buffer.count else {
                    return .failure(SyntaxError(offset: reader.position, message: "unexpected text after the value"))
                }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        let result = bytes.withContiguousStorageIfAvailable(read) ?? Array(bytes).withUnsafeBufferPointer(read)
        return try result.get()
    }

    /// Why bytes are not JSON, and where.
    public struct SyntaxError: Error, Hashable, Sendable {
        /// The 0-based byte offset of the problem.
        public var offset: Int
        /// What is wrong there.
        public var message: String
    }

    /// The scanner: also what the evidence-record parser reads its members with.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Refuse invalid UTF-8 and lone surrogates (instead of repairing them to U+FFFD).
        let strictUTF8: Bool
        static let maximumDepth = 512

        init(bytes: UnsafeBufferPointer<UInt8>, strictUTF8: Bool = false) {
            self.bytes = bytes
            self.strictUTF8 = strictUTF8
        }

        func fail(_ message: String) -> SyntaxError { SyntaxError(offset: position, message: message) }

        mutating func skipSpace() {
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                position += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < Reader.maximumDepth else { throw fail("nested too deeply") }
            guard position < bytes.count else { throw fail("expected a value") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: StaticString) throws(SyntaxError) {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { throw fail("expected '\(word)'") }
            for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
                throw fail("expected '\(word)'")
            }
            position += count
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            var members: [String: JSONValue] = [:]
            try self.members { (reader: inout Reader, name: Range<Int>, escaped: Bool) throws(SyntaxError) in
                let key =
                    escaped
                    ? try reader.string(at: name.lowerBound - 1)
                    : String(decoding: UnsafeBufferPointer(rebasing: reader.bytes[name]), as: UTF8.self)
                members[key] = try reader.value(depth: depth + 1)
            }
            return .object(members)
        }

        /// Reads an object from its `{`, calling `member` for each member with the byte range of
        /// its name between the quotes, whether the name needs decoding (escapes, control or
        /// non-ASCII bytes: otherwise the bytes are the name), and the position at the start of
        /// its value, which `member` reads.
        mutating func members(
            _ member: (inout Reader, _ name: Range<Int>, _ needsDecoding: Bool) throws(SyntaxError) -> Void
        ) throws(SyntaxError) {
            if opensEmpty(closing: UInt8(ascii: "}")) { return }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw fail("expected a member name in quotes")
                }
                let nameStart = position + 1
                var nameEnd = nameStart
                var escaped = false
                while nameEnd < bytes.count, bytes[nameEnd] != UInt8(ascii: "\"") {
                    let byte = bytes[nameEnd]
                    if byte == UInt8(ascii: "\\") {
                        escaped = true
                        nameEnd += 1
                    } else if byte < 0x20 || byte >= 0x80 {
                        escaped = true
                    }
                    nameEnd += 1
                }
                guard nameEnd < bytes.count else { throw fail("unterminated string") }
                if escaped {
                    _ = try string()
                } else {
                    position = nameEnd + 1
                }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw fail("expected ':' after a member name")
                }
                position += 1
                skipSpace()
                try member(&self, nameStart..<nameEnd, escaped)
                if try isAtEnd(closing: UInt8(ascii: "}"), of: "object") { return }
            }
        }

        /// The string whose opening quote is at `offset`, read without moving the position.
        mutating func string(at offset: Int) throws(SyntaxError) -> String {
            let saved = position
            position = offset
            defer { position = saved }
            return try string()
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            var elements: [JSONValue] = []
            try self.elements { (reader: inout Reader) throws(SyntaxError) in
                elements.append(try reader.value(depth: depth + 1))
            }
            return .array(elements)
        }

        /// Reads an array from its `[`, calling `element` at the start of each element, which
        /// `element` reads.
        mutating func elements(_ element: (inout Reader) throws(SyntaxError) -> Void) throws(SyntaxError) {
            if opensEmpty(closing: UInt8(ascii: "]")) { return }
            while true {
                skipSpace()
                try element(&self)
                if try isAtEnd(closing: UInt8(ascii: "]"), of: "array") { return }
            }
        }

        /// Steps past a container's opening bracket and the white space after it, and past
        /// `closing` when it follows at once.
        ///
        /// - Returns: whether the container is empty (and read).
        @inline(__always)
        mutating func opensEmpty(closing: UInt8) -> Bool {
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == closing else { return false }
            position += 1
            return true
        }

        /// Steps past the white space after a member or element, then past the `,` that says
        /// another follows or the `closing` bracket that ends the container.
        ///
        /// - Parameter container: "object" or "array", for the error.
        /// - Returns: whether the container ended.
        /// - Throws: ``SyntaxError`` when neither follows.
        @inline(__always)
        mutating func isAtEnd(closing: UInt8, of container: StaticString) throws(SyntaxError) -> Bool {
            skipSpace()
            guard position < bytes.count else { throw fail("unterminated \(container)") }
            let byte = bytes[position]
            guard byte == UInt8(ascii: ",") || byte == closing else {
                throw fail("expected ',' or '\(Unicode.Scalar(closing))' in an \(container)")
            }
            position += 1
            return byte == closing
        }

        mutating func string() throws(SyntaxError) -> String {
            position += 1
            let start = position
            // Fast path: no escapes. The bytes are or-ed together on the way, so ASCII text (its
            // top bit clear) needs no second look.
            var any: UInt8 = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let text = try text(UnsafeBufferPointer(rebasing: bytes[start..<position]), isASCII: any < 0x80)
                    position += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw fail("control character in a string") }
                any |= byte
                position += 1
            }
            var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    return try decoded.withUnsafeBufferPointer { (buffer) throws(SyntaxError) in try text(buffer) }
                }
                guard byte >= 0x20 else { throw fail("control character in a string") }
                guard byte == UInt8(ascii: "\\") else {
                    decoded.append(byte)
                    position += 1
                    continue
                }
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count,
                        bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                    {
                        let save = position
                        position += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            position = save
                        }
                    }
                    if strictUTF8, Unicode.Scalar(scalar) == nil { throw fail("lone surrogate") }
                    decoded.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                default:
                    position -= 1
                    throw fail("unknown escape '\\\(Unicode.Scalar(escape))'")
                }
            }
            throw fail("unterminated string")
        }

        /// The string of these bytes: repaired, or (strict) refused when they are not UTF-8.
        ///
        /// ASCII bytes (most of a record's strings: ids, digests, paths, concept ids) skip
        /// `String(validating:as:)`, which looks up generic metadata at run time on every call
        /// (skipping it makes `load` about 5% cheaper); ASCII is valid UTF-8, so the result is the same.
        /// `isASCII`, when the caller already knows, saves looking at the bytes again.
        func text(_ buffer: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) throws(SyntaxError) -> String {
            guard strictUTF8, !(isASCII ?? buffer.allSatisfy({ $0 < 0x80 })) else {
                return String(decoding: buffer, as: UTF8.self)
            }
            guard let text = String(validating: buffer, as: UTF8.self) else { throw fail("invalid UTF-8 in a string") }
            return text
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard position + 4 <= bytes.count else { throw fail("expected four hex digits") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw fail("expected four hex digits")
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = position
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a value") }
            if bytes[position] == UInt8(ascii: "0") {
                position += 1
            } else {
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard position < bytes.count, isDigit(bytes[position]) else { throw fail("expected a digit after '.'") }
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
                {
                    position += 1
                }
                guard position < bytes.count, isDigit(bytes[position]) else {
                    throw fail("expected a digit in the exponent")
                }
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard let value = Double(text) else { throw fail("number out of range") }
            return value
        }

        /// A number with no fraction and no exponent that fits in `Int`; anything else is refused.
        mutating func integer() throws(SyntaxError) -> Int {
            var negative = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
                negative = true
                position += 1
            }
            let start = position
            var value = 0
            while position < bytes.count, isDigit(bytes[position]) {
                let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
                guard !overflowA, !overflowB else { throw fail("integer out of range") }
                value = sum
                position += 1
            }
            guard position > start else { throw fail("expected an integer") }
            guard bytes[start] != UInt8(ascii: "0") || position == start + 1 else { throw fail("leading zero") }
            if position < bytes.count,
                bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e")
            {
                throw fail("expected an integer")
            }
            return negative ? -value : value
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }
}
