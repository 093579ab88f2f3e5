/// What the ordered loop of ``Pipeline/run(pulling:transform:consume:)`` waits for: the next
/// input, or a document that finished.
enum PipelineEvent<Output: Sendable>: Sendable {
    case input(Result<SourceReference, MarrowError>?)
    case done(Int, Result<Output, MarrowError>)
}

extension Pipeline {
    /// Like ``run(_:transform:consume:)``, for inputs that are not all known in advance (a stream
    /// on standard input): `next` is called for one more input only while fewer than ``window``
    /// documents are being processed or waiting to be handed back, so however long the input, at
    /// most that many documents are held at once.
    ///
    /// A `.failure` from `next` (a bad stream line) takes its place in the order and is handed
    /// to `consume` as is; nil from `next` ends the input.
    ///
    /// - Parameters:
    ///   - next: the next input; called from one task at a time.
    ///   - transform: applied to each result on the worker that made it.
    ///   - consume: called once per input, in input order, with its index.
    public func run<Output: Sendable>(
        pulling next: @escaping @Sendable () async -> Result<SourceReference, MarrowError>?,
        transform: @escaping @Sendable (DocumentResult) throws -> Output,
        consume: (Int, Result<Output, MarrowError>) throws -> Void
    ) async throws {
        let processor = self.processor
        let window = self.window
        try await withThrowingTaskGroup(of: PipelineEvent<Output>.self) { group in
            var read = 0
            var emitted = 0
            var reading = true
            var exhausted = false
            var pending: [Int: Result<Output, MarrowError>] = [:]
            group.addTask { .input(await next()) }
            while let event = try await group.next() {
                switch event {
                case .input(nil):
                    reading = false
                    exhausted = true
                case .input(.failure(let error)?):
                    reading = false
                    pending[read] = .failure(error)
                    read += 1
                case .input(.success(let reference)?):
                    reading = false
                    let index = read
                    read += 1
                    group.addTask {
                        .done(index, Pipeline.outcome(of: reference, processor: processor, transform: transform))
                    }
                case .done(let index, let output):
                    pending[index] = output
                }
                while let ready = pending.removeValue(forKey: emitted) {
                    try consume(emitted, ready)
                    emitted += 1
                }
                if !reading, !exhausted, read - emitted < window {
                    reading = true
                    group.addTask { .input(await next()) }
                }
            }
        }
    }

    /// Loads, processes and transforms one input, turning any error into a failure for it.
    static func outcome<Output>(
        of reference: SourceReference, processor: DocumentProcessor,
        transform: (DocumentResult) throws -> Output
    ) -> Result<Output, MarrowError> {
        do {
            return .success(try transform(try processor.process(try reference.load())))
        } catch let error as MarrowError {
            return .failure(error)
        } catch {
            return .failure(MarrowError(.unreadable, "\(error)", at: SourceLocation(path: reference.path)))
        }
    }
}
