import Foundation

/// What `marrow verify` found: every current source re-read, every anchor re-resolved.
public struct VerificationReport: Sendable {
    /// What a verification counts.
    public enum Count: Int, CaseIterable, Sendable {
        /// Sources checked.
        case sources
        /// Passage anchors checked.
        case passages
        /// Mention anchors checked.
        case mentions
        /// Sources whose bytes changed since they were stored.
        case changed
        /// Sources whose file is gone.
        case vanished
        /// Anchors that no longer yield their passage or mention.
        case brokenAnchors
    }

    /// How many of each.
    public var counts = Counts<Count>()
    /// One error per problem, located at the source file (and line, for anchors).
    public var problems: [MarrowError] = []

    /// Whether everything held.
    public var passed: Bool { problems.isEmpty }

    /// One line for people.
    public var summary: String {
        "verified \(counts[.sources]) sources, \(counts[.passages]) passages, \(counts[.mentions]) mentions: "
            + (passed
                ? "all hold"
                : "\(counts[.changed]) changed, \(counts[.vanished]) vanished, \(counts[.brokenAnchors]) broken anchors")
    }
}

/// Re-reads every raw source of a knowledge base and re-resolves every evidence anchor against it.
///
/// A passage anchor holds when the raw bytes of its range, decoded (HTML: markup dropped and
/// character references decoded) and whitespace-folded, equal the folded passage text. A mention
/// anchor holds when its raw bytes decode to exactly the stored mention text.
public struct Verifier: Sendable {
    /// The knowledge base to check.
    public let knowledgeBase: KnowledgeBase

    /// Creates a verifier.
    public init(knowledgeBase: KnowledgeBase) { self.knowledgeBase = knowledgeBase }

    /// Checks every current source, at every path it is recorded at.
    ///
    /// - Parameters:
    ///   - read: reads a source's raw bytes by its recorded path; `nil` means it is gone.
    ///   - progress: called after each source with how many are done and how many there are.
    /// - Returns: the counts and every problem, in source path order. A source whose bytes
    ///   changed has its anchors checked against the new bytes too, and the first few that no
    ///   longer resolve are named.
    public func verify(
        read: (String) -> [UInt8]? = { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } },
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> VerificationReport {
        var report = VerificationReport()
        let sources = try knowledgeBase.sourceVersions().filter(\.isCurrent)
        for (index, source) in sources.enumerated() {
            defer { progress(index + 1, sources.count) }
            report.counts[.sources] += 1
            var intact: (path: String, bytes: [UInt8])?
            var changed: (path: String, bytes: [UInt8], sha: String)?
            for path in source.paths {
                guard let raw = read(path) else {
                    report.counts[.vanished] += 1
                    report.problems.append(
                        MarrowError(
                            .notFound, Message.vanished(source.id, path: path, others: source.paths.count - 1),
                            at: SourceLocation(path: path)))
                    continue
                }
                let sha = SourceDocument.digest(raw)
                if sha == source.sha256 {
                    if intact == nil { intact = (path, raw) }
                } else {
                    report.counts[.changed] += 1
                    report.problems.append(
                        MarrowError(
                            .knowledgeBase, Message.changed(was: source.sha256, now: sha, path: path),
                            at: SourceLocation(path: path)))
                    if changed == nil { changed = (path, raw, sha) }
                }
            }
            let anchors = try knowledgeBase.anchors(source: source.id)
            if let intact {
                check(
                    anchors, against: intact.bytes, path: intact.path, mediaType: source.mediaType, limit: nil,
                    into: &report)
            } else if let changed {
                check(
                    anchors, against: changed.bytes, path: changed.path, mediaType: source.mediaType, limit: 5,
                    into: &report)
            }
        }
        return report
    }

    /// Checks every current source as ``verify(read:progress:)`` does, reporting progress as
    /// steps of a run: after every `interval` sources and after the last.
    ///
    /// - Parameters:
    ///   - interval: how many sources between two steps (at least 1).
    ///   - steps: called with each step.
    public func verify(
        read: (String) -> [UInt8]? = { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } },
        every interval: Int, steps: (RunProgress) -> Void
    ) throws -> VerificationReport {
        try verify(read: read) { done, total in
            if done % max(1, interval) == 0 || done == total {
                steps(RunProgress(done: done, total: total, path: "", status: "sources verified"))
            }
        }
    }

    /// Re-resolves one source's anchors against `raw`; with a `limit`, names at most that many
    /// broken ones and counts the rest in one line.
    func check(
        _ anchors: (passages: [AnchorRow], mentions: [AnchorRow]), against raw: [UInt8], path: String,
        mediaType: String,
        limit: Int?, into report: inout VerificationReport
    ) {
        let decoder = RawTextDecoder(
            mediaType: MediaType(rawValue: mediaType) ?? .text, encoding: TextEncoding.sniff(raw))
        let lines = LineIndex(raw)
        var broken = 0
        func fail(_ message: String, _ byte: Int) {
            broken += 1
            report.counts[.brokenAnchors] += 1
            if let limit, broken > limit { return }
            report.problems.append(
                MarrowError(
                    .knowledgeBase, message,
                    at: SourceLocation(path: path, line: lines.line(of: byte), byte: RawByteOffset(byte))))
        }
        for passage in anchors.passages {
            report.counts[.passages] += 1
            let found = Verifier.slice(raw, passage.byteStart, passage.byteEnd).map {
                WhitespaceFolding.fold(decoder.decode($0))
            }
            let expected = WhitespaceFolding.fold(passage.text)
            if found != expected {
                fail(
                    Message.passage(passage.byteStart, passage.byteEnd, expected: expected, found: found),
                    passage.byteStart)
            }
        }
        for mention in anchors.mentions {
            report.counts[.mentions] += 1
            let found = Verifier.slice(raw, mention.byteStart, mention.byteEnd).map { decoder.decode($0) }
            if found != mention.text {
                fail(
                    Message.mention(mention.byteStart, mention.byteEnd, expected: mention.text, found: found),
                    mention.byteStart)
            }
        }
        if let limit, broken > limit {
            report.problems.append(
                MarrowError(
                    .knowledgeBase, "and \(broken - limit) more anchors that no longer resolve",
                    at: SourceLocation(path: path)))
        }
    }

    static func slice(_ raw: [UInt8], _ start: Int, _ end: Int) -> ArraySlice<UInt8>? {
        guard start >= 0, start <= end, end <= raw.count else { return nil }
        return raw[start..<end]
    }

    /// What verify says, in one place.
    enum Message {
        static func vanished(_ id: String, path: String, others: Int) -> String {
            others > 0
                ? "source vanished: the file is gone (source \(id), also recorded at \(NounCount.text(others, "other path"))); restore it, or forget this path with 'marrow remove \(path)'"
                : "source vanished: the file is gone (source \(id)); restore it, or retract it with 'marrow remove \(id)'"
        }

        static func changed(was: String, now: String, path: String) -> String {
            "source changed since it was stored (sha256 was \(was.prefix(12))…, now \(now.prefix(12))…); run 'marrow ingest \(path)' to take the new version"
        }

        static func passage(_ start: Int, _ end: Int, expected: String, found: String?) -> String {
            guard let found else { return "passage anchor bytes \(start)..<\(end) lie outside the file" }
            return
                "passage anchor bytes \(start)..<\(end) no longer yield the passage: expected \"\(clip(expected))\", found \"\(clip(found))\""
        }

        static func mention(_ start: Int, _ end: Int, expected: String, found: String?) -> String {
            guard let found else { return "mention anchor bytes \(start)..<\(end) lie outside the file" }
            return
                "mention anchor bytes \(start)..<\(end) no longer yield the mention: expected \"\(expected)\", found \"\(clip(found))\""
        }

        static func clip(_ text: String) -> String {
            text.count <= 80 ? text : String(text.prefix(77)) + "…"
        }
    }
}

/// Line numbers of byte offsets in one file, found by binary search over its line starts.
struct LineIndex {
    let starts: [Int]

    init(_ raw: [UInt8]) {
        var starts = [0]
        for (index, byte) in raw.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.starts = starts
    }

    /// The 1-based line holding `byte`.
    func line(of byte: Int) -> Int {
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= byte { low = middle } else { high = middle }
        }
        return low + 1
    }
}
