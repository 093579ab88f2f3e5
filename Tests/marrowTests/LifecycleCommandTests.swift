import Foundation
import MarrowKit
import MarrowTestSupport
import Testing

@Suite("status, verify, remove, claims, load and report on the command line", .serialized)
struct LifecycleCommandTests {
    /// A copy of the corpus (with its manifest) in a temporary folder, and a knowledge base built from it.
    static func corpusCopy() throws -> (corpus: String, kb: String) {
        let folder = MarrowProcess.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: MarrowProcess.root + "/Corpus") {
            try FileManager.default.copyItem(
                atPath: MarrowProcess.root + "/Corpus/" + name, toPath: corpus + "/" + name)
            chmod(corpus + "/" + name, 0o644)
        }
        let kb = folder + "/kb.sqlite"
        let ingest = try MarrowProcess.run(["ingest", corpus, "--kb", kb])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (corpus, kb)
    }

    @Test("status reports counts and lexicon version, and staleness against the corpus")
    func status() throws {
        let (corpus, kb) = try Self.corpusCopy()
        var status = try MarrowProcess.run(["status", "--kb", kb, "--corpus", corpus])
        #expect(status.status == 0, "\(status.stdout)\(status.stderr)")
        #expect(status.stdout.contains("4 sources (0 old versions, 0 retracted, 0 rejected inputs)"))
        #expect(status.stdout.contains("built with lexicons "))
        #expect(status.stdout.contains("status: up to date"))

        try "Causes\n\nGout can cause it.\n".write(toFile: corpus + "/new.txt", atomically: true, encoding: .utf8)
        status = try MarrowProcess.run(["status", "--kb", kb, "--corpus", corpus])
        #expect(status.status == 1)
        #expect(status.stdout.contains("new in corpus: \(corpus)/new.txt"))
        #expect(status.stdout.contains("status: stale"))
    }

    @Test("verify passes on an intact corpus and reports changed and vanished files as path: error lines")
    func verify() throws {
        let (corpus, kb) = try Self.corpusCopy()
        var verify = try MarrowProcess.run(["verify", "--kb", kb])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("verified 4 sources"))
        #expect(verify.stdout.contains("all hold"))

        let changed = corpus + "/002_ea57ffaf7b3f4962.txt"
        try ("Prefix line.\n" + String(contentsOfFile: changed, encoding: .utf8)).write(
            toFile: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: corpus + "/003_c46f0e6aafd4fa31.txt")
        verify = try MarrowProcess.run(["verify", "--kb", kb])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("\(changed): error: source changed"), "\(verify.stderr)")
        #expect(verify.stderr.contains("\(corpus)/003_c46f0e6aafd4fa31.txt: error: source vanished"))
    }

    @Test("remove retracts a source for good; ingesting changed bytes keeps the old version; status then is up to date")
    func removeAndVersions() throws {
        let (corpus, kb) = try Self.corpusCopy()
        let target = corpus + "/000_90e332a5a9dfb434.txt"
        var remove = try MarrowProcess.run(["remove", target, "--kb", kb])
        #expect(remove.status == 0, "\(remove.stderr)")
        #expect(remove.stdout.hasPrefix("removed "))
        remove = try MarrowProcess.run(["remove", "nothing-like-this", "--kb", kb])
        #expect(remove.status == 1)
        #expect(remove.stderr.contains("nothing-like-this: error: no current source"))
        var status = try MarrowProcess.run(["status", "--kb", kb, "--corpus", corpus, "--sources"])
        #expect(
            status.stdout.contains("3 sources (0 old versions, 1 retracted, 0 rejected inputs)"), "\(status.stdout)")
        #expect(status.stdout.contains("retracted"))

        let changed = corpus + "/001_ac7c5477277c1b41.txt"
        try (String(contentsOfFile: changed, encoding: .utf8) + "\nOne more line.\n").write(
            toFile: changed, atomically: true, encoding: .utf8)
        let ingest = try MarrowProcess.run(["ingest", corpus, "--kb", kb])
        #expect(ingest.stdout.contains("0 added, 1 updated, 2 unchanged, 0 failed, 1 retracted"), "\(ingest.stdout)")
        status = try MarrowProcess.run(["status", "--kb", kb, "--corpus", corpus, "--sources"])
        #expect(
            status.stdout.contains("3 sources (1 old versions, 1 retracted, 0 rejected inputs)"), "\(status.stdout)")
        #expect(status.stdout.contains("old version, replaced by"))
        #expect(status.stdout.contains("retracted (stays out): \(target)"))
        #expect(status.status == 0, "\(status.stdout)")
    }

    @Test("claims lists support and flags and filters them")
    func claims() throws {
        let (_, kb) = try Self.corpusCopy()
        let all = try MarrowProcess.run(["claims", "--kb", kb])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("sources  affirm  deny  hedge  claim\n"))
        #expect(all.stdout.contains("single-source"))
        let json = try MarrowProcess.run([
            "claims", "--kb", kb, "--role", "treatment", "--flag", "single-source", "--format", "json",
        ])
        let views = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!views.isEmpty)
        for view in views {
            #expect((view["roles"] as? [String])?.contains("treatment") == true)
            #expect((view["flags"] as? [String])?.contains("single-source") == true)
        }
        let bad = try MarrowProcess.run(["claims", "--kb", kb, "--flag", "popular"])
        #expect(bad.status != 0)
    }

    @Test("extract shards loaded in either order equal the ingested knowledge base")
    func loadShards() throws {
        let (corpus, kb) = try Self.corpusCopy()
        let folder = MarrowProcess.temporaryFolder()
        let a = try MarrowProcess.run([
            "extract", corpus + "/000_90e332a5a9dfb434.txt", corpus + "/001_ac7c5477277c1b41.txt",
        ])
        let b = try MarrowProcess.run([
            "extract", corpus + "/002_ea57ffaf7b3f4962.txt", corpus + "/003_c46f0e6aafd4fa31.txt",
        ])
        try a.stdout.write(toFile: folder + "/a.jsonl", atomically: true, encoding: .utf8)
        try b.stdout.write(toFile: folder + "/b.jsonl", atomically: true, encoding: .utf8)
        let ab = folder + "/ab.sqlite"
        let ba = folder + "/ba.sqlite"
        #expect(try MarrowProcess.run(["load", folder + "/a.jsonl", folder + "/b.jsonl", "--kb", ab]).status == 0)
        #expect(try MarrowProcess.run(["load", folder + "/b.jsonl", "--kb", ba]).status == 0)
        let second = try MarrowProcess.run(["load", folder + "/a.jsonl", "--kb", ba])
        #expect(second.stdout.contains("2 sources added"), "\(second.stdout)")
        let expected = try KnowledgeBase(path: kb, create: false).contentDump()
        #expect(try KnowledgeBase(path: ab, create: false).contentDump() == expected)
        #expect(try KnowledgeBase(path: ba, create: false).contentDump() == expected)

        try "{\"schema\": 1, \"type\": \"evidence\"}\n".write(
            toFile: folder + "/bad.jsonl", atomically: true, encoding: .utf8)
        let bad = try MarrowProcess.run(["load", folder + "/bad.jsonl", "--kb", ab])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(folder)/bad.jsonl:1: error: not an evidence record"))
    }

    @Test("report and audit write a self-contained HTML page and Web Annotations")
    func reports() throws {
        let (_, kb) = try Self.corpusCopy()
        let page = MarrowProcess.temporaryFolder() + "/report.html"
        let report = try MarrowProcess.run(["report", "--kb", kb, "-o", page])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<mark>"))
        #expect(!html.contains("<script"))
        let audit = try MarrowProcess.run(["audit", "osteoarthritis", "--format", "html", "--kb", kb])
        #expect(audit.status == 0)
        #expect(audit.stdout.contains("<title>Marrow audit: osteoarthritis</title>"))
        let annotations = try MarrowProcess.run(["audit", "osteoarthritis", "--format", "annotations", "--kb", kb])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(annotations.stdout.utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["type"] as? String) == "Annotation" })
    }
}
