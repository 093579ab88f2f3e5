import Testing

@testable import MarrowKit

@Suite("Source digests")
struct SourceDocumentDigestTests {
    @Test("the short digest is the first 16 digits of the full one")
    func shortDigest() {
        for text in ["", "a", "bytes of a source", String(repeating: "é", count: 100)] {
            let bytes = Array(text.utf8)
            #expect(SourceDocument.shortDigest(bytes) == String(SourceDocument.digest(bytes).prefix(16)))
        }
        #expect(SourceDocument.shortDigest([]) == "e3b0c44298fc1c14")
    }
}
