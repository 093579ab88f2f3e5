import Foundation
import MarrowTestSupport
import Testing

@Suite("The marrow command", .serialized)
struct CommandLineTests {
    @Test(
        "rebuild, then audit osteoarthritis --format json lists every corpus article with anchors that slice the raw file"
    )
    func rebuildThenAudit() throws {
        let kb = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        let rebuild = try MarrowProcess.run(["rebuild", "--kb", kb])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("4 sources"))
        #expect(rebuild.stdout.contains("Top claims"))

        let audit = try MarrowProcess.run(["audit", "osteoarthritis", "--format", "json", "--kb", kb])
        #expect(audit.status == 0, "\(audit.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let claims = try #require(report["claims"] as? [[String: Any]])
        let claim = try #require(
            claims.first {
                ($0["claim"] as? [String: String])?["predicate"] == "causes"
                    && ($0["claim"] as? [String: String])?["object"] == "bone-marrow-edema"
            })
        let evidence = try #require(claim["evidence"] as? [[String: Any]])
        var sources = Set<String>()
        for item in evidence {
            let source = try #require(item["source"] as? [String: Any])
            let path = try #require(source["path"] as? String)
            sources.insert((path as NSString).lastPathComponent)
            let raw = [UInt8](try #require(FileManager.default.contents(atPath: MarrowProcess.root + "/" + path)))
            let passage = try #require(item["passage"] as? [String: Any])
            let mention = try #require(item["mention"] as? [String: Any])
            let start = try #require(passage["byteStart"] as? Int)
            let end = try #require(passage["byteEnd"] as? Int)
            let text = try #require(passage["text"] as? String)
            func fold(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            #expect(
                fold(String(decoding: raw[start..<end], as: UTF8.self)).replacingOccurrences(of: " .", with: ".")
                    == fold(text))
            let mStart = try #require(mention["byteStart"] as? Int)
            let mEnd = try #require(mention["byteEnd"] as? Int)
            // The concept's full name or its capitalised shorthand (causes.lex lists both).
            let said = String(decoding: raw[mStart..<mEnd], as: UTF8.self)
            #expect(said == mention["text"] as? String)
            #expect(["osteoarthritis", "oa"].contains(said.lowercased()), "\(said)")
        }
        #expect(
            sources == [
                "000_90e332a5a9dfb434.txt", "001_ac7c5477277c1b41.txt", "002_ea57ffaf7b3f4962.txt",
                "003_c46f0e6aafd4fa31.txt",
            ])

        let text = try MarrowProcess.run(["audit", "OA", "--kb", kb])
        #expect(text.status == 0)
        #expect(text.stdout.contains("»osteoarthritis«") || text.stdout.contains("»Osteoarthritis«"))
    }

    @Test("a batch with an empty, a binary and a non-UTF-8 file: each reported, the good ones ingested, exit status 1")
    func badInputIsReportedAndSkipped() throws {
        let folder = MarrowProcess.temporaryFolder()
        let batch = folder + "/batch"
        try FileManager.default.createDirectory(atPath: batch, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: batch + "/a-empty.txt", contents: Data())
        FileManager.default.createFile(
            atPath: batch + "/b-binary.txt",
            contents: Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00]))
        FileManager.default.createFile(
            atPath: batch + "/c-latin1.txt",
            contents: Data(
                "Causes of bone marrow edema: gout and caf\u{E9}".utf8.map { $0 }.prefix(40) + [0xE9, 0x20, 0x6F, 0x6B])
        )
        try FileManager.default.copyItem(
            atPath: MarrowProcess.root + "/Corpus/002_ea57ffaf7b3f4962.txt", toPath: batch + "/d-good.txt")
        try FileManager.default.copyItem(
            atPath: MarrowProcess.root + "/Corpus/003_c46f0e6aafd4fa31.txt", toPath: batch + "/e-good.txt")
        let kb = folder + "/kb.sqlite"
        let result = try MarrowProcess.run(["ingest", batch, "--kb", kb])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a-empty.txt: error: file is empty"), "\(result.stderr)")
        #expect(result.stderr.contains("b-binary.txt") && result.stderr.contains("binary"), "\(result.stderr)")
        #expect(result.stderr.contains("c-latin1.txt:1: error: invalid UTF-8 at byte 40"), "\(result.stderr)")
        #expect(result.stdout.contains("2 added"), "\(result.stdout)")
        #expect(result.stdout.contains("3 failed"), "\(result.stdout)")

        let audit = try MarrowProcess.run(["audit", "osteoarthritis", "--format", "json", "--kb", kb])
        #expect(audit.status == 0)
        #expect(audit.stdout.contains("d-good.txt") && audit.stdout.contains("e-good.txt"))

        let again = try MarrowProcess.run(["ingest", batch + "/d-good.txt", batch + "/e-good.txt", "--kb", kb])
        #expect(again.status == 0)
        #expect(again.stdout.contains("2 unchanged"), "\(again.stdout)")
    }

    @Test("extract prints one JSON evidence object per line with the record contract's fields")
    func extractJSONLines() throws {
        let result = try MarrowProcess.run(["extract", "Corpus/001_ac7c5477277c1b41.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for field in [
                "schema", "type", "claim", "concept", "role", "assertion", "mention", "passage", "source", "raw",
            ] {
                #expect(object[field] != nil, "missing \(field)")
            }
            #expect(object["schema"] as? Int == 1)
            #expect(object["type"] as? String == "evidence")
        }
    }

    @Test("extract reads a JSON-lines stream on standard input and reports a bad line by number")
    func extractFromStream() throws {
        let stream =
            #"{"path": "s1", "text": "Causes\n\nBone marrow edema may be caused by gout."}"# + "\n" + "not json\n"
        let result = try MarrowProcess.run(["extract", "-"], input: Data(stream.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("-:2: error: not valid JSON"), "\(result.stderr)")
        let record = try #require(
            try JSONSerialization.jsonObject(
                with: Data(result.stdout.split(separator: "\n").first.map(String.init)!.utf8)) as? [String: Any])
        #expect((record["claim"] as? [String: String])?["subject"] == "gout")
        #expect((record["source"] as? [String: Any])?["path"] as? String == "s1")
    }

    @Test("lexicon check passes on the shipped lexicons and names file and line of a broken one")
    func lexiconCheck() throws {
        let ok = try MarrowProcess.run(["lexicon", "check"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains(": ok"))

        let folder = MarrowProcess.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: MarrowProcess.root + "/Lexicons") {
            try FileManager.default.copyItem(
                atPath: MarrowProcess.root + "/Lexicons/" + name, toPath: folder + "/" + name)
        }
        let broken = "concept Bad_ID\n  role: reason\n  colour: red\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/causes.lex"))
        handle.seekToEndOfFile()
        handle.write(Data(("\n" + broken).utf8))
        try handle.close()
        let bad = try MarrowProcess.run(["lexicon", "check", "--lexicons", folder])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("causes.lex:") && bad.stderr.contains("concept id 'Bad_ID'"), "\(bad.stderr)")
        #expect(bad.stderr.contains("unknown role 'reason'"))
        #expect(bad.stderr.contains("unknown key 'colour'"))
    }

    @Test("every command explains itself with --help")
    func help() throws {
        for command in [[], ["rebuild"], ["ingest"], ["extract"], ["audit"], ["lexicon"], ["lexicon", "check"]] {
            let result = try MarrowProcess.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE"), "\(command)")
        }
    }

    @Test(
        "a negative count, a missing lexicon folder or an output folder that is not there is a clear error, never a crash"
    )
    func strangerErrors() throws {
        let folder = MarrowProcess.temporaryFolder()
        let kb = folder + "/kb.sqlite"
        for (arguments, flag) in [
            (["rebuild", "--kb", kb, "--top=-1"], "--top"), (["report", "--kb", kb, "--top=-1"], "--top"),
            (["audit", "gout", "--kb", kb, "--sources=-1"], "--sources"),
        ] {
            let run = try MarrowProcess.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("\(flag) must be 0 or more, not -1"), "\(run.stderr)")
        }
        let rebuild = try MarrowProcess.run(["rebuild", "--kb", kb, "--top", "0", "--no-progress"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(!rebuild.stdout.contains("Top claims"))

        let noLexicons = try MarrowProcess.run(["status", "--kb", kb, "--lexicons", folder + "/none"])
        #expect(noLexicons.status == 2)
        #expect(noLexicons.stderr.contains(folder + "/none: error: no lexicon folder here"))
        #expect(noLexicons.stderr.contains("1 problem in"), "\(noLexicons.stderr)")

        let unwritable = folder + "/no/such/folder/out.html"
        for arguments in [["report", "--kb", kb, "-o", unwritable], ["audit", "OA", "--kb", kb, "-o", unwritable]] {
            let run = try MarrowProcess.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix(unwritable + ": error: cannot write here: "), "\(run.stderr)")
        }
    }
}
