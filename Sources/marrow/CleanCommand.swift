import ArgumentParser
import Foundation
import MarrowKit

/// `marrow clean PATH`: prints the main text the pipeline reads from each document.
struct CleanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the main text a file yields, as the pipeline reads it.",
        discussion: """
            HTML pages and scraped text are cleaned exactly as 'extract' and 'ingest' clean them: page chrome (menus, share bars, ads, cookie banners, comments, related links) dropped, blocks separated by a blank line.

            '--format markdown' shows the structure the pipeline keeps: headings with their levels, list items as bullets. '--format json' prints one JSON object per document with the metadata (title, author, publisher, dates, canonical URL, language) and every block: kind, heading level, text, scalar offsets in the clean text, raw byte range, and for HTML the element's XPath and line.

            '--show-dropped' adds every block of an HTML page that was not kept, with its line and the reason: chrome, hidden, outside-main-content, link-dense, boilerplate, metadata-FIELD, end-marker, after-end-marker, empty-section (a heading over nothing kept) or author-bio (a block after the text that opens with the author's name). A page refused because nothing on it was kept still lists its dropped blocks, then the error.
            """)

    @Argument(help: "Files or folders to clean.")
    var paths: [String]

    @Option(name: .long, help: "Output format: text, markdown or json (one object per line).")
    var format: CleanReport.Format = .text

    @Flag(name: .long, help: "Also list the blocks that were dropped, and why.")
    var showDropped = false

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        let processor = DocumentProcessor(lexicon: try pipeline.loadLexicon())
        let (references, failures) = SourceReader().references(for: paths)
        for failure in failures { Diagnostics.print(failure) }
        var failed = failures.count
        for (position, reference) in references.enumerated() {
            do {
                let document = try reference.load()
                let bytes: [UInt8]
                var refusal: MarrowError?
                do {
                    bytes = try CleanReport.make(document, processor: processor, showDropped: showDropped)
                        .rendered(as: format)
                } catch let refused as CleanReport.Refusal {
                    // What was dropped on the way to nothing, then the error.
                    bytes = try refused.rendered(as: format)
                    refusal = refused.error
                }
                if format != .json, references.count > 1, !bytes.isEmpty {
                    Output.write((position > 0 ? "\n" : "") + "==> \(document.path) <==\n")
                }
                bytes.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress else { return }
                    Output.write(
                        Data(
                            bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                            deallocator: .none))
                }
                if let refusal { throw refusal }
            } catch let error as MarrowError {
                failed += 1
                Diagnostics.print(error)
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

extension CleanReport.Format: ExpressibleByArgument {}
