/// Turns collected blocks into clean text: folds white space, drops boilerplate, link-dense and
/// metadata blocks, and keeps the offset map.
struct BlockEmitter {
    /// A block being collected: its pieces (indices into the tree's pieces; -1 is a space the
    /// markup forces, as `<br>` or a table cell does) and its statistics.
    struct Pending {
        var kind: BlockKind
        var element: Int
        var items: [Int32] = []
        var linkedBytes = 0
        var visibleBytes = 0
        var trusted = true
        /// The first text node with no exact raw span, for the error message.
        var untrustedOffset: Int?

        init(kind: BlockKind, element: Int) {
            self.kind = kind
            self.element = element
        }

        mutating func reset(kind: BlockKind, element: Int) {
            self.kind = kind
            self.element = element
            items.removeAll(keepingCapacity: true)
            linkedBytes = 0
            visibleBytes = 0
            trusted = true
            untrustedOffset = nil
        }

        mutating func add(text index: Int, of tree: HTMLTree, linked: Bool) {
            let node = tree.nodes[index]
            for k in node.first..<(node.first + node.count) { items.append(k) }
            visibleBytes += Int(node.visible)
            if linked, !Pending.spellsAddress(index, of: tree) { linkedBytes += Int(node.visible) }
            if !node.trusted, trusted {
                trusted = false
                untrustedOffset = Int(tree.pieces[Int(node.first)].rawStart)
            }
        }

        /// Whether a link's text spells out an address (`https://…`, `www.…`, `name@host.org`):
        /// a source the author wrote out in the text, not a link to elsewhere on the site.
        static func spellsAddress(_ index: Int, of tree: HTMLTree) -> Bool {
            let node = tree.nodes[index]
            guard node.visible >= 6, node.visible <= 400 else { return false }
            var started = false
            var spaceAfterWord = false
            var at = false
            var dot = false
            var scheme = false
            var last: (UInt8, UInt8, UInt8) = (0, 0, 0)
            for k in Int(node.first)..<Int(node.first + node.count) {
                for byte in tree.pieceBytes(k) {
                    if RawAligner.isSpaceByte(byte) {
                        if started { spaceAfterWord = true }
                        continue
                    }
                    if spaceAfterWord { return false }
                    started = true
                    if byte == UInt8(ascii: "@") { at = true }
                    if byte == UInt8(ascii: ".") { dot = true }
                    if byte == UInt8(ascii: "/"), last.1 == UInt8(ascii: ":"), last.2 == UInt8(ascii: "/") {
                        scheme = true
                    }
                    last = (last.1, last.2, byte)
                }
            }
            return scheme || (at && dot) || BlockEmitter.Pending.startsWithWWW(index, of: tree)
        }

        private static func startsWithWWW(_ index: Int, of tree: HTMLTree) -> Bool {
            let node = tree.nodes[index]
            var prefix: [UInt8] = []
            for k in Int(node.first)..<Int(node.first + node.count) {
                for byte in tree.pieceBytes(k) where !(prefix.isEmpty && RawAligner.isSpaceByte(byte)) {
                    prefix.append(byte | 0x20)
                    if prefix.count == 4 { return prefix == Array("www.".utf8) }
                }
            }
            return false
        }

        mutating func forceSpace() {
            if !items.isEmpty, items.last != -1 { items.append(-1) }
        }
    }

    /// A folded block: its clean bytes and how they map to raw bytes.
    struct Folded {
        struct Segment {
            var verbatim: Bool
            var raw: Range<Int>
            var clean: Range<Int>
        }

        var bytes: [UInt8] = []
        var segments: [Segment] = []
        var words = 0

        mutating func reset() {
            bytes.removeAll(keepingCapacity: true)
            segments.removeAll(keepingCapacity: true)
            words = 0
        }
    }

    let tree: HTMLTree
    let cues: CleaningCues
    let path: String
    var builder = CleanTextBuilder()
    var metadata = DocumentMetadata()
    var pendingField: MetadataField?
    /// The page's author names (from its metadata), folded: a block that opens with one, after
    /// article text, is the author's bio, not the article.
    var authorNames: [String] = []
    /// The last block was the author's name alone: a bio that goes on in lowercase follows.
    var afterAuthorName = false
    var ended = false
    var sawArticleText = false
    var lastIntro: Int?
    var introActive = false
    /// Why blocks were dropped, when asked for (``HTMLCleaner/clean(_:recordingDropped:)``).
    var dropped: [DroppedBlock]?
    /// Only list blocks as dropped (outside the main content), keep none.
    var reportOnly = false
    private var folded = Folded()
    /// Headings kept so far whose section has no kept text yet, outermost first.
    private var heldHeadings: [(block: Pending, folded: Folded, label: Bool)] = []
    private var check: [UInt8] = []
    private var lines = LineCounter()
    /// The XPath of the last block's parent element, to build siblings' paths from.
    private var parentPath: (element: Int, path: String) = (-1, "")
    /// The first block whose raw span does not read back as its text (never expected).
    private(set) var failure: MarrowError?

    init(tree: HTMLTree, cues: CleaningCues, path: String, recordDropped: Bool) {
        self.tree = tree
        self.cues = cues
        self.path = path
        if recordDropped { dropped = [] }
    }

    // MARK: Folding

    /// Folds a block's pieces into clean bytes: white space runs (and forced breaks) become one
    /// space standing for the raw bytes between the words around them (a single ASCII space
    /// between two words stays verbatim); leading and trailing white space goes.
    mutating func fold(_ items: [Int32]) {
        folded.reset()
        let raw = tree.raw
        var pendingSpace = false
        var lastEnd = 0
        var words = 0

        func flushSpace(upTo next: Int) {
            guard pendingSpace else { return }
            let start = folded.bytes.count
            folded.bytes.append(0x20)
            folded.segments.append(
                Folded.Segment(verbatim: false, raw: lastEnd..<max(lastEnd, next), clean: start..<(start + 1)))
            pendingSpace = false
            words += 1
        }
        func appendVerbatim(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            flushSpace(upTo: range.lowerBound)
            let start = folded.bytes.count
            folded.bytes.append(contentsOf: raw[range])
            if let last = folded.segments.last, last.verbatim, last.raw.upperBound == range.lowerBound {
                folded.segments[folded.segments.count - 1].raw = last.raw.lowerBound..<range.upperBound
                folded.segments[folded.segments.count - 1].clean = last.clean.lowerBound..<folded.bytes.count
            } else {
                folded.segments.append(Folded.Segment(verbatim: true, raw: range, clean: start..<folded.bytes.count))
            }
            lastEnd = range.upperBound
        }

        for item in items {
            if item < 0 {
                if !folded.bytes.isEmpty { pendingSpace = true }
                continue
            }
            let piece = tree.pieces[Int(item)]
            switch piece.kind {
            case .replacement:
                let bytes = tree.pieceBytes(Int(item))
                if BlockEmitter.isAllSpace(bytes) {
                    if !folded.bytes.isEmpty { pendingSpace = true }
                    continue
                }
                flushSpace(upTo: Int(piece.rawStart))
                let start = folded.bytes.count
                folded.bytes.append(contentsOf: bytes)
                folded.segments.append(
                    Folded.Segment(verbatim: false, raw: piece.raw, clean: start..<folded.bytes.count))
                lastEnd = max(lastEnd, Int(piece.rawEnd))
            case .verbatim:
                // Split at white space: a lone ASCII space between words stays in the run.
                var k = Int(piece.rawStart)
                let end = Int(piece.rawEnd)
                var runStart = k
                while k < end {
                    let byte = raw[k]
                    let width = BlockEmitter.spaceWidth(raw, k, end)
                    if width == 0 {
                        k += 1
                        continue
                    }
                    if width == 1, byte == 0x20, k > runStart, k + 1 < end,
                        BlockEmitter.spaceWidth(raw, k + 1, end) == 0, !pendingSpace
                    {
                        words += 1
                        k += 1
                        continue
                    }
                    appendVerbatim(runStart..<k)
                    var j = k
                    while j < end, case let w = BlockEmitter.spaceWidth(raw, j, end), w > 0 { j += w }
                    if !folded.bytes.isEmpty { pendingSpace = true }
                    k = j
                    runStart = j
                }
                appendVerbatim(runStart..<end)
            }
        }
        folded.words = words + (folded.bytes.isEmpty ? 0 : 1)
    }

    /// The width of the white space character at `k` (ASCII white space or U+00A0), or 0.
    static func spaceWidth(_ raw: [UInt8], _ k: Int, _ end: Int) -> Int {
        let byte = raw[k]
        if RawAligner.isSpaceByte(byte) { return 1 }
        if byte == 0xC2, k + 1 < end, raw[k + 1] == 0xA0 { return 2 }
        return 0
    }

    static func isAllSpace(_ bytes: ArraySlice<UInt8>) -> Bool {
        var k = bytes.startIndex
        while k < bytes.endIndex {
            if RawAligner.isSpaceByte(bytes[k]) {
                k += 1
                continue
            }
            if bytes[k] == 0xC2, k + 1 < bytes.endIndex, bytes[k + 1] == 0xA0 {
                k += 2
                continue
            }
            return false
        }
        return true
    }

    // MARK: Filters

    mutating func emit(_ block: inout Pending) {
        guard block.visibleBytes > 0 else { return }
        if ended || reportOnly {
            guard dropped != nil else { return }
            fold(block.items)
            if BlockEmitter.hasLetter(folded.bytes) { drop(block, ended ? .afterEnd : .outsideMainContent) }
            return
        }
        fold(block.items)
        guard BlockEmitter.hasLetter(folded.bytes) else {
            // A line of digits after a date label ("Published" over "15.12.2022") is its value.
            if let field = pendingField {
                pendingField = nil
                if field != .author, field != .reviewer, let date = HTMLMetadata.numericDate(in: folded.bytes) {
                    metadata.set(field, date)
                }
            }
            return
        }
        let words = folded.words
        if words > 40 {
            // Cue checks only ever apply to short blocks; long ones skip the folding, but for
            // a bio when the page names its author.
            let followsAuthorName = afterAuthorName
            afterAuthorName = false
            if sawArticleText, words <= BlockEmitter.bioWords, !authorNames.isEmpty,
                authorBio(CueText.fold(utf8: folded.bytes), after: followsAuthorName) != nil
            {
                drop(block, .authorBio)
                return
            }
            // A notice that opens with a boilerplate prefix and runs on for a few sentences.
            if words <= BlockEmitter.noticeWords {
                let line = CueText.fold(utf8: folded.bytes)
                if line.utf8.withContiguousStorageIfAvailable({ cues.opensWithBoilerplate(folded: $0) }) == true {
                    drop(block, .boilerplate)
                    return
                }
            }
            commit(block)
            return
        }
        let text = String(decoding: folded.bytes, as: UTF8.self)
        let foldedLine = foldedASCII() ?? CueText.fold(utf8: folded.bytes)
        if let field = pendingField {
            pendingField = nil
            // A date label's value is a date: a line without a digit is not one (the date
            // stood in markup that is no block, and this is the next line of the article).
            if words <= 8,
                field == .author || field == .reviewer || folded.bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            {
                metadata.set(field, text)
                drop(block, .metadata(field))
                return
            }
        }
        if words <= 25, let (field, value) = cues.metadataValue(line: text, folded: foldedLine) {
            if value.isEmpty { pendingField = field } else { metadata.set(field, value) }
            drop(block, .metadata(field))
            return
        }
        if block.kind == .paragraph, words <= BlockEmitter.datelineWords,
            let date = HTMLMetadata.numericDate(in: folded.bytes)
        {
            // A short line around a date ("12.03.2022 | News", "Stand: 2022-03-12") is a
            // dateline, not article text.
            metadata.set(.published, date)
            drop(block, .metadata(.published))
            return
        }
        let followsAuthorName = afterAuthorName
        afterAuthorName = false
        if sawArticleText, block.kind.headingLevel == nil, let bio = authorBio(foldedLine, after: followsAuthorName) {
            afterAuthorName = bio == .name
            drop(block, .authorBio)
            return
        }
        if cues.endMarkers.contains(foldedLine.trimmingCharacters(in: ".:")), sawArticleText {
            ended = true
            drop(block, .endMarker)
            return
        }
        if cues.isBoilerplate(folded: foldedLine) {
            drop(block, .boilerplate)
            return
        }
        let linkRatio = Double(block.linkedBytes) / Double(max(1, block.visibleBytes))
        let isIntroducedItem = block.kind == .listItem && introActive
        if linkRatio > BlockEmitter.linkDense, !isIntroducedItem {
            droppedSection()
            drop(block, .linkDense)
            return
        }
        if block.kind.headingLevel == nil, words < 2, linkRatio > 0 {
            drop(block, .linkDense)
            return
        }
        commit(block)
    }

    /// What part of an author's bio a folded block is.
    enum BioPart { case name, bio }

    /// Whether a folded block is (part of) the author's bio: the author's name alone, the name
    /// and a sentence about them ("Ana Example is a reporter who ...", not "Ana Example: ..."),
    /// or, right after the name alone, a sentence that goes on in lowercase ("ist Partner ...").
    /// Only names of two words or more count: one word is too often a word of the text.
    func authorBio(_ line: String, after name: Bool) -> BioPart? {
        guard !authorNames.isEmpty, folded.words <= BlockEmitter.bioWords else { return nil }
        if name, let first = folded.bytes.first, first >= 0x61, first <= 0x7A { return .bio }
        for author in authorNames where line.utf8.starts(with: author.utf8) {
            let rest = line.utf8.dropFirst(author.utf8.count)
            guard let next = rest.first else { return .name }
            // The name and then a word: a space, then a letter (not a colon, a dash or digits).
            guard next == 0x20, let word = rest.dropFirst().first, word >= 0x61 && word <= 0x7A || word >= 0x80 else {
                continue
            }
            return .bio
        }
        return nil
    }

    /// The author names of page metadata, folded, two words or more each.
    static func authorNames(_ author: String?) -> [String] {
        guard let author else { return [] }
        var names: [String] = []
        for part in author.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }) {
            for name in part.components(separatedBy: " and ") {
                let folded = CueText.fold(name)
                if folded.split(separator: " ").count >= 2 { names.append(folded) }
            }
        }
        return names
    }

    /// The most words a boilerplate notice (a block opening with a cue prefix) has.
    static let noticeWords = 80

    /// The most words an author bio has.
    static let bioWords = 80

    /// The folded block as ``CueText/fold(_:)`` folds it, when it is ASCII (white space is folded
    /// already): lowercased bytes, no String work.
    private func foldedASCII() -> String? {
        var bytes = folded.bytes
        for k in bytes.indices {
            let byte = bytes[k]
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { bytes[k] = byte | 0x20 } else if byte < 0x20 { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the bytes hold a letter (any non-ASCII scalar that is alphabetic counts).
    static func hasLetter(_ bytes: [UInt8]) -> Bool {
        var nonASCII = false
        for byte in bytes {
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
            if byte >= 0x80 { nonASCII = true }
        }
        return nonASCII && String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Notes a dropped element (chrome or hidden) with the start of its text.
    mutating func noteDropped(_ element: Int, _ reason: DroppedBlock.Reason) {
        let text = CueText.fold(tree.textContent(element, limit: 300))
        guard !text.isEmpty else { return }
        let block = DroppedBlock(reason: reason, text: text, xpath: tree.xpath(element), line: line(of: element))
        dropped?.append(block)
    }

    /// Notes a dropped block when asked to.
    mutating func drop(_ block: Pending, _ reason: DroppedBlock.Reason) {
        guard dropped != nil else { return }
        let note = DroppedBlock(
            reason: reason, text: String(decoding: folded.bytes, as: UTF8.self), xpath: tree.xpath(block.element),
            line: line(of: block.element))
        dropped?.append(note)
    }

    /// Accepts a block that passed the filters.
    ///
    /// A heading (of at most ``sectionTitleWords`` words) is held until text of its section is kept: a heading whose section turns out
    /// empty (the next heading is of its level or higher, or the content ends) heads only what
    /// was dropped, as "Related articles" over a dropped list of links does, and goes too. A
    /// short line with no closing full stop (a label: "More on this topic") is held the same
    /// way, and goes only when dropped chrome or links follow it at once
    /// (``droppedSection()``).
    private mutating func commit(_ block: Pending) {
        let linkRatio = Double(block.linkedBytes) / Double(max(1, block.visibleBytes))
        if linkRatio > BlockEmitter.linkDense, !(block.kind == .listItem && introActive) {
            drop(block, .linkDense)
            return
        }
        if let level = block.kind.headingLevel, folded.words <= BlockEmitter.sectionTitleWords {
            if heldHeadings.contains(where: { $0.label }) {
                writeHeldHeadings()
            } else {
                dropHeldHeadings(atOrBelow: level)
            }
            heldHeadings.append((block, folded, false))
            return
        }
        if block.kind == .paragraph, isLabel() {
            heldHeadings.append((block, folded, true))
            return
        }
        writeHeldHeadings()
        write(block)
    }

    /// Whether the folded block is a label: at most ``labelWords`` words, not ending a sentence
    /// with a full stop or introducing a list with a colon.
    private func isLabel() -> Bool {
        guard folded.words <= BlockEmitter.labelWords, let last = folded.bytes.last else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ":")
    }

    /// The share of link text over which a block is a link list, not text.
    static let linkDense = 0.4

    /// The most words a heading that titles a section has; a longer one is a lead set in
    /// heading type ("h2" used for the standfirst), text of its own, never held.
    static let sectionTitleWords = 12

    /// The most words a dateline has.
    static let datelineWords = 8

    /// The most words a label line has.
    static let labelWords = 6

    /// Dropped chrome or links of some size follow: the held labels and short headings (but
    /// the page title, `h1`) head them, not text, and go.
    mutating func droppedSection() {
        let current = folded
        while let last = heldHeadings.last,
            last.label || ((last.block.kind.headingLevel ?? 0) >= 2 && last.folded.words <= BlockEmitter.labelWords)
        {
            heldHeadings.removeLast()
            folded = last.folded
            drop(last.block, .emptySection)
        }
        folded = current
    }

    /// Drops the held headings whose level is `level` or deeper (all of them for 0).
    private mutating func dropHeldHeadings(atOrBelow level: Int) {
        let current = folded
        while let last = heldHeadings.last, !last.label, (last.block.kind.headingLevel ?? 0) >= level {
            heldHeadings.removeLast()
            folded = last.folded
            drop(last.block, .emptySection)
        }
        folded = current
    }

    /// Writes the held headings and labels: text of their section follows.
    private mutating func writeHeldHeadings() {
        guard !heldHeadings.isEmpty else { return }
        let current = folded
        for (block, held, _) in heldHeadings {
            folded = held
            write(block)
        }
        heldHeadings.removeAll()
        folded = current
    }

    /// Appends a block to the clean text.
    private mutating func write(_ block: Pending) {
        let line = line(of: block.element)
        if failure == nil { verify(block, line: line) }
        builder.beginBlock(separatorAt: RawByteOffset(folded.segments.first?.raw.lowerBound ?? 0))
        let raw = tree.raw
        for segment in folded.segments {
            let range = RawByteOffset(segment.raw.lowerBound)..<RawByteOffset(segment.raw.upperBound)
            if segment.verbatim {
                builder.appendVerbatim(raw[segment.raw], from: range)
            } else {
                builder.appendReplacement(folded.bytes[segment.clean], for: range)
            }
        }
        let index = builder.blocks.count
        let anchor = BlockAnchor(xpath: xpath(block.element), line: line)
        builder.endBlock(kind: block.kind, anchor: anchor, listIntro: block.kind == .listItem ? lastIntro : nil)
        if folded.words >= 8 { sawArticleText = true }
        let endsWithColon = folded.bytes.last == UInt8(ascii: ":")
        if (block.kind == .paragraph || block.kind == .listItem) && endsWithColon {
            lastIntro = index
            introActive = true
        } else if block.kind != .listItem {
            lastIntro = nil
            introActive = false
        }
    }

    /// Checks the provenance contract for a block before it is kept: every piece has an exact
    /// raw span, and the raw span, read back by ``HTMLText``, is the block's text (white space
    /// runs aside). A failure is kept and thrown by the cleaner: text that cannot be traced to
    /// its bytes never leaves it looking valid.
    private mutating func verify(_ block: Pending, line: Int) {
        let location = SourceLocation(path: path, line: line)
        guard block.trusted else {
            failure = MarrowError(
                .unparsable,
                "text at byte \(block.untrustedOffset ?? 0) could not be traced back to its raw bytes (please report this page)",
                at: location)
            return
        }
        guard let first = folded.segments.first, let last = folded.segments.last else { return }
        check.removeAll(keepingCapacity: true)
        HTMLText.decode(tree.raw[first.raw.lowerBound..<last.raw.upperBound], into: &check)
        if !BlockEmitter.sameText(check, folded.bytes) {
            let found = String(decoding: check.prefix(120), as: UTF8.self)
            failure = MarrowError(
                .unparsable,
                "the raw bytes \(first.raw.lowerBound)..<\(last.raw.upperBound) read back as '\(found)', not as the block's text (please report this page)",
                at: location)
        }
    }

    /// Whether two texts are equal once white space runs are folded to one space and trimmed.
    static func sameText(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        func trimmed(_ bytes: [UInt8]) -> Range<Int> {
            var lower = 0
            while lower < bytes.count, case let w = spaceWidth(bytes, lower, bytes.count), w > 0 { lower += w }
            var upper = bytes.count
            while upper > lower {
                if RawAligner.isSpaceByte(bytes[upper - 1]) {
                    upper -= 1
                    continue
                }
                if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                    upper -= 2
                    continue
                }
                break
            }
            return lower..<upper
        }
        let rangeA = trimmed(a)
        let rangeB = trimmed(b)
        var i = rangeA.lowerBound
        var j = rangeB.lowerBound
        while i < rangeA.upperBound, j < rangeB.upperBound {
            let spaceA = spaceWidth(a, i, rangeA.upperBound)
            let spaceB = spaceWidth(b, j, rangeB.upperBound)
            if spaceA > 0 || spaceB > 0 {
                guard spaceA > 0, spaceB > 0 else { return false }
                while i < rangeA.upperBound, case let w = spaceWidth(a, i, rangeA.upperBound), w > 0 { i += w }
                while j < rangeB.upperBound, case let w = spaceWidth(b, j, rangeB.upperBound), w > 0 { j += w }
                continue
            }
            guard a[i] == b[j] else { return false }
            i += 1
            j += 1
        }
        return i == rangeA.upperBound && j == rangeB.upperBound
    }

    /// The XPath of `element`, reusing its parent's when the previous block had the same parent.
    private mutating func xpath(_ element: Int) -> String {
        let parent = tree.parent(element)
        guard parent >= 0 else { return tree.xpath(element) }
        if parentPath.element != parent { parentPath = (parent, tree.xpath(parent)) }
        return parentPath.path + "/" + tree.step(element)
    }

    /// The 1-based line where element `index` starts.
    mutating func line(of index: Int) -> Int {
        lines.line(at: max(0, Int(tree.nodes[index].rawOffset) - 1), in: tree.raw)
    }

    mutating func finish(metadata target: inout DocumentMetadata) {
        // Headings with no text after them head nothing; on a page of headings only, they are
        // all there is and stay.
        if builder.blocks.isEmpty || heldHeadings.contains(where: { $0.label }) {
            writeHeldHeadings()
        } else {
            dropHeldHeadings(atOrBelow: 0)
        }
        target.fill(from: metadata)
    }
}

/// Counts lines up to a raw offset, incrementally (offsets asked for mostly rise).
struct LineCounter {
    private var offset = 0
    private var line = 1

    mutating func line(at target: Int, in raw: [UInt8]) -> Int {
        let target = min(target, raw.count)
        if target < offset {
            offset = 0
            line = 1
        }
        raw.withUnsafeBufferPointer { buffer in
            var k = offset
            var count = 0
            while k < target {
                if buffer[k] == 0x0A { count += 1 }
                k += 1
            }
            line += count
        }
        offset = target
        return line
    }
}

/// A block the cleaner did not keep, and why (``HTMLCleaner/clean(_:recordingDropped:)``).
public struct DroppedBlock: Sendable, Hashable {
    /// Why a block was dropped.
    public enum Reason: Sendable, Hashable {
        /// The element is page chrome: by its name, role, class or id.
        case chrome
        /// The element is hidden from readers (`hidden`, `aria-hidden`, `display:none`).
        case hidden
        /// The block sits outside the element chosen as the main content.
        case outsideMainContent
        /// Most of its text is link text (a menu, a list of related links).
        case linkDense
        /// A boilerplate line from `Lexicons/boilerplate.cues` (`Share`, cookie notices…).
        case boilerplate
        /// A labelled metadata value ("By Jane Doe"), taken into the metadata.
        case metadata(MetadataField)
        /// A line after which nothing more of the article follows ("Related Searches").
        case endMarker
        /// After an end marker.
        case afterEnd
        /// A heading over a section of which nothing was kept.
        case emptySection
        /// The author's bio: a block after the article that opens with the author's name.
        case authorBio
    }

    /// Why it was dropped.
    public var reason: Reason
    /// Its text, white space folded.
    public var text: String
    /// Its element's XPath.
    public var xpath: String
    /// The line its element starts on.
    public var line: Int
}
