import Foundation
import MarrowTestSupport
import PropertyBased
import Testing

@testable import MarrowKit

@Suite("Reading lines as they arrive")
struct LineReaderTests {
    /// Every line a reader gives, with its number.
    static func lines(of bytes: [UInt8], chunkSize: Int, readSize: Int = 65_536) throws -> [([UInt8], Int)] {
        var reader = LineReader(MemorySource(bytes, chunkSize: chunkSize), chunkSize: readSize)
        var lines: [([UInt8], Int)] = []
        while let (content, number) = try reader.next() { lines.append((Array(content), number)) }
        return lines
    }

    /// The lines ``JSONLines/forEachLine(in:label:skippingComments:_:)`` gives for the whole data.
    static func wholeLines(of bytes: [UInt8]) -> [([UInt8], Int)] {
        var lines: [([UInt8], Int)] = []
        JSONLines.forEachLine(in: Data(bytes), label: "-") { line, location in
            lines.append(([UInt8](line), location.line ?? 0))
        }
        return lines
    }

    @Test("random streams split into random chunks give the lines of the whole stream, numbered alike")
    func splitInvariance() async {
        let pieces: [[UInt8]] = ["a", "{\"k\": 1}", " ", "\t", "\r", "\n", "\r\n", "\n\n", "\u{E9}", "\u{1F600}"].map {
            Array($0.utf8)
        }
        await propertyCheck(
            count: PropertyRuns.scaled(300), input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...200),
            Gen.int(in: 1...17),
            Gen.int(in: 1...9)
        ) { (choices: [Int], chunk: Int, readSize: Int) in
            let bytes = choices.flatMap { pieces[$0] }
            let expected = LineReaderTests.wholeLines(of: bytes)
            let got = try LineReaderTests.lines(of: bytes, chunkSize: chunk, readSize: readSize)
            #expect(got.map(\.0) == expected.map(\.0))
            #expect(got.map(\.1) == expected.map(\.1))
        }
    }

    @Test("blank lines are counted but not given; a last line without a newline is a line")
    func numbering() throws {
        let lines = try Self.lines(of: Array("one\n\n  \r\n two\nthree".utf8), chunkSize: 2)
        #expect(lines.map { String(decoding: $0.0, as: UTF8.self) } == ["one", "two", "three"])
        #expect(lines.map(\.1) == [1, 4, 5])
        #expect(try Self.lines(of: [], chunkSize: 1).isEmpty)
        #expect(try Self.lines(of: Array("\n\n".utf8), chunkSize: 1).isEmpty)
    }

    @Test("a line far longer than the read size arrives whole")
    func longLine() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_003)
        let lines = try Self.lines(of: long + [0x0A] + Array("tail".utf8), chunkSize: 4096, readSize: 1000)
        #expect(lines.count == 2)
        #expect(lines.first?.0 == long)
        #expect(lines.last?.0 == Array("tail".utf8))
    }

    @Test("a pipe read as it is written")
    func fileDescriptor() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("{\"a\": 1}\n\n{\"b\": 2}".utf8))
        try pipe.fileHandleForWriting.close()
        var reader = LineReader(
            FileDescriptorSource(descriptor: pipe.fileHandleForReading.fileDescriptor, label: "-"), chunkSize: 3)
        var lines: [String] = []
        while let (content, _) = try reader.next() { lines.append(String(decoding: content, as: UTF8.self)) }
        #expect(lines == ["{\"a\": 1}", "{\"b\": 2}"])
    }

    @Test("a descriptor that cannot be read is an error naming the input")
    func unreadable() throws {
        var reader = LineReader(FileDescriptorSource(descriptor: -1, label: "-"))
        let error = #expect(throws: MarrowError.self) { try reader.next() }
        #expect(error?.code == .unreadable)
        #expect(error?.description.hasPrefix("-: error: cannot read") == true, "\(String(describing: error))")
    }
}
