import Foundation

/// One token of the clean text: a word or a punctuation mark, with its normalised keys.
public struct Token: Hashable, Sendable {
    /// Where the token sits in the clean text.
    public var range: Range<CleanByteOffset>
    /// The normalised form used for case-insensitive matching (`fractures` → `fracture`).
    public var key: String
    /// The form used for abbreviation matching, when the token is written in capitals
    /// (`NSAIDs` → `NSAID`); nil otherwise.
    public var abbreviationKey: String?
    /// Whether this is a word (letters or digits) rather than punctuation.
    public var isWord: Bool
    /// Whether the token starts with a capital letter.
    public var isCapitalized: Bool
    /// The id of ``key`` in the lexicon's ``KeyVocabulary`` (-1 when no automaton uses it, or when
    /// the tokenizer was made without a lexicon).
    public var keyID: Int32 = -1
    /// The id of ``abbreviationKey`` in the lexicon's ``KeyVocabulary`` (-1 when there is none or
    /// no automaton uses it).
    public var abbreviationID: Int32 = -1
    /// The key's byte when a punctuation token's key is one ASCII byte (`.`, `,`, `(`, `"`; curly
    /// quotes give their straight key), 0 otherwise: the segmenter's tests read it, not the key.
    public var punctuation: UInt8 = 0
}

/// Turns words into the keys the lexicon automaton is built over.
///
/// Lowercases, folds diacritics, straightens apostrophes, drops a possessive `'s`, folds a simple
/// plural and maps spelling variants (`tumour` → `tumor`). The same normaliser builds the
/// automaton and reads the text, so both sides always agree.
public struct TokenNormalizer: Sendable, Hashable {
    /// Spelling variants to their canonical form, applied after the plural fold.
    public var spelling: [String: String] { didSet { spellingLengths = TokenNormalizer.lengths(spelling) } }
    /// Bit `n` set when some variant is `n` bytes long (63: longer): a key of another length
    /// skips the look-up.
    private var spellingLengths: UInt64

    /// Creates a normaliser.
    public init(spelling: [String: String] = [:]) {
        self.spelling = spelling
        spellingLengths = TokenNormalizer.lengths(spelling)
    }

    static func lengths(_ spelling: [String: String]) -> UInt64 {
        spelling.keys.reduce(0) { $0 | 1 << UInt64(min(63, $1.utf8.count)) }
    }

    /// The matching key of a word.
    public func key(_ word: Substring.UTF8View) -> String {
        var ascii = true
        for byte in word where byte >= 0x80 {
            ascii = false
            break
        }
        let key: String
        if ascii {
            // Lowercased into a stack buffer: no heap allocation for the key's bytes.
            key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, word.count)) { buffer in
                var length = 0
                for byte in word {
                    buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    length += 1
                }
                length = TokenNormalizer.foldEnding(buffer, length: length)
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
            }
        } else {
            var bytes = TokenNormalizer.foldUnicode(String(Substring(word)))
            let length = bytes.withUnsafeMutableBufferPointer { TokenNormalizer.foldEnding($0, length: $0.count) }
            key = String(decoding: bytes[..<length], as: UTF8.self)
        }
        guard spellingLengths & 1 << UInt64(min(63, key.utf8.count)) != 0 else { return key }
        return spelling[key] ?? key
    }

    /// The abbreviation key of a word written in capitals (two or more capitals, no lowercase
    /// letter but a plural `s`), or nil.
    public func abbreviationKey(_ word: Substring.UTF8View) -> String? {
        // Checked first, without building anything: most words are not abbreviations.
        var capitals = 0
        var kept = 0
        let count = word.count
        for (index, byte) in word.enumerated() {
            if byte >= 0x41 && byte <= 0x5A {
                capitals += 1
                kept += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                kept += 1
            } else if byte == UInt8(ascii: "s") && index == count - 1 && capitals >= 2 {
                continue
            } else {
                return nil
            }
        }
        guard capitals >= 2 else { return nil }
        var bytes: [UInt8] = [0x01]
        bytes.reserveCapacity(kept + 1)
        for byte in word where (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foldUnicode(_ word: String) -> [UInt8] {
        var result: [UInt8] = []
        let decomposed = word.decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": result.append(UInt8(ascii: "'"))
            case "ß": result.append(contentsOf: "ss".utf8)
            case "æ": result.append(contentsOf: "ae".utf8)
            case "œ": result.append(contentsOf: "oe".utf8)
            default: result.append(contentsOf: String(scalar.properties.lowercaseMapping).utf8)
            }
        }
        return result
    }

    /// Drops a possessive `'s` (or a bare trailing apostrophe) and folds a simple plural
    /// (`injuries` → `injury`, `fractures` → `fracture`; not `-ss`, `-us`, `-is`) in
    /// `bytes[..<length]`, in place.
    ///
    /// - Returns: the new length.
    static func foldEnding(_ bytes: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int {
        var count = length
        if count > 2, bytes[count - 2] == UInt8(ascii: "'"), bytes[count - 1] == UInt8(ascii: "s") {
            count -= 2
        } else if count > 1, bytes[count - 1] == UInt8(ascii: "'") {
            count -= 1
        }
        guard count > 3, bytes[count - 1] == UInt8(ascii: "s") else { return count }
        let before = bytes[count - 2]
        if count > 4, before == UInt8(ascii: "e"), bytes[count - 3] == UInt8(ascii: "i") {
            bytes[count - 3] = UInt8(ascii: "y")
            return count - 2
        }
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i")
            || before == UInt8(ascii: "'")
        {
            return count
        }
        return count - 1
    }
}

/// Splits clean text into word and punctuation tokens.
///
/// A word is a run of letters and digits; an apostrophe between letters stays inside it
/// (`don't`, `Charcot's`), a period between digits too (`2.5`). Hyphens and slashes split words
/// (`vitamin-D` → `vitamin`, `D`) and are dropped, so hyphen and space variants match alike.
public struct Tokenizer: Sendable {
    /// The normaliser that gives tokens their keys.
    public var normalizer: TokenNormalizer
    /// The lexicon's keys by their bytes (nil: every key is made through ``normalizer``, and the
    /// tokens' ids stay -1).
    let keyTable: TokenKeyTable?

    /// Creates a tokenizer whose tokens carry keys but no vocabulary ids.
    public init(normalizer: TokenNormalizer) {
        self.normalizer = normalizer
        keyTable = nil
    }

    /// Creates a tokenizer for `lexicon`: keys are resolved from the bytes through the lexicon's
    /// table (one `String` per distinct key per document, none per token) and tokens carry their
    /// ``Token/keyID`` and ``Token/abbreviationID``.
    public init(lexicon: CompiledLexicon) {
        normalizer = lexicon.normalizer
        keyTable = lexicon.keyTable
    }

    /// Tokenizes `utf8[range]`.
    public func tokenize(_ utf8: [UInt8], in range: Range<CleanByteOffset>) -> [Token] {
        var tokens: [Token] = []
        var keys = DocumentKeys()
        tokenize(utf8, in: range, into: &tokens, keys: &keys)
        return tokens
    }

    /// Tokenizes `utf8[range]`, appending to `tokens`; `keys` holds the document's keys that the
    /// lexicon does not.
    func tokenize(
        _ utf8: [UInt8], in range: Range<CleanByteOffset>, into tokens: inout [Token], keys: inout DocumentKeys
    ) {
        var index = range.lowerBound.value
        let end = range.upperBound.value
        WorkMeter.count(.segment, end - index)
        while index < end {
            let byte = utf8[index]
            if Tokenizer.isWordStart(utf8, index) {
                var cursor = index
                while cursor < end {
                    if Tokenizer.isWordByte(utf8, cursor) {
                        cursor += Tokenizer.scalarLength(utf8[cursor])
                    } else if let apostrophe = Tokenizer.apostropheLength(utf8, cursor), cursor + apostrophe < end,
                        cursor > index, Tokenizer.isLetter(utf8, cursor + apostrophe)
                    {
                        cursor += apostrophe
                    } else if utf8[cursor] == UInt8(ascii: "."), cursor > index, Tokenizer.isDigit(utf8[cursor - 1]),
                        cursor + 1 < end, Tokenizer.isDigit(utf8[cursor + 1])
                    {
                        cursor += 1
                    } else {
                        break
                    }
                }
                let first = utf8[index]
                var token = Token(
                    range: CleanByteOffset(index)..<CleanByteOffset(cursor), key: "", abbreviationKey: nil,
                    isWord: true, isCapitalized: first >= 0x41 && first <= 0x5A)
                if let keyTable {
                    resolveWord(&token, utf8, index..<cursor, keyTable, &keys)
                } else {
                    let word = Substring(decoding: utf8[index..<cursor], as: UTF8.self).utf8
                    token.key = normalizer.key(word)
                    token.abbreviationKey = normalizer.abbreviationKey(word)
                }
                tokens.append(token)
                index = cursor
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "/")
            {
                index += 1
            } else {
                let length = Tokenizer.scalarLength(byte)
                let upper = min(end, index + length)
                // Compared as bytes: NBSP (C2 A0) and the punctuation U+2010–U+201D (E2 80 xx).
                let whole = upper - index == length
                let last = whole && length >= 2 ? utf8[upper - 1] : 0
                let isNoBreakSpace = whole && length == 2 && byte == 0xC2 && last == 0xA0
                let isGeneralPunctuation = whole && length == 3 && byte == 0xE2 && utf8[index + 1] == 0x80
                if isNoBreakSpace || (isGeneralPunctuation && (last == 0x90 || last == 0x91 || last == 0x93)) {
                    index += length
                    continue
                }
                let straight: UInt8
                switch (isGeneralPunctuation, last) {
                case (true, 0x99), (true, 0x98): straight = UInt8(ascii: "'")
                case (true, 0x9C), (true, 0x9D): straight = UInt8(ascii: "\"")
                case (true, 0x94): straight = UInt8(ascii: "-")
                default: straight = upper - index == 1 && byte < 0x80 ? byte : 0
                }
                var token = Token(
                    range: CleanByteOffset(index)..<CleanByteOffset(index + length), key: "", abbreviationKey: nil,
                    isWord: false, isCapitalized: false)
                token.punctuation = straight
                if let keyTable {
                    resolvePunctuation(&token, utf8, index..<upper, keyTable, &keys)
                } else if straight != 0 {
                    token.key = String(UnicodeScalar(straight))
                } else {
                    token.key = String(decoding: utf8[index..<upper], as: UTF8.self)
                }
                tokens.append(token)
                index += length
            }
        }
    }

    /// Gives a word token its keys and ids through the lexicon's table: the key folded into a
    /// stack buffer and looked up by its bytes (a word with a non-ASCII scalar takes the
    /// normaliser's path).
    private func resolveWord(
        _ token: inout Token, _ utf8: [UInt8], _ word: Range<Int>, _ keyTable: TokenKeyTable,
        _ keys: inout DocumentKeys
    ) {
        // ASCII, or ASCII with curly apostrophes (`Charcot’s`): folded here exactly as
        // ``TokenNormalizer/foldUnicode(_:)`` would (apostrophes straightened, letters lowercased).
        var simple = true
        var cursor = word.lowerBound
        while cursor < word.upperBound {
            if utf8[cursor] < 0x80 {
                cursor += 1
            } else if let length = Tokenizer.curlyApostropheLength(utf8, cursor, word.upperBound) {
                cursor += length
            } else {
                simple = false
                break
            }
        }
        if simple {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, word.count)) { buffer in
                var length = 0
                var index = word.lowerBound
                while index < word.upperBound {
                    let byte = utf8[index]
                    if byte >= 0x80 {
                        buffer[length] = UInt8(ascii: "'")
                        index += Tokenizer.curlyApostropheLength(utf8, index, word.upperBound) ?? 1
                    } else {
                        buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        index += 1
                    }
                    length += 1
                }
                length = TokenNormalizer.foldEnding(buffer, length: length)
                let key = UnsafeBufferPointer(rebasing: buffer[..<length])
                let hash = ByteKeyTable.hash(key)
                let entry = keyTable.table.find(key, hash: hash)
                if entry >= 0 {
                    token.key = keyTable.strings[Int(entry)]
                    token.keyID = keyTable.ids[Int(entry)]
                } else {
                    token.key = keys.string(key, hash: hash)
                }
            }
        } else {
            token.key = normalizer.key(Substring(decoding: utf8[word], as: UTF8.self).utf8)
            token.keyID = keyTable.vocabulary.id(of: token.key) ?? -1
        }
        // The abbreviation key, as ``TokenNormalizer/abbreviationKey(_:)`` makes it.
        var capitals = 0
        var kept = 0
        for index in word {
            let byte = utf8[index]
            if byte >= 0x41 && byte <= 0x5A {
                capitals += 1
                kept += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                kept += 1
            } else if byte == UInt8(ascii: "s") && index == word.upperBound - 1 && capitals >= 2 {
                continue
            } else {
                return
            }
        }
        guard capitals >= 2 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept + 1) { buffer in
            buffer[0] = 0x01
            var length = 1
            for index in word {
                let byte = utf8[index]
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                    buffer[length] = byte
                    length += 1
                }
            }
            let key = UnsafeBufferPointer(rebasing: buffer[..<length])
            let (string, id) = Tokenizer.literal(key, keyTable, &keys)
            token.abbreviationKey = string
            token.abbreviationID = id
        }
    }

    /// The byte length of U+2019, U+2018 or U+02BC at `index` (before `end`), or nil.
    @inline(__always)
    static func curlyApostropheLength(_ utf8: [UInt8], _ index: Int, _ end: Int) -> Int? {
        let byte = utf8[index]
        if byte == 0xE2, index + 2 < end, utf8[index + 1] == 0x80, utf8[index + 2] == 0x98 || utf8[index + 2] == 0x99 {
            return 3
        }
        if byte == 0xCA, index + 1 < end, utf8[index + 1] == 0xBC { return 2 }
        return nil
    }

    /// Gives a punctuation token its key and id: its straight ASCII form or its bytes, never a
    /// spelling variant.
    private func resolvePunctuation(
        _ token: inout Token, _ utf8: [UInt8], _ bytes: Range<Int>, _ keyTable: TokenKeyTable,
        _ keys: inout DocumentKeys
    ) {
        if token.punctuation != 0 {
            var byte = token.punctuation
            withUnsafePointer(to: &byte) { pointer in
                (token.key, token.keyID) = Tokenizer.literal(
                    UnsafeBufferPointer(start: pointer, count: 1), keyTable, &keys)
            }
        } else {
            utf8.withUnsafeBufferPointer { text in
                (token.key, token.keyID) = Tokenizer.literal(
                    UnsafeBufferPointer(rebasing: text[bytes]), keyTable, &keys)
            }
        }
    }

    /// The string and vocabulary id of a key that spelling does not map (an abbreviation key or
    /// punctuation).
    @inline(__always)
    private static func literal(
        _ key: UnsafeBufferPointer<UInt8>, _ keyTable: TokenKeyTable, _ keys: inout DocumentKeys
    )
        -> (String, Int32)
    {
        let hash = ByteKeyTable.hash(key)
        let entry = keyTable.table.find(key, hash: hash)
        if entry < 0 { return (keys.string(key, hash: hash), -1) }
        if !keyTable.isVariant[Int(entry)] { return (keyTable.strings[Int(entry)], keyTable.ids[Int(entry)]) }
        // A spelling variant spelled like this key (no lexicon has one): the key stands for itself.
        let string = keys.string(key, hash: hash)
        return (string, keyTable.vocabulary.id(of: string) ?? -1)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        default: return 4
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ utf8: [UInt8], _ index: Int) -> Bool {
        guard index < utf8.count else { return false }
        let byte = utf8[index]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        return isWordByte(utf8, index)
    }

    @inline(__always)
    static func isWordStart(_ utf8: [UInt8], _ index: Int) -> Bool { isWordByte(utf8, index) }

    /// Letters and digits; non-ASCII scalars count as letters unless they are punctuation,
    /// symbols or spaces.
    @inline(__always)
    static func isWordByte(_ utf8: [UInt8], _ index: Int) -> Bool {
        let byte = utf8[index]
        if byte < 0x80 {
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        return isNonASCIIWordScalar(utf8, index)
    }

    /// ``isWordByte(_:_:)`` for a scalar that is not ASCII (kept out of line: the ASCII test is
    /// inlined into the tokenizer's loops).
    @inline(never)
    static func isNonASCIIWordScalar(_ utf8: [UInt8], _ index: Int) -> Bool {
        let byte = utf8[index]
        let length = scalarLength(byte)
        guard index + length <= utf8.count else { return false }
        // Decoded straight from the bytes; a malformed sequence takes the decoder's path (which
        // repairs it the standard way).
        let scalar: Unicode.Scalar
        if let decoded = decodeScalar(utf8, index, length) {
            scalar = decoded
        } else {
            let text = String(decoding: utf8[index..<(index + length)], as: UTF8.self)
            guard let first = text.unicodeScalars.first else { return false }
            scalar = first
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The scalar of the well-formed `length`-byte UTF-8 sequence at `index` (a lead byte of two to
    /// four bytes), or nil when the bytes are not one.
    static func decodeScalar(_ utf8: [UInt8], _ index: Int, _ length: Int) -> Unicode.Scalar? {
        let lead = UInt32(utf8[index])
        var value: UInt32
        switch length {
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        guard lead >= 0xC2, lead <= 0xF4 else { return nil }
        for offset in 1..<length {
            let byte = UInt32(utf8[index + offset])
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | (byte & 0x3F)
        }
        // Overlong forms are not well formed; surrogates and values past U+10FFFF give nil below.
        let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= shortest else { return nil }
        return Unicode.Scalar(value)
    }

    /// The byte length of an apostrophe (ASCII or U+2019) at `index`, or nil.
    static func apostropheLength(_ utf8: [UInt8], _ index: Int) -> Int? {
        if utf8[index] == UInt8(ascii: "'") { return 1 }
        if index + 2 < utf8.count, utf8[index] == 0xE2, utf8[index + 1] == 0x80, utf8[index + 2] == 0x99 { return 3 }
        return nil
    }
}
