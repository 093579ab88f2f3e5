import ArgumentParser
import Foundation
import MarrowKit

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline and print evidence records as JSON Lines (no knowledge base).",
        discussion: """
            One evidence object per line on standard output, in input order, keys sorted; the schema is in docs/record-schema.md. PATH may be a file, a folder, or '-' for a JSON-lines stream of documents on standard input, read as it arrives, one document at a time.

            Each stream line is one object: "path" (recorded exactly as given), and exactly one of "bytes" (the raw bytes in base64, so any encoding keeps its byte offsets), "text" (a string whose UTF-8 is the raw bytes) or "html" (a string always read as HTML); "bytes" and "text" are sniffed for HTML as files are. An optional "manifest" object gives "url", "publisher" and "title" as a folder's manifest.jsonl would; without it, --manifest FILE gives them by path. The same bytes, path and manifest entry give the same records, byte for byte, as reading the file from its folder. A bad line is reported as '-:LINE: error: …' and the stream goes on; the exit status is then 1.

            Because extract is a pure map from documents to records, it runs as the map step of a larger engine (Scale/spark/marrow_spark.py for Apache Spark; Hadoop Streaming), and 'marrow load' folds the records into one knowledge base.
            """)

    @Argument(help: "Files, folders, or '-' for a JSON-lines stream of documents on standard input.")
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Origins (url, publisher, title) for the documents on standard input, in the format of a folder's manifest.jsonl.",
            discussion:
                "A stream path 'folder/name' finds the entry 'name' of 'folder/manifest.jsonl', as reading the folder would; a line's own \"manifest\" object wins.",
            valueName: "file"))
    var manifest: String?

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        let lexicon = try pipeline.loadLexicon()
        let decoder: DocumentLineDecoder
        do {
            decoder = try manifest.map { try DocumentLineDecoder(manifestFile: $0) } ?? DocumentLineDecoder()
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
        let inputs = DocumentInputs(paths: paths, standardInput: decoder)
        let failed = try await Pipeline(processor: DocumentProcessor(lexicon: lexicon), jobs: pipeline.jobs).extract(
            inputs, write: Output.write, step: pipeline.step, problem: Diagnostics.print)
        if failed > 0 { throw ExitCode(1) }
    }
}
