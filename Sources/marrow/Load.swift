import ArgumentParser
import Foundation
import MarrowKit

struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold evidence records (JSON Lines from 'marrow extract') into the knowledge base.",
        discussion: """
            Each FILE holds records as 'marrow extract' writes them, possibly from shards run on
            other machines; '-' reads standard input. Loading is order-independent: shard A then B,
            B then A, or all records at once give the same knowledge base, the same as ingesting
            the documents. Lines that are not readable records are reported with file and line and
            skipped; the exit status is then 1.
            """)

    @Argument(help: "JSON Lines files of evidence records, or '-' for standard input.")
    var files: [String]

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        var records: [EvidenceRecord] = []
        var failed = 0
        for file in files {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else if let contents = FileManager.default.contents(atPath: file) {
                data = contents
            } else {
                Diagnostics.print(MarrowError(.notFound, "no such file", at: SourceLocation(path: file)))
                failed += 1
                continue
            }
            let (read, failures) = EvidenceRecordReader.read(data, label: file == "-" ? "<stdin>" : file)
            for failure in failures { Diagnostics.print(failure) }
            failed += failures.count
            records += read
        }
        let kb = try openKnowledgeBase(knowledgeBase.path, create: true)
        let outcome = try kb.load(records)
        Output.write("load: \(outcome.summary)\n")
        if failed > 0 { throw ExitCode(1) }
    }
}
