import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

@Suite("Text for people: terminal escapes, folding, columns, sizes, progress, partial files")
struct TextHelpersTests {
    @Test("control characters from sources are shown, not acted on; line breaks stay only when asked")
    func terminalEscapes() {
        #expect(TerminalText.escape("plain – ü") == "plain – ü")
        #expect(TerminalText.escape("a\u{1B}[2Jb") == "a\\u{1b}[2Jb")
        #expect(TerminalText.escape("a\nb\u{7}") == "a\\u{a}b\\u{7}")
        #expect(TerminalText.escape("a\nb\u{2028}", keepingNewlines: true) == "a\nb\\u{2028}")
    }

    @Test("whitespace folds to single spaces, none before closing punctuation or after an opening bracket")
    func whitespaceFolding() {
        #expect(WhitespaceFolding.fold("  a \n\t b  ") == "a b")
        #expect(WhitespaceFolding.fold("word .\nNext ( x ) [ y ]") == "word. Next (x) [y]")
        #expect(WhitespaceFolding.fold("") == "")
        // Collapsing keeps the spaces folding drops around punctuation.
        #expect(WhitespaceFolding.collapse("  word .\nNext ( x )\u{A0} ") == "word . Next ( x )")
        #expect(WhitespaceFolding.collapse(" \t\n") == "")
        #expect(NounCount.text(1, "source") == "1 source")
        #expect(NounCount.text(0, "more source") == "0 more sources")
    }

    @Test("columns pad without cutting; byte counts pick their unit")
    func columnsAndSizes() {
        #expect("7".leftPadded(to: 3) == "  7")
        #expect("rule".rightPadded(to: 6) == "rule  ")
        #expect("longer".leftPadded(to: 2) == "longer")
        #expect(ByteCount.text(812) == "812 bytes")
        #expect(ByteCount.text(1536) == "1.5 KiB")
        #expect(ByteCount.text(3 * 1024 * 1024) == "3.0 MiB")
    }

    @Test("a progress line shows done/total (? for a stream) and escapes the path")
    func progressLines() {
        #expect(RunProgress(done: 3, total: 10, path: "a.txt", status: "added").line == "[3/10] added a.txt")
        let stream = RunProgress(done: 2, total: nil, path: "x\u{1B}", status: "4 records", next: "y")
        #expect(stream.line == "[2/?] 4 records x\\u{1b}")
        #expect(stream.working(seconds: 5) == "[2/?] working on y… 5 s")
    }

    @Test("a partial file appears under its name only when finished; a missing folder is an error at the path")
    func partialFile() throws {
        let path = Repository.temporaryFolder() + "/out.txt"
        let file = try PartialFile(path: path)
        try file.write(Data("hello".utf8))
        #expect(!FileManager.default.fileExists(atPath: path))
        try file.finish()
        #expect(FileManager.default.contents(atPath: path) == Data("hello".utf8))
        #expect(file.count == 5)
        let missing = Repository.temporaryFolder() + "/no/such/folder/out.txt"
        #expect {
            try PartialFile(path: missing)
        } throws: { error in
            (error as? MarrowError)?.location?.path == missing
        }
    }

    @Test("pretty JSON sorts keys, keeps slashes and ends in a newline; a line is compact")
    func prettyJSON() throws {
        let value = ["b": "x/y", "a": "1"]
        #expect(
            String(decoding: try PrettyJSON.encode(value), as: UTF8.self)
                == "{\n  \"a\" : \"1\",\n  \"b\" : \"x/y\"\n}\n")
        #expect(String(decoding: try PrettyJSON.line(value), as: UTF8.self) == "{\"a\":\"1\",\"b\":\"x/y\"}\n")
    }
}
