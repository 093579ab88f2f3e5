import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("clean --format json")
struct CleanReportTests {
    /// The JSON shape as Foundation's encoder wrote it before the report went through the
    /// JSON writer: an independent oracle for the bytes.
    struct Shape: Encodable {
        struct Raw: Encodable {
            var byteStart: Int
            var byteEnd: Int
        }
        struct Block: Encodable {
            var kind: String
            var level: Int?
            var text: String
            var start: Int
            var end: Int
            var raw: Raw
            var xpath: String?
            var line: Int?
        }
        struct Dropped: Encodable {
            var reason: String
            var field: String?
            var text: String
            var xpath: String
            var line: Int
        }
        var path: String
        var mediaType: String
        var sha256: String
        var metadata: DocumentMetadata
        var blocks: [Block]
        var text: String
        var dropped: [Dropped]?
    }

    static func shape(_ report: CleanReport) -> Shape {
        let clean = report.clean
        let kinds: [String] = clean.blocks.map {
            switch $0.kind {
            case .heading: "heading"
            case .paragraph: "paragraph"
            case .listItem: "listItem"
            case .tableRow: "tableRow"
            }
        }
        return Shape(
            path: report.document.path, mediaType: report.document.mediaType.rawValue,
            sha256: report.document.sha256, metadata: clean.metadata,
            blocks: zip(clean.blocks, kinds).map { block, kind in
                let scalars = clean.scalarRange(block.range)
                let raw = clean.offsetMap.rawRange(for: block.range)
                return Shape.Block(
                    kind: kind, level: block.kind.headingLevel, text: clean.text(block.range),
                    start: scalars.lowerBound.value, end: scalars.upperBound.value,
                    raw: .init(byteStart: raw.lowerBound.value, byteEnd: raw.upperBound.value),
                    xpath: block.anchor?.xpath, line: block.anchor?.line)
            }, text: clean.string,
            dropped: report.dropped?.map { block in
                var field: String?
                if case .metadata(let value) = block.reason { field = value.rawValue }
                return Shape.Dropped(
                    reason: block.reason.name, field: field, text: block.text, xpath: block.xpath, line: block.line)
            })
    }

    @Test("every corpus article and HTML fixture prints the bytes Foundation's encoder gave, dropped blocks or not")
    func matchesFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var dropped = 0
        for result in Repository.corpusResults + Repository.htmlResults {
            for showDropped in [false, true] {
                let report = try CleanReport(
                    document: result.document, clean: result.clean, cues: Repository.processor.lexicon.cleaning,
                    showDropped: showDropped)
                dropped += report.dropped?.count ?? 0
                let expected = Array(try encoder.encode(Self.shape(report))) + [0x0A]
                #expect(report.rendered(as: .json) == expected, "\(result.document.path) \(showDropped)")
            }
        }
        #expect(dropped > 0)
    }
}
