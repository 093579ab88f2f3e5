import ArgumentParser
import Foundation
import MarrowKit

struct LexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with the lexicons.",
        subcommands: [Check.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the lexicon folder and report every problem with file and line.",
            discussion:
                "Also lists, as notes, every form the morphology rules of morphology.cues made for one concept that another concept already has; such a form is left out and is no problem. Exit status 0 when the lexicons are valid, 1 when any problem was found."
        )

        @OptionGroup var lexiconOptions: LexiconOptions

        func run() async throws {
            let folder = lexiconOptions.folder
            let (lexicon, problems) = CompiledLexicon.load(folder: folder)
            let set = lexicon.lexiconSet
            for problem in problems { Diagnostics.print(problem) }
            let collisions = lexicon.expansionCollisions
            for collision in collisions { Output.write(collision.description + "\n") }
            let roles = Dictionary(grouping: set.concepts, by: \.primaryRole).mapValues(\.count)
            let terms = set.concepts.reduce(0) { $0 + $1.terms.count }
            let summary = Role.allCases.compactMap { role in roles[role].map { "\($0) \(role.rawValue)" } }.joined(
                separator: ", ")
            Output.write(
                "\(folder): \(set.concepts.count) concepts (\(summary)), \(terms) terms, \(collisions.count) made form\(collisions.count == 1 ? "" : "s") left out, version \(set.version): \(problems.isEmpty ? "ok" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")")\n"
            )
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
