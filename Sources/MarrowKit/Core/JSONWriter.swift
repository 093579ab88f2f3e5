/// Writes JSON as UTF-8 bytes into a buffer that can be reused from one value to the next.
///
/// The bytes are those Foundation's `JSONEncoder` gives with `.sortedKeys` and
/// `.withoutEscapingSlashes`: no white space; `"` and `\` escaped; U+0008, U+0009, U+000A, U+000C
/// and U+000D as `\b`, `\t`, `\n`, `\f`, `\r`; the other controls below U+0020 as `\u00XX`
/// (lowercase hex); everything else, `/`, DEL, U+2028, U+2029 and non-BMP scalars included, as its
/// UTF-8 bytes. Keys are written in the order the caller gives them: a caller that wants sorted
/// keys writes them sorted.
///
/// The writer never produces invalid UTF-8: byte input that is not valid UTF-8 is repaired the
/// way `String(decoding:as:)` repairs it (each maximal invalid subpart becomes U+FFFD).
///
/// Hand-written rather than Foundation's encoder because records are the pipeline's main output
/// and the generic `Encodable` machinery cost a third of extraction time.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]
    /// Whether the next value (or key) in the current container needs a comma before it.
    private var needsComma = false

    /// Creates a writer whose buffer starts with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its storage, so the next value reuses it.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    // MARK: Structure

    /// Opens an object (as a value: in an array, after a key, or at the top).
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Opens a container with `bracket`: its first member or element needs no comma.
    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    /// Closes a container with `bracket`: it is a value, so what follows it needs a comma.
    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    /// Writes an object key; the next call writes its value.
    ///
    /// - Parameter key: a key of printable ASCII that needs no escaping (every schema key).
    public mutating func key(_ key: StaticString) {
        key.withUTF8Buffer { appendKey($0) }
    }

    /// Writes an object key given as a string (a literal in ``object(_:)``); the next call writes
    /// its value.
    ///
    /// - Parameter key: a key of printable ASCII that needs no escaping (every schema key).
    public mutating func key(_ key: String) {
        var key = key
        key.withUTF8 { appendKey($0) }
    }

    @inline(__always)
    private mutating func appendKey(_ buffer: UnsafeBufferPointer<UInt8>) {
        assert(
            buffer.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") },
            "keys are plain ASCII")
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: buffer)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a newline (between the lines of a JSON-lines stream) and starts a new top-level value.
    public mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    // MARK: Values

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { appendQuoted(validUTF8: $0) }
        needsComma = true
    }

    /// Writes a string value given as bytes, repairing invalid UTF-8 to U+FFFD.
    public mutating func string<Bytes: Collection<UInt8>>(utf8 value: Bytes) {
        let handled: Bool? = value.withContiguousStorageIfAvailable { buffer in
            guard JSONWriter.isValidUTF8(buffer) else { return false }
            separate()
            appendQuoted(validUTF8: buffer)
            needsComma = true
            return true
        }
        if handled != true { string(String(decoding: value, as: UTF8.self)) }
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let first = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[first...].reverse()
        needsComma = true
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? JSONWriter.trueBytes : JSONWriter.falseBytes)
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: JSONWriter.nullBytes)
        needsComma = true
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Members

    /// Writes the member `key` with `value`; an absent value (a nil optional) writes nothing,
    /// key included, as the synthesised `Encodable` conformance leaves an absent optional out.
    ///
    /// - Parameters:
    ///   - key: a key of printable ASCII that needs no escaping (every schema key).
    ///   - value: what to write after the key.
    @inline(__always)
    public mutating func member<Value: JSONWritable>(_ key: StaticString, _ value: Value) {
        guard !value.isAbsent else { return }
        self.key(key)
        value.write(to: &self)
    }

    /// Writes an object of `members`, each a key and its value, in the order given (a caller
    /// that wants sorted keys gives them sorted); a member whose value is nil is left out, as
    /// with ``member(_:_:)``.
    ///
    /// Not for a hot path: the release compiler does not specialise the pack of `(key, value)`
    /// tuples, so each call looks up tuple metadata at run time (records written this way made
    /// `extract` 14% slower). Records use ``member(_:_:)`` per key.
    ///
    /// - Parameter members: the keys (printable ASCII that needs no escaping) and their values.
    public mutating func object<each Value: JSONWritable>(_ members: repeat (String, each Value)) {
        beginObject()
        for (key, value) in repeat each members {
            if !value.isAbsent {
                self.key(key)
                value.write(to: &self)
            }
        }
        endObject()
    }

    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let nullBytes: [UInt8] = Array("null".utf8)

    // MARK: Escaping

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Whether a byte must be escaped inside a JSON string.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `"…"` for bytes known to be valid UTF-8, copying runs that need no escape whole.
    private mutating func appendQuoted(validUTF8 buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if !JSONWriter.needsEscape(byte) {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                bytes.append(contentsOf: [
                    UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), JSONWriter.hex[Int(byte >> 4)],
                    JSONWriter.hex[Int(byte & 0x0F)],
                ])
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether `buffer` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Validation.firstInvalid(buffer) == nil
    }
}

/// The one UTF-8 well-formedness check (Unicode 15, table 3-7), shared by input validation and
/// the JSON writer.
enum UTF8Validation {
    /// The offset of the first byte that starts an ill-formed sequence, or nil.
    static func firstInvalid(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = raw.count
        while index < count {
            let lead = raw[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > count { return index }
            for k in 1..<length where raw[index + k] & 0xC0 != 0x80 { return index }
            let second = raw[index + 1]
            if lead == 0xE0 && second < 0xA0 { return index }
            if lead == 0xED && second > 0x9F { return index }
            if lead == 0xF0 && second < 0x90 { return index }
            if lead == 0xF4 && second > 0x8F { return index }
            index += length
        }
        return nil
    }
}

/// A value a ``JSONWriter`` writes as a member value (`member(_:_:)`):
/// strings, integers, booleans, arrays of strings, and the record parts that write themselves.
public protocol JSONWritable {
    /// Writes the value at the writer's position (an array element, after a key, or at the top).
    func write(to writer: inout JSONWriter)

    /// Whether the value is absent (a nil optional): a member with an absent value is left out.
    var isAbsent: Bool { get }
}

extension JSONWritable {
    /// A value is present unless it is a nil optional.
    @inline(__always)
    public var isAbsent: Bool { false }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// Writes the value, or `null` when there is none (as an array element; as a member, an
    /// absent value is left out instead).
    public func write(to writer: inout JSONWriter) {
        if let value = self { value.write(to: &writer) } else { writer.null() }
    }

    /// Whether there is no value (then a member leaves it out, key and all).
    @inline(__always)
    public var isAbsent: Bool { self == nil }
}

extension String: JSONWritable {
    /// Writes the string, escaped.
    public func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Int: JSONWritable {
    /// Writes the integer.
    public func write(to writer: inout JSONWriter) { writer.int(self) }
}

extension Bool: JSONWritable {
    /// Writes `true` or `false`.
    public func write(to writer: inout JSONWriter) { writer.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// Writes the elements as an array.
    public func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.write(to: &writer) }
        writer.endArray()
    }
}
