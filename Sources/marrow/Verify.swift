import ArgumentParser
import Foundation
import MarrowKit

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-read every raw source and re-resolve every evidence anchor.",
        discussion: """
            For each current source, at every path it is recorded at: is the file still there, are its bytes the ones stored \
            (SHA-256), and does every passage anchor still yield its passage (after decoding and whitespace folding) and every \
            mention anchor exactly its mention? When a file changed, its anchors are checked against the new bytes and the first \
            ones that no longer resolve are named. Each failure is printed as 'path:line: error: …'.

            Exit status 0 when everything holds, 1 otherwise. The knowledge base is opened read-only.
            """)

    @Flag(
        name: .customLong("progress"), inversion: .prefixedNo,
        help: "Show progress on standard error (default: on when it is a terminal).")
    var progressFlag: Bool?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try knowledgeBase.openForReading()
        let progress = progressFlag ?? Console.isTerminal
        let report = try Verifier(knowledgeBase: kb).verify(every: 50) { if progress { Console.shared.progress($0) } }
        for problem in report.problems { Diagnostics.print(problem) }
        Output.write(report.summary + "\n")
        if !report.passed { throw ExitCode(1) }
    }
}
