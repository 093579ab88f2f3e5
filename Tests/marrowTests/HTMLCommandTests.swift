import Foundation
import MarrowTestSupport
import Testing

@Suite("HTML pages through the command line")
struct HTMLCommandTests {
    static let page = "Tests/MarrowKitTests/Fixtures/html/corpus-table-002.html"

    @Test("ingest an HTML page, then audit: the evidence names the page and its anchors slice it")
    func ingestAndAudit() throws {
        let kb = MarrowProcess.temporaryFolder() + "/kb.sqlite"
        let ingest = try MarrowProcess.run(["ingest", Self.page, "--kb", kb])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("1 added"))
        let audit = try MarrowProcess.run(["audit", "osteoarthritis", "--format", "json", "--kb", kb])
        #expect(audit.status == 0, "\(audit.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let claims = try #require(report["claims"] as? [[String: Any]])
        let evidence = claims.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
        #expect(!evidence.isEmpty)
        let raw = [UInt8](try #require(FileManager.default.contents(atPath: MarrowProcess.root + "/" + Self.page)))
        for item in evidence {
            let mention = try #require(item["mention"] as? [String: Any])
            let start = try #require(mention["byteStart"] as? Int)
            let end = try #require(mention["byteEnd"] as? Int)
            #expect(String(decoding: raw[start..<end], as: UTF8.self).lowercased().contains("osteoarthritis"))
        }
    }

    @Test("clean prints the article and none of the page chrome")
    func clean() throws {
        let result = try MarrowProcess.run(["clean", Self.page])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Bone marrow edema"))
        #expect(!result.stdout.contains("<"))
        let json = try MarrowProcess.run(["clean", "--format", "json", Self.page])
        #expect(json.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(object["blocks"] != nil)
        #expect(object["metadata"] != nil)
    }

    @Test("clean --format markdown keeps heading levels and list items")
    func markdown() throws {
        let result = try MarrowProcess.run(["clean", "--format", "markdown", Self.page])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("# ") == true)
        #expect(lines.contains { $0.hasPrefix("## ") || $0.hasPrefix("### ") })
        #expect(lines.contains { $0.hasPrefix("- ") })
    }

    @Test("clean --show-dropped lists each dropped block with its line and typed reason")
    func showDropped() throws {
        let result = try MarrowProcess.run(["clean", "--show-dropped", Self.page])
        #expect(result.status == 0, "\(result.stderr)")
        let section = try #require(result.stdout.range(of: "--- dropped ("))
        let dropped = result.stdout[section.upperBound...].split(separator: "\n").dropFirst()
        #expect(dropped.count > 5)
        let reasons = Set(
            dropped.compactMap {
                $0.split(separator: ":").dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) }
            })
        #expect(
            reasons.isSubset(of: [
                "chrome", "hidden", "outside-main-content", "link-dense", "boilerplate", "end-marker",
                "after-end-marker", "empty-section", "author-bio", "metadata-author", "metadata-reviewer",
                "metadata-published",
                "metadata-modified", "metadata-reviewed",
            ]), "\(reasons)")
        #expect(reasons.contains("chrome"))
        #expect(dropped.allSatisfy { Int($0.split(separator: ":").first ?? "") != nil })
        let json = try MarrowProcess.run(["clean", "--format", "json", "--show-dropped", Self.page])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["dropped"] as? [[String: Any]])
        #expect(items.count == dropped.count)
        #expect(items.allSatisfy { $0["reason"] is String && $0["xpath"] is String && $0["line"] is Int })
    }

    @Test("clean --show-dropped on a page where nothing is kept lists the dropped blocks, then the error")
    func showDroppedOnRefusedPage() throws {
        let folder = MarrowProcess.temporaryFolder()
        let path = folder + "/chrome-only.html"
        let html = """
            <html><body><nav><a href="/a">Gout</a> <a href="/b">Surgery</a></nav>
            <div class="cookie-notice">We use cookies. Steroids treat arthritis.</div>
            <footer><p>&copy; 2024 Example Health Media. All rights reserved.</p></footer></body></html>
            """
        FileManager.default.createFile(atPath: path, contents: Data(html.utf8))
        let plain = try MarrowProcess.run(["clean", path])
        #expect(plain.status == 1)
        #expect(plain.stdout.isEmpty)
        let result = try MarrowProcess.run(["clean", "--show-dropped", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("chrome-only.html: error: no article text found"), "\(result.stderr)")
        let section = try #require(result.stdout.range(of: "--- dropped ("), "\(result.stdout)")
        let lines = result.stdout[section.upperBound...].split(separator: "\n").dropFirst()
        #expect(lines.contains { $0.contains("chrome: we use cookies") || $0.contains("boilerplate: We use cookies") })
        #expect(lines.contains { $0.contains("Example Health Media") || $0.contains("example health media") })
        let json = try MarrowProcess.run(["clean", "--format", "json", "--show-dropped", path])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["error"] as? String)?.hasPrefix("no article text found") == true)
        #expect(((object["dropped"] as? [[String: Any]]) ?? []).count == lines.count)
    }

    @Test("a page in an encoding whose raw spans cannot be read back is refused with a clear error")
    func unsupportedEncoding() throws {
        let folder = MarrowProcess.temporaryFolder()
        let path = folder + "/cyrillic.html"
        var raw = Array("<html><head><meta charset=\"windows-1251\"></head><body><article><p>".utf8)
        raw += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        raw += Array(" Bone marrow edema is caused by gout.</p></article></body></html>".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(raw))
        let result = try MarrowProcess.run(["clean", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cyrillic.html:"))
        #expect(result.stderr.contains("WINDOWS-1251"))
    }
}
