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
            let check = LexiconCheck(folder: lexiconOptions.folder)
            for problem in check.problems { Diagnostics.print(problem) }
            for collision in check.collisions { Output.write(collision.description + "\n") }
            Output.write(check.summary + "\n")
            if !check.passed { throw ExitCode(1) }
        }
    }
}
