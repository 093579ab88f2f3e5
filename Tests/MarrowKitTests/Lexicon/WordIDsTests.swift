import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Word lists by key id agree with the lists of key strings")
struct WordIDsTests {
    /// Every token of the corpus, the held-out fixtures and the HTML fixtures, with its keys.
    static var documents: [[Token]] {
        let lexicon = Repository.lexicon
        return (Repository.corpusResults + Repository.heldOutResults + Repository.htmlResults).map { result in
            let bytes = result.clean.utf8
            return Tokenizer(lexicon: lexicon).tokenize(bytes, in: CleanByteOffset(0)..<CleanByteOffset(bytes.count))
        }
    }

    @Test("each list's id set holds a token exactly when the key set holds its key")
    func listsAgree() {
        let lexicon = Repository.lexicon
        let words = lexicon.wordIDs
        let assertion = lexicon.assertion
        let lists: [(String, Set<String>, KeyIDSet)] = [
            ("relative", lexicon.relativePronouns, words.relativePronouns),
            ("prefix", lexicon.negatingPrefixes, words.negatingPrefixes),
            ("auxiliary", lexicon.auxiliaries, words.auxiliaries),
            ("determiner", lexicon.determiners, words.determiners),
            ("clause", lexicon.clauseOpeners, words.clauseOpeners),
            ("subordinator", lexicon.subordinators, words.subordinators),
            ("and/or", ["and", "or"], words.modifierJoiners),
            ("clause.subject", assertion.clauseSubjects, assertion.clauseSubjectIDs),
            ("clause.start", assertion.clauseStarts, assertion.clauseStartIDs),
            ("clause.verb", assertion.clauseVerbs, assertion.clauseVerbIDs),
            ("coordinator", AssertionLexicon.coordinators, assertion.coordinatorIDs),
        ]
        var seen = 0
        for tokens in WordIDsTests.documents {
            for token in tokens {
                for (name, strings, ids) in lists {
                    #expect(ids.contains(token.keyID) == strings.contains(token.key), "\(name): \(token.key)")
                    if strings.contains(token.key) { seen += 1 }
                }
                #expect(words.topicModifier(token.keyID) == lexicon.topicModifiers[token.key], "\(token.key)")
            }
        }
        // The lists are read: the fixtures hold their words.
        #expect(seen > 100)
    }

    @Test("every single-word entry of a list has an id, so no token of it can be missed")
    func everyWordHasAnID() {
        let lexicon = Repository.lexicon
        let keys =
            lexicon.relativePronouns.union(lexicon.negatingPrefixes).union(lexicon.auxiliaries)
            .union(lexicon.determiners).union(lexicon.clauseOpeners).union(lexicon.subordinators)
            .union(lexicon.assertion.clauseVerbs).union(lexicon.assertion.clauseSubjects)
            .union(lexicon.assertion.clauseStarts).union(lexicon.topicModifiers.keys)
        for key in keys where !key.contains(" ") && !key.isEmpty {
            #expect(lexicon.vocabulary.id(of: key) != nil, "\(key)")
        }
    }

    @Test("a punctuation token's byte is its key's")
    func punctuationIsTheKey() {
        for tokens in WordIDsTests.documents {
            for token in tokens where token.punctuation != 0 {
                #expect(token.key == String(UnicodeScalar(token.punctuation)))
            }
            for token in tokens where token.key.utf8.count == 1 && !token.isWord {
                #expect(token.punctuation == token.key.utf8.first)
            }
        }
    }

    @Test("an id set is empty of ids outside the vocabulary")
    func outside() {
        let vocabulary = KeyVocabulary(["a", "b", "c"])
        let set = KeyIDSet(["b", "zz", "x y"], vocabulary: vocabulary)
        #expect(set.contains(vocabulary.id(of: "b")!))
        #expect(!set.contains(vocabulary.id(of: "a")!))
        #expect(!set.contains(-1))
        #expect(!set.contains(1_000))
        #expect(!KeyIDSet().contains(0))
    }
}
