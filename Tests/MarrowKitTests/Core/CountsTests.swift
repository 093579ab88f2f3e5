import Testing

@testable import MarrowKit

@Suite("Counts: one Int per case of an enum")
struct CountsTests {
    enum Name: Int, CaseIterable { case first, second, third }

    @Test("start at zero, or at what the initial value gives each name")
    func startValues() {
        let zero = Counts<Name>()
        #expect(Name.allCases.allSatisfy { zero[$0] == 0 })
        let given = Counts<Name> { $0.rawValue * 10 + 1 }
        #expect(given[.first] == 1 && given[.second] == 11 && given[.third] == 21)
    }

    @Test("are set by name and added name by name")
    func setAndAdd() {
        var counts = Counts<Name>()
        counts[.second] += 2
        var other = Counts<Name>()
        other[.second] = 3
        other[.third] = 1
        counts.add(other)
        #expect(counts[.first] == 0 && counts[.second] == 5 && counts[.third] == 1)
        #expect(counts != other)
    }

    @Test("the rule windows fall back to the values their settings name")
    func ruleWindowFallbacks() {
        let windows = RuleWindows.fallbacks
        #expect(RuleWindow.allCases.allSatisfy { windows[$0] == $0.setting.fallback })
        #expect(windows[.topicSentences] == 3 && windows[.givenForWords] == 1 && windows[.subHeadingWords] == 5)
    }
}
