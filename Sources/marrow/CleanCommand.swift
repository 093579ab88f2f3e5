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
        let failed = CleanReport.run(
            paths: paths, processor: DocumentProcessor(lexicon: try pipeline.loadLexicon()), format: format,
            showDropped: showDropped, write: Output.write, problem: Diagnostics.print)
        if failed > 0 { throw ExitCode(1) }
    }
}

extension CleanReport.Format: ExpressibleByArgument {}
