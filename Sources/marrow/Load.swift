import ArgumentParser
import Foundation
import MarrowKit

struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold evidence records (JSON Lines from 'marrow extract') into the knowledge base.",
        discussion: """
            Each FILE holds records as 'marrow extract' writes them, possibly from shards run on other machines; '-' reads standard \
            input. Loading is order-independent: shard A then B, B then A, or all records at once give the same knowledge base, the \
            same as ingesting the documents. When shards spell one source's path differently, every spelling is recorded and the \
            source is shown at the smallest.

            Every record is checked before it is loaded: field types, ranges that start before they end and lie inside the passage \
            (and inside the source file, when it is here with the recorded digest), digests of the right form, a mention whose text \
            fits its byte range. A line that fails is reported as 'file:line: error: …' and skipped, the rest load, and the exit \
            status is 1. 'marrow verify' then re-reads the sources and names any anchor that does not resolve.
            """)

    @Argument(help: "JSON Lines files of evidence records, or '-' for standard input.")
    var files: [String]

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    /// Folds `inputs` in, prints the summary under the command's name, and exits 1 when records
    /// were refused (2 when the knowledge base could not be written).
    static func fold(_ inputs: [Loading.Input], into path: String, command: String) async throws {
        let outcome: LoadOutcome
        do {
            outcome = try await Loading.load(inputs, into: path, problem: Diagnostics.print, waiting: Diagnostics.note)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(2)
        }
        Output.write("\(command): \(outcome.summary)\n")
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }

    func run() async throws {
        try await Load.fold(files.map { .jsonLines($0) }, into: knowledgeBase.path, command: "load")
    }
}

struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold knowledge bases built in parallel (shards) into one.",
        discussion: """
            Each SHARD is a knowledge base, typically filled by 'marrow load' or 'marrow ingest' on one part of a corpus. Their \
            current sources and evidence are folded into the knowledge base named by --kb with the rules of 'marrow load', so \
            merging is order-independent, and merging shards gives the same content as loading all their records at once. The \
            shards are only read. Old versions and retractions inside a shard are not carried over.
            """)

    @Argument(help: "Knowledge bases to fold in.")
    var shards: [String]

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        try await Load.fold(shards.map { .knowledgeBase($0) }, into: knowledgeBase.path, command: "merge")
    }
}
