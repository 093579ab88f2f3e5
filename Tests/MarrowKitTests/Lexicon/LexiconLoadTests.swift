import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Loading and compiling lexicons in one step")
struct LexiconLoadTests {
    /// A folder of the shipped files, with `changes` written over them (an empty text removes a file).
    static func folder(_ changes: [String: String]) throws -> String {
        let folder = Repository.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repository.lexicons) {
            try FileManager.default.copyItem(atPath: Repository.lexicons + "/" + name, toPath: folder + "/" + name)
        }
        for (name, text) in changes {
            let path = folder + "/" + name
            if text.isEmpty {
                try FileManager.default.removeItem(atPath: path)
            } else {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        return folder
    }

    @Test("the shipped lexicons compile to the same tables as checking and compiling apart")
    func shippedMatchesTwoSteps() {
        let (lexicon, problems) = CompiledLexicon.load(folder: Repository.lexicons)
        #expect(problems.isEmpty, "\(problems)")
        let (set, _) = LexiconSet.load(folder: Repository.lexicons)
        let apart = CompiledLexicon(set)
        #expect(lexicon.version == apart.version)
        #expect(lexicon.vocabulary.keys == apart.vocabulary.keys)
        #expect(lexicon.expansionCollisions == apart.expansionCollisions)
        #expect(lexicon.conceptTable.map(\.id) == apart.conceptTable.map(\.id))
        #expect(lexicon.conceptsByFoldedTerm == apart.conceptsByFoldedTerm)
        #expect(lexicon.concepts.keys == apart.concepts.keys)
    }

    @Test("a broken folder gets the same problems, in the same order, as LexiconSet.load")
    func brokenFolderProblems() throws {
        let folder = try Self.folder([
            "topic.lex": "concept hay-fever\n  terms: hay fever\n\nconcept hay-fever\n  terms: pollinosis\n",
            "causes.lex": "concept pollen\n  terms: pollen | the\n\nconcept grass\n  terms: Pollens\n",
            "diagnostics.lex": "",
        ])
        let (lexicon, problems) = CompiledLexicon.load(folder: folder)
        let (set, expected) = LexiconSet.load(folder: folder)
        #expect(!expected.isEmpty)
        #expect(problems.map(\.description) == expected.map(\.description))
        #expect(problems.contains { $0.message.contains("duplicate concept id 'hay-fever'") })
        #expect(problems.contains { $0.message.contains("missing concept file diagnostics.lex") })
        #expect(lexicon.conceptTable.map(\.id) == set.concepts.map(\.id))
    }

    @Test("reading alone reports each file's problems but none that span files")
    func readingSkipsCrossChecks() throws {
        let folder = try Self.folder([
            "topic.lex": "concept hay-fever\n  terms: hay fever\n\nconcept hay-fever\n  terms: pollinosis\n",
            "causes.lex": "concept Bad\n  terms: pollen\n",
        ])
        let (set, problems) = LexiconSet.read(folder: folder)
        #expect(set.concepts.map(\.id).contains("hay-fever"))
        #expect(problems.contains { $0.message.contains("concept id 'Bad'") })
        #expect(!problems.contains { $0.message.contains("duplicate concept id") })
        #expect(LexiconSet.load(folder: folder).problems.contains { $0.message.contains("duplicate concept id") })
    }

    @Test("concept names come from the parsed lexicons, the first of a repeated id winning, problems or not")
    func conceptNames() throws {
        let folder = try Self.folder([
            "topic.lex":
                "concept hay-fever\n  name: Hay fever\n  terms: hay fever\n\nconcept hay-fever\n  name: Other\n",
            "causes.lex": "concept Bad\n  terms: pollen\n\nconcept pollen\n  terms: pollen grains\n",
        ])
        let names = LexiconSet.conceptNames(folder: folder)
        #expect(names["hay-fever"] == "Hay fever")
        #expect(names["pollen"] == LexiconSet.read(folder: folder).set.concepts.first { $0.id == "pollen" }?.name)
    }
}
