import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// `RecordBuilder`: one record per claim-making finding, in text order, each mention inside its
/// passage and both read back from the raw bytes; the source facts the manifest gives win over
/// what the cleaner found.
@Suite("Records from findings")
struct RecordBuilderTests {
    /// Every corpus article through the stages by hand, up to the findings.
    static let stages: [(document: SourceDocument, matched: MatchedText, findings: [Finding])] = Repository
        .corpusResults.map { result in
            let matched = Repository.processor.match(result.clean)
            return (result.document, matched, Classifier(lexicon: Repository.lexicon).classify(matched))
        }

    @Test("one record for each finding whose role makes a claim, and none for the others")
    func oneRecordPerClaim() {
        let builder = RecordBuilder(lexicon: Repository.lexicon)
        for stage in Self.stages {
            // Every other finding turned into one that makes no claim (a condition, the topic).
            var findings = stage.findings
            for index in findings.indices where index % 2 == 1 {
                findings[index].role = index % 4 == 1 ? .condition : .topic
            }
            let records = builder.records(for: findings, matched: stage.matched, document: stage.document)
            let claiming = findings.filter { $0.role.predicate != nil }
            #expect(claiming.count < stage.findings.count || stage.findings.count < 2)
            #expect(records.count == claiming.count)
            #expect(records.map(\.role) == claiming.map(\.role))
            #expect(
                records.map(\.claim.subject) == claiming.map { Repository.lexicon.conceptTable[$0.mention.concept].id })
        }
    }

    @Test("records come in text order with distinct ids; each mention lies inside its passage and reads the same there")
    func orderAndContainment() {
        for result in Repository.corpusResults {
            let records = result.records
            #expect(!records.isEmpty)
            #expect(zip(records, records.dropFirst()).allSatisfy { $0.mention.start <= $1.mention.start })
            #expect(Set(records.map(\.id)).count == records.count)
            for record in records {
                #expect(record.passage.start <= record.mention.start && record.mention.end <= record.passage.end)
                #expect(
                    record.passage.raw.byteStart <= record.raw.byteStart
                        && record.raw.byteEnd <= record.passage.raw.byteEnd)
                let scalars = Array(record.passage.text.unicodeScalars)
                var inPassage = ""
                inPassage.unicodeScalars.append(
                    contentsOf: scalars[
                        (record.mention.start - record.passage.start)..<(record.mention.end - record.passage.start)])
                // The mention reads from the raw bytes (a line break stays); the passage is clean text.
                #expect(inPassage == WhitespaceFolding.fold(record.mention.text))
                let raw = result.document.raw[record.raw.byteStart..<record.raw.byteEnd]
                #expect(String(decoding: raw, as: UTF8.self) == record.mention.text)
                #expect(record.source.sha256 == result.document.sha256)
                #expect(record.lexiconVersion == Repository.lexicon.version)
            }
        }
    }

    @Test("the manifest's title, publisher and URL win over the cleaner's; the rest comes from the cleaner")
    func sourceFacts() {
        var metadata = DocumentMetadata()
        metadata.title = "Cleaner title"
        metadata.publisher = "Cleaner publisher"
        metadata.author = "A. Author"
        metadata.canonicalURL = "https://example.org/canonical"
        let plain = SourceDocument(path: "a.txt", raw: Array("text".utf8), mediaType: .text)
        let fromCleaner = RecordBuilder.source(for: plain, metadata: metadata)
        #expect(
            fromCleaner.title == "Cleaner title" && fromCleaner.publisher == "Cleaner publisher"
                && fromCleaner.url == "https://example.org/canonical")
        #expect(
            fromCleaner.author == "A. Author" && fromCleaner.path == "a.txt" && fromCleaner.mediaType == "text/plain")

        let origin = SourceOrigin(
            url: "https://example.org/fetched", publisher: "Manifest publisher", title: "Manifest title")
        let given = SourceDocument(path: "a.txt", raw: Array("text".utf8), mediaType: .text, origin: origin)
        let fromManifest = RecordBuilder.source(for: given, metadata: metadata)
        #expect(
            fromManifest.title == "Manifest title" && fromManifest.publisher == "Manifest publisher"
                && fromManifest.url == "https://example.org/fetched")
        #expect(fromManifest.author == "A. Author")
        #expect(fromManifest.sha256 == given.sha256 && fromManifest.id == given.id)
    }

    @Test(
        "whitespace folding joins runs into one space, trims, and drops a space before closing or after opening punctuation",
        arguments: [
            ("  a \n\t b  ", "a b"), ("word .", "word."), ("( x ) [ y ]", "(x) [y]"), ("a ,b ; c", "a,b; c"),
            ("", ""), (" \n ", ""), ("é\u{00A0}ü", "é ü"), ("one\r\ntwo", "one two"),
        ])
    func folding(pair: (String, String)) {
        #expect(WhitespaceFolding.fold(pair.0) == pair.1)
    }

    @Test("raw spans read back as text: HTML without markup and with references decoded, UTF-16 text in its own bytes")
    func rawDecoding() {
        let html = Array("<p>a &amp; b<b>c</b>&eacute;&#x2019;</p>".utf8)
        #expect(RawTextDecoder(mediaType: .html).decode(html[3...]).hasPrefix("a & bcé\u{2019}"))
        let utf16 = Array("Grass pollen".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(RawTextDecoder(mediaType: .text, encoding: .utf16LittleEndian).decode(utf16[...]) == "Grass pollen")
        #expect(RawTextDecoder(mediaType: .text).decode(Array("plain".utf8)[...]) == "plain")
    }
}
