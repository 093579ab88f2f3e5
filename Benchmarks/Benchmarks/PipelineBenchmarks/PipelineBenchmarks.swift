import Benchmark
import Foundation
import MarrowKit

/// Throughput and allocations of the pipeline stages on the repository's own inputs: the corpus
/// articles (scraped text) and the corpus-as-HTML fixtures. Each iteration processes every input
/// once, so bytes per second are the input sizes printed at the start divided by the wall clock.
let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Lexicons").path) { return url.path }
    }
    fatalError("no Lexicons folder above \(#filePath)")
}()

func documents(in folder: String, suffix: String) -> [SourceDocument] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }
        .sorted()
    return names.map {
        SourceDocument(path: $0, raw: [UInt8](FileManager.default.contents(atPath: folder + "/" + $0)!))
    }
}

/// One generated article of at least `mebibytes` MiB (Benchmarks/tools/make_articles.py
/// --one-file), made once and kept in the temporary folder.
func largeArticle(mebibytes: Int) -> SourceDocument {
    let path = NSTemporaryDirectory() + "marrow-bench-article-\(mebibytes)M.txt"
    if !FileManager.default.fileExists(atPath: path) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root + "/Benchmarks/tools/make_articles.py", "--one-file", "\(mebibytes)M", path,
        ]
        try! process.run()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "make_articles.py failed")
    }
    return SourceDocument(path: path, raw: [UInt8](FileManager.default.contents(atPath: path)!))
}

let benchmarks: @Sendable () -> Void = {
    let lexicon = CompiledLexicon(LexiconSet.load(folder: root + "/Lexicons").set)
    let processor = DocumentProcessor(lexicon: lexicon)
    let text =
        documents(in: root + "/Corpus", suffix: ".txt")
        + documents(in: root + "/Tests/MarrowKitTests/Fixtures/heldout", suffix: ".txt")
    let html = documents(in: root + "/Tests/MarrowKitTests/Fixtures/html", suffix: ".html")
    let textBytes = text.reduce(0) { $0 + $1.raw.count }
    let htmlBytes = html.reduce(0) { $0 + $1.raw.count }
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]

    Benchmark(
        "extract text: corpus and held-out articles", configuration: .init(metrics: metrics, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in text { blackHole(try processor.process(document)) }
        }
    }
    Benchmark(
        "clean text: corpus and held-out articles", configuration: .init(metrics: metrics, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in text { blackHole(try processor.clean(document)) }
        }
    }
    Benchmark("extract html: corpus pages in chrome", configuration: .init(metrics: metrics, maxDuration: .seconds(5)))
    { benchmark in
        for _ in benchmark.scaledIterations {
            for document in html { blackHole(try processor.process(document)) }
        }
    }
    Benchmark("compile lexicons", configuration: .init(metrics: metrics, maxDuration: .seconds(5))) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CompiledLexicon(LexiconSet.load(folder: root + "/Lexicons").set))
        }
    }
    // Single long documents: the work must stay linear in the size (issue 8). One iteration each;
    // throughput is the article's size over the wall clock.
    for mebibytes in [4, 8, 16, 32, 50] {
        Benchmark(
            "extract text: one \(mebibytes) MiB article",
            configuration: .init(metrics: metrics, maxDuration: .seconds(1), maxIterations: 1)
        ) { benchmark in
            let document = largeArticle(mebibytes: mebibytes)
            benchmark.startMeasurement()
            blackHole(try processor.process(document))
            benchmark.stopMeasurement()
        }
    }
    print("inputs: \(text.count) text documents, \(textBytes) bytes; \(html.count) HTML documents, \(htmlBytes) bytes")
}
