import Foundation
import MarrowTestSupport

@testable import MarrowKit

/// Fixture pages and helpers for the HTML tests.
enum HTMLFixtures {
    static var folder: String { Repository.root + "/Tests/MarrowKitTests/Fixtures/html" }

    /// Every `.html` fixture, sorted.
    static var all: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    /// The corpus wrappings: HTML fixture name and the corpus text file it carries.
    static let corpusPairs: [(html: String, text: String)] = [
        ("corpus-article-000.html", "000_90e332a5a9dfb434.txt"),
        ("corpus-divsoup-001.html", "001_ac7c5477277c1b41.txt"),
        ("corpus-table-002.html", "002_ea57ffaf7b3f4962.txt"),
        ("corpus-jsonld-003.html", "003_c46f0e6aafd4fa31.txt"),
    ]

    static func document(_ name: String) throws -> SourceDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        return SourceDocument(path: "Fixtures/html/" + name, raw: [UInt8](data))
    }

    /// Processed fixtures, computed once.
    static let results: [String: DocumentResult] = {
        var results: [String: DocumentResult] = [:]
        for name in all { results[name] = try? Repository.processor.process(try document(name)) }
        return results
    }()

    /// Phrases that only the page chrome of the fixtures carries.
    static let chromePhrases = [
        "ArthroFlex", "acupuncture", "homeopathy", "Bisphosphonates", "Related: Cancer", "Steroids treat arthritis",
        "Surgery fixed",
        "Cancer spreading", "newsletter", "Sign up", "We use cookies", "uses cookies", "Privacy Policy", "Popular",
        "Trending",
        "Lupus", "Comments (2)", "primary care providers treat", "Ask a doctor", "Sponsored", "Advertisement", "Browse",
        "Rheumatoid arthritis\n", "Gout: causes", "Chemotherapy causes", "Orthopedician", "Community Banner",
        "Request an Appointment",
        "Find a Doctor", "Tags:", "All rights reserved", "Share", "Tweet", "Example Health Media", "click here",
    ]
}

/// Processes in-memory HTML with the shipped lexicons.
func processHTML(_ html: String, path: String = "test.html") throws -> DocumentResult {
    try Repository.processor.process(SourceDocument(path: path, raw: Array(html.utf8), mediaType: .html))
}

/// Cleans in-memory HTML bytes with the shipped cues.
func cleanHTML(_ bytes: [UInt8], path: String = "test.html") throws -> CleanText {
    try HTMLCleaner(cues: Repository.lexicon.cleaning).clean(SourceDocument(path: path, raw: bytes, mediaType: .html))
}

/// Checks the provenance contract for every record of a result; returns failure descriptions.
func provenanceFailures(_ result: DocumentResult) -> [String] {
    var failures: [String] = []
    let raw = result.document.raw
    let scalars = Array(result.clean.string.unicodeScalars)
    for record in result.records {
        let label = "\(result.document.path) \(record.id) '\(record.mention.text)'"
        guard record.raw.byteStart <= record.raw.byteEnd, record.raw.byteEnd <= raw.count,
            record.passage.raw.byteStart <= record.passage.raw.byteEnd, record.passage.raw.byteEnd <= raw.count
        else {
            failures.append("\(label): raw range out of bounds")
            continue
        }
        let mentionRaw = HTMLText.decode(raw[record.raw.byteStart..<record.raw.byteEnd])
        let cleanMention = String(String.UnicodeScalarView(scalars[record.mention.start..<record.mention.end]))
        if WhitespaceFolding.fold(mentionRaw) != WhitespaceFolding.fold(cleanMention) {
            failures.append("\(label): mention raw '\(mentionRaw)' != clean '\(cleanMention)'")
        }
        if record.mention.text != mentionRaw { failures.append("\(label): mention.text is not the decoded raw span") }
        let cleanPassage = String(String.UnicodeScalarView(scalars[record.passage.start..<record.passage.end]))
        if cleanPassage != record.passage.text { failures.append("\(label): passage offsets do not give passage text") }
        let passageRaw = HTMLText.decode(raw[record.passage.raw.byteStart..<record.passage.raw.byteEnd])
        if WhitespaceFolding.fold(passageRaw) != WhitespaceFolding.fold(record.passage.text) {
            failures.append(
                "\(label): passage raw\n  '\(WhitespaceFolding.fold(passageRaw))'\n  != '\(WhitespaceFolding.fold(record.passage.text))'"
            )
        }
        if !(record.passage.raw.byteStart <= record.raw.byteStart && record.raw.byteEnd <= record.passage.raw.byteEnd) {
            failures.append("\(label): mention raw range outside passage raw range")
        }
        if record.raw.xpath == nil || record.raw.line == nil { failures.append("\(label): no element anchor") }
    }
    return failures
}
