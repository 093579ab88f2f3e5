import ArgumentParser
import Foundation
import MarrowKit

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline's claims against a gold claim file (for lexicon curators).",
        discussion: """
            Runs the pipeline on each PATH (files or folders) and compares its cause and treatment claims about the topic with GOLD, a JSON-lines file with one claim a line: {"id": document name, "role": "cause" or "treatment", "concept": …, "surfaces": [the exact strings in the text], "assertion": "affirmed", "negated" or "uncertain"}. A document's name is its file name up to the first period.

            A gold line is found when a record of its document and role has a mention that, case and plural folded, equals one of its surfaces or holds one as a whole-word sequence (or is held by one). A predicted claim is a distinct document, role and concept; it is correct when one of its mentions finds a gold line. Prints precision, recall and F1 per role and overall, and the share of found lines whose assertion is right.

            --show lists every missed gold line with what the pipeline made of its surfaces, every false positive and every assertion error, each with its passage and the rules that decided it. --format json prints one JSON object instead (with the lists when --show is given).

            --rules adds the decisions per rule: for each rule that decided a mention (named as explain names its reason's kind), the true and false claims it rejected and accepted, counted by mention against the gold, the gold lines it rejected that no record found, and the documents and sentences it fired in. With --show, each rule lists the true claims it rejected. A rule whose rejections are mostly true claims costs recall; one that fires in a handful of sentences may fit them.
            """)

    @Argument(help: "The gold claim file (JSON lines).")
    var gold: String

    @Argument(help: "The documents: files or folders.")
    var paths: [String]

    @Flag(name: .long, help: "List every miss, false positive and assertion error with its passage and deciding rule.")
    var show = false

    @Flag(name: .long, help: "Count every decision per deciding rule against the gold.")
    var rules = false

    @Option(name: .long, help: "text or json.")
    var format: Evaluation.Format = .text

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() async throws {
        let evaluator = Evaluator(processor: DocumentProcessor(lexicon: try lexiconOptions.load()))
        let result: (evaluation: Evaluation, failures: [MarrowError])
        do {
            result = try evaluator.evaluate(goldPath: gold, paths: paths)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(1)
        }
        for failure in result.failures { Diagnostics.print(failure) }
        Output.write(try result.evaluation.rendered(as: format, details: show, rules: rules))
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}

extension Evaluation.Format: ExpressibleByArgument {}
