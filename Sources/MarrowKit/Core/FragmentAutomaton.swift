/// Whether a text contains any of a set of byte strings ("fragments"), in one pass over the text:
/// an Aho–Corasick automaton compiled once into a complete deterministic table.
///
/// Bytes that occur in no fragment all behave alike, so the alphabet is compressed to byte
/// classes (one per byte that occurs in a fragment, plus one for every other byte): the table has
/// `states × classes` entries, small enough to stay in cache, and each text byte costs two loads
/// (its class, the next state). A state that completes a fragment — or has one as a suffix of the
/// bytes that led to it — is accepting; the scan stops at the first. Bytes are compared as they
/// are: no folding, no Unicode equivalence.
public struct FragmentAutomaton: Sendable, Hashable {
    /// The class of every byte value; 0 is the class of the bytes in no fragment.
    private var byteClass: [UInt8]
    private var classCount: Int
    /// `next[state * classCount + class]`: the state after reading a byte of `class` in `state`.
    private var next: [Int32]
    private var accepting: [Bool]

    /// No fragments: no text contains one.
    public init() { self.init([]) }

    /// Compiles `fragments`. An empty fragment is contained in every text.
    public init(_ fragments: [[UInt8]]) {
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for byte in Set(fragments.joined()).sorted() {
            byteClass[Int(byte)] = UInt8(classCount)
            classCount += 1
        }
        // The trie of the fragments (goto function), by class; -1: no edge.
        var goto: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
        var accepting = [false]
        for fragment in fragments {
            var state = 0
            for byte in fragment {
                let byteClass = Int(byteClass[Int(byte)])
                if goto[state][byteClass] < 0 {
                    goto[state][byteClass] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: classCount))
                    accepting.append(false)
                }
                state = Int(goto[state][byteClass])
            }
            accepting[state] = true
        }
        // Breadth first, each state's missing edges are its failure state's (already complete,
        // being shallower); a state accepts when its failure state does.
        var next = [Int32](repeating: 0, count: goto.count * classCount)
        var failure = [Int32](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for byteClass in 0..<classCount {
            let target = goto[0][byteClass]
            if target >= 0 {
                next[byteClass] = target
                queue.append(Int(target))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            accepting[state] = accepting[state] || accepting[Int(failure[state])]
            for byteClass in 0..<classCount {
                let fallback = next[Int(failure[state]) * classCount + byteClass]
                let target = goto[state][byteClass]
                if target >= 0 {
                    next[state * classCount + byteClass] = target
                    failure[Int(target)] = fallback
                    queue.append(Int(target))
                } else {
                    next[state * classCount + byteClass] = fallback
                }
            }
        }
        self.byteClass = byteClass
        self.classCount = classCount
        self.next = next
        self.accepting = accepting
    }

    /// The number of states, the start state included.
    public var stateCount: Int { accepting.count }

    /// Whether `text` contains one of the fragments.
    public func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if accepting[0] { return true }
        return byteClass.withUnsafeBufferPointer { byteClass in
            next.withUnsafeBufferPointer { next in
                accepting.withUnsafeBufferPointer { accepting in
                    var state = 0
                    for byte in text {
                        state = Int(next[state &* classCount &+ Int(byteClass[Int(byte)])])
                        if accepting[state] { return true }
                    }
                    return false
                }
            }
        }
    }
}
