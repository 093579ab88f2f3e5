import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Checking a lexicon folder")
struct LexiconCheckTests {
    @Test("the shipped lexicons pass, and the summary counts concepts by role")
    func shipped() {
        let check = LexiconCheck(folder: Repository.root + "/Lexicons")
        #expect(check.passed, "\(check.problems)")
        #expect(check.summary.hasSuffix(": ok"))
        #expect(check.summary.contains(" concepts ("))
    }

    @Test("a folder that is not there is one problem, not one for each file it lacks")
    func missingFolder() {
        let folder = Repository.temporaryFolder() + "/no-lexicons"
        let check = LexiconCheck(folder: folder)
        #expect(check.problems.count == 1)
        #expect(check.problems.first?.location?.path == folder)
        #expect(check.summary.hasSuffix(": 1 problem"))
    }

    @Test("the lexicon folder and the knowledge base default to the environment, then the working folder")
    func defaults() {
        #expect(LexiconSet.folder(named: "mine", environment: ["MARROW_LEXICONS": "env"]) == "mine")
        #expect(LexiconSet.folder(named: nil, environment: ["MARROW_LEXICONS": "env"]) == "env")
        #expect(LexiconSet.folder(named: nil, environment: [:]) == "Lexicons")
        #expect(KnowledgeBase.path(named: nil, environment: ["MARROW_KB": "kb"]) == "kb")
        #expect(KnowledgeBase.path(named: nil, environment: [:]) == ".marrow/knowledge.sqlite")
    }
}
