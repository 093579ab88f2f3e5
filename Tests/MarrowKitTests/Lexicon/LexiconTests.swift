import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Lexicon files")
struct LexiconTests {
    @Test("the shipped lexicons load without a problem")
    func shipped() {
        let (set, problems) = LexiconSet.load(folder: Repository.lexicons)
        #expect(problems.isEmpty, "\(problems)")
        #expect(set.concepts.count > 150)
        #expect(set.concepts.filter { $0.roles.contains(.topic) }.count == 1)
    }

    @Test("concept blocks report each problem with its line")
    func conceptErrors() {
        let text = """
            # comment
            concept good-one
              name: Good
              terms: good | better

            concept Bad
              role: sometimes
              terms: a (b)
            stray line
            """
        let (concepts, errors) = LexiconParser().parseConcepts(text, file: "x.lex", defaultRole: .cause)
        #expect(concepts.map(\.id) == ["good-one", "Bad"])
        let messages = errors.map(\.description)
        #expect(messages.contains { $0.hasPrefix("x.lex:6: error: concept id 'Bad'") })
        #expect(messages.contains { $0.hasPrefix("x.lex:7: error: unknown role 'sometimes'") })
        #expect(messages.contains { $0.hasPrefix("x.lex:8: error: term 'a (b)'") })
        #expect(messages.contains { $0.hasPrefix("x.lex:9: error: expected 'concept ID'") })
    }

    @Test("a term shared by two concepts of one role is reported")
    func sharedTerm() {
        let concepts = [
            Concept(id: "a", name: "A", roles: [.cause], category: "x", terms: ["gout"], file: "c.lex", line: 1),
            Concept(id: "b", name: "B", roles: [.cause], category: "x", terms: ["Gouts"], file: "c.lex", line: 5),
        ]
        let set = LexiconSet(concepts: concepts, cues: CueLists())
        let problems = set.crossCheck(compiler: LexiconCompiler(set: set))
        #expect(problems.contains { $0.description.hasPrefix("c.lex:5: error: term 'Gouts' of 'b' also names 'a'") })
    }

    @Test("cue files reject unknown sections")
    func cueSections() {
        let (_, errors) = LexiconParser().parseCues(
            "[cause]\ncaused by\n[nonsense]\nx\n", file: "roles.cues", allowedSections: ["cause"])
        #expect(errors.map(\.description).contains { $0.hasPrefix("roles.cues:3: error: unknown section [nonsense]") })
    }
}

@Suite("A second topic proves the code knows no topic")
struct SecondTopicTests {
    /// A tiny lexicon about hay fever, built from the shipped cue files.
    static func lexicon() throws -> CompiledLexicon {
        let folder = Repository.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repository.lexicons)
        where name.hasSuffix(".cues") || name == "spelling.txt" {
            try FileManager.default.copyItem(atPath: Repository.lexicons + "/" + name, toPath: folder + "/" + name)
        }
        try "concept hay-fever\n  terms: hay fever | allergic rhinitis\n".write(
            toFile: folder + "/topic.lex", atomically: true, encoding: .utf8)
        try "concept pollen\n  category: allergen\n  terms: pollen | grass pollen\n".write(
            toFile: folder + "/causes.lex", atomically: true, encoding: .utf8)
        try "concept antihistamine\n  category: drug\n  terms: antihistamine | cetirizine\n".write(
            toFile: folder + "/treatments.lex", atomically: true, encoding: .utf8)
        try "concept sneezing\n  terms: sneezing\n".write(
            toFile: folder + "/symptoms.lex", atomically: true, encoding: .utf8)
        try "concept skin-prick-test\n  terms: skin prick test\n".write(
            toFile: folder + "/diagnostics.lex", atomically: true, encoding: .utf8)
        let (set, problems) = LexiconSet.load(folder: folder)
        #expect(problems.isEmpty, "\(problems)")
        return CompiledLexicon(set)
    }

    @Test("claims come out for hay fever with no code change")
    func hayFever() throws {
        let lexicon = try Self.lexicon()
        let text =
            "Hay fever\n\nWhat causes hay fever?\n\nGrass pollen is the most common trigger of hay fever.\n\nTreatment\n\nAntihistamines such as cetirizine help relieve it. Sneezing is common.\n"
        let records = try process(text: text, lexicon: lexicon).records
        let claims = Set(records.map { "\($0.claim.subject) \($0.claim.predicate) \($0.claim.object)" })
        #expect(claims.contains("pollen causes hay-fever"))
        #expect(claims.contains("antihistamine treats hay-fever"))
        #expect(!claims.contains { $0.hasPrefix("sneezing causes") })
    }
}
