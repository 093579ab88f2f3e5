import ArgumentParser
import Foundation
import MarrowKit

struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-read every raw source and re-resolve every evidence anchor.",
        discussion: """
            For each current source: is the file still there, are its bytes the ones stored
            (SHA-256), and does every passage anchor still yield its passage (after decoding and
            whitespace folding) and every mention anchor exactly its mention? Each failure is
            printed as 'path:line: error: …'. Exit status 0 when everything holds, 1 otherwise.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let kb = try openKnowledgeBase(knowledgeBase.path, create: false)
        let report = try Verifier(knowledgeBase: kb).verify()
        for problem in report.problems { Diagnostics.print(problem) }
        Output.write(report.summary + "\n")
        if !report.passed { throw ExitCode(1) }
    }
}
