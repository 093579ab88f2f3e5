/// A parsed HTML page as compact Swift values, built straight from libxml2's SAX events.
///
/// Nodes (elements and text) sit in one array in document order (preorder), so a subtree is the
/// index range `i..<end(i)`, parents come before their children, and every walk is a loop over
/// indices: no recursion, no per-node arrays. Text nodes hold ``Piece``s whose raw spans are
/// exact (see ``RawAligner``); elements hold the few attributes the cleaner reads.
struct HTMLTree: Sendable {
    /// One node. Elements and text nodes share the shape; the fields' meaning depends on `tag`.
    struct Node: Sendable {
        /// The element name, or ``HTMLTag/text``.
        var tag: HTMLTag
        /// Text nodes: whether every piece has an exact raw span.
        var trusted: Bool = true
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// Elements: the raw offset just past the start tag (where libxml2 reported it).
        /// Text nodes: the raw start of the first piece.
        var rawOffset: Int32
        /// Elements: the first attribute in ``HTMLTree/attributes``. Text: the first piece.
        var first: Int32
        /// Elements: the attribute count. Text: the piece count.
        var count: Int32
        /// Text nodes: the bytes of decoded text that are not white space.
        var visible: Int32 = 0
        /// Elements: 1-based position among same-name element siblings, or -1 when the only one.
        var siblingPosition: Int32 = 1

        var isText: Bool { tag == .text }
    }

    /// A run of text and the raw bytes it came from.
    struct Piece: Sendable, Hashable {
        enum Kind: UInt8, Sendable {
            /// The text is exactly the raw bytes `raw`.
            case verbatim
            /// The text (``HTMLTree/replacementBytes`` at `replacement`) stands for `raw` as a
            /// whole: a character reference, a legacy-encoded character, a repaired byte.
            case replacement
        }

        var kind: Kind
        var rawStart: Int32
        var rawEnd: Int32
        var replacementStart: Int32 = 0
        var replacementEnd: Int32 = 0

        var raw: Range<Int> { Int(rawStart)..<Int(rawEnd) }
    }

    /// An attribute the cleaner reads.
    struct Attribute: Sendable {
        var name: HTMLAttribute
        var valueStart: Int32
        var valueEnd: Int32
    }

    /// The page's raw bytes (what every verbatim piece points into).
    let raw: [UInt8]
    var tags = HTMLTagTable()
    var nodes: [Node] = []
    var pieces: [Piece] = []
    var replacementBytes: [UInt8] = []
    var attributes: [Attribute] = []
    var attributeBytes: [UInt8] = []
    /// The text of `application/ld+json` scripts, in document order.
    var jsonLD: [String] = []
    /// What the parser could not do faithfully (reported, never silent).
    var problems: [HTMLParseProblem] = []
    /// While building: the first piece of the text node being filled.
    var openTextStart = 0

    init(raw: [UInt8]) { self.raw = raw }

    // MARK: Reading

    func tag(_ index: Int) -> HTMLTag { nodes[index].tag }
    func name(_ index: Int) -> String { tags.name(nodes[index].tag) }
    func traits(_ index: Int) -> HTMLVocabulary.Traits { tags.traits(nodes[index].tag) }
    func end(_ index: Int) -> Int { Int(nodes[index].end) }
    func parent(_ index: Int) -> Int { Int(nodes[index].parent) }

    /// The children of `index`, in order.
    func children(_ index: Int) -> HTMLChildren { HTMLChildren(tree: self, parent: index) }

    /// The value of attribute `name` on element `index`, as bytes.
    func attributeBytes(_ name: HTMLAttribute, _ index: Int) -> ArraySlice<UInt8>? {
        let node = nodes[index]
        guard !node.isText else { return nil }
        var k = Int(node.first)
        let stop = k + Int(node.count)
        while k < stop {
            let attribute = attributes[k]
            if attribute.name == name { return attributeBytes[Int(attribute.valueStart)..<Int(attribute.valueEnd)] }
            k += 1
        }
        return nil
    }

    /// The value of attribute `name` on element `index`.
    func attribute(_ name: HTMLAttribute, _ index: Int) -> String? {
        attributeBytes(name, index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The decoded text of piece `k`.
    func pieceBytes(_ k: Int) -> ArraySlice<UInt8> {
        let piece = pieces[k]
        switch piece.kind {
        case .verbatim: return raw[piece.raw]
        case .replacement: return replacementBytes[Int(piece.replacementStart)..<Int(piece.replacementEnd)]
        }
    }

    /// Appends the decoded text of text node `index` to `bytes`.
    func appendText(_ index: Int, to bytes: inout [UInt8]) {
        let node = nodes[index]
        for k in Int(node.first)..<Int(node.first + node.count) { bytes.append(contentsOf: pieceBytes(k)) }
    }

    /// The text of every text node under `index`, in order, up to about `limit` bytes.
    func textContent(_ index: Int, limit: Int = .max) -> String {
        var bytes: [UInt8] = []
        var k = index
        let stop = end(index)
        while k < stop, bytes.count < limit {
            if nodes[k].isText { appendText(k, to: &bytes) }
            k += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text a reader sees under `index`: like ``textContent(_:limit:)`` without what is
    /// never read as text (`script`, `style`…), with a space for every element that breaks
    /// text. Resolving a block's anchor and reading this gives the block's text again (after
    /// white space folding).
    func readableText(_ index: Int) -> String {
        var bytes: [UInt8] = []
        var k = index
        let stop = end(index)
        while k < stop {
            if nodes[k].isText {
                appendText(k, to: &bytes)
                k += 1
                continue
            }
            let traits = traits(k)
            if traits.contains(.rawText) {
                k = end(k)
                continue
            }
            if traits.contains(.breaksText) { bytes.append(0x20) }
            k += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: XPath

    /// Our own XPath for element `index`: `/html/body/div[2]/p[1]`, counting same-name element
    /// siblings (libxml2's `xmlGetNodePath` breaks on odd element names, so it is not used).
    func xpath(_ index: Int) -> String {
        var steps: [String] = []
        var current = index
        while current >= 0 {
            steps.append(step(current))
            current = Int(nodes[current].parent)
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    /// The XPath step of element `index` among its siblings (`p[2]`, `div`).
    func step(_ index: Int) -> String {
        let node = nodes[index]
        let name = tags.isPlain(node.tag) ? tags.name(node.tag) : "*"
        return node.siblingPosition < 0 ? name : "\(name)[\(max(1, node.siblingPosition))]"
    }

    /// The top-level element indices.
    var roots: [Int] {
        var result: [Int] = []
        var k = 0
        while k < nodes.count {
            if !nodes[k].isText { result.append(k) }
            k = end(k)
        }
        return result
    }

    /// The element an XPath of the shape ``xpath(_:)`` builds points at (`/html/body/div[2]/p`).
    func resolve(xpath: String) -> Int? {
        var candidates = roots
        var found: Int?
        for step in xpath.split(separator: "/") {
            var name = Substring(step)
            var position = 1
            if let open = step.firstIndex(of: "["), step.hasSuffix("]") {
                name = step[..<open]
                position = Int(step[step.index(after: open)..<step.index(before: step.endIndex)]) ?? 1
            }
            let matching = candidates.filter {
                !nodes[$0].isText && (name == "*" ? !tags.isPlain(nodes[$0].tag) : tags.name(nodes[$0].tag) == name)
            }
            guard position >= 1, position <= matching.count else { return nil }
            let element = matching[position - 1]
            found = element
            candidates = Array(children(element))
        }
        return found
    }
}

/// The children of one node, as a sequence of indices (skipping each child's subtree).
struct HTMLChildren: Sequence {
    let tree: HTMLTree
    let parent: Int

    struct Iterator: IteratorProtocol {
        let tree: HTMLTree
        var cursor: Int
        let stop: Int

        mutating func next() -> Int? {
            guard cursor < stop else { return nil }
            let current = cursor
            cursor = tree.end(current)
            return current
        }
    }

    func makeIterator() -> Iterator { Iterator(tree: tree, cursor: parent + 1, stop: tree.end(parent)) }
}

/// The attributes the cleaner reads; all others are not kept.
enum HTMLAttribute: UInt8, Sendable, CaseIterable {
    case `class`, id, role, style, hidden, ariaHidden, itemprop, itemtype, type, content, property, name, httpEquiv,
        rel, href
    case lang, xmlLang, datetime, pubdate, charset, ariaLabel

    /// The attribute's name in markup.
    var markupName: String {
        switch self {
        case .ariaHidden: return "aria-hidden"
        case .httpEquiv: return "http-equiv"
        case .xmlLang: return "xml:lang"
        case .ariaLabel: return "aria-label"
        default: return "\(self)"
        }
    }

    /// The attribute a lowercase markup name stands for.
    static func named(_ name: String) -> HTMLAttribute? { byName[name] }

    private static let byName: [String: HTMLAttribute] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.markupName, $0) })
}

/// Something the parser could not do as the page says, kept so that it is reported, not lost.
enum HTMLParseProblem: Hashable, Sendable {
    /// libxml2 stopped before the end of the page; text after `rawOffset` is missing.
    case stoppedEarly(rawOffset: Int)
    /// A text node whose raw span could not be found exactly.
    case unaligned(rawOffset: Int)
}

extension HTMLTagTable {
    /// Whether an element name can stand as an XPath name test as it is.
    func isPlain(_ tag: HTMLTag) -> Bool {
        tag.id <= UInt16(HTMLTagTable.known.count) || HTMLTagTable.isPlainName(name(tag))
    }

    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
        return name.utf8.allSatisfy {
            ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F
        }
    }
}
