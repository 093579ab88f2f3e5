import ArgumentParser
import Foundation
import MarrowKit

/// `marrow clean PATH`: prints the main text the pipeline reads from each document.
struct CleanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the main text a file yields, as the pipeline reads it.",
        discussion: """
            HTML pages and scraped text are cleaned exactly as 'extract' and 'ingest' clean them:
            page chrome (menus, share bars, ads, cookie banners, comments, related links) dropped,
            blocks separated by a blank line. '--format json' prints one JSON object per document
            with the metadata (title, author, publisher, dates, canonical URL, language) and every
            block: kind, heading level, text, scalar offsets in the clean text, raw byte range,
            and for HTML the element's XPath and line.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or folders to clean.")
    var paths: [String]

    @Option(name: .long, help: "Output format: text or json (one object per line).")
    var format: Format = .text

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        let processor = DocumentProcessor(lexicon: try pipeline.loadLexicon())
        let (references, failures) = SourceReader().references(for: paths)
        for failure in failures { Diagnostics.print(failure) }
        var failed = failures.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (position, reference) in references.enumerated() {
            do {
                let document = try reference.load()
                let clean = try processor.clean(document)
                switch format {
                case .text:
                    if references.count > 1 { Output.write((position > 0 ? "\n" : "") + "==> \(document.path) <==\n") }
                    Output.write(clean.string + "\n")
                case .json:
                    var data = try encoder.encode(CleanOutput(document: document, clean: clean))
                    data.append(0x0A)
                    Output.write(data)
                }
            } catch let error as MarrowError {
                failed += 1
                Diagnostics.print(error)
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// The JSON shape of `marrow clean --format json`.
struct CleanOutput: Encodable {
    struct RawSpan: Encodable {
        var byteStart: Int
        var byteEnd: Int
    }

    struct BlockOutput: Encodable {
        var kind: String
        var level: Int?
        var text: String
        var start: Int
        var end: Int
        var raw: RawSpan
        var xpath: String?
        var line: Int?
    }

    var path: String
    var mediaType: String
    var sha256: String
    var metadata: DocumentMetadata
    var blocks: [BlockOutput]
    var text: String

    init(document: SourceDocument, clean: CleanText) {
        path = document.path
        mediaType = document.mediaType.rawValue
        sha256 = document.sha256
        metadata = clean.metadata
        text = clean.string
        blocks = clean.blocks.map { block in
            let kind: String
            switch block.kind {
            case .heading: kind = "heading"
            case .paragraph: kind = "paragraph"
            case .listItem: kind = "listItem"
            case .tableRow: kind = "tableRow"
            }
            let scalars = clean.scalarRange(block.range)
            let raw = clean.offsetMap.rawRange(for: block.range)
            return BlockOutput(
                kind: kind, level: block.kind.headingLevel, text: clean.text(block.range),
                start: scalars.lowerBound.value, end: scalars.upperBound.value,
                raw: RawSpan(byteStart: raw.lowerBound.value, byteEnd: raw.upperBound.value),
                xpath: block.anchor?.xpath, line: block.anchor?.line)
        }
    }
}
