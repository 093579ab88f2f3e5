/// A set of byte strings ("keys"), each carrying marks (bits of a `UInt8`), compiled once into a
/// trie of flat arrays: what keys a text starts with and which key it equals are answered in one
/// walk from offset 0, byte by byte, with no allocation.
///
/// Layout: node 0 is the root; the edges of node `n` are `labels[firstEdge[n]..<firstEdge[n + 1]]`
/// (sorted bytes) with their target nodes in `targets` at the same indices, and `marks[n]` is the
/// union of the marks of the keys that end at `n`. The root's edges are also kept as a table of
/// 256 targets (0: no edge), so the first byte — where most texts leave the trie — costs one load.
/// Keys are compared byte for byte: no folding, no Unicode equivalence.
public struct ByteTrie: Sendable, Hashable {
    private var rootTargets: [Int32]
    private var firstEdge: [Int32]
    private var labels: [UInt8]
    private var targets: [Int32]
    private var marks: [UInt8]

    /// What a walk found: the marks of every key the text starts with (the text itself, if it is
    /// a key, included), and the marks of the key the whole text equals (0 when none).
    public struct Found: Sendable, Hashable {
        public var prefixes: UInt8
        public var whole: UInt8
    }

    /// No keys.
    public init() { self.init([]) }

    /// Compiles `keys`, each with its marks; a key listed more than once gets the union of its
    /// marks. The empty key marks the root: every text starts with it.
    public init(_ keys: [(bytes: [UInt8], marks: UInt8)]) {
        // Built as a pointer trie first (children by byte), then laid out breadth first.
        var children: [[UInt8: Int32]] = [[:]]
        var nodeMarks: [UInt8] = [0]
        for key in keys {
            var node = 0
            for byte in key.bytes {
                if let next = children[node][byte] {
                    node = Int(next)
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    nodeMarks.append(0)
                    children[node][byte] = next
                    node = Int(next)
                }
            }
            nodeMarks[node] |= key.marks
        }
        // Breadth-first numbering: node 0 stays the root.
        var order: [Int32] = [0]
        var number = [Int32](repeating: 0, count: children.count)
        var head = 0
        while head < order.count {
            let node = Int(order[head])
            head += 1
            for byte in children[node].keys.sorted() {
                let child = children[node][byte]!
                number[Int(child)] = Int32(order.count)
                order.append(child)
            }
        }
        var firstEdge: [Int32] = []
        var labels: [UInt8] = []
        var targets: [Int32] = []
        var marks: [UInt8] = []
        firstEdge.reserveCapacity(order.count + 1)
        marks.reserveCapacity(order.count)
        for node in order {
            firstEdge.append(Int32(labels.count))
            marks.append(nodeMarks[Int(node)])
            for byte in children[Int(node)].keys.sorted() {
                labels.append(byte)
                targets.append(number[Int(children[Int(node)][byte]!)])
            }
        }
        firstEdge.append(Int32(labels.count))
        var rootTargets = [Int32](repeating: 0, count: 256)
        for edge in Int(firstEdge[0])..<Int(firstEdge[1]) { rootTargets[Int(labels[edge])] = targets[edge] }
        self.rootTargets = rootTargets
        self.firstEdge = firstEdge
        self.labels = labels
        self.targets = targets
        self.marks = marks
    }

    /// The number of nodes, the root included.
    public var nodeCount: Int { marks.count }

    /// Walks `text` from offset 0 as far as the trie goes.
    ///
    /// - Parameter stop: marks that end the walk as soon as a key with one of them is a prefix
    ///   (when only whether such a prefix exists matters); `whole` is then 0 unless that key is
    ///   the whole text.
    public func walk(_ text: UnsafeBufferPointer<UInt8>, stoppingAt stop: UInt8 = 0) -> Found {
        var prefixes = marks[0]
        guard !text.isEmpty else { return Found(prefixes: prefixes, whole: prefixes) }
        if prefixes & stop != 0 { return Found(prefixes: prefixes, whole: 0) }
        var node = Int(rootTargets[Int(text[0])])
        guard node != 0 else { return Found(prefixes: prefixes, whole: 0) }
        var offset = 1
        while true {
            prefixes |= marks[node]
            if offset == text.count { return Found(prefixes: prefixes, whole: marks[node]) }
            if prefixes & stop != 0 { return Found(prefixes: prefixes, whole: 0) }
            guard let next = child(of: node, text[offset]) else { return Found(prefixes: prefixes, whole: 0) }
            node = next
            offset += 1
        }
    }

    /// The marks of the key `text` equals, 0 when it is none.
    public func marks(ofWhole text: UnsafeBufferPointer<UInt8>) -> UInt8 { walk(text).whole }

    /// The target of `node`'s edge labelled `byte`, if it has one (a node has few edges: a
    /// linear scan of its sorted labels).
    @inline(__always)
    private func child(of node: Int, _ byte: UInt8) -> Int? {
        var edge = Int(firstEdge[node])
        let end = Int(firstEdge[node + 1])
        while edge < end {
            let label = labels[edge]
            if label == byte { return Int(targets[edge]) }
            if label > byte { return nil }
            edge += 1
        }
        return nil
    }
}
