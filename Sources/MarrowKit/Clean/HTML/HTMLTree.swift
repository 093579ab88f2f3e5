/// A parsed HTML page as plain Swift values: elements with their attributes and start lines,
/// and text nodes with the raw spans their chunks came from.
///
/// Nodes live in one array and point at each other by index, so walks need no recursion and no
/// pointer into libxml2 survives the parse.
struct HTMLTree: Sendable {
    /// One `characters` callback's worth of a text node: how many decoded UTF-8 bytes it added,
    /// and the raw offset just past the bytes it came from.
    struct Chunk: Sendable, Hashable {
        var length: Int
        var rawEnd: Int
    }

    /// An element or a text node.
    struct Node: Sendable {
        /// The lowercase element name, or `#text`.
        var name: String
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// The start-tag line (elements) or the line where the first chunk ends (text), capped
        /// at 65535 by libxml2.
        var line: Int32
        var attributes: [(String, String)] = []
        /// The decoded UTF-8 bytes of a text node, as a range of ``HTMLTree/textBytes``.
        var text: Range<Int> = 0..<0
        /// The chunks of a text node, as a range of ``HTMLTree/chunks``.
        var chunkRange: Range<Int> = 0..<0

        var isText: Bool { name == "#text" }
    }

    private(set) var nodes: [Node] = []
    /// Per node: its 1-based position among same-name element siblings, negative when it is the
    /// only one of its name (filled by ``indexSiblings()``).
    private(set) var siblingPosition: [Int32] = []
    private(set) var textBytes: [UInt8] = []
    private(set) var chunks: [Chunk] = []

    mutating func appendElement(name: String, attributes: [(String, String)], line: Int, parent: Int32) -> Int32 {
        var node = Node(name: name, parent: parent, line: Int32(clamping: line))
        node.attributes = attributes
        return append(node)
    }

    mutating func appendText(_ bytes: [UInt8], chunks newChunks: [Chunk], line: Int, parent: Int32) {
        var node = Node(name: "#text", parent: parent, line: Int32(clamping: line))
        node.text = textBytes.count..<(textBytes.count + bytes.count)
        textBytes.append(contentsOf: bytes)
        node.chunkRange = chunks.count..<(chunks.count + newChunks.count)
        chunks.append(contentsOf: newChunks)
        _ = append(node)
    }

    private mutating func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        let parent = Int(node.parent)
        if parent >= 0 {
            if nodes[parent].lastChild >= 0 {
                nodes[Int(nodes[parent].lastChild)].next = index
            } else {
                nodes[parent].firstChild = index
            }
            nodes[parent].lastChild = index
        }
        return index
    }

    /// Numbers every element among its same-name siblings, in one pass, for ``xpath(_:)``.
    mutating func indexSiblings() {
        siblingPosition = [Int32](repeating: 0, count: nodes.count)
        var counts: [String: Int32] = [:]
        func number(_ children: [Int]) {
            counts.removeAll(keepingCapacity: true)
            for child in children where !nodes[child].isText {
                let name = HTMLTree.isPlainName(nodes[child].name) ? nodes[child].name : "*"
                counts[name, default: 0] += 1
                siblingPosition[child] = counts[name]!
            }
            for child in children where !nodes[child].isText {
                let name = HTMLTree.isPlainName(nodes[child].name) ? nodes[child].name : "*"
                if counts[name] == 1, name != "*" { siblingPosition[child] = -1 }
            }
        }
        number(roots)
        for index in nodes.indices where !nodes[index].isText && nodes[index].firstChild >= 0 {
            number(children(index))
        }
    }

    /// The top-level nodes (the `html` element, usually).
    var roots: [Int] {
        nodes.indices.filter { nodes[$0].parent < 0 }
    }

    /// The children of `index`, in order.
    func children(_ index: Int) -> [Int] {
        var result: [Int] = []
        var child = Int(nodes[index].firstChild)
        while child >= 0 {
            result.append(child)
            child = Int(nodes[child].next)
        }
        return result
    }

    /// The value of attribute `name` (lowercase) on element `index`.
    func attribute(_ name: String, _ index: Int) -> String? {
        nodes[index].attributes.first { $0.0 == name }?.1
    }

    /// The decoded text of a text node.
    func text(_ index: Int) -> ArraySlice<UInt8> { textBytes[nodes[index].text] }

    /// The chunks of a text node.
    func chunks(_ index: Int) -> ArraySlice<Chunk> { chunks[nodes[index].chunkRange] }

    /// The text of every text node under `index`, in order, without recursion.
    func textContent(_ index: Int, limit: Int = .max) -> String {
        var bytes: [UInt8] = []
        var stack = [index]
        while let current = stack.popLast(), bytes.count < limit {
            if nodes[current].isText {
                bytes.append(contentsOf: text(current))
                continue
            }
            var kids = children(current)
            kids.reverse()
            stack.append(contentsOf: kids)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text a reader sees under `index`: like ``textContent(_:limit:)`` but without the
    /// contents of `script`, `style`, `noscript`, `template` and `title`. Resolving a block's
    /// anchor and reading this gives the block's text again (after white space folding).
    func readableText(_ index: Int) -> String {
        var bytes: [UInt8] = []
        var stack = [index]
        while let current = stack.popLast() {
            if nodes[current].isText {
                bytes.append(contentsOf: text(current))
                continue
            }
            if HTMLText.rawTextElements.contains(nodes[current].name) { continue }
            if HTMLText.breakingElements.contains(nodes[current].name) { bytes.append(0x20) }
            var kids = children(current)
            kids.reverse()
            stack.append(contentsOf: kids)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Our own XPath for element `index`: `/html/body/div[2]/p[1]`, counting same-name element
    /// siblings (libxml2's `xmlGetNodePath` breaks on odd element names, so it is not used).
    func xpath(_ index: Int) -> String {
        var steps: [String] = []
        var current = index
        while current >= 0 {
            let node = nodes[current]
            let name = HTMLTree.isPlainName(node.name) ? node.name : "*"
            let position = current < siblingPosition.count ? siblingPosition[current] : 1
            steps.append(position < 0 ? name : "\(name)[\(max(1, position))]")
            current = Int(node.parent)
        }
        return "/" + steps.reversed().joined(separator: "/")
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
            let matching = candidates.filter { !nodes[$0].isText && (name == "*" || nodes[$0].name == name) }
            guard position >= 1, position <= matching.count else { return nil }
            found = matching[position - 1]
            candidates = children(found!)
        }
        return found
    }

    /// Whether an element name can stand as an XPath name test as it is.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
        return name.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }
    }
}
