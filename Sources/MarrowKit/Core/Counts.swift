/// Counts kept by name, one for each case of `Name`, all zero to begin with: what a run tallies
/// (sources added, anchors broken, …) as one value that can be added to another, instead of a
/// field, an addition and a reset per count.
///
/// `Name`'s raw values are its cases' positions (`0`, `1`, …), as an `Int` enum without explicit
/// raw values has them.
public struct Counts<Name: CaseIterable & RawRepresentable<Int>>: Hashable, Sendable {
    private var values = [Int](repeating: 0, count: Name.allCases.count)

    /// Creates counts that are all zero.
    public init() {}

    /// Creates counts with the value `initial` gives each name.
    public init(_ initial: (Name) -> Int) {
        values = Name.allCases.map(initial)
    }

    /// The count of `name`.
    public subscript(name: Name) -> Int {
        get { values[name.rawValue] }
        set { values[name.rawValue] = newValue }
    }

    /// Adds each of `other`'s counts to this one's of the same name.
    public mutating func add(_ other: Counts) {
        for index in values.indices { values[index] += other.values[index] }
    }
}
