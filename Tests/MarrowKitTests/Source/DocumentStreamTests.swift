import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("The JSON-lines document stream")
struct DocumentStreamTests {
    static func documents(_ stream: String, decoder: DocumentLineDecoder = DocumentLineDecoder(), chunk: Int = 65_536)
        -> [Result<SourceDocument, MarrowError>]
    {
        var documents: [Result<SourceDocument, MarrowError>] = []
        var reader = DocumentStream(LineReader(MemorySource(Array(stream.utf8), chunkSize: chunk)), decoder: decoder)
        while let item = reader.next() {
            documents.append(
                item.map { reference in
                    guard case .inline(let document) = reference else { fatalError("a stream gives inline documents") }
                    return document
                })
        }
        return documents
    }

    @Test(
        "every way through gives byte-identical records: folder, stream whole and in chunks, with --manifest, at 1 and 3 jobs"
    )
    func splitInvariance() async throws {
        let folder = try EdgeCorpus.make()
        let runs = try await SplitInvariance.runs(folder: folder)
        let reference = try #require(runs.first)
        #expect(reference.output.count > 1000, "the edge corpus should yield records")
        #expect(
            reference.failures.count == 1
                && reference.failures[0].contains("rejected invalid utf8.txt:3: error: invalid UTF-8"),
            "\(reference.failures)")
        let paths = Set(
            String(decoding: reference.output, as: UTF8.self).split(separator: "\n").compactMap { line in
                ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]).flatMap {
                    ($0["source"] as? [String: Any])?["path"] as? String
                }
            })
        for name in [
            "crlf.txt", "bom.txt", "_leading underscore.txt", "_sub dir/ünï/名前 ñ.txt", "latin1 page.html",
            "page-named-text.txt",
        ] {
            #expect(paths.contains(folder + "/" + name), "no records for \(name)")
        }
        for run in runs.dropFirst() {
            #expect(run.output == reference.output, "\(run.label) differs from \(reference.label)")
            #expect(run.failures == reference.failures, "\(run.label)")
        }
    }

    @Test("bytes keep any encoding byte for byte, and are sniffed for HTML as files are")
    func bytesAndSniffing() throws {
        let latin1: [UInt8] =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array("</p></body></html>".utf8)
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Causes\r\n\r\nGout.\r\n".utf8)
        let stream = """
            {"path": "a.html", "bytes": "\(Data(latin1).base64EncodedString())"}
            {"path": "b.txt", "bytes": "\(Data(text).base64EncodedString())"}
            {"path": "c", "text": "<!doctype html><p>Gout.</p>"}
            {"path": "d", "html": "Gout."}
            {"path": "e.html", "text": "no markup at all"}
            """
        let documents = try Self.documents(stream).map { try $0.get() }
        #expect(
            documents.map(\.raw) == [
                latin1, text, Array("<!doctype html><p>Gout.</p>".utf8), Array("Gout.".utf8),
                Array("no markup at all".utf8),
            ])
        #expect(documents.map(\.mediaType) == [.html, .text, .html, .html, .text])
        #expect(documents.map(\.path) == ["a.html", "b.txt", "c", "d", "e.html"])
        #expect(documents[1].sha256 == SourceDocument.digest(text))
        for document in documents {
            let file = SourceDocument(path: document.path, raw: document.raw)
            if document.path != "d" { #expect(file.mediaType == document.mediaType, "\(document.path)") }
        }
    }

    @Test("origins: a line's manifest object, else the stream manifest by path, with top-level fields on top")
    func origins() throws {
        let folder = Repository.temporaryFolder()
        let manifest = folder + "/manifest.jsonl"
        try Data(
            """
            {"path": "x.txt", "url": "https://x.example/", "publisher": "X", "title": "Ex"}
            {"path": "sub/y.txt", "publisher": "Y"}
            """.utf8
        ).write(to: URL(fileURLWithPath: manifest))
        let stream = """
            {"path": "\(folder)/x.txt", "text": "a"}
            {"path": "x.txt", "text": "a"}
            {"path": "\(folder)/sub/y.txt", "text": "a", "title": "Why"}
            {"path": "\(folder)/x.txt", "text": "a", "manifest": {"publisher": "Own"}}
            {"path": "elsewhere/x.txt", "text": "a"}
            {"url": "https://u.example/page", "text": "a"}
            {"text": "a", "manifest": null}
            """
        let documents = try Self.documents(stream, decoder: DocumentLineDecoder(manifestFile: manifest)).map {
            try $0.get()
        }
        #expect(
            documents.map(\.origin) == [
                SourceOrigin(url: "https://x.example/", publisher: "X", title: "Ex"),
                SourceOrigin(url: "https://x.example/", publisher: "X", title: "Ex"),
                SourceOrigin(url: nil, publisher: "Y", title: "Why"),
                SourceOrigin(url: nil, publisher: "Own", title: nil),
                SourceOrigin(),
                SourceOrigin(url: "https://u.example/page"),
                SourceOrigin(),
            ])
        #expect(documents.map(\.path)[5...] == ["https://u.example/page", "-:7"])
        #expect(throws: MarrowError.self) { try DocumentLineDecoder(manifestFile: folder + "/missing.jsonl") }
    }

    @Test("a bad line is an error at -:LINE and the stream goes on")
    func badLines() throws {
        let stream = """
            not json
            {"path": "ok-1", "text": "Gout."}

            [1, 2]
            {"path": "two", "text": "a", "html": "b"}
            {"path": "none"}
            {"path": "bad", "bytes": "%%%"}
            {"path": 7, "text": "a"}
            {"path": "m", "text": "a", "manifest": "X"}
            {"path": "ok-2", "text": "Gout."}
            """
        for chunk in [1, 3, 65_536] {
            let results = Self.documents(stream, chunk: chunk)
            let messages = results.map { result -> String in
                switch result {
                case .success(let document): return "ok " + document.path
                case .failure(let error): return error.description
                }
            }
            #expect(
                messages == [
                    "-:1: error: not valid JSON",
                    "ok ok-1",
                    "-:4: error: not a JSON object",
                    "-:5: error: object has more than one of \"bytes\", \"text\" and \"html\"",
                    "-:6: error: object has none of \"bytes\", \"text\" and \"html\"",
                    "-:7: error: \"bytes\" is not base64",
                    "-:8: error: \"path\" is not a string",
                    "-:9: error: \"manifest\" has the wrong type",
                    "ok ok-2",
                ], "chunk \(chunk)")
        }
    }

    @Test("the in-memory reader and the stream agree")
    func wholeData() {
        let stream = "{\"path\": \"a\", \"text\": \"x\"}\nbad\n{\"path\": \"b\", \"text\": \"y\"}\n"
        let (references, failures) = SourceReader().references(fromJSONLines: Data(stream.utf8), label: "-")
        #expect(references.map(\.path) == ["a", "b"])
        #expect(failures.map(\.description) == ["-:2: error: not valid JSON"])
    }
}
