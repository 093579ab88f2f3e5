import Foundation

@testable import MarrowKit

/// A corpus folder of awkward documents, made at test time from the repository's `Corpus/`:
/// CRLF and BOM copies, a Latin-1 HTML page, an HTML page named `.txt`, a file Marrow rejects
/// (invalid UTF-8), and names with spaces, non-ASCII letters and a leading `_`, some listed in a
/// manifest.
public enum EdgeCorpus {
    /// Writes the folder and returns its path.
    public static func make() throws -> String {
        let folder = Repository.temporaryFolder() + "/edge corpus"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/_sub dir/ünï", withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) {
            _ = manager.createFile(atPath: folder + "/" + name, contents: Data(bytes))
        }
        func corpus(_ name: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repository.corpus + "/" + name)))
        }
        let first = try corpus("000_90e332a5a9dfb434.txt")
        let second = try corpus("002_ea57ffaf7b3f4962.txt")
        write("000 plain copy.txt", first)
        write(
            "crlf.txt",
            first.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init).joined(separator: [
                0x0D, 0x0A,
            ]).map { $0 })
        write("bom.txt", [0xEF, 0xBB, 0xBF] + second)
        write("_leading underscore.txt", second)
        write(
            "_sub dir/ünï/名前 ñ.txt",
            Array("Causes\n\nBone marrow edema may be caused by gout or by osteoarthritis.\n".utf8))
        let latin1 =
            "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9} sant\u{E9}: bone marrow edema</title></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><h1>Bone marrow edema</h1><h2>Causes</h2>"
            + "<p>Bone marrow edema may be caused by gout, na\u{EF}ve readers learn, and by osteoarthritis &amp; trauma.</p>"
            + "<h2>Treatment</h2><p>Treatment with bisphosphonates may help; r\u{E9}sum\u{E9}s of trials differ.</p></article></body></html>"
        write("latin1 page.html", latin1.unicodeScalars.map { UInt8($0.value) })
        write(
            "page-named-text.txt",
            Array(
                "<html><body><article><h2>Causes</h2><p>Bone marrow edema may be caused by gout.</p></article></body></html>\n"
                    .utf8))
        write(
            "rejected invalid utf8.txt",
            Array("Causes\n\nBone marrow edema may be caused by gout and caf".utf8) + [0xE9, 0x0A])
        write(".hidden.txt", Array("Bone marrow edema may be caused by gout.\n".utf8))
        let manifest = """
            # made by EdgeCorpus
            {"path": "crlf.txt", "url": "https://example.org/crlf", "publisher": "CRLF Press", "title": "Line endings"}
            {"path": "_sub dir/ünï/名前 ñ.txt", "publisher": "Ünïcode Health", "title": null}
            {"path": "latin1 page.html", "url": null, "publisher": "Latin Health", "title": "A Latin-1 page"}

            """
        write("manifest.jsonl", Array(manifest.utf8))
        return folder
    }
}

/// Runs the same documents through every way Marrow can read them and gives each run's output,
/// so a test can assert that they are byte-identical: the determinism rule as a reusable helper
/// (after swift-nio's `ByteToMessageDecoderVerifier`).
///
/// The ways: the folder itself; a JSON-lines stream of the same files (`bytes` in base64, each
/// line carrying its manifest entry) fed whole and in small chunks; the stream without manifest
/// objects but with the folder's manifest as the stream manifest; each at one and several jobs.
public enum SplitInvariance {
    /// One way of reading, and what came out: every record's JSON line and every failure, in order.
    public struct Run {
        public var label: String
        public var output: Data
        public var failures: [String]
    }

    /// The stream lines for the files of `folder`, with or without manifest objects.
    public static func streamLines(for folder: String, withManifest: Bool) throws -> [UInt8] {
        var stream: [UInt8] = []
        for reference in SourceReader().references(for: [folder]).references {
            guard case .file(let path, let origin) = reference else { continue }
            var object: [String: Any] = [
                "path": path, "bytes": try Data(contentsOf: URL(fileURLWithPath: path)).base64EncodedString(),
            ]
            if withManifest {
                func value(_ field: String?) -> Any { field.map { $0 as Any } ?? NSNull() }
                object["manifest"] = [
                    "url": value(origin.url), "publisher": value(origin.publisher), "title": value(origin.title),
                ]
            }
            stream += try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + [0x0A]
        }
        return stream
    }

    /// Reads `inputs` through the pipeline and records what came out.
    public static func run(_ label: String, _ inputs: DocumentInputs, jobs: Int) async throws -> Run {
        var run = Run(label: label, output: Data(), failures: [])
        let encoder = JSONLinesEncoder()
        try await Pipeline(processor: Repository.processor, jobs: jobs).run(
            pulling: { await inputs.next() },
            transform: { result in
                try result.records.reduce(into: Data()) { $0.append(try encoder.line($1)) }
            }
        ) { _, result in
            switch result {
            case .success(let data): run.output.append(data)
            case .failure(let error): run.failures.append(error.description)
            }
        }
        return run
    }

    /// Every way of reading `folder`, at 1 and `jobs` jobs.
    public static func runs(folder: String, jobs: Int = 3) async throws -> [Run] {
        let withManifest = try streamLines(for: folder, withManifest: true)
        let withoutManifest = try streamLines(for: folder, withManifest: false)
        let manifestDecoder = try DocumentLineDecoder(manifestFile: folder + "/" + SourceReader.manifestName)
        func stream(_ bytes: [UInt8], chunk: Int, decoder: DocumentLineDecoder = DocumentLineDecoder())
            -> DocumentInputs
        {
            DocumentInputs(
                paths: ["-"],
                streams: [
                    DocumentStream(
                        LineReader(MemorySource(bytes, chunkSize: chunk), chunkSize: max(1, chunk / 2)),
                        decoder: decoder)
                ])
        }
        var runs: [Run] = []
        for count in [1, jobs] {
            runs.append(
                try await run("folder, \(count) jobs", DocumentInputs(paths: [folder], streams: []), jobs: count))
            runs.append(
                try await run(
                    "stream whole, \(count) jobs", stream(withManifest, chunk: withManifest.count), jobs: count))
            runs.append(
                try await run("stream in 7-byte chunks, \(count) jobs", stream(withManifest, chunk: 7), jobs: count))
            runs.append(
                try await run(
                    "stream with --manifest, 1-byte chunks, \(count) jobs",
                    stream(withoutManifest, chunk: 1, decoder: manifestDecoder), jobs: count))
        }
        return runs
    }
}
