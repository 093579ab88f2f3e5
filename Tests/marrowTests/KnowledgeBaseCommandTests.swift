import Foundation
import MarrowKit
import MarrowTestSupport
import Testing

/// A corpus of `count` distinct articles made from the repository's corpus (each copy gets a
/// numbered line, so its bytes and id differ), written into a fresh folder.
func syntheticCorpus(count: Int, tag: String = "") throws -> String {
    let folder = MarrowProcess.temporaryFolder() + "/corpus"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let corpus = MarrowProcess.root + "/Corpus"
    let seeds = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
    for index in 0..<count {
        let seed = try String(contentsOfFile: corpus + "/" + seeds[index % seeds.count], encoding: .utf8)
        let name = String(format: "%04d-%@.txt", index, tag)
        try (seed + "\n\nReference \(tag)\(index).\n").write(
            toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
}

/// Evidence count per source id.
func evidenceBySource(_ kb: KnowledgeBase) throws -> [String: Int] {
    Dictionary(uniqueKeysWithValues: try kb.sourceVersions().map { ($0.id, $0.evidence) })
}

@Suite("Knowledge-base safety with real processes", .serialized)
struct KnowledgeBaseSafetyTests {
    @Test(
        "an ingest killed with SIGKILL mid-batch leaves a consistent knowledge base, and the rerun completes the batch")
    func killedIngest() throws {
        let total = 150
        let corpus = try syntheticCorpus(count: total)
        let reference = MarrowProcess.temporaryFolder() + "/reference.sqlite"
        let full = try MarrowProcess.run(["ingest", corpus, "--kb", reference, "--jobs", "2"])
        #expect(full.status == 0, "\(full.stderr)")
        let expected = try KnowledgeBase(path: reference, create: false)
        let expectedCounts = try evidenceBySource(expected)
        #expect(expectedCounts.count == total)

        let path = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        let ingest = try launchMarrow(["ingest", corpus, "--kb", path, "--jobs", "1"])
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while ingest.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: path), let kb = try? KnowledgeBase(path: path, create: false) {
                // Reading while the ingest writes: WAL lets readers through.
                seen = (try? kb.statistics().sources) ?? 0
                if seen >= 20 { break }
            }
            usleep(20_000)
        }
        #expect(ingest.isRunning, "the ingest finished before it could be killed; make the batch larger")
        kill(ingest.processIdentifier, SIGKILL)
        ingest.waitUntilExit()
        #expect(ingest.terminationReason == .uncaughtSignal)

        let killed = try KnowledgeBase(path: path, create: false)
        #expect(try killed.integrityProblems().isEmpty)
        let partial = try evidenceBySource(killed)
        #expect(partial.count >= seen && partial.count < total, "\(partial.count) of \(total) sources after the kill")
        for (source, count) in partial {
            #expect(
                expectedCounts[source] == count,
                "source \(source) is half written: \(count) of \(expectedCounts[source] ?? -1)")
        }

        let rerun = try MarrowProcess.run(["ingest", corpus, "--kb", path, "--jobs", "2"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("\(partial.count) unchanged"), "\(rerun.stdout)")
        #expect(try KnowledgeBase(path: path, create: false).contentDump() == expected.contentDump())
    }

    @Test("two ingests at once wait for each other, and audit answers while they run")
    func concurrentIngests() throws {
        let seed = MarrowProcess.root + "/Corpus/000_90e332a5a9dfb434.txt"
        let first = try syntheticCorpus(count: 30, tag: "a")
        let second = try syntheticCorpus(count: 30, tag: "b")
        let reference = MarrowProcess.temporaryFolder() + "/reference.sqlite"
        for input in [seed, first, second] {
            #expect(try MarrowProcess.run(["ingest", input, "--kb", reference]).status == 0)
        }

        let path = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        #expect(try MarrowProcess.run(["ingest", seed, "--kb", path]).status == 0)
        let a = try launchMarrow(["ingest", first, "--kb", path, "--jobs", "1"])
        let b = try launchMarrow(["ingest", second, "--kb", path, "--jobs", "1"])
        var audits = 0
        while a.isRunning || b.isRunning {
            let audit = try MarrowProcess.run(["audit", "osteoarthritis", "--kb", path])
            #expect(audit.status == 0, "\(audit.stderr)")
            audits += 1
        }
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        #expect(audits > 0)
        let kb = try KnowledgeBase(path: path, create: false)
        #expect(try kb.integrityProblems().isEmpty)
        #expect(try kb.statistics().sources == 61)
        #expect(try kb.contentDump() == KnowledgeBase(path: reference, create: false).contentDump())
    }

    @Test("two ingests creating the same new knowledge base at once both succeed")
    func concurrentCreation() throws {
        let first = try syntheticCorpus(count: 8, tag: "a")
        let second = try syntheticCorpus(count: 8, tag: "b")
        let path = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        let a = try launchMarrow(["ingest", first, "--kb", path])
        let b = try launchMarrow(["ingest", second, "--kb", path])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        #expect(try KnowledgeBase(path: path, create: false).statistics().sources == 16)
    }

    @Test("two loads into the same new knowledge base at once keep both loads' records")
    func concurrentLoadsIntoNewFile() throws {
        let folder = MarrowProcess.temporaryFolder()
        var files: [String] = []
        for tag in ["a", "b"] {
            let extract = try MarrowProcess.run(["extract", try syntheticCorpus(count: 30, tag: tag)])
            #expect(extract.status == 0)
            let file = folder + "/\(tag).jsonl"
            try extract.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let reference = folder + "/reference.sqlite"
        #expect(try MarrowProcess.run(["load"] + files + ["--kb", reference]).status == 0)
        let path = folder + "/kb.sqlite"
        let a = try launchMarrow(["load", files[0], "--kb", path])
        let b = try launchMarrow(["load", files[1], "--kb", path])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let kb = try KnowledgeBase(path: path, create: false)
        #expect(try kb.statistics().sources == 60)
        #expect(try kb.integrityProblems().isEmpty)
        #expect(try kb.contentDump() == KnowledgeBase(path: reference, create: false).contentDump())
    }

    @Test("a load of a file that does not exist names it, says so, and writes nothing")
    func loadOfMissingFile() throws {
        let folder = MarrowProcess.temporaryFolder()
        let missing = folder + "/missing.jsonl"
        let path = folder + "/kb.sqlite"
        let result = try MarrowProcess.run(["load", missing, "--kb", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(missing): error: does not exist"), "\(result.stderr)")
        #expect(!result.stderr.contains("rejected") && !result.stdout.contains("rejected"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(
        "a knowledge base from a newer schema is refused with a clear message and exit status 2",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"),
            "needs the sqlite3 shell to write the migration table"))
    func newerSchema() throws {
        let path = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        #expect(try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", path]).status == 0)
        // Simulate a newer Marrow: record a migration this build does not know.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, "INSERT INTO grdb_migrations VALUES ('v99')"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let status = try MarrowProcess.run(["status", "--kb", path])
        #expect(status.status == 2)
        #expect(status.stderr.contains("\(path): error: written by a newer Marrow (schema v99)"), "\(status.stderr)")
        let ingest = try MarrowProcess.run(["ingest", MarrowProcess.root + "/Corpus", "--kb", path])
        #expect(ingest.status == 2)
        #expect(ingest.stderr.contains("Upgrade marrow"))
    }
}
