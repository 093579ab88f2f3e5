import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

/// The compiled byte matchers answer exactly as a plain scan over the keys would.
@Suite("Byte trie and fragment automaton agree with a naive scan")
struct ByteMatchingTests {
    /// A small alphabet, so that keys share prefixes, are prefixes of one another and of texts;
    /// with the bytes 0x00 and 0xFF at the ends of the range, and a UTF-8 lead and trail byte.
    static let alphabet: [UInt8] = [0x61, 0x62, 0x00, 0xFF, 0xC3, 0xA9]

    static let bytes = Gen.int(in: 0...(ByteMatchingTests.alphabet.count - 1)).array(of: 0...7)
    static let keys = ByteMatchingTests.bytes.array(of: 0...9)

    static func decode(_ choices: [Int]) -> [UInt8] { choices.map { alphabet[$0] } }

    /// Marks of the `index`th key: one of eight bits, so different keys may share one.
    static func mark(_ index: Int) -> UInt8 { UInt8(1) << UInt8(index % 8) }

    @Test("a walk finds the marks of every key the text starts with and of the key it equals")
    func trieAgreesWithScan() async {
        await propertyCheck(count: PropertyRuns.scaled(500), input: ByteMatchingTests.keys, ByteMatchingTests.bytes) {
            (keyChoices: [[Int]], textChoices: [Int]) in
            let keys = keyChoices.map(ByteMatchingTests.decode)
            // Texts that are keys, or a key with more after it, are the interesting ones.
            let extra = ByteMatchingTests.decode(textChoices)
            let texts = [extra] + keys.map { $0 + extra.prefix(2) } + keys.map { Array($0.dropLast()) }
            let trie = ByteTrie(keys.enumerated().map { ($0.element, ByteMatchingTests.mark($0.offset)) })
            for text in texts {
                var prefixes: UInt8 = 0
                var whole: UInt8 = 0
                for (index, key) in keys.enumerated() {
                    if text.starts(with: key) { prefixes |= ByteMatchingTests.mark(index) }
                    if text == key { whole |= ByteMatchingTests.mark(index) }
                }
                let found = text.withUnsafeBufferPointer { trie.walk($0) }
                #expect(found.prefixes == prefixes && found.whole == whole, "keys \(keys) text \(text)")
                // Stopping at marks still tells whether a key with one of them is a prefix, and
                // finds nothing that is not there.
                for stop in [UInt8(1), 0b1010_1010] {
                    let stopped = text.withUnsafeBufferPointer { trie.walk($0, stoppingAt: stop) }
                    #expect(
                        (stopped.prefixes & stop != 0) == (prefixes & stop != 0)
                            && stopped.prefixes & ~prefixes == 0 && (stopped.whole == 0 || stopped.whole == whole),
                        "keys \(keys) text \(text) stop \(stop)")
                }
            }
        }
    }

    @Test("the automaton finds a fragment exactly where a naive search does")
    func automatonAgreesWithScan() async {
        await propertyCheck(count: PropertyRuns.scaled(500), input: ByteMatchingTests.keys, ByteMatchingTests.bytes) {
            (fragmentChoices: [[Int]], textChoices: [Int]) in
            let fragments = fragmentChoices.map(ByteMatchingTests.decode)
            let extra = ByteMatchingTests.decode(textChoices)
            let texts = [extra, extra + extra] + fragments.map { extra.prefix(3) + $0.dropFirst() + extra }
            let automaton = FragmentAutomaton(fragments)
            for text in texts {
                let expected = fragments.contains { fragment in
                    fragment.isEmpty
                        || (0...max(0, text.count - fragment.count)).contains {
                            text.count >= fragment.count && Array(text[$0..<($0 + fragment.count)]) == fragment
                        }
                }
                #expect(
                    text.withUnsafeBufferPointer { automaton.occurs(in: $0) } == expected,
                    "fragments \(fragments) text \(text)")
            }
        }
    }

    @Test("examples: keys that are prefixes of each other, the empty text, the empty key")
    func examples() {
        let trie = ByteTrie([(Array("ab".utf8), 1), (Array("abc".utf8), 2), (Array("b".utf8), 4)])
        func walk(_ text: String) -> ByteTrie.Found { Array(text.utf8).withUnsafeBufferPointer { trie.walk($0) } }
        #expect(walk("abcd") == ByteTrie.Found(prefixes: 3, whole: 0))
        #expect(walk("abc") == ByteTrie.Found(prefixes: 3, whole: 2))
        #expect(walk("ab") == ByteTrie.Found(prefixes: 1, whole: 1))
        #expect(walk("a") == ByteTrie.Found(prefixes: 0, whole: 0))
        #expect(walk("") == ByteTrie.Found(prefixes: 0, whole: 0))
        #expect(walk("ba") == ByteTrie.Found(prefixes: 4, whole: 0))
        let empty = ByteTrie([([], 8)])
        #expect([UInt8]().withUnsafeBufferPointer { empty.walk($0) } == ByteTrie.Found(prefixes: 8, whole: 8))
        #expect(Array("x".utf8).withUnsafeBufferPointer { empty.walk($0) } == ByteTrie.Found(prefixes: 8, whole: 0))

        // "abab" fails at the second "b" of "abb" and must still find "bab" through its failure link.
        let automaton = FragmentAutomaton([Array("abb".utf8), Array("bab".utf8)])
        func occurs(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { automaton.occurs(in: $0) } }
        #expect(occurs("xabab"))
        #expect(occurs("aabb"))
        #expect(!occurs("abaa"))
        // "bc" ends inside "abcd": the state for "abc" accepts through its failure state.
        #expect(
            Array("abcx".utf8).withUnsafeBufferPointer {
                FragmentAutomaton([Array("abcd".utf8), Array("bc".utf8)]).occurs(in: $0)
            })
        #expect(!occurs(""))
        #expect(Array("x".utf8).withUnsafeBufferPointer { FragmentAutomaton([[]]).occurs(in: $0) })
        #expect(!Array("x".utf8).withUnsafeBufferPointer { FragmentAutomaton().occurs(in: $0) })
    }
}
