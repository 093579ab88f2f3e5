extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The first range where `needle` occurs, byte for byte.
    ///
    /// A plain scan, on purpose: Foundation's generic `firstRange(of:)` for byte collections goes
    /// through `DataProtocol` and showed up in profiles of the cleaners.
    func firstRange(ofBytes needle: [UInt8]) -> Range<Int>? {
        guard let first = needle.first else { return startIndex..<startIndex }
        guard needle.count <= count else { return nil }
        var index = startIndex
        let last = endIndex - needle.count
        while index <= last {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs, byte for byte.
    func contains(bytes needle: [UInt8]) -> Bool { firstRange(ofBytes: needle) != nil }
}
