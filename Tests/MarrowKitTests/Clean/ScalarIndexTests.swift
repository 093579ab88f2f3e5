import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Byte to scalar offsets")
struct ScalarIndexTests {
    /// Counts scalars the slow way.
    func reference(_ utf8: [UInt8], _ offset: Int) -> Int {
        utf8[..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    @Test(
        "every offset up to the end, at lengths around each stride boundary",
        arguments: [0, 1, 255, 256, 257, 511, 512, 513, 768, 1024])
    func aroundBoundaries(length: Int) {
        // ASCII with a two-byte and a three-byte scalar mixed in, cut to exactly `length` bytes.
        let unit = Array("ab\u{E9}c\u{2014}d ".utf8)
        var utf8: [UInt8] = []
        while utf8.count < length { utf8.append(contentsOf: unit) }
        utf8 = Array(utf8.prefix(length))
        let index = ScalarIndex(utf8)
        for offset in 0...length where offset == length || utf8[offset] & 0xC0 != 0x80 {
            #expect(index.scalarOffset(of: CleanByteOffset(offset), in: utf8).value == reference(utf8, offset))
        }
    }

    @Test("random texts: the end offset and every scalar start agree with a plain count")
    func randomTexts() async {
        // Scalars of every UTF-8 width: 1, 2, 3 and 4 bytes.
        let widths: [Unicode.Scalar] = ["a", "\u{E9}", "\u{2014}", "\u{1F600}"]
        await propertyCheck(count: PropertyRuns.scaled(200), input: Gen.int(in: 0...3).array(of: 0...900)) {
            (choices: [Int]) in
            let scalars = choices.map { widths[$0] }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let utf8 = Array(text.utf8)
            let index = ScalarIndex(utf8)
            #expect(index.scalarOffset(of: CleanByteOffset(utf8.count), in: utf8).value == scalars.count)
            var offset = 0
            for (position, scalar) in scalars.enumerated() {
                #expect(index.scalarOffset(of: CleanByteOffset(offset), in: utf8).value == position)
                offset += String(scalar).utf8.count
            }
        }
    }
}
