import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Morphology rules")
struct MorphologyTests {
    /// Cues with the segmentation words the variants read, and `morphology.cues` sections.
    static func cues(derive: [String], plural: [String] = [], joiner: [String] = []) -> CueLists {
        var cues = CueLists()
        cues.files["segmentation"] = [
            "determiner": [CuePhrase(text: "the", line: 1)], "of-form": [CuePhrase(text: "of", line: 2)],
            "phrase-word": ["of", "to", "in", "and"].enumerated().map { CuePhrase(text: $1, line: 3 + $0) },
        ]
        func lines(_ phrases: [String]) -> [CuePhrase] {
            phrases.enumerated().map { CuePhrase(text: $1, line: $0 + 1) }
        }
        cues.files[Morphology.file] = ["derive": lines(derive), "plural": lines(plural), "joiner": lines(joiner)]
        return cues
    }

    static let shipped = cues(
        derive: ["*ic *ia", "*ive *ion", "*atory *ation", "*atic *a", "*tic *sis"],
        plural: ["*us *i", "*is *es", "foot feet"], joiner: ["to", "in"])

    static func lexicon(_ concepts: [(String, [String])], cues: CueLists = shipped, spelling: [SpellingRule] = [])
        -> CompiledLexicon
    {
        let made = concepts.enumerated().map { index, concept in
            Concept(
                id: concept.0, name: concept.0, roles: [.cause], category: "x", terms: concept.1, file: "t.lex",
                line: index + 1)
        }
        return CompiledLexicon(LexiconSet(concepts: made, cues: cues, spellingRules: spelling))
    }

    @Test(
        "a derivable head reads as its adjective, a derivable adjective as its noun and its of-form",
        arguments: [
            ("pollen ischemia", "ischemic pollen"), ("nose degeneration", "degenerative nose"),
            ("degenerative nose", "nose degeneration"), ("degenerative nose", "degeneration of the nose"),
            ("inflammatory nose", "nose inflammation"), ("inflammatory nose", "inflammation in the noses"),
            ("nose trauma", "traumatic nose"), ("nose necrosis", "necrotic noses"),
        ])
    func derived(term: String, text: String) {
        #expect(Self.lexicon([("c", [term])]).lookUp(text).map(\.id) == ["c"], "\(term) / \(text)")
    }

    @Test("single words and phrases are never derived; without the file nothing is")
    func notDerived() {
        #expect(Self.lexicon([("c", ["ischemia"])]).lookUp("ischemic").isEmpty)
        #expect(Self.lexicon([("c", ["ischemia of pollen"])]).lookUp("ischemic pollen").isEmpty)
        #expect(Self.lexicon([("c", ["ACL trauma"])]).lookUp("traumatic ACL").map(\.id) == ["c"])
        #expect(Self.lexicon([("c", ["pollen ACL"])]).lookUp("ACL to pollen").isEmpty)
        #expect(Self.lexicon([("c", ["pollen ischemia"])], cues: CueLists()).lookUp("ischemic pollen").isEmpty)
    }

    @Test("every word of a term takes its irregular plural, one at a time and all together")
    func plurals() {
        let lexicon = Self.lexicon([("c", ["tophus foot"])])
        for text in ["tophi foot", "tophus feet", "tophi feet", "tophus foot's", "tophus's feet"] {
            #expect(lexicon.lookUp(text).map(\.id) == ["c"], "\(text)")
        }
        #expect(Self.lexicon([("m", ["nasal metastasis"])]).lookUp("nasal metastases").map(\.id) == ["m"])
        #expect(Self.lexicon([("m", ["bus"])]).lookUp("bi").isEmpty, "a stem of fewer than three letters is kept")
    }

    @Test("a head joins its modifier with the [joiner] words, and a two-word head is turned round")
    func joiners() {
        let lexicon = Self.lexicon([("c", ["nose damage"]), ("d", ["upper nose stress fracture"])])
        #expect(lexicon.lookUp("damage to the nose").map(\.id) == ["c"])
        #expect(lexicon.lookUp("damage in the nose").map(\.id) == ["c"])
        #expect(lexicon.lookUp("stress fracture of the upper nose").map(\.id) == ["d"])
        #expect(lexicon.lookUp("damage within the nose").isEmpty)
    }

    @Test("a modifier stands in the other words of its [modifier] line; the head never does")
    func modifiers() {
        var cues = Self.shipped
        cues.files[Morphology.file]?["modifier"] = [CuePhrase(text: "altered changed abnormal", line: 9)]
        let lexicon = Self.lexicon([("c", ["altered pollen count"])], cues: cues)
        #expect(lexicon.lookUp("changed pollen count").map(\.id) == ["c"])
        #expect(lexicon.lookUp("abnormal pollen counts").map(\.id) == ["c"])
        #expect(Self.lexicon([("d", ["pollen altered"])], cues: cues).lookUp("pollen changed").isEmpty)
        var bad = cues
        bad.files[Morphology.file]?["modifier"] = [CuePhrase(text: "altered", line: 4)]
        #expect(Morphology.read(bad).problems.map { $0.location?.line } == [4])
    }

    @Test("a made form another concept has is left out and reported, never added to both")
    func collisions() {
        let lexicon = Self.lexicon([("a", ["sinus ischemia"]), ("b", ["ischemic sinus"])])
        #expect(lexicon.lookUp("ischemic sinus").map(\.id) == ["b"])
        #expect(lexicon.lookUp("sinus ischemia").map(\.id) == ["a"])
        let forms = Set(lexicon.expansionCollisions.map { "\($0.concept):\($0.form):\($0.owners)" })
        #expect(forms.contains("a:ischemic sinus:[\"b\"]"))
        #expect(forms.contains("b:sinus ischemia:[\"a\"]"))
        #expect(lexicon.expansionCollisions.allSatisfy { $0.description.hasPrefix("t.lex:") })
    }

    @Test("a form two other concepts own is left out once, naming both owners in lexicon order")
    func collisionWithTwoOwners() {
        let lexicon = Self.lexicon([("c", ["ischemic sinus"]), ("a", ["sinus ischemia"]), ("b", ["ischemic sinus"])])
        #expect(lexicon.lookUp("sinus ischemia").map(\.id) == ["a"])
        let left = lexicon.expansionCollisions.filter { $0.concept == "a" && $0.form == "ischemic sinus" }
        #expect(left.map(\.owners) == [["c", "b"]])
        #expect(
            lexicon.expansionCollisions.filter { $0.concept == "b" && $0.form == "sinus ischemia" }.map(\.owners) == [
                ["a"]
            ])
    }

    @Test("an adjective form that ends where the topic's name begins is left out; other forms are kept")
    func topicStart() {
        let concepts = [
            Concept(
                id: "t", name: "t", roles: [.topic], category: "x", terms: ["nose swelling"], file: "t.lex", line: 1),
            Concept(
                id: "c", name: "c", roles: [.cause], category: "x", terms: ["nose ischemia"], file: "t.lex", line: 2),
        ]
        let lexicon = CompiledLexicon(LexiconSet(concepts: concepts, cues: Self.shipped))
        #expect(lexicon.lookUp("ischemic nose").isEmpty)
        #expect(lexicon.lookUp("ischemia in the nose").map(\.id) == ["c"])
        let left = lexicon.expansionCollisions.filter { $0.reason == .topicStart }
        #expect(left.map(\.form).contains("ischemic nose"))
        #expect(left.allSatisfy { $0.form.hasSuffix(" nose") && $0.owners == ["t"] })
        #expect(left.first?.description.contains("ends where a name of 't' begins") == true)
    }

    @Test("made forms get their spelling variants")
    func spelled() {
        let lexicon = Self.lexicon(
            [("c", ["sinus ischemia"])],
            spelling: [SpellingRule(variant: "aem", canonical: "em", place: .infix, line: 1)])
        #expect(lexicon.lookUp("ischaemic sinus").map(\.id) == ["c"])
    }

    @Test("morphology.cues reports a malformed line with its file and line")
    func malformed() {
        var cues = Self.cues(derive: ["*ic", "ic ia", "*ic *ia"], plural: ["foot feet", "*us i*"])
        cues.folder = "L"
        let (morphology, problems) = Morphology.read(cues)
        #expect(morphology.derivations.count == 1)
        #expect(morphology.wordPlurals == ["foot": "feet"])
        let lines = problems.map(\.description).map { String($0.prefix(while: { $0 != " " })) }
        #expect(lines == ["L/morphology.cues:1:", "L/morphology.cues:2:", "L/morphology.cues:2:"])
    }

    @Test("the shipped lexicons' made forms collide with no other concept; each left-out form names its owners")
    func shippedCollisions() throws {
        let (set, problems) = LexiconSet.load(folder: Repository.lexicons)
        #expect(problems.isEmpty, "\(problems)")
        let lexicon = CompiledLexicon(set)
        let ids = Set(set.concepts.map(\.id))
        #expect(lexicon.expansionCollisions.filter { $0.reason == .otherConcept }.map(\.description) == [])
        for collision in lexicon.expansionCollisions {
            #expect(!collision.owners.isEmpty && Set(collision.owners).isSubset(of: ids))
        }
        #expect(lexicon.lookUp("degenerative cartilage").contains { $0.id == "cartilage-damage" })
    }
}
