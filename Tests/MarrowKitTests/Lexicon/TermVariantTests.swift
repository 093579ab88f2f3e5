import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Spelling patterns")
struct SpellingRuleTests {
    @Test(
        "a pattern's place follows its stars",
        arguments: [
            ("*isation", "*ization", SpellingRule.Place.suffix),
            ("haemo*", "hemo*", .prefix),
            ("*sulph*", "*sulf*", .infix),
        ])
    func places(variant: String, canonical: String, place: SpellingRule.Place) throws {
        let rule = try #require(try SpellingRule.parse(variant: variant, canonical: canonical, line: 1))
        #expect(rule.place == place)
        #expect(!rule.variant.contains("*") && !rule.canonical.contains("*"))
    }

    @Test("a plain pair is no pattern")
    func plainPair() throws {
        #expect(try SpellingRule.parse(variant: "grey", canonical: "gray", line: 1) == nil)
    }

    @Test("spelling.txt reports a malformed pattern with its line and keeps the pairs")
    func malformed() {
        let text = "tumour tumor\n*isation ization\n*ise *ize\n*x* *x*\n"
        let (map, rules, errors) = LexiconParser().parseSpelling(text, file: "spelling.txt")
        #expect(map == ["tumour": "tumor"])
        #expect(rules.map(\.line) == [3])
        #expect(
            errors.map(\.description).contains { $0.hasPrefix("spelling.txt:2: error: a spelling pattern needs '*'") })
        #expect(
            errors.map(\.description).contains { $0.hasPrefix("spelling.txt:4: error: a spelling pattern needs two") })
    }

    @Test("each place rewrites only where the canonical part stands")
    func variants() {
        let suffix = SpellingRule(variant: "isation", canonical: "ization", place: .suffix, line: 1)
        #expect(suffix.variants(of: "immunization") == ["immunisation"])
        #expect(suffix.variants(of: "izationx").isEmpty)
        let prefix = SpellingRule(variant: "haemo", canonical: "hemo", place: .prefix, line: 1)
        #expect(prefix.variants(of: "hemorrhage") == ["haemorrhage"])
        #expect(prefix.variants(of: "chemotherapy").isEmpty)
        let infix = SpellingRule(variant: "sulph", canonical: "sulf", place: .infix, line: 1)
        #expect(infix.variants(of: "polysulfate") == ["polysulphate"])
        #expect(infix.variants(of: "sulf").isEmpty)
    }

    /// The variants the slow way: every place the canonical part stands, on arrays of the bytes.
    func referenceVariants(_ rule: SpellingRule, _ word: String) -> [String] {
        let bytes = Array(word.utf8)
        let part = Array(rule.canonical.utf8)
        guard bytes.count > part.count else { return [] }
        let starts = (0...(bytes.count - part.count)).filter { bytes[$0..<($0 + part.count)].elementsEqual(part) }
        let placed =
            switch rule.place {
            case .prefix: starts.filter { $0 == 0 }
            case .suffix: starts.filter { $0 == bytes.count - part.count }
            case .infix: starts
            }
        return placed.map {
            String(decoding: bytes[..<$0] + Array(rule.variant.utf8) + bytes[($0 + part.count)...], as: UTF8.self)
        }
    }

    @Test("random words of a small alphabet, non-ASCII included: variants agree with a plain search")
    func randomVariants() async {
        let letters = ["a", "b", "\u{E9}"]
        let places: [SpellingRule.Place] = [.prefix, .suffix, .infix]
        await propertyCheck(count: PropertyRuns.scaled(300), input: Gen.int(in: 0...2).array(of: 0...12)) {
            (choices: [Int]) in
            let word = choices.map { letters[$0] }.joined()
            for (index, place) in places.enumerated() {
                for canonical in ["a", "ab", "\u{E9}b", "bb"] {
                    let rule = SpellingRule(variant: "x" + canonical, canonical: canonical, place: place, line: index)
                    #expect(rule.variants(of: word) == referenceVariants(rule, word), "\(word) \(rule)")
                }
            }
        }
    }

    @Test("a word's variants are every form the rules make in up to three rounds, in round order, capped")
    func roundsOfVariants() async {
        let letters = ["a", "b", "o", "e"]
        // Rules that feed each other (a→o then o→e), run backwards too, so chains, cycles back to the
        // word and the per-word cap all occur.
        let rules = [
            SpellingRule(variant: "o", canonical: "a", place: .infix, line: 1),
            SpellingRule(variant: "e", canonical: "o", place: .infix, line: 2),
            SpellingRule(variant: "bb", canonical: "b", place: .suffix, line: 3),
            SpellingRule(variant: "a", canonical: "e", place: .prefix, line: 4),
        ]
        await propertyCheck(count: PropertyRuns.scaled(300), input: Gen.int(in: 0...3).array(of: 1...9)) {
            (choices: [Int]) in
            let word = choices.map { letters[$0] }.joined()
            for set in [rules, rules.map(\.reversed)] {
                #expect(SpellingTable.variants(of: word, rules: set) == referenceRounds(word, set), "\(word)")
            }
        }
    }

    /// Breadth first, one round at a time, as the table was first written.
    private func referenceRounds(_ word: String, _ rules: [SpellingRule]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = [word]
        var frontier = [word]
        for _ in 0..<SpellingTable.rounds where !frontier.isEmpty {
            var next: [String] = []
            for form in frontier {
                for rule in rules {
                    for variant in rule.variants(of: form) where seen.insert(variant).inserted {
                        guard found.count < SpellingTable.perWord else { return found }
                        found.append(variant)
                        next.append(variant)
                    }
                }
            }
            frontier = next
        }
        return found
    }

    @Test("the table gets variants of the lexicon's words only, never a lexicon word or a listed variant")
    func table() {
        let rules = [
            SpellingRule(variant: "isation", canonical: "ization", place: .suffix, line: 1),
            SpellingRule(variant: "ise", canonical: "ize", place: .suffix, line: 2),
            SpellingRule(variant: "our", canonical: "or", place: .suffix, line: 3),
        ]
        let table = SpellingTable.expand(
            ["colour": "color"], rules: rules, words: ["desensitization", "immunize", "color", "for", "four"],
            isStableKey: { _ in true })
        #expect(table["desensitisation"] == "desensitization")
        #expect(table["immunise"] == "immunize")
        #expect(table["colour"] == "color")
        #expect(table["four"] == nil, "a lexicon word is never made a variant")
        #expect(table["sneezise"] == nil)
        #expect(table.count == 3)
    }

    @Test("a lexicon word in the variant spelling gets the canonical spelling mapped to it")
    func backward() {
        let rules = [SpellingRule(variant: "odelling", canonical: "odeling", place: .suffix, line: 1)]
        let table = SpellingTable.expand(
            [:], rules: rules, words: ["remodelling", "modeling", "modelling"], isStableKey: { _ in true })
        #expect(table["remodeling"] == "remodelling")
        #expect(table["modeling"] == nil && table["modelling"] == nil, "both spellings are lexicon words")
        #expect(table.count == 1)
    }

    @Test("a term written in the variant spelling matches text in either spelling")
    func backwardEndToEnd() {
        let concept = Concept(
            id: "remodelling", name: "Remodelling", roles: [.cause], category: "mechanism",
            terms: ["bone remodelling"], file: "t.lex", line: 1)
        let set = LexiconSet(
            concepts: [concept], cues: CueLists(),
            spellingRules: [SpellingRule(variant: "odelling", canonical: "odeling", place: .suffix, line: 1)])
        let lexicon = CompiledLexicon(set)
        #expect(lexicon.lookUp("bone remodeling").map(\.id) == ["remodelling"])
        #expect(lexicon.lookUp("bone remodelling").map(\.id) == ["remodelling"])
    }

    @Test("a made variant is read as its word in text, with plurals")
    func endToEnd() throws {
        let concept = Concept(
            id: "desensitization", name: "Desensitization", roles: [.treatment], category: "drug",
            terms: ["allergen desensitization"], file: "t.lex", line: 1)
        let set = LexiconSet(
            concepts: [concept], cues: CueLists(),
            spellingRules: [SpellingRule(variant: "isation", canonical: "ization", place: .suffix, line: 1)])
        let lexicon = CompiledLexicon(set)
        #expect(lexicon.lookUp("allergen desensitisations").map(\.id) == ["desensitization"])
        #expect(lexicon.lookUp("allergen desensitization").map(\.id) == ["desensitization"])
        #expect(
            CompiledLexicon(LexiconSet(concepts: [concept], cues: CueLists())).lookUp(
                "allergen desensitisation"
            ).isEmpty)
    }
}

@Suite("Closed-up compounds")
struct CompoundVariantTests {
    static func lexicon(_ terms: [String]) -> CompiledLexicon {
        let concept = Concept(
            id: "c", name: "C", roles: [.treatment], category: "x", terms: terms, file: "t.lex", line: 1)
        var cues = CueLists()
        cues.files["segmentation"] = [
            "determiner": [CuePhrase(text: "the", line: 1)], "of-form": [CuePhrase(text: "of", line: 2)],
            "phrase-word": ["of", "to", "and"].enumerated().map { CuePhrase(text: $1, line: 3 + $0) },
        ]
        return CompiledLexicon(LexiconSet(concepts: [concept], cues: cues))
    }

    @Test(
        "a spaced or hyphenated pair also matches closed up",
        arguments: [
            ("hay fever", "hayfever"), ("hay fever", "hay-fever"), ("nasal-spray", "nasalsprays"),
            ("non weight bearing", "nonweightbearing"), ("non weight bearing", "non-weightbearing"),
            ("non weight bearing", "nonweight bearing"), ("eye drop", "eye drops"),
        ])
    func closed(term: String, text: String) {
        #expect(Self.lexicon([term]).lookUp(text).map(\.id) == ["c"], "\(term) / \(text)")
    }

    @Test("abbreviations, digits and skipped determiners are never joined")
    func notJoined() {
        #expect(Self.lexicon(["HEPA filter"]).lookUp("HEPAfilter").isEmpty)
        #expect(Self.lexicon(["type 2 rhinitis"]).lookUp("type2 rhinitis").isEmpty)
        #expect(Self.lexicon(["avoid the pollen"]).lookUp("avoidpollen").isEmpty)
        #expect(Self.lexicon(["avoid the pollen"]).lookUp("avoid pollen").map(\.id) == ["c"])
    }

    @Test("a long term gets each join alone and all of them, not every combination")
    func longTerm() {
        let normalizer = TokenNormalizer()
        let term = "one two three four five six"
        let bytes = Array(term.utf8)
        let tokens = Tokenizer(normalizer: normalizer).tokenize(
            bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count))
        let sequences = CompoundVariants(normalizer: normalizer).keySequences(tokens, in: bytes)
        #expect(sequences.count == 1 + 5 + 1)
        #expect(sequences.first == ["one", "two", "three", "four", "five", "six"])
        #expect(sequences.last == ["onetwothreefourfivesix"])
        #expect(sequences.contains(["one", "two", "threefour", "five", "six"]))
    }
}

@Suite("Inverted compounds")
struct InvertedVariantTests {
    @Test(
        "a compound also matches as HEAD of MODIFIER, with or without a determiner",
        arguments: [
            ("pollen allergy", "allergy to pollen", false), ("pollen allergy", "allergy of pollen", true),
            ("pollen allergy", "allergies of the pollen", true),
            ("nasal mucosa swelling", "swelling of the nasal mucosa", true),
            ("HEPA filter", "filter of HEPA", true),
        ])
    func inverted(term: String, text: String, matches: Bool) {
        #expect(!CompoundVariantTests.lexicon([term]).lookUp(text).isEmpty == matches, "\(term) / \(text)")
    }

    @Test("the joining word and the phrase words come from segmentation.cues: without [of-form] nothing is inverted")
    func fromCueFile() {
        let concept = Concept(
            id: "c", name: "C", roles: [.treatment], category: "x", terms: ["pollen allergy"], file: "t.lex", line: 1)
        var cues = CueLists()
        cues.files["segmentation"] = ["determiner": [CuePhrase(text: "the", line: 1)]]
        #expect(CompiledLexicon(LexiconSet(concepts: [concept], cues: cues)).lookUp("allergy of pollen").isEmpty)
        cues.files["segmentation"]?["of-form"] = [CuePhrase(text: "von", line: 2)]
        let german = CompiledLexicon(LexiconSet(concepts: [concept], cues: cues))
        #expect(!german.lookUp("allergy von pollen").isEmpty)
        #expect(german.lookUp("allergy of pollen").isEmpty)
    }

    @Test("phrases, abbreviation or digit heads, single words and long terms are not inverted")
    func notInverted() {
        #expect(CompoundVariantTests.lexicon(["allergy to pollen"]).lookUp("pollen of allergy to").isEmpty)
        #expect(CompoundVariantTests.lexicon(["avoid the pollen"]).lookUp("pollen of avoid").isEmpty)
        #expect(CompoundVariantTests.lexicon(["pollen ACL"]).lookUp("ACL of pollen").isEmpty)
        #expect(CompoundVariantTests.lexicon(["vitamin D3"]).lookUp("D3 of vitamin").isEmpty)
        #expect(CompoundVariantTests.lexicon(["one two three four five"]).lookUp("five of one two three four").isEmpty)
    }
}
