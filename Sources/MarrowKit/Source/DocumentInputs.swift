import Dispatch

/// Everything one run reads, in the order the user named it: files and folders (expanded by
/// ``SourceReader``), and `-` for a JSON-lines document stream on standard input, read as it
/// arrives.
///
/// Hand ``next()`` to ``Pipeline/run(pulling:transform:consume:)``: documents are pulled only
/// when the pipeline's window has room, so a stream of any length is held one document at a time.
/// Reading blocks on a private serial queue, never on the concurrency pool's threads, so a slow
/// producer never stalls documents already being processed.
public final class DocumentInputs: @unchecked Sendable {
    // Why @unchecked Sendable is safe: every stored mutable property (`pending`, `position`,
    // `streams`) is read and written only inside `queue.sync`/`queue.async` blocks, and `queue` is
    // serial; `total` and `queue` are immutable.
    enum Item {
        case listed(Result<SourceReference, MarrowError>)
        case stream
    }

    private let queue = DispatchQueue(label: "marrow.document-inputs")
    private var pending: [Item]
    private var position = 0
    private var streams: [DocumentStream]

    /// How many documents there are, when known in advance (nil when a stream is among them).
    public let total: Int?

    /// Expands `paths` in order; each `-` reads the next of `streams` (usually one, standard input).
    ///
    /// - Parameters:
    ///   - paths: files, folders, and `-`.
    ///   - streams: the streams `-` stands for, in order.
    public init(paths: [String], streams: [DocumentStream]) {
        var items: [Item] = []
        var counted = true
        let reader = SourceReader()
        for path in paths {
            if path == "-" {
                items.append(.stream)
                counted = false
                continue
            }
            let (references, failures) = reader.references(for: [path])
            items += failures.map { .listed(.failure($0)) }
            items += references.map { .listed(.success($0)) }
        }
        pending = items
        self.streams = streams
        total = counted ? items.count : nil
    }

    /// Reads `paths`, where `-` is the document stream on standard input.
    ///
    /// - Parameter decoder: how to read the stream's lines (its manifest, its label).
    public convenience init(paths: [String], standardInput decoder: DocumentLineDecoder) {
        let stdin = DocumentStream(
            LineReader(FileDescriptorSource(descriptor: 0, label: decoder.label)), decoder: decoder)
        self.init(paths: paths, streams: [stdin])
    }

    /// The next document to process, or the failure to report in its place; nil when all inputs
    /// are read. Call it from one task at a time.
    public func next() async -> Result<SourceReference, MarrowError>? {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.nextOnQueue()) }
        }
    }

    private func nextOnQueue() -> Result<SourceReference, MarrowError>? {
        while position < pending.count {
            switch pending[position] {
            case .listed(let item):
                position += 1
                return item
            case .stream:
                if !streams.isEmpty, let item = streams[0].next() { return item }
                if !streams.isEmpty { streams.removeFirst() }
                position += 1
            }
        }
        return nil
    }
}
