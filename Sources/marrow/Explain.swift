import ArgumentParser
import Foundation
import MarrowKit

struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a sentence is classified, and why (for lexicon curators).",
        discussion: """
            Prints the sentence's tokens and their matching keys, the concepts and cue phrases found, the section, and for each mention its role, claim object and assertion (affirmed, negated, uncertain) with the ConText attributes (hypothetical, historical, experiencer) and the rules and triggers that decided them.

            The text is read as one passage, exactly as given: nothing is dropped as boilerplate and no line is taken for a heading, so clinical sentences such as "No CHEST PAIN." or "ALLERGIES: NO KNOWN DRUG ALLERGIES." are classified as written. With --article it is read as a scraped article instead (blank lines split paragraphs, bullets start list items, short lines may be headings), the way extract reads files.

            --term classifies a span even when no lexicon names it, so any sentence can be checked: marrow explain "No evidence of fracture was seen." --term fracture. The term matches case-insensitively at word boundaries; the first occurrence is taken.

            --jsonl reads one {"text": …, "term": …, "start": …, "heading": …} object per line on standard input and answers one JSON line each (assertion, the ConText attributes, role, object, concept, the term's start and end, triggers, reasons), so thousands of sentences can be checked at once. "start" is the character offset (in Unicode scalars) of the occurrence of the term to classify, when it occurs more than once. Every line that is JSON gets an answer; a line that is not, or whose term does not occur in its text, gets {"error": …} and the exit status is 1.
            """)

    @Argument(help: "The text to explain (omit with --jsonl).")
    var text: String?

    @Option(name: .long, help: "A span of the text to classify, known to the lexicons or not.")
    var term: String?

    @Option(name: .long, help: "A heading to put the text under (e.g. \"What causes it?\").")
    var heading: String?

    @Flag(name: .long, help: "Read the text as a scraped article, not as one passage.")
    var article = false

    @Flag(name: .long, help: "Read JSON lines on standard input, answer JSON lines.")
    var jsonl = false

    @Flag(name: .long, help: "Print the explanation as JSON.")
    var json = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if jsonl && text != nil { throw ValidationError("give either TEXT or --jsonl, not both") }
        if !jsonl && text == nil {
            throw ValidationError("give the TEXT to explain, or --jsonl to read sentences on standard input")
        }
    }

    func run() async throws {
        let explainer = Explainer(lexicon: try lexiconOptions.load())
        if jsonl {
            let answered = ExplainLines(explainer: explainer).answerStream(
                reading: { FileHandle.standardInput.availableData }, writing: Output.write)
            if !answered { throw ExitCode(1) }
            return
        }
        let explanation: Explanation
        do {
            explanation = try explainer.explain(
                ExplainQuery(text: text ?? "", term: term, heading: heading), reading: article ? .article : .passage)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(1)
        }
        if json {
            Output.write(try PrettyJSON.encode(explanation))
            return
        }
        Output.write(explanation.report)
    }
}
