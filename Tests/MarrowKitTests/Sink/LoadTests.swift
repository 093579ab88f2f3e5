import Foundation
import GRDB
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Loading evidence records is order-independent")
struct LoadTests {
    /// The corpus records, as `marrow extract` would write them, one array per document.
    static var corpusRecords: [[EvidenceRecord]] { Repository.corpusResults.map(\.records) }

    /// Round-trips records through JSON Lines, as they would travel between machines.
    static func throughJSONLines(_ records: [EvidenceRecord]) throws -> [EvidenceRecord] {
        let encoder = JSONLinesEncoder()
        var data = Data()
        for record in records { data.append(encoder.line(record)) }
        let (read, failures) = EvidenceRecordReader.read(data, label: "shard.jsonl")
        #expect(failures.isEmpty)
        return read
    }

    @Test("shard A then B, B then A, all at once, and ingesting the documents give the same content")
    func orderIndependent() throws {
        let documents = Self.corpusRecords
        #expect(documents.count == 4 && documents.allSatisfy { !$0.isEmpty })
        let shardA = try Self.throughJSONLines(Array(documents[0..<2].joined()))
        let shardB = try Self.throughJSONLines(Array(documents[2...].joined()))

        let ab = try KnowledgeBaseFixture.fresh()
        try ab.load(shardA)
        try ab.load(shardB)
        let ba = try KnowledgeBaseFixture.fresh()
        try ba.load(shardB)
        try ba.load(shardA)
        let all = try KnowledgeBaseFixture.fresh()
        try all.load((shardA + shardB).reversed())
        let ingested = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults {
            try ingested.ingest(result, lexiconVersion: Repository.lexicon.version)
        }

        let expected = try ingested.contentDump()
        #expect(!expected.isEmpty)
        #expect(try ab.contentDump() == expected)
        #expect(try ba.contentDump() == expected)
        #expect(try all.contentDump() == expected)
        #expect(try ab.integrityProblems().isEmpty)
    }

    @Test("records of one document split across shards, interleaved, and loaded twice fold to the same content")
    func splitDocuments() throws {
        let records = try Self.throughJSONLines(Array(Self.corpusRecords.joined()))
        let odd = records.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let even = records.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let reference = try KnowledgeBaseFixture.fresh()
        try reference.load(records)
        let split = try KnowledgeBaseFixture.fresh()
        try split.load(odd)
        try split.load(even)
        let outcome = try split.load(records)
        #expect(outcome.counts[.unchanged] == 4)
        #expect(try split.contentDump() == reference.contentDump())
    }

    @Test("two versions of one path meeting in a load resolve the same way whatever the order")
    func versionsResolveDeterministically() throws {
        let oldSHA = KnowledgeBaseFixture.sha("old")
        let newSHA = KnowledgeBaseFixture.sha("new")
        let thirdSHA = KnowledgeBaseFixture.sha("third")
        let old = [
            KnowledgeBaseFixture.record(
                source: oldSHA, path: "a.txt", subject: "alpha", assertion: .affirmed, modified: "2023-01-01")
        ]
        let new = [
            KnowledgeBaseFixture.record(
                source: newSHA, path: "a.txt", subject: "beta", assertion: .affirmed, modified: "2024-06-01")
        ]
        let third = [
            KnowledgeBaseFixture.record(
                source: thirdSHA, path: "a.txt", subject: "gamma", assertion: .negated, modified: "2023-05-01")
        ]
        var dumps: Set<String> = []
        for order in [[old, new, third], [new, old, third], [third, new, old], [old, third, new]] {
            let kb = try KnowledgeBaseFixture.fresh()
            for batch in order { try kb.load(batch) }
            dumps.insert(try kb.contentDump())
            let current = try kb.sourceVersions().filter(\.isCurrent)
            #expect(current.map(\.sha256) == [newSHA])
            #expect(try kb.claims().map(\.subject) == ["beta"])
            #expect(try kb.sourceVersions().count == 3)
        }
        #expect(
            dumps.count == 1,
            "\(dumps.map { $0.split(separator: "\n").filter { line in !dumps.allSatisfy { $0.contains(line) } } })")
    }

    @Test("a record of a newer schema is reported with file and line, not loaded")
    func newerRecordSchema() throws {
        let record = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("x"), path: "x.txt", subject: "alpha", assertion: .affirmed)
        var line = try JSONLinesEncoder().line(record)
        let good = line
        line = Data(
            String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\"schema\":1", with: "\"schema\":99").utf8)
        let (records, failures) = EvidenceRecordReader.read(
            good + Data("\n".utf8) + line + Data("{oops\n".utf8), label: "s.jsonl")
        #expect(records.count == 1)
        #expect(failures.map(\.location?.line) == [3, 4])
        #expect(failures.first?.description.hasPrefix("s.jsonl:3: error: record schema 99") == true)
    }
}

@Suite("A load into a new file (the bulk path) equals one into an existing file")
struct BulkLoadTests {
    /// Writes `records` as one JSON Lines file and returns its path.
    static func jsonLines(_ records: [EvidenceRecord], in folder: String, name: String) throws -> String {
        let encoder = JSONLinesEncoder()
        var data = Data()
        for record in records { data.append(encoder.line(record)) }
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func load(_ inputs: [Loading.Input], into path: String) async throws {
        _ = try await Loading.load(inputs, into: path, problem: { Issue.record("refused: \($0)") })
    }

    /// The content, checked: integrity, and a full-text index that agrees with the passages
    /// (FTS5's own check, and what a search finds, which does not depend on row ids).
    static func dump(_ path: String) throws -> String {
        let kb = try KnowledgeBase(path: path, access: .readOnly)
        #expect(try kb.integrityProblems().isEmpty, "\(path)")
        let content = try kb.contentDump()
        try kb.database.close()
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let found = try queue.write { db in
            try db.execute(sql: "INSERT INTO passages_fts(passages_fts) VALUES('integrity-check')")
            return try String.fetchAll(
                db,
                sql:
                    "SELECT p.id FROM passages_fts f JOIN passages p ON p.rowid = f.rowid WHERE passages_fts MATCH 'the OR causes' ORDER BY p.id"
            )
        }
        #expect(!found.isEmpty)
        return content + "\nfull text: " + found.joined(separator: " ")
    }

    @Test(
        "bulk into a new file, into an existing empty file, half and half, and two shards merged give the same content; bulk equals ingest"
    )
    func bulkEqualsIncremental() async throws {
        let folder = Repository.temporaryFolder()
        let corpus = Array(LoadTests.corpusRecords.joined())
        // Two versions of one path (one supersedes the other) and a record repeated in both halves.
        let old = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("old"), path: "a.txt", subject: "alpha", assertion: .affirmed,
            modified: "2023-01-01")
        let new = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("new"), path: "a.txt", subject: "beta", assertion: .negated,
            modified: "2024-06-01")
        let all = [new] + corpus + [old]
        let half = all.count / 2
        // The halves cut a document in two, and the second repeats a record of the first.
        let first = Array(all[..<half])
        let second = Array(all[half...]) + [corpus[0]]
        #expect(all[half - 1].source.id == all[half].source.id)
        let file = try Self.jsonLines(all, in: folder, name: "all.jsonl")
        let fileA = try Self.jsonLines(first, in: folder, name: "a.jsonl")
        let fileB = try Self.jsonLines(second, in: folder, name: "b.jsonl")

        let bulk = folder + "/bulk.sqlite"
        try await Self.load([.jsonLines(file)], into: bulk)
        let existing = folder + "/existing.sqlite"
        try KnowledgeBase(path: existing).database.close()
        try await Self.load([.jsonLines(file)], into: existing)
        let halves = folder + "/halves.sqlite"
        try await Self.load([.jsonLines(fileB)], into: halves)
        try await Self.load([.jsonLines(fileA)], into: halves)
        let shardA = folder + "/shard-a.sqlite"
        let shardB = folder + "/shard-b.sqlite"
        let merged = folder + "/merged.sqlite"
        try await Self.load([.jsonLines(fileA)], into: shardA)
        try await Self.load([.jsonLines(fileB)], into: shardB)
        try await Self.load([.knowledgeBase(shardB), .knowledgeBase(shardA)], into: merged)

        let expected = try Self.dump(bulk)
        #expect(expected.contains("superseded_by=") && expected.contains("a.txt"))
        #expect(try Self.dump(existing) == expected)
        #expect(try Self.dump(halves) == expected)
        #expect(try Self.dump(merged) == expected)

        // The corpus alone, bulk-loaded, is what ingesting its documents gives.
        let corpusOnly = folder + "/corpus.sqlite"
        try await Self.load(
            [.jsonLines(try Self.jsonLines(corpus, in: folder, name: "corpus.jsonl"))], into: corpusOnly)
        let ingested = try KnowledgeBaseFixture.fresh()
        for result in Repository.corpusResults {
            try ingested.ingest(result, lexiconVersion: Repository.lexicon.version)
        }
        #expect(try Self.dump(corpusOnly) == Self.dump(ingested.path))
    }
}

@Suite("Records are validated before they load")
struct RecordValidationTests {
    @Test("every record the pipeline writes, text and HTML, passes validation")
    func pipelineRecordsPass() throws {
        var records = Repository.corpusResults.flatMap(\.records)
        let pages = Repository.root + "/Tests/MarrowKitTests/Fixtures/html"
        for name in try FileManager.default.contentsOfDirectory(atPath: pages).filter({ $0.hasSuffix(".html") })
            .sorted()
        {
            let document = try SourceReference.file(path: pages + "/" + name, origin: SourceOrigin()).load()
            if let result = try? Repository.processor.process(document) { records += result.records }
        }
        #expect(records.contains { $0.source.mediaType == "text/html" })
        for record in records {
            #expect(
                RecordValidator().problem(
                    record,
                    sizeIfShorter: { source, end in RecordValidator.fileSize(source).flatMap { $0 < end ? $0 : nil } })
                    == nil,
                "\(record.source.path) \(record.id)")
        }
    }

    @Test("inverted, negative and misfit ranges, bad digests and a mention that is not in its passage are refused")
    func inconsistentRecordsRefused() {
        let good = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("s"), path: "s.txt", subject: "alpha", assertion: .affirmed, at: 10)
        #expect(RecordValidator().problem(good) == nil)
        var bad = good
        bad.raw = .init(byteStart: 20, byteEnd: 10)
        #expect(RecordValidator().problem(bad) == .invertedRange(field: "raw", start: 20, end: 10))
        bad = good
        bad.mention.start = -1
        #expect(RecordValidator().problem(bad) == .negativeOffset(field: "mention.start", value: -1))
        bad = good
        bad.source.sha256 = "ABC"
        #expect(RecordValidator().problem(bad) == .badDigest(field: "source.sha256", value: "ABC"))
        bad = good
        bad.source.id = "0000000000000000"
        #expect(RecordValidator().problem(bad) == .idMismatch(id: "0000000000000000", sha256: good.source.sha256))
        bad = good
        bad.mention.text = "beta!"
        #expect(RecordValidator().problem(bad) == .mentionNotInPassage(mention: "beta!", found: "alpha"))
        bad = good
        bad.raw.byteEnd += 3
        #expect(RecordValidator().problem(bad) == .mentionLength(text: 5, range: 8))
        #expect(
            RecordValidator().problem(good, sizeIfShorter: { _, _ in 12 })
                == .outsideSource(end: 10 + "alpha causes topic.".utf8.count, size: 12))
    }
}

@Suite("Read-only knowledge bases")
struct ReadOnlyTests {
    @Test("a read-only open reads, and any write through it fails in SQLite itself")
    func readOnlyRefusesWrites() throws {
        let path = Repository.temporaryFolder() + "/kb.sqlite"
        do {
            let kb = try KnowledgeBase(path: path)
            for result in Repository.corpusResults { try kb.ingest(result, lexiconVersion: Repository.lexicon.version) }
            try kb.database.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let kb = try KnowledgeBase(path: path, access: .readOnly)
        #expect(kb.isReadOnly)
        #expect(try kb.statistics().sources == 4)
        #expect(!(try kb.claims()).isEmpty)
        #expect(throws: (any Error).self) {
            try kb.database.writeWithoutTransaction { db in try db.execute(sql: "DELETE FROM meta") }
        }
        #expect(throws: MarrowError.self) { try kb.remove("anything") }
        try kb.database.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a missing file, an empty file and a foreign file are refused for reading, and left as they were")
    func refusals() throws {
        let folder = Repository.temporaryFolder()
        #expect(throws: MarrowError.self) { try KnowledgeBase(path: folder + "/missing.sqlite", access: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/missing.sqlite"))
        FileManager.default.createFile(atPath: folder + "/empty.sqlite", contents: Data())
        let empty = try #require(throws: MarrowError.self) {
            try KnowledgeBase(path: folder + "/empty.sqlite", access: .readOnly)
        }
        #expect(empty.message.contains("empty file"))
        #expect(
            (try FileManager.default.attributesOfItem(atPath: folder + "/empty.sqlite")[.size] as? NSNumber)?.intValue
                == 0)
        try "not a database".write(toFile: folder + "/text.sqlite", atomically: true, encoding: .utf8)
        #expect(throws: MarrowError.self) {
            try KnowledgeBase(path: folder + "/text.sqlite", access: .readWrite(create: true))
        }
        #expect(try String(contentsOfFile: folder + "/text.sqlite", encoding: .utf8) == "not a database")
    }
}

@Suite("The fast record parser")
struct RecordJSONParserTests {
    func parse(_ line: Data) -> EvidenceRecord? {
        line.withUnsafeBytes { RecordJSONParser.record($0.bindMemory(to: UInt8.self)) }
    }

    @Test(
        "gives exactly what JSONDecoder gives for every record the pipeline writes, and for escapes and non-ASCII text")
    func agreesWithFoundation() throws {
        var records = Repository.corpusResults.flatMap(\.records)
        var odd = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("q"), path: "dir/\"quoted\" \\ name\u{1}.txt", subject: "alpha",
            assertion: .negated)
        odd.why = ["tab\there", "newline\nthere", "emoji 🦴 and é", "\u{0}nul"]
        odd.source.title = nil
        odd.passage.raw.xpath = "/html/body/p[2]"
        odd.passage.raw.line = 12
        records.append(odd)
        let encoder = JSONLinesEncoder()
        // Also line after line with one memo, as the reader parses (records repeat their source,
        // passage, claim and concept from the line before, and the odd one changes them).
        var memo = RecordJSONParser.Memo()
        for record in records + [records[0], odd, records[0]] {
            let line = encoder.line(record).dropLast()
            let expected = try JSONDecoder().decode(EvidenceRecord.self, from: line)
            #expect(parse(Data(line)) == expected, "\(record.id)")
            let remembered = Data(line).withUnsafeBytes {
                RecordJSONParser.record($0.bindMemory(to: UInt8.self), memo: &memo)
            }
            #expect(remembered == expected, "\(record.id) with a memo")
        }
        // Spellings Foundation's encoder never writes but JSON allows.
        let spaced = Data("{ \"schema\" : 1 , \"type\":\"evidence\" }".utf8)
        #expect(parse(spaced) == nil, "an incomplete record falls back to the full decoder")
        #expect(parse(Data("{\"a\":1.5}".utf8)) == nil)
        #expect(parse(Data("not json".utf8)) == nil)
    }

    @Test("a string with bytes that are not UTF-8 is refused, in an ASCII string and beside non-ASCII text alike")
    func refusesInvalidUTF8() throws {
        var record = KnowledgeBaseFixture.record(
            source: KnowledgeBaseFixture.sha("u"), path: "u.txt", subject: "alpha", assertion: .affirmed)
        record.why = ["plain ascii", "caf\u{E9} é"]
        let line = Data(JSONLinesEncoder().line(record).dropLast())
        #expect(parse(line) == (try JSONDecoder().decode(EvidenceRecord.self, from: line)))
        let ascii = try #require(line.range(of: Data("plain ascii".utf8)))
        let accent = try #require(line.range(of: Data("é".utf8)))
        for (at, bytes) in [
            (ascii.lowerBound + 2, [0xFF] as [UInt8]), (accent.lowerBound, [0xC3, 0x28]), (ascii.lowerBound, [0x80]),
        ] {
            var bad = line
            bad.replaceSubrange(at..<at + bytes.count, with: bytes)
            #expect(parse(bad) == nil, "\(bytes) at \(at)")
            let (read, failures) = EvidenceRecordReader.read(bad + Data("\n".utf8), label: "bad.jsonl")
            #expect(read.isEmpty)
            #expect(failures.count == 1 && failures[0].description.hasPrefix("bad.jsonl:1: error:"), "\(failures)")
        }
    }
}

@Suite("Multi-row inserts and the nested readers of the record parser")
struct BatchedInsertTests {
    /// `count` records of one source, each with its own passage, some with an empty XPath.
    static func records(_ count: Int) -> [EvidenceRecord] {
        let sha = KnowledgeBaseFixture.sha("batched")
        return (0..<count).map { index in
            var record = KnowledgeBaseFixture.record(
                source: sha, path: "batched.txt", subject: "s\(index)",
                assertion: index % 3 == 0 ? .negated : .affirmed,
                at: index * 40)
            if index % 4 == 0 { record.passage.raw.xpath = "" }
            return record
        }
    }

    @Test("a source of more rows than one statement takes loads whole, in bulk and into an existing file alike")
    func acrossBatches() async throws {
        let folder = Repository.temporaryFolder()
        // 2 full batches and a short one, each record once, then a file that repeats some.
        let records = Self.records(RecordInserter.batchRows * 2 + 7)
        let file = try BulkLoadTests.jsonLines(records + records.prefix(5), in: folder, name: "batched.jsonl")
        let bulk = folder + "/bulk.sqlite"
        try await BulkLoadTests.load([.jsonLines(file)], into: bulk)
        let existing = folder + "/existing.sqlite"
        try KnowledgeBase(path: existing).database.close()
        try await BulkLoadTests.load([.jsonLines(file)], into: existing)
        #expect(try BulkLoadTests.dump(existing) == BulkLoadTests.dump(bulk))
        let queue = try DatabaseQueue(path: bulk)
        defer { try? queue.close() }
        try await queue.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") == records.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") == records.count)
            // A zero-length text is bound as text, not NULL.
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE xpath = ''") == (records.count + 3) / 4)
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE xpath IS NULL") == records.count * 3 / 4)
            let mentions = try String.fetchAll(db, sql: "SELECT mention_text FROM evidence ORDER BY start")
            #expect(mentions == records.map(\.mention.text))
        }
    }

    /// The record as a JSON object, `edit`ed, as one line.
    static func line(_ record: EvidenceRecord, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: JSONLinesEncoder().line(record)) as! [String: Any]
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test("a nested object missing a member it needs is refused by the fast parser and reported by the decoder")
    func missingNestedMembers() throws {
        let record = Self.records(1)[0]
        let cuts: [(path: [String], name: String)] = [
            (["raw"], "byteEnd"), (["mention"], "start"), (["passage"], "section"), (["passage", "raw"], "byteStart"),
            (["source"], "id"), (["source"], "path"), (["source"], "sha256"), (["source"], "mediaType"),
            (["claim"], "object"), (["concept"], "category"),
        ]
        for cut in cuts {
            let line = try Self.line(record) { object in
                func remove(_ path: ArraySlice<String>, from object: inout [String: Any]) {
                    guard let first = path.first else {
                        object[cut.name] = nil
                        return
                    }
                    var inner = object[first] as! [String: Any]
                    remove(path.dropFirst(), from: &inner)
                    object[first] = inner
                }
                remove(cut.path[...], from: &object)
            }
            #expect(line.withUnsafeBytes { RecordJSONParser.record($0.bindMemory(to: UInt8.self)) } == nil)
            let (read, failures) = EvidenceRecordReader.read(line + Data("\n".utf8), label: "cut.jsonl")
            let field = (cut.path + [cut.name]).joined(separator: ".")
            #expect(read.isEmpty)
            #expect(
                failures.map(\.description) == ["cut.jsonl:1: error: not an evidence record: missing field '\(field)'"])
        }
    }

    @Test("a source's optional members, null, absent or given, read as the decoder reads them")
    func sourceMembers() throws {
        var record = Self.records(1)[0]
        record.source.author = "A. Author"
        record.source.language = "en"
        let edits: [(inout [String: Any]) -> Void] = [{ _ in }, { $0["title"] = NSNull() }, { $0["publisher"] = nil }]
        for edit in edits {
            let line = try Self.line(record) { object in
                var source = object["source"] as! [String: Any]
                edit(&source)
                object["source"] = source
            }
            let expected = try JSONDecoder().decode(EvidenceRecord.self, from: line)
            #expect(line.withUnsafeBytes { RecordJSONParser.record($0.bindMemory(to: UInt8.self)) } == expected)
        }
    }
}
