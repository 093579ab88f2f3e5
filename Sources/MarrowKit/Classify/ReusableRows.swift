/// Rows of elements (one row per sentence) whose storage outlives a document: ``removeAll()``
/// forgets the rows but keeps each row's buffer, so refilling them for the next document
/// allocates nothing once they have grown to its size. Only the first ``count`` rows are ever
/// read, and a row is emptied when it is appended again, so what the rows held before never
/// shows.
struct ReusableRows<Element>: RandomAccessCollection {
    private var storage: [[Element]] = []
    /// The number of rows in use.
    private(set) var endIndex = 0

    /// Creates no rows.
    init() {}

    var startIndex: Int { 0 }

    /// The row at `index` (below ``count``).
    subscript(index: Int) -> [Element] {
        precondition(index < endIndex, "row \(index) of \(endIndex)")
        return storage[index]
    }

    /// Forgets every row, keeping their storage.
    mutating func removeAll() { endIndex = 0 }

    /// Appends an empty row.
    mutating func appendRow() {
        if endIndex == storage.count {
            storage.append([])
        } else {
            storage[endIndex].removeAll(keepingCapacity: true)
        }
        endIndex += 1
    }

    /// Appends `element` to the row at `index` (below ``count``).
    mutating func append(_ element: Element, toRow index: Int) {
        precondition(index < endIndex, "row \(index) of \(endIndex)")
        storage[index].append(element)
    }

    /// Runs `body` on the row at `index` (below ``count``), in place.
    mutating func modifyRow<Result>(_ index: Int, _ body: (inout [Element]) -> Result) -> Result {
        precondition(index < endIndex, "row \(index) of \(endIndex)")
        return body(&storage[index])
    }
}

extension ReusableRows: Sendable where Element: Sendable {}
