import ArgumentParser
import Foundation
import MarrowKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole knowledge base as one self-contained HTML page (or Web Annotations).",
        discussion: """
            The page groups claims by role and category; for each claim every source (title,
            publisher, dates) and every passage with the mention highlighted and its assertion
            shown; contested claims are called out at the top. All source text is escaped and the
            page forbids scripts. With --format annotations, writes W3C Web Annotation JSON-LD
            instead, one annotation per piece of evidence.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, annotations
    }

    @Option(name: .long, help: "Output format: html or annotations.")
    var format: Format = .html

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let report = try AuditReport.buildAll(knowledgeBase: kb)
        let data = format == .html ? Data(report.renderHTML().utf8) : try WebAnnotationPage(report).encoded()
        try writeReport(data, to: output)
    }
}

/// Writes `data` to `path`, or to standard output when there is none.
func writeReport(_ data: Data, to path: String?) throws {
    guard let path else {
        Output.write(data)
        return
    }
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        Diagnostics.print(MarrowError(.unreadable, "cannot write the report: \(error.localizedDescription)", at: SourceLocation(path: path)))
        throw ExitCode(2)
    }
}
