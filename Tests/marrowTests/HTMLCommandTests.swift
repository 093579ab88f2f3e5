import Foundation
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
            let start = try #require(mention["byteStart"] as? Int), end = try #require(mention["byteEnd"] as? Int)
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
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(object["blocks"] != nil)
        #expect(object["metadata"] != nil)
    }
}
