extension Array {
    /// In an array sorted by `key`, the index of the first element whose key is at or after
    /// `bound` (`count` when there is none), found by binary search.
    func firstIndex(keyAtOrAfter bound: Int, key: (Element) -> Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if key(self[middle]) < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
