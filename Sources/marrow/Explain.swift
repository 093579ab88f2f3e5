import ArgumentParser
import Foundation
import MarrowKit

struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a sentence is classified, and why (for lexicon curators).",
        discussion: """
            Prints the sentence's tokens and their matching keys, the concepts and cue phrases
            found, the section, and for each mention its role, claim object and assertion with the
            rules and triggers that decided them.

            --term forces a span to be classified even when no lexicon names it, so any sentence
            can be checked:  marrow explain "No evidence of fracture was seen." --term fracture

            --jsonl reads one {"text": …, "term": …, "heading": …} object per line on standard
            input and answers one JSON line each (role, assertion, object, triggers, reasons), so
            thousands of sentences can be checked at once; a bad line gets {"error": …}.
            """)

    @Argument(help: "The text to explain (omit with --jsonl).")
    var text: String?

    @Option(name: .long, help: "A span of the text to classify, known to the lexicons or not.")
    var term: String?

    @Option(name: .long, help: "A heading to put the text under (e.g. \"What causes it?\").")
    var heading: String?

    @Flag(name: .long, help: "Read JSON lines on standard input, answer JSON lines.")
    var jsonl = false

    @Flag(name: .long, help: "Print the explanation as JSON.")
    var json = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if jsonl && text != nil { throw ValidationError("give either TEXT or --jsonl, not both") }
        if !jsonl && text == nil { throw ValidationError("give the TEXT to explain, or --jsonl to read sentences on standard input") }
    }

    func run() async throws {
        let explainer = Explainer(processor: DocumentProcessor(lexicon: try lexiconOptions.load()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if jsonl {
            struct Query: Decodable { var text: String; var term: String?; var heading: String? }
            struct Answer: Encodable {
                var line: Int
                var text: String?
                var term: String?
                var role: Role?
                var assertion: Assertion?
                var object: String?
                var concept: String?
                var triggers: [String]?
                var reasons: [String]?
                var error: String?
            }
            var failed = false
            var number = 0
            while let line = readLine(strippingNewline: true) {
                number += 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                var answer = Answer(line: number)
                do {
                    let query = try JSONDecoder().decode(Query.self, from: Data(line.utf8))
                    answer.text = query.text
                    answer.term = query.term
                    let explanation = try explainer.explain(text: query.text, term: query.term, heading: query.heading)
                    if let target = explanation.target {
                        answer.role = target.role
                        answer.assertion = target.assertion
                        answer.object = target.object
                        answer.concept = target.concept
                        answer.triggers = target.triggers
                        answer.reasons = target.reasons
                    } else {
                        answer.error = "no lexicon concept in the text; give a term"
                    }
                } catch let error as MarrowError {
                    answer.error = error.message
                    failed = true
                } catch {
                    answer.error = "line \(number) is not a JSON object with \"text\""
                    failed = true
                }
                Output.write(try encoder.encode(answer) + Data("\n".utf8))
            }
            if failed { throw ExitCode(1) }
            return
        }
        let explanation: Explanation
        do {
            explanation = try explainer.explain(text: text ?? "", term: term, heading: heading)
        } catch let error as MarrowError {
            Diagnostics.print(error)
            throw ExitCode(1)
        }
        if json {
            encoder.outputFormatting.insert(.prettyPrinted)
            Output.write(try encoder.encode(explanation) + Data("\n".utf8))
            return
        }
        var out = "section: \(explanation.section.isEmpty ? "(none)" : explanation.section.joined(separator: " › ")) [\(explanation.sectionKind.rawValue)]\n"
        out += "tokens: " + explanation.tokens.map { $0.abbreviation.map { a in "\(a)!" } ?? $0.key }.joined(separator: " ") + "\n"
        out += "cues:\n" + (explanation.cues.isEmpty ? "  (none)\n" : explanation.cues.map { "  '\($0.text)'  \($0.kinds.joined(separator: ", "))\n" }.joined())
        out += "mentions:\n"
        if explanation.mentions.isEmpty { out += "  (none: no lexicon term in the text; try --term)\n" }
        for mention in explanation.mentions {
            out += "  '\(mention.text)' → \(mention.concept): \(mention.role.rawValue), \(mention.assertion.rawValue)"
            out += mention.role == .other ? " (no claim)\n" : ", object \(mention.object)\n"
            for reason in mention.reasons { out += "      - \(reason)\n" }
        }
        Output.write(out)
    }
}
