/// Runs documents through a ``DocumentProcessor`` in parallel on a bounded window and hands the
/// results back in input order, so output is the same at any thread count and memory stays flat
/// however many documents there are.
public struct Pipeline: Sendable {
    /// The per-document processor.
    public let processor: DocumentProcessor
    /// How many documents may be in flight (being processed or waiting to be handed back) at once.
    public let window: Int

    /// Creates a pipeline.
    ///
    /// - Parameter jobs: the parallelism; the window is twice this.
    public init(processor: DocumentProcessor, jobs: Int) {
        self.processor = processor
        self.window = max(1, jobs) * 2
    }

    /// Processes every reference and calls `consume` once per reference, in input order, with its
    /// result or its error.
    public func run(_ references: [SourceReference], consume: (Int, Result<DocumentResult, MarrowError>) throws -> Void)
        async throws
    {
        try await run(references, transform: { $0 }, consume: consume)
    }

    /// Like ``run(_:consume:)``, but applies `transform` to each result on the worker that made
    /// it (encoding records, say), so only the ordered hand-back is serial.
    public func run<Output: Sendable>(
        _ references: [SourceReference], transform: @escaping @Sendable (DocumentResult) throws -> Output,
        consume: (Int, Result<Output, MarrowError>) throws -> Void
    ) async throws {
        let processor = self.processor
        try await Pipeline.ordered(
            count: references.count, window: window,
            work: { index in
                Pipeline.outcome(of: references[index], processor: processor, transform: transform)
            }, consume: consume)
    }

    /// Runs `work(0..<count)` with at most `window` items in flight and calls `consume` in index
    /// order.
    public static func ordered<Output: Sendable>(
        count: Int, window: Int, work: @escaping @Sendable (Int) -> Output, consume: (Int, Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            var emitted = 0
            var pending: [Int: Output] = [:]
            while next < min(window, count) {
                let index = next
                group.addTask { (index, work(index)) }
                next += 1
            }
            while let (index, output) = try await group.next() {
                pending[index] = output
                while let ready = pending.removeValue(forKey: emitted) {
                    try consume(emitted, ready)
                    emitted += 1
                }
                if next < count {
                    let index = next
                    group.addTask { (index, work(index)) }
                    next += 1
                }
            }
        }
    }
}
