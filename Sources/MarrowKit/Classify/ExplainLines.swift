/// The `explain --jsonl` protocol: one JSON question a line in, one JSON answer a line out.
///
/// A question is an object `{"text": …, "term": …, "start": …, "heading": …}` (only `text` is
/// required; `start` is a Unicode-scalar offset of `text` that picks an occurrence of `term`). The
/// text is read as one passage (``ExplainReading/passage``). The answer has, in this order,
/// `assertion`, `concept`, `end`, `experiencer`, `historical`, `hypothetical`, `line`, `object`,
/// `reasons`, `role`, `start`, `term`, `text`, `triggers`; a question that cannot be answered
/// gets `{"error": …, "line": …}` (with `term` and `text` when they were read).
public struct ExplainLines: Sendable {
    /// The explainer that answers.
    public let explainer: Explainer

    /// Creates the protocol over `explainer`.
    public init(explainer: Explainer) { self.explainer = explainer }

    /// One question read from a line.
    struct Question {
        var text: String
        var term: String?
        var start: Int?
        var heading: String?
    }

    /// The token keys of the terms asked about so far: a stream asks about the same few terms
    /// again and again, and a term's keys do not depend on the text.
    ///
    /// It also holds the stream's ``DocumentKeys`` (the text keys the lexicon lacks) and its
    /// ``ClassificationWorkspace`` (the classification tables), reused from question to question.
    struct TermKeys {
        private var keys: [String: [String]] = [:]
        /// The text keys the lexicon lacks, kept across the stream's questions.
        var textKeys = DocumentKeys()
        /// The classification tables, refilled for each question.
        var classification = ClassificationWorkspace()

        /// The keys of `term`, made by `explainer` the first time.
        mutating func keys(of term: String, _ explainer: Explainer) -> [String] {
            if let known = keys[term] { return known }
            // Bounded: a stream of all-different terms should not grow it without end.
            if keys.count >= 4096 { keys.removeAll(keepingCapacity: true) }
            let made = explainer.termKeys(term)
            keys[term] = made
            return made
        }
    }

    /// Answers one line (without its line break) into `writer`, followed by a line break.
    ///
    /// - Returns: false when the line got an error, true when it got an answer, nil when it is
    ///   blank and needs none.
    @discardableResult
    public func answer(_ line: ArraySlice<UInt8>, number: Int, into writer: inout JSONWriter) -> Bool? {
        var terms = TermKeys()
        return answer(line, number: number, terms: &terms, into: &writer)
    }

    func answer(_ line: ArraySlice<UInt8>, number: Int, terms: inout TermKeys, into writer: inout JSONWriter) -> Bool? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        let question: Question
        switch read(line, number: number) {
        case .success(let read): question = read
        case .failure(let problem):
            writeError(problem.message, number: number, into: &writer)
            return false
        }
        do {
            let query = ExplainQuery(
                text: question.text, term: question.term, start: question.start, heading: question.heading)
            let keys = question.term.map { terms.keys(of: $0, explainer) }
            guard
                let target = try explainer.explainTarget(
                    query, termKeys: keys, keys: &terms.textKeys, workspace: &terms.classification)
            else {
                writeError(
                    "no lexicon concept in the text; give a term", number: number, question: question, into: &writer)
                return false
            }
            writer.beginObject()
            writer.member("assertion", target.assertion.rawValue)
            writer.member("concept", target.concept)
            writer.member("end", target.end)
            writer.member("experiencer", target.experiencer.rawValue)
            writer.member("historical", target.historical)
            writer.member("hypothetical", target.hypothetical)
            writer.member("line", number)
            writer.member("object", target.object)
            writer.member("reasons", target.reasons)
            writer.member("role", target.role.rawValue)
            writer.member("start", target.start)
            writer.member("term", question.term)
            writer.member("text", question.text)
            writer.member("triggers", target.triggers)
            writer.endObject()
            writer.newline()
            return true
        } catch let error as MarrowError {
            writeError(error.message, number: number, question: question, into: &writer)
        } catch {
            writeError("\(error)", number: number, question: question, into: &writer)
        }
        return false
    }

    /// Answers every complete line of `buffer`, numbering them from `firstNumber`.
    ///
    /// - Returns: how many bytes were consumed (up to the last line break, or all of `buffer` when
    ///   `final`), how many lines were read, and whether any line got an error.
    public func answerLines(in buffer: ArraySlice<UInt8>, firstNumber: Int, final: Bool, into writer: inout JSONWriter)
        -> (consumed: Int, lines: Int, failed: Bool)
    {
        var terms = TermKeys()
        return answerLines(in: buffer, firstNumber: firstNumber, final: final, terms: &terms, into: &writer)
    }

    func answerLines(
        in buffer: ArraySlice<UInt8>, firstNumber: Int, final: Bool, terms: inout TermKeys,
        into writer: inout JSONWriter
    ) -> (consumed: Int, lines: Int, failed: Bool) {
        var start = buffer.startIndex
        var number = firstNumber
        var failed = false
        while start < buffer.endIndex {
            guard let newline = buffer[start...].firstIndex(of: 0x0A) ?? (final ? buffer.endIndex : nil) else { break }
            if answer(buffer[start..<newline], number: number, terms: &terms, into: &writer) == false { failed = true }
            number += 1
            start = newline < buffer.endIndex ? newline + 1 : newline
        }
        return (start - buffer.startIndex, number - firstNumber, failed)
    }

    struct Problem: Error { var message: String }

    func read(_ line: ArraySlice<UInt8>, number: Int) -> Result<Question, Problem> {
        let members: QuestionMembers
        do {
            members = try QuestionMembers.parse(line)
        } catch {
            return .failure(Problem(message: "line \(number) is not JSON: \(error.message) (byte \(error.offset + 1))"))
        }
        guard members.isObject, let text = members.text?.string else {
            return .failure(Problem(message: "line \(number) is not a JSON object with \"text\""))
        }
        var question = Question(text: text)
        // Term, then heading: the first that is neither null nor a string is the error.
        func string(_ member: JSONValue?, _ name: String) -> Result<String?, Problem> {
            guard let member, member != .null else { return .success(nil) }
            guard let string = member.string else {
                return .failure(Problem(message: "line \(number): \"\(name)\" must be a string"))
            }
            return .success(string)
        }
        switch string(members.term, "term") {
        case .success(let term): question.term = term
        case .failure(let problem): return .failure(problem)
        }
        switch string(members.heading, "heading") {
        case .success(let heading): question.heading = heading
        case .failure(let problem): return .failure(problem)
        }
        if let start = members.start, start != .null {
            guard let offset = start.number, offset >= 0, offset == offset.rounded(), offset < 1e15 else {
                return .failure(
                    Problem(message: "line \(number): \"start\" must be a whole number of characters, 0 or more"))
            }
            question.start = Int(offset)
        }
        return .success(question)
    }

    func writeError(_ message: String, number: Int, question: Question? = nil, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("error")
        writer.string(message)
        writer.key("line")
        writer.int(number)
        if let term = question?.term {
            writer.key("term")
            writer.string(term)
        }
        if let text = question?.text {
            writer.key("text")
            writer.string(text)
        }
        writer.endObject()
        writer.newline()
    }
}

/// The members of a question line the protocol reads, taken from the object as the JSON reader
/// walks it: no dictionary of member names per line. Reads exactly what ``JSONValue/parse(_:)``
/// accepts, with the same errors at the same offsets; a repeated member counts by its last value,
/// as in the parsed object.
struct QuestionMembers {
    /// Whether the line is a JSON object.
    var isObject = false
    var text: JSONValue?
    var term: JSONValue?
    var start: JSONValue?
    var heading: JSONValue?

    static func parse(_ line: ArraySlice<UInt8>) throws(JSONValue.SyntaxError) -> QuestionMembers {
        func read(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<QuestionMembers, JSONValue.SyntaxError> {
            var reader = JSONValue.Reader(bytes: buffer)
            var members = QuestionMembers()
            reader.skipSpace()
            do {
                if reader.position < buffer.count, buffer[reader.position] == UInt8(ascii: "{") {
                    members.isObject = true
                    try reader.members {
                        (reader: inout JSONValue.Reader, name: Range<Int>, escaped: Bool) throws(JSONValue.SyntaxError)
                        in
                        let field =
                            escaped
                            ? Field(name: try reader.string(at: name.lowerBound - 1).utf8) : Field(name: buffer[name])
                        let value = try reader.value(depth: 1)
                        switch field {
                        case .text: members.text = value
                        case .term: members.term = value
                        case .start: members.start = value
                        case .heading: members.heading = value
                        case nil: break
                        }
                    }
                } else {
                    _ = try reader.value(depth: 0)
                }
                reader.skipSpace()
                guard reader.position == buffer.count else {
                    return .failure(
                        JSONValue.SyntaxError(offset: reader.position, message: "unexpected text after the value"))
                }
                return .success(members)
            } catch {
                return .failure(error)
            }
        }
        let result = line.withContiguousStorageIfAvailable(read) ?? Array(line).withUnsafeBufferPointer(read)
        return try result.get()
    }

    /// The members the protocol reads, by their name's bytes.
    enum Field {
        case text, term, start, heading

        init?(name: some Collection<UInt8>) {
            if name.elementsEqual("text".utf8) {
                self = .text
            } else if name.elementsEqual("term".utf8) {
                self = .term
            } else if name.elementsEqual("start".utf8) {
                self = .start
            } else if name.elementsEqual("heading".utf8) {
                self = .heading
            } else {
                return nil
            }
        }
    }
}
