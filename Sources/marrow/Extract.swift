import ArgumentParser
import Foundation
import MarrowKit

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline and print evidence records as JSON Lines (no knowledge base).",
        discussion: """
            One evidence object per line on standard output, in input order, keys sorted; the
            schema is in docs/record-schema.md. PATH may be a file, a folder, or '-' for a JSON-lines
            stream on standard input ({"path": …, "text": … | "html": …, "url", "publisher",
            "title"}). Because extract is a pure map from documents to records, it can run as the
            map step of a larger engine (Spark pipe, Hadoop Streaming); 'marrow ingest' of the
            records' sources, or a later load, folds them into one knowledge base.
            """)

    @Argument(help: "Files, folders, or '-' for a JSON-lines stream on standard input.")
    var paths: [String]

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        var references: [SourceReference] = []
        var failed = 0
        let reader = SourceReader()
        for path in paths {
            let (found, failures) = path == "-"
                ? reader.references(fromJSONLines: FileHandle.standardInput.readDataToEndOfFile(), label: "<stdin>")
                : reader.references(for: [path])
            references += found
            for failure in failures { Diagnostics.print(failure) }
            failed += failures.count
        }
        let encoder = JSONLinesEncoder()
        let runner = Pipeline(processor: DocumentProcessor(lexicon: lexicon), jobs: pipeline.jobs)
        try await runner.run(references, transform: { document in
            (encoder.lines(document.records), document.records.count)
        }) { index, result in
            switch result {
            case .success(let (buffer, count)):
                Output.write(buffer)
                if pipeline.progress { Diagnostics.progress(index + 1, references.count, references[index].path, "\(count) records") }
            case .failure(let error):
                failed += 1
                Diagnostics.print(error)
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
