import Foundation

extension ExplainLines {
    /// Answers a stream of question lines (what `marrow explain --jsonl` reads on standard input)
    /// chunk by chunk, as it arrives, writing the answers of each chunk as soon as they are made.
    ///
    /// - Parameters:
    ///   - read: the next chunk of input; empty at the end.
    ///   - write: receives the answer lines.
    /// - Returns: false when any line got an error.
    public func answerStream(reading read: () -> Data, writing write: ([UInt8]) -> Void) -> Bool {
        var pending: [UInt8] = []
        var writer = JSONWriter()
        var number = 1
        var failed = false
        var terms = TermKeys()
        while true {
            let chunk = read()
            pending.append(contentsOf: chunk)
            let result = answerLines(
                in: pending[...], firstNumber: number, final: chunk.isEmpty, terms: &terms, into: &writer)
            number += result.lines
            failed = failed || result.failed
            pending.removeFirst(result.consumed)
            if !writer.bytes.isEmpty {
                write(writer.bytes)
                writer.reset()
            }
            if chunk.isEmpty { return !failed }
        }
    }
}
