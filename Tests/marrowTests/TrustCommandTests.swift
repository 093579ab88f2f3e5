import Foundation
import MarrowKit
import MarrowTestSupport
import Testing

/// A folder every user can enter (the temporary folders are made for root only when root runs the tests).
func sharedFolder() throws -> String {
    let folder = MarrowProcess.temporaryFolder()
    chmod(folder, 0o755)
    return folder
}

func fileFacts(_ path: String) -> String {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
    let data = FileManager.default.contents(atPath: path) ?? Data()
    return "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "") \(SourceDocument.digest([UInt8](data)))"
}

@Suite("Nothing is silently wrong, nothing is lost: the knowledge base on the command line", .serialized)
struct TrustCommandTests {
    @Test("rebuild --kb refuses to overwrite a file that is not a Marrow knowledge base, and leaves it untouched")
    func rebuildRefusesForeignFiles() throws {
        let folder = MarrowProcess.temporaryFolder()
        let text = folder + "/notes.txt"
        try "my notes\n".write(toFile: text, atomically: true, encoding: .utf8)
        var result = try MarrowProcess.run(["rebuild", "--kb", text])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(text): error: is not a Marrow knowledge base"), "\(result.stderr)")
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "my notes\n")

        let foreign = folder + "/other.sqlite"
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [foreign, "CREATE TABLE mine (x); INSERT INTO mine VALUES (42)"]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            try sqlite.run()
            sqlite.waitUntilExit()
            let before = fileFacts(foreign)
            result = try MarrowProcess.run(["rebuild", "--kb", foreign])
            #expect(result.status == 2)
            #expect(result.stderr.contains("not a Marrow knowledge base"), "\(result.stderr)")
            #expect(fileFacts(foreign) == before)
            result = try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", foreign])
            #expect(result.status == 2)
            #expect(fileFacts(foreign) == before)
        }
    }

    @Test("a read command does not turn a 0-byte file into a knowledge base")
    func emptyFileStaysEmpty() throws {
        let path = MarrowProcess.temporaryFolder() + "/empty.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        for command in [["status"], ["claims"], ["audit", "osteoarthritis"], ["verify"], ["report"]] {
            let result = try MarrowProcess.run(command + ["--kb", path])
            #expect(result.status == 2, "\(command)")
            #expect(
                result.stderr.contains("\(path): error: is an empty file, not a knowledge base"),
                "\(command): \(result.stderr)")
            #expect(fileFacts(path).hasPrefix("0 "), "\(command) wrote to the file")
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test(
        "what an interrupted rebuild left is deleted by the next writer; a new knowledge base is not made by a reader")
    func staleRebuildFilesGo() throws {
        let folder = MarrowProcess.temporaryFolder()
        let kb = folder + "/kb.sqlite"
        #expect(
            try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus/000_90e332a5a9dfb434.txt", "--kb", kb])
                .status == 0)
        let leftovers = [
            "kb.sqlite.rebuild-99999", "kb.sqlite.rebuild-99999-wal", "kb.sqlite.rebuild-99999-shm",
            "kb.sqlite.rebuild-4-journal",
        ]
        for name in leftovers { FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)) }
        #expect(try MarrowProcess.run(["claims", "--kb", kb]).status == 0)
        #expect(
            leftovers.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0) }, "a reader deleted files"
        )
        #expect(
            try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus/001_ac7c5477277c1b41.txt", "--kb", kb])
                .status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".rebuild-") }
        #expect(left.isEmpty, "\(left)")
        #expect(try MarrowProcess.run(["rebuild", "--kb", kb]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".rebuild-") }.isEmpty)
    }

    @Test("an ingest that arrives while a rebuild runs waits for it, and its source is in the result")
    func ingestDuringRebuildIsKept() throws {
        let corpus = try syntheticCorpus(count: 120, tag: "r")
        let folder = MarrowProcess.temporaryFolder()
        let kb = folder + "/kb.sqlite"
        #expect(
            try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus/000_90e332a5a9dfb434.txt", "--kb", kb])
                .status == 0)
        let extra = folder + "/extra.txt"
        try "Causes\n\nBone marrow edema can be caused by gout.\n".write(
            toFile: extra, atomically: true, encoding: .utf8)
        let rebuild = try launchMarrow(["rebuild", "--corpus", corpus, "--kb", kb, "--jobs", "1"])
        let deadline = Date().addingTimeInterval(60)
        while rebuild.isRunning, Date() < deadline,
            !(try FileManager.default.contentsOfDirectory(atPath: folder)).contains(where: { $0.contains(".rebuild-") })
        {
            usleep(10_000)
        }
        #expect(rebuild.isRunning, "the rebuild ended before the ingest could start; make the corpus larger")
        let ingest = try MarrowProcess.run(["ingest", extra, "--kb", kb])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        rebuild.waitUntilExit()
        #expect(rebuild.terminationStatus == 0)
        let result = try KnowledgeBase(path: kb, access: .readOnly)
        #expect(try result.sourceVersions().contains { $0.paths.contains(extra) }, "the ingested source was lost")
        #expect(try result.statistics().sources == 121)
        #expect(try result.integrityProblems().isEmpty)
    }

    @Test("read commands work on a knowledge base in a folder nobody may write, and write nothing")
    func readOnlyKnowledgeBase() throws {
        let folder = try sharedFolder()
        let locked = folder + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        let kb = locked + "/kb.sqlite"
        #expect(try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", kb]).status == 0)
        try? FileManager.default.removeItem(atPath: kb + ".lock")
        chmod(kb, 0o444)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        let before = fileFacts(kb)
        for command in [
            ["claims"], ["audit", "osteoarthritis"], ["status", "--corpus", MarrowProcess.root + "/Corpus"], ["verify"],
            ["report"],
            ["audit", "OA", "--format", "annotations"],
        ] {
            let result = try runUnprivileged(command + ["--kb", kb])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("readonly"), "\(command): \(result.stderr)")
        }
        #expect(fileFacts(kb) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked) == ["kb.sqlite"])
        // A writer is refused with a clear message instead.
        let ingest = try runUnprivileged(["ingest", MarrowProcess.root + "/Corpus", "--kb", kb])
        #expect(ingest.status == 2)
        #expect(ingest.stderr.contains("\(kb): error:"), "\(ingest.stderr)")
    }

    @Test("a writer on a read-only knowledge base file (in a folder it may write) is refused with a clear message")
    func readOnlyKnowledgeBaseFile() throws {
        let folder = try sharedFolder()
        let open = folder + "/open"
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
        let kb = open + "/kb.sqlite"
        #expect(try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", kb]).status == 0)
        try? FileManager.default.removeItem(atPath: kb + ".lock")
        let records = folder + "/records.jsonl"
        let extract = try MarrowProcess.run(["extract", MarrowProcess.root + "/Corpus/002_ea57ffaf7b3f4962.txt"])
        try extract.stdout.write(toFile: records, atomically: true, encoding: .utf8)
        chmod(records, 0o644)
        chmod(kb, 0o444)
        chmod(open, 0o777)
        defer { chmod(open, 0o755) }
        let before = fileFacts(kb)
        for command in [
            ["load", records], ["ingest", MarrowProcess.root + "/Corpus"], ["merge", kb],
            ["rebuild", "--corpus", MarrowProcess.root + "/Corpus"],
        ] {
            let result = try runUnprivileged(command + ["--kb", kb])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("\(kb): error: is read-only"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("SQLite error"), "\(command): \(result.stderr)")
        }
        #expect(fileFacts(kb) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: open) == ["kb.sqlite"])
    }

    @Test(
        "load rejects inconsistent records as file:line errors and loads the rest; verify names anchors that do not resolve"
    )
    func loadValidates() throws {
        let folder = MarrowProcess.temporaryFolder()
        let article = folder + "/a.txt"
        try FileManager.default.copyItem(
            atPath: MarrowProcess.root + "/Corpus/002_ea57ffaf7b3f4962.txt", toPath: article)
        let extract = try MarrowProcess.run(["extract", article])
        var lines = extract.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 6)
        func edit(_ line: String, _ body: (inout [String: Any]) -> Void) throws -> String {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            body(&object)
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        func nested(_ object: inout [String: Any], _ key: String, _ field: String, _ value: Any) {
            var inner = object[key] as? [String: Any] ?? [:]
            inner[field] = value
            object[key] = inner
        }
        lines[1] = try edit(lines[1]) {
            nested(&$0, "raw", "byteStart", 20)
            nested(&$0, "raw", "byteEnd", 10)
        }
        lines[2] = try edit(lines[2]) { object in
            let length = ((object["mention"] as? [String: Any])?["text"] as? String)?.utf8.count ?? 0
            nested(&object, "raw", "byteStart", 99_999_000)
            nested(&object, "raw", "byteEnd", 99_999_000 + length)
            nested(&object, "passage", "raw", ["byteStart": 0, "byteEnd": 99_999_999])
        }
        lines[3] = try edit(lines[3]) { nested(&$0, "source", "sha256", "not-a-hash") }
        lines[4] = try edit(lines[4]) { nested(&$0, "mention", "text", "something much longer than the range") }
        lines[5] = try edit(lines[5]) { nested(&$0, "mention", "start", "twelve") }
        // A record about another file with a made-up hash: consistent in itself, so it loads.
        let passwd = folder + "/passwd"
        try "root:x:0:0:root:/root:/bin/bash\n".write(toFile: passwd, atomically: true, encoding: .utf8)
        let fakeSHA = String(repeating: "ab", count: 32)
        let forged = try edit(lines[6]) { object in
            nested(&object, "source", "path", passwd)
            nested(&object, "source", "sha256", fakeSHA)
            nested(&object, "source", "id", String(fakeSHA.prefix(16)))
            object["id"] = "0123456789abcdef"
        }
        lines.append(forged)
        let records = folder + "/records.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: records, atomically: true, encoding: .utf8)
        let kb = folder + "/kb.sqlite"
        let load = try MarrowProcess.run(["load", records, "--kb", kb])
        #expect(load.status == 1)
        for (line, words) in [
            (2, "ends before it starts"), (3, "past the end of the source file"), (4, "not a lowercase hex digest"),
            (5, "mention.text has"), (6, "mention.start"),
        ] {
            #expect(
                load.stderr.contains("\(records):\(line): error:") && load.stderr.contains(words),
                "line \(line): \(load.stderr)")
        }
        #expect(load.stdout.contains("5 records rejected"), "\(load.stdout)")
        let loaded = try KnowledgeBase(path: kb, access: .readOnly)
        #expect(try loaded.statistics().evidence == lines.count - 5)
        let verify = try MarrowProcess.run(["verify", "--kb", kb])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("\(passwd): error: source changed"), "\(verify.stderr)")
        #expect(
            verify.stderr.contains("\(passwd):") && verify.stderr.contains("error: mention anchor bytes"),
            "\(verify.stderr)")
    }

    @Test("status clears: rejected files, a retraction that sticks, and duplicate bytes at two paths")
    func statusClears() throws {
        let folder = MarrowProcess.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let seed = MarrowProcess.root + "/Corpus/000_90e332a5a9dfb434.txt"
        try FileManager.default.copyItem(atPath: seed, toPath: corpus + "/a.txt")
        try FileManager.default.copyItem(atPath: seed, toPath: corpus + "/copy-of-a.txt")
        try FileManager.default.copyItem(
            atPath: MarrowProcess.root + "/Corpus/001_ac7c5477277c1b41.txt", toPath: corpus + "/b.txt")
        FileManager.default.createFile(atPath: corpus + "/empty.txt", contents: Data())
        let kb = folder + "/kb.sqlite"
        func status() throws -> MarrowProcess.Result {
            try MarrowProcess.run(["status", "--kb", kb, "--corpus", corpus, "--sources"])
        }

        var ingest = try MarrowProcess.run(["ingest", corpus, "--kb", kb])
        #expect(ingest.status == 1)
        var result = try status()
        #expect(result.status == 0, "rejected file keeps it stale: \(result.stdout)")
        #expect(result.stdout.contains("rejected when ingested: \(corpus)/empty.txt"))
        #expect(
            result.stdout.contains("\(corpus)/a.txt, \(corpus)/copy-of-a.txt"),
            "both paths of the duplicate are recorded: \(result.stdout)")

        #expect(try MarrowProcess.run(["remove", corpus + "/b.txt", "--kb", kb]).status == 0)
        ingest = try MarrowProcess.run(["ingest", corpus, "--kb", kb])
        #expect(ingest.stdout.contains("1 retracted"), "\(ingest.stdout)")
        result = try status()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("retracted (stays out): \(corpus)/b.txt"))
        #expect(!result.stdout.contains("new in corpus"))
        // A rebuild keeps the retraction too.
        #expect(try MarrowProcess.run(["rebuild", "--corpus", corpus, "--kb", kb]).status == 1)
        result = try status()
        #expect(result.stdout.contains("1 retracted"), "\(result.stdout)")
        #expect(result.stdout.contains("retracted (stays out): \(corpus)/b.txt"))
        #expect(result.status == 0, "\(result.stdout)")

        try FileManager.default.removeItem(atPath: corpus + "/copy-of-a.txt")
        result = try status()
        #expect(result.status == 1)
        #expect(result.stdout.contains("gone from corpus: \(corpus)/copy-of-a.txt"))
        #expect(result.stdout.contains("marrow remove PATH"))
        let remove = try MarrowProcess.run(["remove", corpus + "/copy-of-a.txt", "--kb", kb])
        #expect(remove.stdout.contains("forgot path \(corpus)/copy-of-a.txt"), "\(remove.stdout)")
        result = try status()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(try MarrowProcess.run(["verify", "--kb", kb]).status == 0)
    }

    @Test(
        "--version, report -o and audit -o say what they wrote, claims read as sentences, file names with control characters are escaped"
    )
    func cliTrust() throws {
        let version = try MarrowProcess.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("marrow "), "\(version.stdout)")
        let folder = MarrowProcess.temporaryFolder()
        let kb = folder + "/kb.sqlite"
        #expect(try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", kb]).status == 0)
        let report = try MarrowProcess.run(["report", "--kb", kb, "-o", folder + "/report.html"])
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("wrote the report (html) to \(folder)/report.html ("), "\(report.stdout)")
        let audit = try MarrowProcess.run([
            "audit", "osteoarthritis", "--kb", kb, "-o", folder + "/audit.json", "--format", "json",
        ])
        #expect(audit.stdout.hasPrefix("wrote the audit of 'osteoarthritis' ("), "\(audit.stdout)")
        let claims = try MarrowProcess.run(["claims", "--kb", kb])
        #expect(claims.stdout.contains("Osteoarthritis causes bone marrow edema"), "\(claims.stdout)")

        let evil = folder + "/evil\u{1B}[31mred\u{07}.txt"
        FileManager.default.createFile(atPath: evil, contents: Data())
        let ingest = try MarrowProcess.run(["ingest", evil, "--kb", kb])
        #expect(ingest.status == 1)
        #expect(
            !ingest.stderr.contains("\u{1B}") && !ingest.stderr.contains("\u{07}"),
            "raw control characters reached the terminal")
        #expect(ingest.stderr.contains("evil\\u{1b}[31mred\\u{7}.txt"), "\(ingest.stderr)")
    }

    @Test("--help of every knowledge-base command is written as paragraphs")
    func helpParagraphs() throws {
        for command in [
            [], ["rebuild"], ["ingest"], ["load"], ["merge"], ["audit"], ["claims"], ["report"], ["verify"], ["status"],
            ["remove"],
        ] {
            let result = try MarrowProcess.run(command + ["--help"], environment: ["COLUMNS": "2000"])
            #expect(result.status == 0, "\(command)")
            // On a very wide terminal a paragraph is one line: none may stop mid-sentence.
            let body = result.stdout.components(separatedBy: "USAGE:").first ?? ""
            for line in body.split(separator: "\n") where line.count > 40 && !line.hasPrefix("OVERVIEW:") {
                #expect(
                    line.hasSuffix(".") || line.hasSuffix(":") || line.hasSuffix(")"),
                    "\(command): ragged line '\(line)'")
            }
        }
    }
}
