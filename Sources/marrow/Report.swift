import ArgumentParser
import Foundation
import MarrowKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the knowledge base as one self-contained HTML page (or Web Annotations).",
        discussion: """
            The page groups claims by role and category; for each claim the first --top sources (title, publisher, dates) and \
            every passage of theirs with the mention highlighted and its assertion shown, and how many sources are not shown; \
            contested claims are called out at the top. All source text is escaped and the page forbids scripts. The page is \
            written claim by claim, so its size and the memory it takes follow the number of claims, not the size of the \
            knowledge base; --all shows every source (the page then grows with the knowledge base).

            With --format annotations, writes W3C Web Annotation JSON-LD instead, one annotation per piece of evidence shown, each \
            pointing into the raw source file with a byte-position and a quote selector.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, annotations
    }

    @Option(name: .long, help: "Output format: html or annotations.")
    var format: Format = .html

    @Option(name: .long, help: "Show the evidence of at most this many sources per claim.")
    var top: Int = 5

    @OptionGroup var shared: ReportOptions

    func run() async throws {
        let kb = try shared.knowledgeBase.openForReading()
        let names = shared.lexiconOptions.conceptNames()
        let limit = shared.limit(top)
        let sink = try ReportFile(path: shared.output)
        switch format {
        case .html:
            try AuditReport.writeHTML(knowledgeBase: kb, top: limit, names: { names[$0] }, to: sink.write)
        case .annotations:
            try WebAnnotationPage.write(knowledgeBase: kb, top: limit, names: { names[$0] }, to: sink.write)
        }
        try sink.finish(describing: "the report (\(format.rawValue))")
    }
}

/// The options `audit` and `report` share: how much evidence to show, where to write it, and which
/// lexicons and knowledge base to read. Each command keeps its own format and per-claim limit.
struct ReportOptions: ParsableArguments {
    @Flag(name: .long, help: "Show the evidence of every source.")
    var all = false

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// How many sources to show per claim: `requested` (at least zero), or every one with `--all`.
    func limit(_ requested: Int) -> Int? { all ? nil : max(0, requested) }
}

/// Where a streamed report goes: a file (written beside its final name and moved into place when
/// complete) or standard output.
final class ReportFile {
    let path: String?
    let temporary: String?
    let handle: FileHandle
    var bytes = 0

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let temporary = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            Diagnostics.print(MarrowError(.unreadable, "cannot write the report here", at: SourceLocation(path: path)))
            throw ExitCode(2)
        }
        self.temporary = temporary
        self.handle = handle
    }

    func write(_ text: String) throws {
        let data = Data(text.utf8)
        bytes += data.count
        if path == nil { Console.shared.clearProgress() }
        try handle.write(contentsOf: data)
    }

    func finish(describing what: String) throws {
        guard let path, let temporary else { return }
        try handle.close()
        if rename(temporary, path) != 0 {
            Diagnostics.print(
                MarrowError(
                    .unreadable, "cannot write the report: \(String(cString: strerror(errno)))",
                    at: SourceLocation(path: path)))
            throw ExitCode(2)
        }
        Output.write("wrote \(what) to \(TerminalText.escape(path)) (\(Console.size(bytes)))\n")
    }
}
