import Foundation

/// Cleans HTML pages into main text: what a reader of the article reads (title, headings,
/// paragraphs, list items, tables as text), with page chrome dropped and every clean byte mapped
/// back to the raw bytes of the page.
///
/// Steps: choose the encoding (``HTMLEncoding``), parse with libxml2 (``HTMLParser``, which also
/// records raw spans of text), drop chrome by element, role, visibility and the class/id tokens
/// of `Lexicons/boilerplate.cues` (`[html.chrome]`), pick the main-content element by semantic
/// markers (`article`, `main`, `[html.content]` tokens) and text density, then cut it into
/// blocks and drop link-dense and boilerplate blocks. Metadata comes from ``HTMLMetadata``.
public struct HTMLCleaner: Sendable {
    /// The chrome and boilerplate cues.
    public let cues: CleaningCues

    /// Creates a cleaner.
    public init(cues: CleaningCues) { self.cues = cues }

    /// Cleans an HTML document.
    ///
    /// - Parameter document: an HTML document (any encoding; see ``HTMLEncoding``).
    /// - Returns: the main text in blocks, with metadata and the offset map back to the raw page.
    /// - Throws: ``MarrowError`` with code `tooLarge` or `unparsable`.
    public func clean(_ document: SourceDocument) throws -> CleanText {
        let raw = document.raw
        let encoding = HTMLEncoding.detect(raw)
        let tree: HTMLTree
        do {
            tree = try HTMLParser.parse(raw, encoding: encoding)
        } catch var error as MarrowError {
            error.location = SourceLocation(path: document.path)
            throw error
        }
        var extractor = ContentExtractor(tree: tree, aligner: RawAligner(raw: raw, encoding: encoding), cues: cues)
        var metadata = HTMLMetadata(tree: tree, cues: cues).extract()
        let clean = extractor.run(metadata: &metadata)
        return clean
    }
}

/// Element name sets the extractor decides by.
enum HTMLVocabulary {
    /// Elements never read (no visible text, or not article text).
    static let neverRead: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "title",
        "select", "button", "input", "textarea", "option", "optgroup", "datalist", "map", "audio", "video", "math",
        "source", "track", "meta", "link", "base", "frameset", "frame", "applet", "param", "img", "picture", "label",
    ]
    /// Elements dropped from inside a paragraph without breaking it (readers never see them).
    static let invisibleInline: Set<String> = ["script", "style", "noscript", "template"]
    /// Elements that are chrome by their very name.
    static let chromeElements: Set<String> = ["nav", "aside", "footer", "form", "dialog", "menu"]
    /// ARIA roles of chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "alert", "status", "marquee",
    ]
    /// Headings.
    static let headings: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    /// Elements that are one paragraph block.
    static let paragraphs: Set<String> = ["p", "blockquote", "pre", "figcaption", "caption", "summary", "address", "dd", "legend"]
    /// Elements that are one list item block.
    static let listItems: Set<String> = ["li", "dt"]
    /// Block containers: they break the text around them but are not blocks themselves.
    static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "form", "fieldset", "figure", "header", "footer", "aside", "nav", "details", "center", "hgroup",
        "hr", "menu", "dialog", "frameset", "noframes", "colgroup", "col",
    ]
    /// Elements that mark an article container.
    static let articleElements: Set<String> = ["article", "main"]
    /// Elements whose presence in a table makes it a layout table (rows are not data).
    static let layoutMarkers: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "article", "section", "div"]
}

/// Finds and cuts the main content of one parsed page.
struct ContentExtractor {
    let tree: HTMLTree
    let aligner: RawAligner
    let cues: CleaningCues
    private var nodes: [HTMLTree.Node] { tree.nodes }

    /// Per element: dropped as chrome or never read.
    private var dropped: [Bool] = []
    /// Per element: text of kept text nodes under it, outside links, counting only runs of 25+
    /// visible bytes (paragraph-like text; menus and labels score nothing).
    private var good: [Int] = []
    /// Per element: all visible bytes of kept text under it, and those inside links.
    private var all: [Int] = []
    private var linked: [Int] = []

    init(tree: HTMLTree, aligner: RawAligner, cues: CleaningCues) {
        self.tree = tree
        self.aligner = aligner
        self.cues = cues
    }

    // MARK: Chrome

    /// Class and id names of an element, lowercased.
    func names(_ index: Int) -> [Substring] {
        var result: [Substring] = []
        if let classes = tree.attribute("class", index) {
            result += classes.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        }
        if let id = tree.attribute("id", index) { result.append(Substring(id.lowercased())) }
        return result
    }

    /// Whether class/id names mark chrome: a whole name, or one of its `-`/`_` parts, is a
    /// chrome token, and no name is a content token.
    func hasChromeTokens(_ index: Int) -> Bool {
        let names = names(index)
        guard !names.isEmpty else { return false }
        if names.contains(where: { cues.contentTokens.contains(String($0)) }) { return false }
        for name in names {
            if cues.chromeTokens.contains(String(name)) { return true }
            let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.count > 1, parts.contains(where: { cues.chromeTokens.contains(String($0)) }),
               !parts.contains(where: { cues.contentTokens.contains(String($0)) || $0 == "body" || $0 == "text" }) {
                return true
            }
        }
        return false
    }

    /// Whether an element is hidden from readers.
    func isHidden(_ index: Int) -> Bool {
        if tree.attribute("hidden", index) != nil { return true }
        if tree.attribute("aria-hidden", index)?.lowercased() == "true" { return true }
        if let style = tree.attribute("style", index) {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        if tree.attribute("type", index)?.lowercased() == "hidden" { return true }
        return false
    }

    /// Marks dropped elements and computes the text statistics.
    mutating func analyse() {
        let count = nodes.count
        var neverRead = [Bool](repeating: false, count: count)
        var insideArticle = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let node = nodes[index]
            let parent = Int(node.parent)
            let inherited = parent >= 0 && neverRead[parent]
            neverRead[index] = inherited || (!node.isText && (HTMLVocabulary.neverRead.contains(node.name) || isHidden(index)))
            insideArticle[index] = parent >= 0 && (insideArticle[parent] || HTMLVocabulary.articleElements.contains(nodes[parent].name))
        }
        // Raw statistics, before chrome is judged: children come after parents in the array.
        var text = [Int](repeating: 0, count: count)
        var holdsArticle = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.isText, !neverRead[index] { text[index] = ContentExtractor.visibleBytes(tree.text(index)) }
            if !node.isText, node.name == "h1" || HTMLVocabulary.articleElements.contains(node.name) || tree.attribute("itemprop", index) == "articleBody" {
                holdsArticle[index] = true
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                text[parent] += text[index]
                holdsArticle[parent] = holdsArticle[parent] || holdsArticle[index]
            }
        }
        let bodyText = max(1, bodyIndex.map { text[$0] } ?? text.max() ?? 1)
        dropped = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let node = nodes[index]
            let parent = Int(node.parent)
            if neverRead[index] || (parent >= 0 && dropped[parent]) { dropped[index] = true; continue }
            guard !node.isText, node.name != "body", node.name != "html" else { continue }
            var chrome = HTMLVocabulary.chromeElements.contains(node.name)
                || (node.name == "header" && !insideArticle[index])
                || tree.attribute("role", index).map { HTMLVocabulary.chromeRoles.contains($0.lowercased()) } == true
                || hasChromeTokens(index)
            if chrome, holdsArticle[index] || text[index] * 2 > bodyText {
                // A wrapper that holds the article is not chrome, whatever its class says.
                chrome = false
            }
            dropped[index] = chrome
        }
        good = [Int](repeating: 0, count: count)
        all = [Int](repeating: 0, count: count)
        linked = [Int](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let parent = Int(nodes[index].parent)
            inLink[index] = parent >= 0 && (inLink[parent] || nodes[parent].name == "a")
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            if nodes[index].isText, !dropped[index] {
                let visible = ContentExtractor.visibleBytes(tree.text(index))
                all[index] = visible
                if inLink[index] { linked[index] = visible } else if visible >= 25 { good[index] = visible }
            }
            let parent = Int(nodes[index].parent)
            if parent >= 0, !dropped[index] {
                good[parent] += good[index]
                all[parent] += all[index]
                linked[parent] += linked[index]
            }
        }
    }

    /// Bytes that are not ASCII white space.
    static func visibleBytes(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where !RawAligner.isSpaceByte(byte) { count += 1 }
        return count
    }

    var bodyIndex: Int? {
        nodes.indices.first { !nodes[$0].isText && nodes[$0].name == "body" }
    }

    // MARK: Main content

    /// Whether an element announces itself as the article.
    func isContentCandidate(_ index: Int) -> Bool {
        let node = nodes[index]
        if node.isText { return false }
        if HTMLVocabulary.articleElements.contains(node.name) { return true }
        if tree.attribute("role", index)?.lowercased() == "main" { return true }
        if let itemprop = tree.attribute("itemprop", index)?.lowercased(), itemprop == "articlebody" || itemprop == "text" { return true }
        return names(index).contains { cues.contentTokens.contains(String($0)) }
    }

    /// The element whose subtree is the main content.
    func mainContent() -> Int? {
        guard let body = bodyIndex ?? tree.roots.first else { return nil }
        let total = good[body]
        guard total > 0 else { return body }
        // 1. Semantic markers.
        var best: Int?
        for index in nodes.indices where !dropped[index] && isContentCandidate(index) && good[index] * 4 >= total {
            if best == nil || good[index] > good[best!] || (good[index] == good[best!] && index > best!) { best = index }
        }
        // 2. Text density: paragraph text scores its block, the block's parent, and half for the
        // grandparent; the best-scoring container wins, the deeper one on ties.
        if best == nil {
            var score = [Int](repeating: 0, count: nodes.count)
            for index in nodes.indices where nodes[index].isText && good[index] > 0 {
                var block = Int(nodes[index].parent)
                while block >= 0, !isBlockLevel(block) { block = Int(nodes[block].parent) }
                guard block >= 0 else { continue }
                score[block] += good[index]
                let parent = Int(nodes[block].parent)
                if parent >= 0 {
                    score[parent] += good[index]
                    let grand = Int(nodes[parent].parent)
                    if grand >= 0 { score[grand] += good[index] / 2 }
                }
            }
            for index in nodes.indices where !nodes[index].isText && !dropped[index] && isContainer(index) && score[index] > 0 {
                if best == nil || score[index] >= score[best!] { best = index }
            }
        }
        guard var root = best else { return body }
        // 3. A density winner may be one of several sibling sections of one article: climb while
        // the parent adds at least a fifth more paragraph text and is not link-heavy. (Semantic
        // winners are trusted as they are; the title above them is picked up separately.)
        if !isContentCandidate(root) {
            while root != body, nodes[root].parent >= 0 {
                let parent = Int(nodes[root].parent)
                let linkRatio = Double(linked[parent]) / Double(max(1, all[parent]))
                guard good[parent] * 5 >= good[root] * 6, linkRatio < 0.35 else { break }
                root = parent
            }
        }
        return root
    }

    func isBlockLevel(_ index: Int) -> Bool {
        let name = nodes[index].name
        return HTMLVocabulary.containers.contains(name) || HTMLVocabulary.paragraphs.contains(name)
            || HTMLVocabulary.listItems.contains(name) || HTMLVocabulary.headings[name] != nil
    }

    func isContainer(_ index: Int) -> Bool {
        HTMLVocabulary.containers.contains(nodes[index].name)
    }

    // MARK: Blocks

    /// A block being collected.
    struct PendingBlock {
        var kind: BlockKind
        var element: Int
        var pieces: [TextPiece] = []
        var linkedBytes = 0
        var visibleBytes = 0
        var trusted = true
    }

    /// A finished block's clean bytes and how they map to raw bytes.
    struct BlockText {
        enum Segment { case verbatim(Range<Int>), replacement([UInt8], Range<Int>) }
        var segments: [Segment] = []
        var utf8: [UInt8] = []
    }

    /// Runs the extraction.
    mutating func run(metadata: inout DocumentMetadata) -> CleanText {
        analyse()
        var emitter = BlockEmitter(tree: tree, raw: aligner.raw, cues: cues)
        if let root = mainContent() {
            // The page title often sits above the article container.
            let headings = nodes.indices.filter { !nodes[$0].isText && nodes[$0].name == "h1" && !dropped[$0] }
            if !headings.contains(where: { isDescendant($0, of: root) }), let h1 = headings.last(where: { $0 < root }) {
                let text = CueText.fold(tree.textContent(h1, limit: 400))
                let matchesTitle = metadata.title.map { CueText.fold($0).contains(text) } ?? false
                if matchesTitle || headings.count == 1 { walk(h1, into: &emitter) }
            }
            walk(root, into: &emitter)
        }
        emitter.finish(metadata: &metadata)
        if let first = emitter.builder.blocks.first, first.kind.headingLevel != nil {
            let heading = String(decoding: emitter.builder.utf8[first.range.lowerBound.value..<first.range.upperBound.value], as: UTF8.self)
            if let title = metadata.title {
                // "Article title | Site name": keep the part the page's own heading gives.
                let foldedHeading = CueText.fold(heading)
                for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] where title.contains(separator) {
                    if title.components(separatedBy: separator).contains(where: { CueText.fold($0) == foldedHeading }) { metadata.title = heading }
                }
            } else {
                metadata.title = heading
            }
        }
        return emitter.builder.build(metadata: metadata)
    }

    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = Int(nodes[current].parent)
        }
        return false
    }

    /// Whether a table holds blocks (a layout table) rather than data.
    func isLayoutTable(_ table: Int) -> Bool {
        var stack = tree.children(table)
        var seen = 0
        while let current = stack.popLast() {
            seen += 1
            if seen > 20_000 { return true }
            if nodes[current].isText { continue }
            if HTMLVocabulary.layoutMarkers.contains(nodes[current].name) { return true }
            stack.append(contentsOf: tree.children(current))
        }
        return false
    }

    /// Walks the subtree of `root` in document order without recursion, collecting blocks.
    func walk(_ root: Int, into emitter: inout BlockEmitter) {
        enum Step { case enter(Int), exit(Int) }
        var stack: [Step] = [.enter(root)]
        var kinds: [(kind: BlockKind, element: Int)] = [(.paragraph, root)]
        var dataTables = 0
        var dataTableSet = Set<Int>()
        var linkDepth = 0
        var pending = PendingBlock(kind: .paragraph, element: root)
        var lastWasBreak = false

        func flush(_ next: BlockKind, _ element: Int) {
            emitter.emit(pending)
            pending = PendingBlock(kind: next, element: element)
            lastWasBreak = false
        }
        func forceSpace() {
            guard !pending.pieces.isEmpty else { return }
            let at = pending.pieces.last!.raw.upperBound
            pending.pieces.append(TextPiece(kind: .space, raw: at..<at))
        }

        while let step = stack.popLast() {
            switch step {
            case .enter(let index):
                let node = nodes[index]
                if node.isText {
                    guard !dropped[index] else { continue }
                    let (pieces, trusted) = aligner.pieces(tree, index)
                    if !trusted { pending.trusted = false }
                    let visible = ContentExtractor.visibleBytes(tree.text(index))
                    pending.visibleBytes += visible
                    if linkDepth > 0 { pending.linkedBytes += visible }
                    if visible > 0 { lastWasBreak = false }
                    pending.pieces.append(contentsOf: pieces)
                    continue
                }
                if dropped[index] {
                    if !HTMLVocabulary.invisibleInline.contains(node.name) && !HTMLVocabulary.neverRead.contains(node.name) || isBlockLevel(index) {
                        flush(pending.kind, pending.element)
                    }
                    continue
                }
                let name = node.name
                var opens: BlockKind?
                if let level = HTMLVocabulary.headings[name] {
                    opens = .heading(level: level)
                } else if HTMLVocabulary.paragraphs.contains(name) {
                    opens = .paragraph
                    if kinds.last?.kind == .listItem, pending.visibleBytes == 0 { opens = .listItem }
                } else if HTMLVocabulary.listItems.contains(name) {
                    opens = .listItem
                } else if name == "table" {
                    if isLayoutTable(index) { opens = .paragraph } else { dataTables += 1; dataTableSet.insert(index); opens = .paragraph }
                } else if name == "tr", dataTables > 0 {
                    opens = .tableRow
                } else if (name == "td" || name == "th"), dataTables > 0 {
                    forceSpace()
                } else if HTMLVocabulary.containers.contains(name) {
                    opens = .paragraph
                } else if name == "br" {
                    if lastWasBreak, pending.kind == .paragraph, pending.visibleBytes > 0 {
                        flush(pending.kind, pending.element)
                    } else {
                        forceSpace()
                        lastWasBreak = true
                    }
                } else if name == "a" {
                    linkDepth += 1
                }
                if let kind = opens {
                    flush(kind, index)
                    kinds.append((kind, index))
                }
                stack.append(.exit(index))
                var children = tree.children(index)
                children.reverse()
                for child in children { stack.append(.enter(child)) }
            case .exit(let index):
                let name = nodes[index].name
                if name == "a" { linkDepth -= 1 }
                if (name == "td" || name == "th"), dataTables > 0 { forceSpace() }
                if let top = kinds.last, top.element == index {
                    if dataTableSet.contains(index) { dataTables -= 1 }
                    kinds.removeLast()
                    let outer = kinds.last ?? (.paragraph, root)
                    flush(outer.kind == .tableRow || outer.kind.headingLevel != nil ? .paragraph : outer.kind, outer.element)
                }
            }
        }
        emitter.emit(pending)
    }
}

/// Turns collected blocks into clean text: folds white space, drops boilerplate, link-dense and
/// metadata blocks, and keeps the offset map.
struct BlockEmitter {
    let tree: HTMLTree
    let raw: [UInt8]
    let cues: CleaningCues
    var builder = CleanTextBuilder()
    var metadata = DocumentMetadata()
    var pendingField: MetadataField?
    var ended = false
    var sawArticleText = false
    var lastIntro: Int?
    var introActive = false

    init(tree: HTMLTree, raw: [UInt8], cues: CleaningCues) {
        self.tree = tree
        self.raw = raw
        self.cues = cues
    }

    /// Folds a block's pieces into clean bytes: white space runs (and breaks) become one space
    /// standing for the raw bytes between the words around them; leading and trailing white
    /// space goes.
    func fold(_ pieces: [TextPiece]) -> ContentExtractor.BlockText {
        var text = ContentExtractor.BlockText()
        var pendingSpace = false
        var lastEnd = 0
        for piece in pieces {
            switch piece.kind {
            case .space:
                if !text.utf8.isEmpty { pendingSpace = true }
                continue
            case .verbatim, .replacement:
                break
            }
            if pendingSpace {
                let upper = max(lastEnd, piece.raw.lowerBound)
                text.segments.append(.replacement([0x20], lastEnd..<upper))
                text.utf8.append(0x20)
                pendingSpace = false
            }
            switch piece.kind {
            case .verbatim:
                text.segments.append(.verbatim(piece.raw))
                text.utf8.append(contentsOf: raw[piece.raw])
            case .replacement(let bytes):
                text.segments.append(.replacement(bytes, piece.raw))
                text.utf8.append(contentsOf: bytes)
            case .space:
                break
            }
            lastEnd = max(lastEnd, piece.raw.upperBound)
        }
        return text
    }

    mutating func emit(_ block: ContentExtractor.PendingBlock) {
        guard !ended, block.visibleBytes > 0 else { return }
        let folded = fold(block.pieces)
        let text = String(decoding: folded.utf8, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
        let words = folded.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
        // Cue checks only ever apply to short blocks; long ones skip the folding.
        let foldedLine = words <= 40 ? CueText.fold(text) : ""
        if words > 40 {
            emitBlock(block, folded, text: text, words: words)
            return
        }
        if let field = pendingField {
            pendingField = nil
            if words <= 8 { metadata.set(field, text); return }
        }
        if words <= 25, let (field, value) = cues.metadataValue(line: text, folded: foldedLine) {
            if value.isEmpty { pendingField = field } else { metadata.set(field, value) }
            return
        }
        if cues.endMarkers.contains(foldedLine.trimmingCharacters(in: ".:")), sawArticleText {
            ended = true
            return
        }
        if words <= 40, cues.isBoilerplate(folded: foldedLine) { return }
        let linkRatio = Double(block.linkedBytes) / Double(max(1, block.visibleBytes))
        let isIntroducedItem = block.kind == .listItem && introActive
        if linkRatio > 0.5, !isIntroducedItem { return }
        if block.kind.headingLevel == nil, words < 2, linkRatio > 0 { return }
        emitBlock(block, folded, text: text, words: words)
    }

    /// Appends a block that passed the filters.
    private mutating func emitBlock(_ block: ContentExtractor.PendingBlock, _ folded: ContentExtractor.BlockText, text: String, words: Int) {
        let linkRatio = Double(block.linkedBytes) / Double(max(1, block.visibleBytes))
        if linkRatio > 0.5, !(block.kind == .listItem && introActive) { return }
        builder.beginBlock(separatorAt: RawByteOffset(folded.segments.first.map(BlockEmitter.rawStart) ?? 0))
        for segment in folded.segments {
            switch segment {
            case .verbatim(let range):
                builder.appendVerbatim(raw[range], from: RawByteOffset(range.lowerBound)..<RawByteOffset(range.upperBound))
            case .replacement(let bytes, let range):
                builder.appendReplacement(bytes, for: RawByteOffset(range.lowerBound)..<RawByteOffset(range.upperBound))
            }
        }
        let index = builder.blocks.count
        let node = tree.nodes[block.element]
        let anchor = BlockAnchor(xpath: tree.xpath(block.element), line: node.line > 0 ? min(Int(node.line), 65_535) : nil)
        builder.endBlock(kind: block.kind, anchor: anchor, listIntro: block.kind == .listItem ? lastIntro : nil)
        if words >= 8 { sawArticleText = true }
        let endsWithColon = text.hasSuffix(":")
        if (block.kind == .paragraph || block.kind == .listItem) && endsWithColon {
            lastIntro = index
            introActive = true
        } else if block.kind != .listItem {
            lastIntro = nil
            introActive = false
        }
    }

    static func rawStart(_ segment: ContentExtractor.BlockText.Segment) -> Int {
        switch segment {
        case .verbatim(let range): return range.lowerBound
        case .replacement(_, let range): return range.lowerBound
        }
    }

    mutating func finish(metadata target: inout DocumentMetadata) {
        target.fill(from: metadata)
    }
}
