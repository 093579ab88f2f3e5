import Benchmark
import Foundation
import MarrowKit

/// The whole pipeline on single very large documents: a 20 MB and a 50 MB scraped-text article
/// and a 20 MB HTML page, built from the repository's corpus articles. One iteration each: these
/// say whether a size is handled at all, in what time and peak memory, not small differences.
///
///     swift package benchmark --target LargeInputBenchmarks
/// The repository: this file is Benchmarks/Benchmarks/LargeInputBenchmarks/LargeInputBenchmarks.swift.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// The corpus articles, as text.
let articles: [String] = {
    let folder = root + "/Corpus"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }
        .sorted()
    return names.map { String(decoding: FileManager.default.contents(atPath: folder + "/" + $0)!, as: UTF8.self) }
}()

/// One long article: the corpus articles one after another, each copy under its own numbered
/// heading (so no line repeats the one before it), until `bytes`.
func largeText(bytes: Int) -> SourceDocument {
    var text = "A very long article\n\n"
    var copy = 0
    while text.utf8.count < bytes {
        for article in articles {
            copy += 1
            text += "Part \(copy)\n\n" + article + "\n\n"
        }
    }
    return SourceDocument(path: "large-\(bytes).txt", raw: Array(text.utf8), mediaType: .text)
}

/// One long page: the corpus paragraphs as HTML paragraphs (character references, links and
/// emphasis inside), the headings as h2, in an article between navigation and footer chrome.
func largeHTML(bytes: Int) -> SourceDocument {
    var html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A very long page</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/gout\">Gout</a></nav><main><article><h1>A very long page</h1>\n"
    let blocks = articles.flatMap { $0.components(separatedBy: "\n\n") }.map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }.filter { !$0.isEmpty }
    var index = 0
    while html.utf8.count < bytes {
        let block = blocks[index % blocks.count]
        index += 1
        let escaped = block.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\u{2019}", with: "&rsquo;").replacingOccurrences(of: "\u{E9}", with: "&eacute;")
        if block.count < 60, !block.hasSuffix(".") {
            html += "<h2>\(escaped)</h2>\n"
        } else {
            html += "<p>" + escaped.replacingOccurrences(of: " bone ", with: " <a href=\"/bone\">bone</a> ") + "</p>\n"
        }
    }
    html += "</article></main><footer><p>&copy; Example Health Media</p></footer></body></html>\n"
    return SourceDocument(path: "large-\(bytes).html", raw: Array(html.utf8), mediaType: .html)
}

let benchmarks: @Sendable () -> Void = {
    let processor = DocumentProcessor(lexicon: CompiledLexicon(LexiconSet.load(folder: root + "/Lexicons").set))
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], warmupIterations: 0, maxDuration: .seconds(1),
        maxIterations: 1)
    let cases: [(String, () -> SourceDocument)] = [
        ("extract text: one 20 MB article", { largeText(bytes: 20_000_000) }),
        ("extract text: one 50 MB article", { largeText(bytes: 50_000_000) }),
        ("extract html: one 20 MB page", { largeHTML(bytes: 20_000_000) }),
    ]
    for (name, make) in cases {
        Benchmark(name, configuration: configuration) { benchmark in
            let document = make()
            benchmark.startMeasurement()
            let result = try processor.process(document)
            benchmark.stopMeasurement()
            print("\(name): \(document.raw.count) bytes, \(result.records.count) records")
            blackHole(result)
        }
    }
}
