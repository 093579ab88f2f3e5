import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Ids as the numbers their hex digits spell")
struct HexIDTests {
    @Test("ids sort as their numbers as they do as strings, and read back from their numbers")
    func orderAndRoundTrip() async {
        let digits = Array("0123456789abcdef")
        // `span` narrows the digits used (1: every id is all zeros), so shared prefixes and ties occur.
        await propertyCheck(
            count: PropertyRuns.scaled(200), input: Gen.int(in: 0...15).array(of: 16).array(of: 1...40),
            Gen.int(in: 1...16)
        ) { (picks: [[Int]], span: Int) in
            let ids = picks.map { id in String(id.map { digits[$0 % span] }) }
            for id in ids {
                #expect(HexID.value(id).map(HexID.string) == id, "\(id)")
            }
            let byString = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
            #expect(HexID.order(ids) == byString)
        }
        let edges = ["ffffffffffffffff", "000000000000000a", "0000000000000000", "0000000000000009"]
        #expect(edges.map { HexID.value($0) } == [UInt64.max, 10, 0, 9])
        #expect(HexID.order(edges) == [2, 3, 1, 0])
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
