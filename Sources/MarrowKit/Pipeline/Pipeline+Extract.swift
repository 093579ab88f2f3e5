extension Pipeline {
    /// What `marrow extract` does: runs every input through the pipeline and hands each
    /// document's evidence records, as JSON lines, to `write` in input order.
    ///
    /// - Parameters:
    ///   - inputs: the files, folders and streams to read.
    ///   - write: receives each document's lines (keys sorted, one record a line).
    ///   - step: called after each document with how far the run has got.
    ///   - problem: called with each input that could not be read or was refused.
    /// - Returns: how many inputs failed.
    public func extract(
        _ inputs: DocumentInputs, write: ([UInt8]) -> Void, step: (RunProgress) -> Void,
        problem: (MarrowError) -> Void
    ) async throws -> Int {
        let encoder = JSONLinesEncoder()
        var failed = 0
        try await run(
            pulling: { await inputs.next() },
            transform: { document in
                // The lines stay in the writer's buffer and are written from it: no copy into a
                // `Data` (for one huge document, that copy was as large as all its records).
                var writer = JSONWriter(capacity: document.records.count * 1536)
                encoder.write(document.records, to: &writer)
                return (document.document.path, writer.bytes, document.records.count)
            }
        ) { index, result in
            switch result {
            case .success(let (path, buffer, count)):
                write(buffer)
                step(RunProgress(done: index + 1, total: inputs.total, path: path, status: "\(count) records"))
            case .failure(let error):
                failed += 1
                problem(error)
            }
        }
        return failed
    }
}
