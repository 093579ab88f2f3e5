import MarrowKit

/// The text cleaner and everything after it: any bytes as a scraped text article.
enum TextTarget {
    static let target = FuzzTarget(
        name: "text", summary: "bytes as a text article: cleaner, segmenter, matcher, classifier, records"
    ) { bytes, harness in
        DocumentCheck.run(SourceDocument(path: "fuzz.txt", raw: bytes, mediaType: .text), &harness)
    }
}

/// The HTML cleaner, the raw aligner and everything after them: any bytes as an HTML page; also
/// the raw-side decoder `verify` reads pages with.
enum HTMLTarget {
    static let target = FuzzTarget(
        name: "html", summary: "bytes as an HTML page: libxml2, raw aligner, HTML cleaner, records; the raw decoder"
    ) { bytes, harness in
        _ = HTMLText.decode(bytes[...])
        DocumentCheck.run(SourceDocument(path: "fuzz.html", raw: bytes, mediaType: .html), &harness)
    }
}
