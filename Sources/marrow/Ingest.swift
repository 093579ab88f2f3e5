import ArgumentParser
import Foundation
import MarrowKit

/// Feeds documents into a knowledge base and reports per-document outcomes.
struct IngestRun {
    var pipeline: PipelineOptions
    var lexicon: CompiledLexicon

    struct Tally {
        var added = 0, unchanged = 0, replaced = 0, failed = 0
        var summary: String { "\(added) added, \(replaced) updated, \(unchanged) unchanged, \(failed) failed" }
    }

    /// Expands `paths`, processes every document and stores each in `knowledgeBase`.
    func run(paths: [String], into knowledgeBase: KnowledgeBase) async throws -> Tally {
        var tally = Tally()
        let (references, failures) = SourceReader().references(for: paths)
        for failure in failures { Diagnostics.print(failure) }
        tally.failed += failures.count
        let runner = Pipeline(processor: DocumentProcessor(lexicon: lexicon), jobs: pipeline.jobs)
        try await runner.run(references) { index, result in
            let status: String
            switch result {
            case .success(let document):
                switch try knowledgeBase.ingest(document, lexiconVersion: lexicon.version) {
                case .added: tally.added += 1; status = "added"
                case .unchanged: tally.unchanged += 1; status = "unchanged"
                case .replaced: tally.replaced += 1; status = "updated"
                }
            case .failure(let error):
                tally.failed += 1
                status = "failed"
                Diagnostics.print(error)
            }
            if pipeline.progress { Diagnostics.progress(index + 1, references.count, references[index].path, status) }
        }
        return tally
    }
}

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or update articles in the knowledge base.",
        discussion: """
            Each PATH is a file or a folder (read recursively, in sorted order; a manifest.jsonl in
            the folder gives origin URL, publisher and title). Ingest is idempotent: the same bytes
            twice change nothing. An article whose bytes changed replaces its old evidence; the old
            version stays recorded. A bad file (empty, binary, not UTF-8) is reported with its path
            and skipped; the rest go through, and the exit status is 1.
            """)

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @OptionGroup var pipeline: PipelineOptions
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        let kb = try openKnowledgeBase(knowledgeBase.path, create: true)
        let tally = try await IngestRun(pipeline: pipeline, lexicon: lexicon).run(paths: paths, into: kb)
        Output.write("ingest: \(tally.summary)\n")
        if tally.failed > 0 { throw ExitCode(1) }
    }
}

/// Opens a knowledge base, printing the error in the standard shape when it cannot.
func openKnowledgeBase(_ path: String, create: Bool) throws -> KnowledgeBase {
    do {
        return try KnowledgeBase(path: path, create: create)
    } catch let error as MarrowError {
        Diagnostics.print(error)
        throw ExitCode(2)
    }
}
