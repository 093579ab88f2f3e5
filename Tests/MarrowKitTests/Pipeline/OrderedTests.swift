import Testing

@testable import MarrowKit

@Suite("Pipeline.ordered: bounded window, results in index order")
struct OrderedTests {
    @Test("consumes every index once, in order, whatever order the work finishes in", arguments: [1, 2, 5, 64])
    func order(window: Int) async throws {
        var seen: [Int] = []
        var outputs: [Int] = []
        try await Pipeline.ordered(
            count: 40, window: window,
            work: { index in
                // Later indices finish first within a window.
                var spin = 0
                for step in 0..<((40 - index) * 2_000) { spin &+= step }
                return index * 10 + (spin == -1 ? 1 : 0)
            },
            consume: { index, output in
                seen.append(index)
                outputs.append(output)
            })
        #expect(seen == Array(0..<40))
        #expect(outputs == (0..<40).map { $0 * 10 })
    }

    @Test("no work for no items")
    func empty() async throws {
        var calls = 0
        try await Pipeline.ordered(count: 0, window: 4, work: { $0 }, consume: { _, _ in calls += 1 })
        #expect(calls == 0)
    }

    @Test("an error thrown while consuming stops the run")
    func consumerThrows() async {
        struct Stop: Error {}
        var consumed = 0
        await #expect(throws: Stop.self) {
            try await Pipeline.ordered(
                count: 10, window: 3, work: { $0 },
                consume: { index, _ in
                    if index == 4 { throw Stop() }
                    consumed += 1
                })
        }
        #expect(consumed == 4)
    }
}
