import Foundation
import MarrowTestSupport
import Testing

@Suite("extract - : a stream of documents", .serialized)
struct ExtractStreamCommandTests {
    /// The stream lines for the corpus files, with their raw bytes in base64 and no manifest.
    static func corpusStream() throws -> Data {
        var stream = Data()
        let names = try FileManager.default.contentsOfDirectory(atPath: MarrowProcess.root + "/Corpus").filter {
            $0.hasSuffix(".txt")
        }.sorted()
        for name in names {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: MarrowProcess.root + "/Corpus/" + name))
            stream +=
                try JSONSerialization.data(withJSONObject: [
                    "path": "Corpus/" + name, "bytes": bytes.base64EncodedString(),
                ]) + Data([0x0A])
        }
        return stream
    }

    @Test("each document is answered while the stream is still open: stdin is read as it arrives, not all first")
    func answersAsItArrives() throws {
        let marrow = try StreamingMarrow(["extract", "--jobs", "1", "-"])
        marrow.input.fileHandleForWriting.write(
            Data(#"{"path": "first", "text": "Causes\n\nBone marrow edema may be caused by gout."}"#.utf8 + [0x0A]))
        let answered = marrow.waitForLines(1)
        #expect(answered, "no record for the first document while standard input stayed open")
        if !answered { marrow.process.terminate() }
        marrow.input.fileHandleForWriting.write(
            Data(
                #"{"path": "second", "text": "Causes\n\nBone marrow edema may be caused by osteoarthritis."}"#.utf8 + [
                    0x0A
                ]))
        let (status, output) = try marrow.finish()
        #expect(status == 0)
        let paths = String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]).flatMap {
                ($0["source"] as? [String: Any])?["path"] as? String
            }
        }
        #expect(paths == ["first", "second"])
    }

    @Test(
        "the corpus as a stream, written in small pieces, with --manifest, gives the folder's records byte for byte at 1 and 2 jobs"
    )
    func streamMatchesFolder() throws {
        let folder = try MarrowProcess.run(["extract", "Corpus"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(folder.stdout.split(separator: "\n").count > 100)
        let stream = try Self.corpusStream()
        for jobs in ["1", "2"] {
            let marrow = try StreamingMarrow(["extract", "--jobs", jobs, "--manifest", "Corpus/manifest.jsonl", "-"])
            var offset = 0
            while offset < stream.count {
                let end = min(stream.count, offset + 997)
                marrow.input.fileHandleForWriting.write(stream[offset..<end])
                offset = end
                usleep(200)
            }
            let (status, output) = try marrow.finish()
            #expect(status == 0)
            #expect(String(decoding: output, as: UTF8.self) == folder.stdout, "jobs \(jobs)")
        }
        let without = try MarrowProcess.run(["extract", "-"], input: stream)
        #expect(without.stdout != folder.stdout, "without the manifest, titles and publishers differ")
    }

    @Test("a missing --manifest stops before reading anything, with status 2")
    func missingManifest() throws {
        let result = try MarrowProcess.run(["extract", "--manifest", "no/such/manifest.jsonl", "-"], input: Data())
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/manifest.jsonl: error: no such manifest"), "\(result.stderr)")
    }

    @Test("files, folders and the stream mix, in the order given")
    func mixedInputs() throws {
        let line = #"{"path": "streamed", "text": "Causes\n\nBone marrow edema may be caused by gout."}"# + "\n"
        let result = try MarrowProcess.run(
            ["extract", "Corpus/001_ac7c5477277c1b41.txt", "-", "no-such-file.txt"], input: Data(line.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.txt: error: no such file or folder"), "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]).flatMap {
                ($0["source"] as? [String: Any])?["path"] as? String
            }
        }
        #expect(paths.first == "Corpus/001_ac7c5477277c1b41.txt")
        #expect(paths.last == "streamed")
    }
}
