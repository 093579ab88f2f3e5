import Testing

@testable import MarrowKit

/// Two toy stages: one that can fail, one that cannot.
private struct Count: PipelineStage {
    struct Empty: Error, Equatable {}
    func process(_ text: String) throws(Empty) -> Int {
        if text.isEmpty { throw Empty() }
        return text.utf8.count
    }
}

private struct Twice: PipelineStage {
    func process(_ number: Int) -> [Int] { [number, number] }
}

private struct Sum: PipelineStage {
    func process(_ numbers: [Int]) -> Int { numbers.reduce(0, +) }
}

@Suite("Stages compose with then")
struct PipelineStageTests {
    @Test("a chain runs its stages in order, each on the previous one's output")
    func order() throws {
        let chain = Count().then(Twice().then(Sum()))
        #expect(try chain.process("abc") == 6)
        #expect(Twice().then(Sum()).process(4) == 8)
    }

    @Test("a chain fails as its first stage does, with that stage's error type")
    func failure() {
        let chain = Count().then(Twice())
        #expect(throws: Count.Empty()) { try chain.process("") }
    }
}
