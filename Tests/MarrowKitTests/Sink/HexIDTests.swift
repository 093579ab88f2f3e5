import Testing

@testable import MarrowKit

@Suite("Ids as the numbers their hex digits spell")
struct HexIDTests {
    /// A random id of 16 lowercase hex digits.
    static func id(_ generator: inout some RandomNumberGenerator) -> String {
        String((0..<16).map { _ in "0123456789abcdef".randomElement(using: &generator)! })
    }

    @Test("ids sort as their numbers do as their strings do, and read back from their numbers")
    func orderAndRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        // Few distinct prefixes, so that ids share digits and ties occur.
        var ids = (0..<500).map { _ in Self.id(&generator) }
        ids += ids.prefix(50).map { String($0.prefix(15)) + "0" } + ids.prefix(20)
        ids += ["0000000000000000", "ffffffffffffffff", "000000000000000a", "0000000000000009"]
        for id in ids {
            let number = try #require(HexID.value(id), "\(id)")
            #expect(HexID.string(number) == id)
        }
        let byString = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
        #expect(HexID.order(ids) == byString)
    }

    @Test("an id that is not 16 lowercase hex digits has no number, and is ordered as a string")
    func otherIDs() {
        for id in [
            "", "0123456789abcde", "0123456789abcdef0", "0123456789ABCDEF", "0123456789abcdeg", "é123456789abcde",
        ] {
            #expect(HexID.value(id) == nil, "\(id)")
        }
        let ids = ["b", "0123456789abcdef", "a", "0123456789abcdef", "Z"]
        #expect(HexID.order(ids) == [1, 3, 4, 2, 0])
    }
}
