import Foundation
import GRDB

/// What `marrow verify` found: every current source re-read, every anchor re-resolved.
public struct VerificationReport: Sendable {
    /// Sources checked.
    public var sources = 0
    /// Passage anchors checked.
    public var passages = 0
    /// Mention anchors checked.
    public var mentions = 0
    /// Sources whose bytes changed since they were stored.
    public var changed = 0
    /// Sources whose file is gone.
    public var vanished = 0
    /// Anchors that no longer yield their passage or mention.
    public var brokenAnchors = 0
    /// One error per problem, located at the source file (and line, for anchors).
    public var problems: [MarrowError] = []

    /// Whether everything held.
    public var passed: Bool { problems.isEmpty }

    /// One line for people.
    public var summary: String {
        "verified \(sources) sources, \(passages) passages, \(mentions) mentions: "
            + (passed ? "all hold" : "\(changed) changed, \(vanished) vanished, \(brokenAnchors) broken anchors")
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

    /// Checks every current source.
    ///
    /// - Parameter read: reads a source's raw bytes by its recorded path; `nil` means it is gone.
    /// - Returns: the counts and every problem, in source path order.
    public func verify(read: (String) -> [UInt8]? = { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } }) throws -> VerificationReport {
        var report = VerificationReport()
        for source in try knowledgeBase.sourceVersions().filter(\.isCurrent) {
            report.sources += 1
            let location = SourceLocation(path: source.path)
            guard let raw = read(source.path) else {
                report.vanished += 1
                report.problems.append(MarrowError(.notFound, Message.vanished(source.id), at: location))
                continue
            }
            let sha = SourceDocument.digest(raw)
            guard sha == source.sha256 else {
                report.changed += 1
                report.problems.append(MarrowError(.knowledgeBase, Message.changed(was: source.sha256, now: sha, path: source.path), at: location))
                continue
            }
            let decoder = RawTextDecoder(mediaType: MediaType(rawValue: source.mediaType) ?? .text)
            let anchors = try knowledgeBase.anchors(source: source.id)
            for passage in anchors.passages {
                report.passages += 1
                let found = Verifier.slice(raw, passage.byteStart, passage.byteEnd).map { WhitespaceFolding.fold(decoder.decode($0)) }
                let expected = WhitespaceFolding.fold(passage.text)
                if found != expected {
                    report.brokenAnchors += 1
                    report.problems.append(MarrowError(.knowledgeBase, Message.passage(passage.byteStart, passage.byteEnd, expected: expected, found: found),
                                                       at: Verifier.location(source.path, raw, passage.byteStart)))
                }
            }
            for mention in anchors.mentions {
                report.mentions += 1
                let found = Verifier.slice(raw, mention.byteStart, mention.byteEnd).map { decoder.decode($0) }
                if found != mention.text {
                    report.brokenAnchors += 1
                    report.problems.append(MarrowError(.knowledgeBase, Message.mention(mention.byteStart, mention.byteEnd, expected: mention.text, found: found),
                                                       at: Verifier.location(source.path, raw, mention.byteStart)))
                }
            }
        }
        return report
    }

    static func slice(_ raw: [UInt8], _ start: Int, _ end: Int) -> ArraySlice<UInt8>? {
        guard start >= 0, start <= end, end <= raw.count else { return nil }
        return raw[start..<end]
    }

    static func location(_ path: String, _ raw: [UInt8], _ byte: Int) -> SourceLocation {
        let line = raw.prefix(max(0, min(byte, raw.count))).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return SourceLocation(path: path, line: line, byte: RawByteOffset(byte))
    }

    /// What verify says, in one place.
    enum Message {
        static func vanished(_ id: String) -> String {
            "source vanished: the file is gone (source \(id)); restore it, or retract it with 'marrow remove \(id)'"
        }

        static func changed(was: String, now: String, path: String) -> String {
            "source changed since it was stored (sha256 was \(was.prefix(12))…, now \(now.prefix(12))…); run 'marrow ingest \(path)' to take the new version"
        }

        static func passage(_ start: Int, _ end: Int, expected: String, found: String?) -> String {
            guard let found else { return "passage anchor bytes \(start)..<\(end) lie outside the file" }
            return "passage anchor bytes \(start)..<\(end) no longer yield the passage: expected \"\(clip(expected))\", found \"\(clip(found))\""
        }

        static func mention(_ start: Int, _ end: Int, expected: String, found: String?) -> String {
            guard let found else { return "mention anchor bytes \(start)..<\(end) lie outside the file" }
            return "mention anchor bytes \(start)..<\(end) no longer yield the mention: expected \"\(expected)\", found \"\(clip(found))\""
        }

        static func clip(_ text: String) -> String {
            text.count <= 80 ? text : String(text.prefix(77)) + "…"
        }
    }
}

extension KnowledgeBase {
    /// The raw anchors of one source: each passage's text and byte range, each mention's text and
    /// byte range.
    struct Anchors {
        struct Anchor {
            var text: String
            var byteStart: Int
            var byteEnd: Int
        }

        var passages: [Anchor]
        var mentions: [Anchor]
    }

    func anchors(source: String) throws -> Anchors {
        try pool.read { db in
            let passages = try Row.fetchAll(db, sql: "SELECT text, raw_start, raw_end FROM passages WHERE source_id = ? ORDER BY raw_start, id", arguments: [source])
                .map { Anchors.Anchor(text: $0["text"], byteStart: $0["raw_start"], byteEnd: $0["raw_end"]) }
            let mentions = try Row.fetchAll(db, sql: "SELECT mention_text, raw_start, raw_end FROM evidence WHERE source_id = ? ORDER BY raw_start, id", arguments: [source])
                .map { Anchors.Anchor(text: $0["mention_text"], byteStart: $0["raw_start"], byteEnd: $0["raw_end"]) }
            return Anchors(passages: passages, mentions: mentions)
        }
    }
}
