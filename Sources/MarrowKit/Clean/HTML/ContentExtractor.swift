/// Finds and cuts the main content of one parsed page.
///
/// Every pass is a loop over the tree's preorder array (forwards for what is inherited,
/// backwards for what is summed up), so the whole extraction is linear in the page.
struct ContentExtractor {
    let tree: HTMLTree
    let cues: CleaningCues

    /// Per node, bit flags (``Flag``).
    private var flags: [UInt8] = []
    /// Per node: visible bytes of readable text under it, before chrome is judged.
    private var text: [Int32] = []
    /// Per node: visible bytes of every text node under it (read or not).
    private var anyText: [Int32] = []
    /// Per node: text of kept text nodes under it, outside links, counting only runs of inline
    /// text of ``paragraphRunBytes`` or more (paragraph-like text; menus and labels score nothing).
    private(set) var good: [Int32] = []
    /// Per node: all visible bytes of kept text under it, and those inside links.
    private(set) var all: [Int32] = []
    private(set) var linked: [Int32] = []
    private var chromeCache: [String: ChromeEvidence] = [:]
    /// Per node: paragraph-like text under it (as ``good``) before chrome is judged.
    private var rawGood: [Int32] = []
    /// Per text node, the id of its run of inline text (``assignRun(_:parentBlock:blockOf:)``);
    /// per block-level element, the run its next inline text joins.
    private var run: [Int32] = []

    enum Flag {
        static let neverRead: UInt8 = 1 << 0
        static let insideArticle: UInt8 = 1 << 1
        static let holdsArticle: UInt8 = 1 << 2
        static let dropped: UInt8 = 1 << 3
        static let inLink: UInt8 = 1 << 4
        static let layoutBelow: UInt8 = 1 << 5
    }

    init(tree: HTMLTree, cues: CleaningCues) {
        self.tree = tree
        self.cues = cues
    }

    func isDropped(_ index: Int) -> Bool { flags[index] & Flag.dropped != 0 }
    func isInLink(_ index: Int) -> Bool { flags[index] & Flag.inLink != 0 }
    func anyTextBelow(_ index: Int) -> Int { Int(anyText[index]) }

    // MARK: Chrome

    /// How strongly class/id names mark chrome.
    enum ChromeEvidence: UInt8 {
        /// No name is a chrome token (or some name is a content token).
        case none
        /// A part of a compound name is a chrome token (`site-footer`, `share-bar`): a hint
        /// that paragraph-rich text overrides.
        case part
        /// A whole name is a chrome token (`nav`, `share`).
        case whole
        /// A name, or a part of one, is a comment-section token (`comments`, `comment-list`):
        /// reader comments can outweigh the article, so their size does not save them.
        case comments
    }

    /// Whether class/id names mark chrome: a whole name, or one of its parts, is a chrome token,
    /// and no name is a content token. A name's parts are what `-` and `_` separate and, in a
    /// camel-case name, what a capital letter after a small one starts (`NewsletterBox`,
    /// `cbx-Author_Info`). BEM modifiers (what follows `--`, as in `field--label-hidden` or
    /// `section--has-ads`) describe a state, not what the element is, and are not read. A custom
    /// element's name (`pp-inline-teaser`) is read as a class name: it says what the element is.
    mutating func chromeEvidence(_ index: Int) -> ChromeEvidence {
        let classes = tree.attributeBytes(.class, index)
        let id = tree.attributeBytes(.id, index)
        // Only names the vocabulary does not know (no traits) can be custom elements.
        let custom =
            tree.nodes[index].isText || !tree.traits(index).isEmpty
            ? nil : ContentExtractor.customElementName(tree.name(index))
        guard classes != nil || id != nil || custom != nil else { return .none }
        var key = classes.map { String(decoding: $0, as: UTF8.self) } ?? ""
        if let id { key += "\u{0}" + String(decoding: id, as: UTF8.self) }
        if let custom { key += "\u{0}" + custom }
        if let known = chromeCache[key] { return known }
        let names = ContentExtractor.names(key)
        var result = ChromeEvidence.none
        if !names.contains(where: { cues.contentTokens.contains($0) }) {
            for original in ContentExtractor.originalNames(key) {
                let name = original.lowercased()
                let parts = ContentExtractor.parts(original)
                if cues.commentTokens.contains(name) || parts.contains(where: { cues.commentTokens.contains($0) }) {
                    result = .comments
                    break
                }
                if cues.chromeTokens.contains(name) {
                    result = .whole
                    continue
                }
                guard result == .none else { continue }
                if parts.count > 1, parts.contains(where: { cues.chromeTokens.contains($0) }),
                    !parts.contains(where: { cues.contentTokens.contains($0) || $0 == "body" || $0 == "text" })
                {
                    result = .part
                }
            }
        }
        chromeCache[key] = result
        return result
    }

    /// A custom element's name (it holds a `-`, as HTML requires of one), or nil.
    static func customElementName(_ name: String) -> String? {
        name.utf8.contains(UInt8(ascii: "-")) ? name : nil
    }

    /// The class and id names in a `class + NUL + id` key, as written.
    static func originalNames(_ key: String) -> [Substring] {
        key.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0}" })
    }

    /// The lowercase parts of one class name: the name before a BEM modifier (`--`), cut at `-`,
    /// `_` and at a small letter followed by a capital one (ASCII letters only).
    static func parts(_ name: Substring) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        var previousDash = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                // `--` starts a BEM modifier: the rest is a state.
                if byte == UInt8(ascii: "-"), previousDash { break }
                previousDash = byte == UInt8(ascii: "-")
                if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
                continue
            }
            previousDash = false
            let upper = byte >= 0x41 && byte <= 0x5A
            if upper, previousLower, !current.isEmpty {
                parts.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            previousLower = byte >= 0x61 && byte <= 0x7A
            current.append(upper ? byte | 0x20 : byte)
        }
        if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
        return parts
    }

    /// The lowercase class and id names in a `class + NUL + id` key.
    static func names(_ key: String) -> [String] {
        key.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0}" })
            .map(String.init)
    }

    /// Class and id names of an element, lowercased.
    func names(_ index: Int) -> [String] {
        var key = tree.attribute(.class, index) ?? ""
        if let id = tree.attribute(.id, index) { key += "\u{0}" + id }
        return ContentExtractor.names(key)
    }

    /// Whether an element is hidden from readers.
    func isHidden(_ index: Int) -> Bool {
        if tree.attributeBytes(.hidden, index) != nil { return true }
        if let hidden = tree.attributeBytes(.ariaHidden, index), hidden.count == 4,
            String(decoding: hidden, as: UTF8.self).lowercased() == "true"
        {
            return true
        }
        if let style = tree.attributeBytes(.style, index) {
            let compact = style.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if compact.firstRange(ofBytes: Array("display:none".utf8)) != nil
                || compact.firstRange(ofBytes: Array("visibility:hidden".utf8)) != nil
            {
                return true
            }
        }
        if let type = tree.attributeBytes(.type, index), type.count == 6,
            String(decoding: type, as: UTF8.self).lowercased() == "hidden"
        {
            return true
        }
        return false
    }

    /// Marks dropped elements and computes the text statistics.
    mutating func analyse() {
        let count = tree.nodes.count
        flags = [UInt8](repeating: 0, count: count)
        text = [Int32](repeating: 0, count: count)
        anyText = [Int32](repeating: 0, count: count)
        rawGood = [Int32](repeating: 0, count: count)
        // Visible bytes under each node, read or not: children come after parents.
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            if node.isText { anyText[index] = node.visible }
            if node.parent >= 0 { anyText[Int(node.parent)] += anyText[index] }
        }
        let pageText = Int(tree.roots.map { anyText[$0] }.reduce(0, +))
        // Inherited flags, and each text node's run of inline text: parents come before children.
        run = [Int32](repeating: -1, count: count)
        var blockOf = [Int32](repeating: -1, count: count)
        for index in 0..<count {
            let node = tree.nodes[index]
            let parent = Int(node.parent)
            assignRun(index, parentBlock: parent >= 0 ? Int(blockOf[parent]) : -1, blockOf: &blockOf)
            var flag: UInt8 = 0
            if parent >= 0 {
                flag = flags[parent] & (Flag.neverRead | Flag.insideArticle | Flag.inLink)
                let parentTraits = tree.traits(parent)
                if parentTraits.contains(.article) { flag |= Flag.insideArticle }
                if tree.nodes[parent].tag == .a { flag |= Flag.inLink }
            }
            if !node.isText, tree.traits(index).contains(.neverRead) || isHidden(index) {
                // A `noscript` left open by broken markup (`<noscript><div></noscript>`)
                // swallows the rest of the page in libxml2's tree; holding most of the page's
                // text, it is the page, not a fallback notice.
                if !(node.tag == .noscript && Int(anyText[index]) * 2 > pageText) { flag |= Flag.neverRead }
            }
            flags[index] = flag
        }
        // Raw statistics, before chrome is judged: children come after parents in the array.
        var runBytes = [Int32](repeating: 0, count: 2 * count)
        for index in 0..<count where tree.nodes[index].isText && flags[index] & (Flag.neverRead | Flag.inLink) == 0 {
            runBytes[Int(run[index])] += tree.nodes[index].visible
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            if node.isText {
                if flags[index] & Flag.neverRead == 0 {
                    text[index] = node.visible
                    if flags[index] & Flag.inLink == 0, runBytes[Int(run[index])] >= ContentExtractor.paragraphRunBytes
                    {
                        rawGood[index] = node.visible
                    }
                }
            } else {
                let traits = tree.traits(index)
                if node.tag == .h1 || traits.contains(.article) || itemprop(index, is: "articlebody") {
                    flags[index] |= Flag.holdsArticle
                }
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                text[parent] += text[index]
                rawGood[parent] += rawGood[index]
                flags[parent] |= flags[index] & Flag.holdsArticle
                if flags[index] & Flag.layoutBelow != 0 || (!node.isText && tree.traits(index).contains(.layoutMarker))
                {
                    flags[parent] |= Flag.layoutBelow
                }
            }
        }
        let body = bodyIndex
        let bodyText = max(1, body.map { Int(text[$0]) } ?? Int(text.max() ?? 1))
        let bodyGood = max(1, body.map { Int(rawGood[$0]) } ?? Int(rawGood.max() ?? 1))
        for index in 0..<count {
            let node = tree.nodes[index]
            let parent = Int(node.parent)
            if flags[index] & Flag.neverRead != 0 || (parent >= 0 && isDropped(parent)) {
                flags[index] |= Flag.dropped
                continue
            }
            guard !node.isText, node.tag != .body, node.tag != .html else { continue }
            let traits = tree.traits(index)
            var chrome =
                traits.contains(.chrome)
                || node.tag == .figcaption
                || (node.tag == .header && flags[index] & Flag.insideArticle == 0)
                || tree.attribute(.role, index).map { HTMLVocabulary.chromeRoles.contains($0.lowercased()) } == true
            var evidence = ChromeEvidence.none
            if !chrome {
                evidence = chromeEvidence(index)
                chrome = evidence != .none
            }
            if chrome,
                flags[index] & Flag.holdsArticle != 0
                    || (evidence != .comments
                        && (Int(text[index]) * 2 > bodyText || Int(rawGood[index]) * 2 > bodyGood))
            {
                // A wrapper that holds the article is not chrome, whatever its class says.
                chrome = false
            }
            if chrome, evidence == .part, Int(rawGood[index]) * 4 >= bodyGood {
                // A part of a compound name is a hint only: a quarter of the page's paragraph
                // text is not chrome.
                chrome = false
            }
            if chrome, evidence == .part, parent >= 0, !isBlockLevel(index), tree.traits(parent).contains(.paragraph),
                Int(rawGood[index]) >= ContentExtractor.sentenceBytes, Int(rawGood[index]) * 2 >= Int(text[index])
            {
                // An inline element inside a paragraph that holds a sentence of its text is the
                // text, whatever a part of its class says (class names copied along with the text).
                chrome = false
            }
            if chrome { flags[index] |= Flag.dropped }
        }
        good = [Int32](repeating: 0, count: count)
        all = [Int32](repeating: 0, count: count)
        linked = [Int32](repeating: 0, count: count)
        // Runs again without what chrome took out of them (a share button inside a paragraph).
        for k in runBytes.indices { runBytes[k] = 0 }
        for index in 0..<count where tree.nodes[index].isText && !isDropped(index) && !isInLink(index) {
            runBytes[Int(run[index])] += tree.nodes[index].visible
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            if node.isText, !isDropped(index) {
                let visible = node.visible
                all[index] = visible
                if isInLink(index) {
                    linked[index] = visible
                } else if runBytes[Int(run[index])] >= ContentExtractor.paragraphRunBytes {
                    good[index] = visible
                }
            }
            let parent = Int(node.parent)
            if parent >= 0, !isDropped(index) {
                good[parent] += good[index]
                all[parent] += all[index]
                linked[parent] += linked[index]
            }
        }
    }

    /// Visible bytes, outside links, of a run of inline text that make it paragraph-like: its
    /// text counts as the page's paragraph text (``good``), a menu label or a caption does not.
    static let paragraphRunBytes: Int32 = 25

    /// Visible bytes of paragraph-like text that make a sentence, not a label or a button.
    static let sentenceBytes = 80

    /// Gives node `index` its run of inline text (``run``): the text a reader reads as one
    /// stretch, between block boundaries and line breaks, whatever inline markup (`b`, `a`,
    /// `span`, a `script` or a comment) cuts it into text nodes. A run's id is the block that
    /// opens it (its index) or the element that ends the one before it in the same block (its
    /// index plus the node count), so ids are unique and below twice the node count.
    ///
    /// - Parameters:
    ///   - parentBlock: the nearest block-level element above `index`, or -1.
    ///   - blockOf: per node, the nearest block-level element at or above it (filled here).
    private mutating func assignRun(_ index: Int, parentBlock: Int, blockOf: inout [Int32]) {
        let count = tree.nodes.count
        if tree.nodes[index].isText {
            run[index] = parentBlock >= 0 ? run[parentBlock] : Int32(index)
            return
        }
        let blockLevel = isBlockLevel(index)
        blockOf[index] = blockLevel ? Int32(index) : Int32(parentBlock)
        if blockLevel { run[index] = Int32(index) }
        if parentBlock >= 0, blockLevel || tree.traits(index).contains(.breaksText) {
            // A nested block or a line break ends the run of the block around it.
            run[parentBlock] = Int32(index + count)
        }
    }

    func itemprop(_ index: Int, is value: String) -> Bool {
        guard let bytes = tree.attributeBytes(.itemprop, index), bytes.count == value.utf8.count else { return false }
        return zip(bytes, value.utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    var bodyIndex: Int? {
        tree.nodes.indices.first { tree.nodes[$0].tag == .body }
    }

    // MARK: Main content

    /// Whether an element announces itself as the article.
    func isContentCandidate(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        if node.isText { return false }
        if tree.traits(index).contains(.article) { return true }
        if tree.attribute(.role, index)?.lowercased() == "main" { return true }
        if itemprop(index, is: "articlebody") || itemprop(index, is: "text") { return true }
        return names(index).contains { cues.contentTokens.contains($0) }
    }

    /// The element whose subtree is the main content.
    func mainContent() -> Int? {
        guard let body = bodyIndex ?? tree.roots.first else { return nil }
        let total = Int(good[body])
        guard total > 0 else { return body }
        let count = tree.nodes.count
        // 1. Semantic markers, holding a quarter of the page's paragraph text or, on a page of
        // short lines (a list of treatments, a table) where there is little of it, half of its
        // text outside links.
        let plain = Int(all[body] - linked[body])
        var best: Int?
        for index in 0..<count
        where !isDropped(index)
            && (Int(good[index]) * 4 >= total || Int(all[index] - linked[index]) * 2 >= plain)
            && isContentCandidate(index)
        {
            if best == nil || good[index] > good[best!] || (good[index] == good[best!] && index > best!) {
                best = index
            }
        }
        // 2. Text density: paragraph text scores its block, the block's parent, and half for the
        // grandparent; the best-scoring container wins, the deeper one on ties.
        if best == nil {
            var block = [Int32](repeating: -1, count: count)
            var score = [Int32](repeating: 0, count: count)
            for index in 0..<count {
                let node = tree.nodes[index]
                let parent = Int(node.parent)
                if !node.isText, isBlockLevel(index) {
                    block[index] = Int32(index)
                } else if parent >= 0 {
                    block[index] = block[parent]
                }
                guard node.isText, good[index] > 0, parent >= 0 else { continue }
                let owner = Int(block[parent])
                guard owner >= 0 else { continue }
                score[owner] += good[index]
                let up = Int(tree.nodes[owner].parent)
                if up >= 0 {
                    score[up] += good[index]
                    let grand = Int(tree.nodes[up].parent)
                    if grand >= 0 { score[grand] += good[index] / 2 }
                }
            }
            for index in 0..<count
            where score[index] > 0 && !tree.nodes[index].isText && !isDropped(index)
                && tree.traits(index).contains(.container)
            {
                if best == nil || score[index] >= score[best!] { best = index }
            }
        }
        guard var root = best else { return body }
        // 3. A density winner may be one of several sibling sections of one article: climb while
        // the parent adds at least a fifth more paragraph text and is not link-heavy. (Semantic
        // winners are trusted as they are; the title above them is picked up separately.)
        if !isContentCandidate(root) {
            while root != body, tree.nodes[root].parent >= 0 {
                let parent = Int(tree.nodes[root].parent)
                let linkRatio = Double(linked[parent]) / Double(max(1, all[parent]))
                guard Int(good[parent]) * 5 >= Int(good[root]) * 6, linkRatio < 0.35 else { break }
                root = parent
            }
        }
        return root
    }

    /// Sections of the article beside the main-content element: siblings of it, of its parent
    /// and of its grandparent (not above `body`) that read as article text on their own (at
    /// least ``sectionBytes`` of paragraph text, most of their text paragraphs, hardly any
    /// link text). Pages built of one block per section ("What it is", "How it works") give
    /// the density pass only one of them. In document order; linear in the page (each level
    /// visits its children once).
    func siblingSections(of root: Int) -> [Int] {
        guard let body = bodyIndex, root != body, isDescendant(root, of: body) else { return [] }
        var sections: [Int] = []
        var node = root
        for _ in 0..<ContentExtractor.sectionLevels {
            let parent = tree.parent(node)
            guard parent >= 0, isDescendant(parent, of: body) else { break }
            var child = parent + 1
            while child < tree.end(parent) {
                if child != node, !tree.nodes[child].isText, !isDropped(child),
                    Int(good[child]) >= ContentExtractor.sectionBytes,
                    Int(linked[child]) * 8 < Int(all[child]), Int(good[child]) * 10 >= Int(all[child]) * 6
                {
                    sections.append(child)
                }
                child = tree.end(child)
            }
            if parent == body { break }
            node = parent
        }
        return sections.sorted()
    }

    /// The lead between the page title and the main-content element: the subtrees that lie
    /// after the title `h1` and before `root` in document order (neither holding `root` nor
    /// inside a subtree already read) that read as text on their own (at least ``leadBytes``
    /// of paragraph text, most of their text paragraphs, hardly any link
    /// text). A standfirst set between the headline and the article body is the article's
    /// first paragraph, though the density pass chose the body below it. Visits the nodes
    /// between the title and `root` once: linear in the page.
    ///
    /// - Parameters:
    ///   - title: the `h1` read as the page title, before `root`.
    ///   - root: the main-content element.
    ///   - walked: the subtrees already read, in document order.
    /// - Returns: the lead's subtrees, in document order.
    func lead(after title: Int, before root: Int, walked: [Int]) -> [Int] {
        var leads: [Int] = []
        var index = tree.end(title)
        while index < root {
            if tree.nodes[index].isText {
                index += 1
                continue
            }
            if isDescendant(root, of: index) || walked.contains(where: { isDescendant($0, of: index) }) {
                // An element that holds the main content (or a section read already) is not read
                // whole: what of it comes before the content may be the lead.
                index += 1
                continue
            }
            if walked.contains(where: { isDescendant(index, of: $0) }) {
                index = tree.end(index)
                continue
            }
            if !isDropped(index), good[index] >= ContentExtractor.leadBytes,
                Int(linked[index]) * 8 < Int(all[index]), Int(good[index]) * 10 >= Int(all[index]) * 6
            {
                leads.append(index)
            }
            index = tree.end(index)
        }
        return leads
    }

    /// Paragraph text that makes a sibling block a section of the article.
    static let sectionBytes = 250

    /// Visible bytes of paragraph text (two paragraph runs) that make a block between the title
    /// and the main content its lead, not a byline or a label.
    static let leadBytes: Int32 = 2 * paragraphRunBytes

    /// How many levels above the main-content element siblings are read as sections of it.
    static let sectionLevels = 4

    /// Visible bytes of dropped chrome that make it a section of its own (a list of related
    /// links, a comment thread), not a share bar between a title and its text.
    static let droppedSectionBytes: Int32 = 100

    func isBlockLevel(_ index: Int) -> Bool {
        !tree.traits(index).intersection(HTMLVocabulary.Traits.blockLevel).isEmpty
    }

    /// Whether a table holds blocks (a layout table) rather than data.
    func isLayoutTable(_ table: Int) -> Bool {
        flags[table] & Flag.layoutBelow != 0
    }

    /// What a reader (and ``HTMLText``) sees of a dropped element that holds no visible text.
    enum EmptyReading {
        /// Nothing: no text node and no element that breaks text under it.
        case nothing
        /// A space: white space only under it.
        case space
        /// A break: an element that breaks text (an empty `<p>`, a `<br>`) under it.
        case breaks
    }

    /// How a reader sees the subtree of element `index`, which holds no visible text: a break
    /// when an element under it breaks text, else a space when a text node (white space) sits
    /// under it, else nothing. Raw text (`<script>`) is skipped. Called once per dropped element,
    /// whose subtree the walk then skips: linear.
    func emptyReading(_ index: Int) -> EmptyReading {
        var reading = EmptyReading.nothing
        var k = index + 1
        let stop = tree.end(index)
        while k < stop {
            if tree.nodes[k].isText {
                reading = .space
                k += 1
                continue
            }
            let traits = tree.traits(k)
            if traits.contains(.breaksText) { return .breaks }
            k = traits.contains(.rawText) ? tree.end(k) : k + 1
        }
        return reading
    }

    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        index >= ancestor && index < tree.end(ancestor)
    }

    // MARK: Blocks

    /// Walks the subtree of `root` in document order, collecting blocks into `emitter`.
    ///
    /// - Parameter excluding: subtrees to skip, in document order (the main content, when
    ///   reporting the rest).
    func walk(_ root: Int, into emitter: inout BlockEmitter, excluding: [Range<Int>] = []) {
        var skips = excluding[...]
        var open: [Int] = []
        var kinds: [(kind: BlockKind, element: Int)] = [(.paragraph, root)]
        var dataTables: [Int] = []
        var linkDepth = 0
        var pending = BlockEmitter.Pending(kind: .paragraph, element: root)
        var lastWasBreak = false

        func flush(_ next: BlockKind, _ element: Int) {
            emitter.emit(&pending)
            pending.reset(kind: next, element: element)
            lastWasBreak = false
        }
        func exit(_ index: Int) {
            let tag = tree.nodes[index].tag
            if tag == .a { linkDepth -= 1 }
            if tree.traits(index).contains(.cell), !dataTables.isEmpty { pending.forceSpace() }
            if let top = kinds.last, top.element == index {
                if dataTables.last == index { dataTables.removeLast() }
                kinds.removeLast()
                let outer = kinds.last ?? (.paragraph, root)
                flush(
                    outer.kind == .tableRow || outer.kind.headingLevel != nil ? .paragraph : outer.kind, outer.element)
            }
        }

        var index = root
        let stop = tree.end(root)
        while index < stop {
            while let top = open.last, tree.end(top) <= index {
                open.removeLast()
                exit(top)
            }
            let node = tree.nodes[index]
            if node.isText {
                if !isDropped(index) {
                    pending.add(text: index, of: tree, linked: linkDepth > 0)
                    if node.visible > 0 { lastWasBreak = false }
                }
                index += 1
                continue
            }
            while let skip = skips.first, skip.upperBound <= index { skips.removeFirst() }
            if let skip = skips.first, skip.contains(index) {
                flush(pending.kind, pending.element)
                index = skip.upperBound
                continue
            }
            let traits = tree.traits(index)
            if isDropped(index) {
                if emitter.dropped != nil, anyText[index] > 0, !traits.contains(.neverRead) {
                    emitter.noteDropped(index, flags[index] & Flag.neverRead != 0 ? .hidden : .chrome)
                }
                // A dropped element splits the block unless a reader (and HTMLText) reads it as
                // nothing: no text under it, or raw text that is skipped.
                if traits.contains(.breaksText) || (anyText[index] > 0 && !traits.contains(.rawText)) {
                    flush(pending.kind, pending.element)
                } else if !traits.contains(.rawText) {
                    // No visible text under it: an element under it that breaks text (an empty
                    // `<p>`) still splits the block, and white space reads as a space.
                    switch emptyReading(index) {
                    case .breaks: flush(pending.kind, pending.element)
                    case .space: pending.forceSpace()
                    case .nothing: break
                    }
                }
                if flags[index] & Flag.neverRead == 0, anyText[index] >= ContentExtractor.droppedSectionBytes {
                    emitter.droppedSection()
                }
                index = tree.end(index)
                continue
            }
            var opens: BlockKind?
            if let level = tree.tags.headingLevel(node.tag) {
                opens = .heading(level: level)
            } else if traits.contains(.paragraph) {
                opens = .paragraph
                if kinds.last?.kind == .listItem, pending.visibleBytes == 0 { opens = .listItem }
            } else if traits.contains(.listItem) {
                opens = .listItem
            } else if node.tag == .table {
                if !isLayoutTable(index) { dataTables.append(index) }
                opens = .paragraph
            } else if node.tag == .tr, !dataTables.isEmpty {
                opens = .tableRow
            } else if traits.contains(.cell), !dataTables.isEmpty {
                pending.forceSpace()
            } else if traits.contains(.container) {
                opens = .paragraph
            } else if node.tag == .br {
                if lastWasBreak, pending.kind == .paragraph, pending.visibleBytes > 0 {
                    flush(pending.kind, pending.element)
                } else {
                    pending.forceSpace()
                    lastWasBreak = true
                }
            } else if traits.contains(.breaksText) {
                pending.forceSpace()
            } else if node.tag == .a {
                linkDepth += 1
            }
            if let kind = opens {
                flush(kind, index)
                kinds.append((kind, index))
            }
            open.append(index)
            index += 1
        }
        while let top = open.popLast() { exit(top) }
        emitter.emit(&pending)
    }
}

extension HTMLVocabulary {
    /// ARIA roles of chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "alert", "status", "marquee",
    ]
}
