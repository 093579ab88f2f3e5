/// An id of 16 lowercase hex digits (an evidence, passage, claim or source id: the first 16
/// digits of a SHA-256) as the 64-bit number it spells, so that ids are sorted, compared and
/// hashed as one integer rather than as strings.
///
/// The number's order is the string's: the strings have one length, and in ASCII the digits come
/// before the letters `a`–`f`, as their values do. An id of any other form has no number, and
/// the callers keep its string.
enum HexID {
    /// The number `id` spells, or `nil` when it is not 16 lowercase hex digits.
    static func value(_ id: String) -> UInt64? {
        if let value = id.utf8.withContiguousStorageIfAvailable({ value($0) }) { return value }
        return Array(id.utf8).withUnsafeBufferPointer { value($0) }
    }

    /// The number these bytes spell, or `nil` when they are not 16 lowercase hex digits.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// The 16 digits of `value` (what ``value(_:)-(String)`` read).
    static func string(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The order of `ids` (indices, ascending by id; equal ids keep their order), compared as
    /// numbers when every id is one, else as strings.
    static func order(_ ids: [String]) -> [Int] {
        var numbers: [UInt64] = []
        numbers.reserveCapacity(ids.count)
        for id in ids {
            guard let number = value(id) else {
                return ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
            }
            numbers.append(number)
        }
        return order(numbers)
    }

    /// The order of `numbers` (indices, ascending; equal numbers keep their order).
    static func order(_ numbers: [UInt64]) -> [Int] {
        numbers.indices.sorted { numbers[$0] != numbers[$1] ? numbers[$0] < numbers[$1] : $0 < $1 }
    }
}
