/// A unit an ``Offset`` counts in. Units are phantom types: they exist only so that the compiler
/// refuses to mix a byte offset in the raw file with a scalar offset in the clean text.
public protocol OffsetUnit: Sendable {}

/// Counts bytes of a raw source file, as it sits on disk.
public enum RawBytes: OffsetUnit {}
/// Counts UTF-8 bytes of a document's clean text.
public enum CleanBytes: OffsetUnit {}
/// Counts Unicode scalars of a document's clean text (the unit of W3C TextPositionSelector).
public enum Scalars: OffsetUnit {}

/// A position typed with the unit it counts in.
///
/// Offsets of different units never compare or convert implicitly; conversions go through
/// ``OffsetMap`` (clean bytes to raw bytes) and ``ScalarIndex`` (clean bytes to scalars).
public struct Offset<Unit: OffsetUnit>: Hashable, Comparable, Sendable, Strideable, CustomStringConvertible {
    /// The position as a plain number, for storage and encoding.
    public var value: Int

    /// Creates an offset at `value`.
    @inlinable public init(_ value: Int) { self.value = value }

    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
    @inlinable public func distance(to other: Self) -> Int { other.value - value }
    @inlinable public func advanced(by n: Int) -> Self { Self(value + n) }
    public var description: String { String(value) }
}

extension Offset: Codable {
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A byte position in a raw source file.
public typealias RawByteOffset = Offset<RawBytes>
/// A UTF-8 byte position in a clean text.
public typealias CleanByteOffset = Offset<CleanBytes>
/// A Unicode scalar position in a clean text.
public typealias ScalarOffset = Offset<Scalars>

extension Range {
    /// The length of a half-open offset range, in its unit.
    @inlinable public func length<U>() -> Int where Bound == Offset<U> { upperBound.value - lowerBound.value }
}
