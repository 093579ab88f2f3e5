import Testing

@testable import MarrowKit

@Suite("OffsetMap: clean ranges back to raw bytes")
struct OffsetMapTests {
    func clean(_ range: Range<Int>) -> Range<CleanByteOffset> {
        CleanByteOffset(range.lowerBound)..<CleanByteOffset(range.upperBound)
    }

    func raw(_ range: Range<Int>) -> Range<RawByteOffset> {
        RawByteOffset(range.lowerBound)..<RawByteOffset(range.upperBound)
    }

    /// Raw `ab\r\ncd&amp;e` cleaned to `ab cd&e`: verbatim "ab", a space for the CRLF, verbatim
    /// "cd", one `&` for the five bytes of `&amp;`, verbatim "e".
    var map: OffsetMap {
        var map = OffsetMap()
        map.append(clean: clean(0..<2), raw: raw(0..<2), verbatim: true)
        map.append(clean: clean(2..<3), raw: raw(2..<4), verbatim: false)
        map.append(clean: clean(3..<5), raw: raw(4..<6), verbatim: true)
        map.append(clean: clean(5..<6), raw: raw(6..<11), verbatim: false)
        map.append(clean: clean(6..<7), raw: raw(11..<12), verbatim: true)
        return map
    }

    @Test("inside a verbatim segment, positions map one to one")
    func verbatim() {
        #expect(map.rawRange(for: clean(0..<1)) == raw(0..<1))
        #expect(map.rawRange(for: clean(3..<5)) == raw(4..<6))
        #expect(map.rawRange(for: clean(4..<5)) == raw(5..<6))
    }

    @Test("a replaced segment maps as a whole")
    func replaced() {
        #expect(map.rawRange(for: clean(2..<3)) == raw(2..<4))
        #expect(map.rawRange(for: clean(5..<6)) == raw(6..<11))
        #expect(map.rawRange(for: clean(1..<4)) == raw(1..<5))
        #expect(map.rawRange(for: clean(4..<7)) == raw(5..<12))
        #expect(map.rawRange(for: clean(0..<7)) == raw(0..<12))
    }

    @Test("adjacent verbatim segments merge; a gap in the raw bytes keeps them apart")
    func merging() {
        var merged = OffsetMap()
        merged.append(clean: clean(0..<2), raw: raw(0..<2), verbatim: true)
        merged.append(clean: clean(2..<5), raw: raw(2..<5), verbatim: true)
        #expect(merged.segments.count == 1)
        #expect(merged.rawRange(for: clean(1..<4)) == raw(1..<4))
        var apart = OffsetMap()
        apart.append(clean: clean(0..<2), raw: raw(0..<2), verbatim: true)
        apart.append(clean: clean(2..<5), raw: raw(9..<12), verbatim: true)
        #expect(apart.segments.count == 2)
        #expect(apart.rawRange(for: clean(1..<4)) == raw(1..<11))
    }

    @Test("an inserted separator (no raw bytes) and an empty map")
    func insertion() {
        var map = OffsetMap()
        map.append(clean: clean(0..<2), raw: raw(0..<2), verbatim: true)
        map.append(clean: clean(2..<4), raw: raw(5..<5), verbatim: false)
        map.append(clean: clean(4..<6), raw: raw(5..<7), verbatim: true)
        #expect(map.rawRange(for: clean(2..<4)) == raw(5..<5))
        #expect(map.rawRange(for: clean(4..<6)) == raw(5..<7))
        #expect(OffsetMap().rawRange(for: clean(0..<3)) == raw(0..<0))
    }
}
