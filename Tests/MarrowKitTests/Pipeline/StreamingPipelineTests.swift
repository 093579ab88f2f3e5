import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Counts inputs pulled but not yet handed back, from the pulling task and the consumer at once.
final class InFlightCounter: @unchecked Sendable {
    // Why @unchecked Sendable is safe: `pulled`, `consumed` and `peak` are only touched under `lock`.
    private let lock = NSLock()
    private var pulled = 0
    private var consumed = 0
    private(set) var peak = 0

    /// Counts one more pull and returns how many came before it.
    func pull() -> Int {
        lock.withLock {
            pulled += 1
            peak = max(peak, pulled - consumed)
            return pulled - 1
        }
    }

    func consume() { lock.withLock { consumed += 1 } }
    var maximum: Int { lock.withLock { peak } }
}

@Suite("Pulling inputs through the pipeline")
struct StreamingPipelineTests {
    @Test("inputs come back in order, failures in their place, with at most a window's worth held")
    func orderAndWindow() async throws {
        var items: [Result<SourceReference, MarrowError>] = []
        for index in 0..<40 {
            if index % 7 == 3 {
                items.append(
                    .failure(
                        MarrowError(.malformedInput, "bad \(index)", at: SourceLocation(path: "-", line: index + 1))))
            } else {
                let text = index % 5 == 0 ? "" : "Causes\n\nBone marrow edema may be caused by gout (\(index))."
                items.append(.success(.inline(SourceDocument(path: "doc-\(index)", raw: Array(text.utf8)))))
            }
        }
        for jobs in [1, 3] {
            let queue = items
            let counter = InFlightCounter()
            let next: @Sendable () async -> Result<SourceReference, MarrowError>? = {
                let index = counter.pull()
                return index < queue.count ? queue[index] : nil
            }
            var seen: [String] = []
            let pipeline = Pipeline(processor: Repository.processor, jobs: jobs)
            try await pipeline.run(pulling: next, transform: { $0.document.path }) { index, result in
                counter.consume()
                #expect(index == seen.count)
                switch result {
                case .success(let path): seen.append(path)
                case .failure(let error): seen.append(error.description)
                }
            }
            let expected = (0..<40).map { index in
                index % 7 == 3
                    ? "-:\(index + 1): error: bad \(index)"
                    : index % 5 == 0 ? "doc-\(index): error: file is empty" : "doc-\(index)"
            }
            #expect(seen == expected, "jobs \(jobs)")
            #expect(
                counter.maximum <= pipeline.window, "jobs \(jobs): \(counter.maximum) held, window \(pipeline.window)")
            #expect(counter.maximum >= 2, "jobs \(jobs): the pipeline should read ahead")
        }
    }

    @Test("an empty input ends at once")
    func empty() async throws {
        var calls = 0
        try await Pipeline(processor: Repository.processor, jobs: 2).run(pulling: { nil }, transform: { $0 }) { _, _ in
            calls += 1
        }
        #expect(calls == 0)
    }
}
