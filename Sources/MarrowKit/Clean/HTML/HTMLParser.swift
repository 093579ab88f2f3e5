import CLibXML2

/// The one place Marrow talks to libxml2: parses a page into an ``HTMLTree`` straight from
/// libxml2's SAX events, with exact raw spans for every piece of text, and looks up HTML entity
/// names for ``HTMLText``.
///
/// libxml2 builds no DOM: the SAX handler has only our callbacks (start and end of elements,
/// text, script data, comments), which fill the compact tree. libxml2's own DOM builder caps
/// nesting at 256 levels and halts the parse there (`nodePush: Excessive depth`), which lost
/// whole pages; without it nesting is unbounded (the tree is flat, every walk is a loop).
/// Offsets come from `xmlByteConsumed` after each event; ``HTMLInput`` makes sure libxml2 sees
/// UTF-8 with no encoding handler, the one setting in which libxml2 2.9.14 reports them exactly.
///
/// Thread safety: libxml2 keeps its global state (the character-encoding table, the HTML entity
/// table, the memory hooks) behind `xmlInitParser()`, which must run before any concurrent use
/// and must not be undone by `xmlCleanupParser()` while other threads parse. ``initialized`` runs
/// `xmlInitParser()` exactly once (Swift `static let` initialisers are lazy and guarded by
/// `swift_once`), every parse and lookup touches it first, and nothing in Marrow ever calls
/// `xmlCleanupParser()`. Everything else a parse uses (the parser context, its SAX handler, the
/// tree builder) is created, used and freed by the calling thread alone, which is the use
/// libxml2 documents as thread safe.
enum HTMLParser {
    /// Runs `xmlInitParser()` once per process.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The largest page parsed; bigger inputs are refused with a clear error.
    static let maximumSize = 64 << 20

    /// Parses `raw` (the bytes exactly as on disk).
    ///
    /// - Parameters:
    ///   - raw: the page.
    ///   - encoding: the charset chosen by ``HTMLEncoding/detect(_:)``.
    /// - Returns: the tree, with raw spans for the text.
    /// - Throws: ``MarrowError`` `tooLarge`, `invalidEncoding` or `unparsable`.
    static func parse(_ raw: [UInt8], encoding: HTMLEncoding) throws -> HTMLTree {
        precondition(initialized)
        guard raw.count <= maximumSize else {
            throw MarrowError(.tooLarge, "HTML page is \(raw.count) bytes; the limit is \(maximumSize)")
        }
        let input = try HTMLInput(raw: raw, encoding: encoding)
        let builder = TreeBuilder(raw: raw, input: input)
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let parsed: Bool = input.bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            builder.parseBytes = buffer
            defer { builder.parseBytes = nil }
            let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return false }
            defer { htmlFreeParserCtxt(ctxt) }
            _ = htmlCtxtUseOptions(ctxt, options)
            ctxt.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
            guard let sax = ctxt.pointee.sax else { return false }
            // Only our callbacks: no DOM, no entity resolution, no external subset, no network.
            let initialized = sax.pointee.initialized
            sax.pointee = xmlSAXHandler()
            sax.pointee.initialized = initialized
            sax.pointee.startElement = saxStartElement
            sax.pointee.endElement = saxEndElement
            sax.pointee.characters = saxCharacters
            sax.pointee.ignorableWhitespace = saxCharacters
            sax.pointee.cdataBlock = saxScriptData
            sax.pointee.comment = saxComment
            ctxt.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
            // The bytes are UTF-8 (HTMLInput made sure): without this, the first non-ASCII byte
            // makes libxml2 guess an encoding and install a Latin-1 handler.
            ctxt.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
            _ = htmlParseDocument(ctxt)
            builder.finish(consumed: Int(xmlByteConsumed(ctxt)))
            return true
        }
        guard parsed else { throw MarrowError(.unparsable, "libxml2 could not parse this HTML") }
        return builder.tree
    }

    /// The character an HTML 4 entity name stands for (`amp` → `&`), from libxml2's table.
    static func namedEntity(_ name: some Collection<UInt8>) -> Unicode.Scalar? {
        precondition(initialized)
        var bytes = [UInt8](name)
        bytes.append(0)
        guard let entity = bytes.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}

// MARK: SAX callbacks

private func builder(_ context: UnsafeMutableRawPointer?) -> (TreeBuilder, Int)? {
    guard let context else { return nil }
    let ctxt = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private else { return nil }
    return (Unmanaged<TreeBuilder>.fromOpaque(opaque).takeUnretainedValue(), Int(xmlByteConsumed(ctxt)))
}

private func saxStartElement(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let (builder, offset) = builder(context), let name else { return }
    builder.startElement(name, attributes, offset: offset)
}

private func saxEndElement(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    guard let (builder, offset) = builder(context), let name else { return }
    builder.endElement(name, offset: offset)
}

private func saxCharacters(_ context: UnsafeMutableRawPointer?, _ chars: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let (builder, offset) = builder(context), let chars, length > 0 else { return }
    builder.characters(UnsafeBufferPointer(start: chars, count: Int(length)), offset: offset)
}

private func saxScriptData(_ context: UnsafeMutableRawPointer?, _ chars: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let (builder, offset) = builder(context), let chars, length > 0 else { return }
    builder.scriptData(UnsafeBufferPointer(start: chars, count: Int(length)), offset: offset)
}

private func saxComment(_ context: UnsafeMutableRawPointer?, _ value: UnsafePointer<xmlChar>?) {
    guard let (builder, offset) = builder(context) else { return }
    builder.otherEvent(offset: offset)
}

// MARK: Building

/// Turns SAX events into an ``HTMLTree``. Used by the parsing thread only, for one parse.
private final class TreeBuilder {
    var tree: HTMLTree
    let input: HTMLInput
    var parseBytes: UnsafeBufferPointer<UInt8>?

    /// Open elements, innermost last.
    private var open: [Int32] = []
    /// Same-name sibling counters of the open elements' children: a frame per open element.
    private var siblingCounts: [(key: UInt16, count: Int32, first: Int32)] = []
    private var frames: [Int] = [0]
    /// The text node being filled, if the last event was text.
    private var openText: Int32 = -1
    /// Where the previous event ended (parse offset): text cannot start before it.
    private var lowerBound = 0
    /// A lone `&` chunk waiting to see whether the entity name after it shares its end.
    private var pendingAmpersand: Int?
    private var runs: [RawAligner.Run] = []
    private var tagByPointer: [UnsafeRawPointer: HTMLTag] = [:]
    private var attributeByPointer: [UnsafeRawPointer: UInt8] = [:]
    private var script: [UInt8]?
    /// Whether the open text node holds a `<` (checked when it closes).
    private var openTextHasTagOpener = false

    init(raw: [UInt8], input: HTMLInput) {
        tree = HTMLTree(raw: raw)
        self.input = input
        tree.nodes.reserveCapacity(raw.count / 40)
        tree.pieces.reserveCapacity(raw.count / 80)
    }

    func startElement(
        _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        offset reported: Int
    ) {
        // libxml2 calls startElement before it steps over the tag's closing `>` (or `/>`).
        var offset = reported
        if let parseBytes, offset < parseBytes.count {
            if parseBytes[offset] == UInt8(ascii: ">") {
                offset += 1
            } else if parseBytes[offset] == UInt8(ascii: "/"), offset + 1 < parseBytes.count,
                parseBytes[offset + 1] == UInt8(ascii: ">")
            {
                offset += 2
            }
        }
        let tag = self.tag(name)
        skipped(to: offset, ownTag: true, breaks: tree.tags.traits(tag).contains(.breaksText))
        closeText()
        let index = Int32(tree.nodes.count)
        let attributeStart = Int32(tree.attributes.count)
        if var cursor = attributes {
            while let attributeName = cursor.pointee {
                let value = cursor.advanced(by: 1).pointee
                if let known = attribute(attributeName), known != .href || tag == .link {
                    let start = Int32(tree.attributeBytes.count)
                    if let value {
                        tree.attributeBytes.append(
                            contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                    }
                    tree.attributes.append(
                        HTMLTree.Attribute(name: known, valueStart: start, valueEnd: Int32(tree.attributeBytes.count)))
                }
                cursor = cursor.advanced(by: 2)
            }
        }
        var node = HTMLTree.Node(
            tag: tag, parent: open.last ?? -1, end: index + 1, rawOffset: Int32(input.rawOffset(offset)),
            first: attributeStart, count: Int32(tree.attributes.count) - attributeStart)
        node.siblingPosition = countSibling(tag, index)
        tree.nodes.append(node)
        open.append(index)
        frames.append(siblingCounts.count)
        lowerBound = max(lowerBound, offset)
        if tag == .script, let type = tree.attributeBytes(.type, Int(index)),
            type.firstRange(ofBytes: Array("ld+json".utf8)) != nil
        {
            script = []
        }
    }

    func endElement(_ name: UnsafePointer<xmlChar>, offset: Int) {
        let breaks = open.last.map { tree.traits(Int($0)).contains(.breaksText) } ?? true
        skipped(to: offset, ownTag: true, breaks: breaks)
        closeText()
        lowerBound = max(lowerBound, offset)
        guard let index = open.popLast() else { return }
        closeFrame()
        tree.nodes[Int(index)].end = Int32(tree.nodes.count)
        if tree.nodes[Int(index)].tag == .script, let bytes = script {
            tree.jsonLD.append(String(decoding: bytes, as: UTF8.self))
            script = nil
        }
    }

    func characters(_ chars: UnsafeBufferPointer<UInt8>, offset: Int) {
        if let pending = pendingAmpersand {
            pendingAmpersand = nil
            if pending == offset, let first = chars.first, HTMLText.isNameStart(first) || first >= 0x80 {
                // `&` then the name after it, both reported after the name: one literal run.
                var merged: [UInt8] = [UInt8(ascii: "&")]
                merged.append(contentsOf: chars)
                merged.withUnsafeBufferPointer { align($0, offset: offset) }
                return
            }
            var ampersand = UInt8(ascii: "&")
            withUnsafeMutablePointer(to: &ampersand) {
                align(UnsafeBufferPointer(start: $0, count: 1), offset: pending)
            }
        }
        if chars.count == 1, chars[0] == UInt8(ascii: "&") {
            openTextNode()
            pendingAmpersand = offset
            return
        }
        align(chars, offset: offset)
    }

    func scriptData(_ chars: UnsafeBufferPointer<UInt8>, offset: Int) {
        closeText()
        lowerBound = max(lowerBound, offset)
        script?.append(contentsOf: chars)
    }

    func otherEvent(offset: Int) {
        skipped(to: offset, ownTag: true, breaks: false)
        closeText()
        lowerBound = max(lowerBound, offset)
    }

    func finish(consumed: Int) {
        closeText()
        while let index = open.popLast() {
            closeFrame()
            tree.nodes[Int(index)].end = Int32(tree.nodes.count)
        }
        closeFrame()
        if consumed < input.bytes.count - 1, input.bytes[consumed...].contains(where: { !RawAligner.isSpaceByte($0) }) {
            tree.problems.append(.stoppedEarly(rawOffset: input.rawOffset(consumed)))
        }
    }

    // MARK: Text

    private func openTextNode() {
        guard openText < 0 else { return }
        openText = Int32(tree.nodes.count)
        tree.openTextStart = tree.pieces.count
        tree.nodes.append(
            HTMLTree.Node(
                tag: .text, parent: open.last ?? -1, end: openText + 1, rawOffset: -1, first: Int32(tree.pieces.count),
                count: 0))
    }

    /// Aligns a lone `&` chunk still waiting for its name, as a chunk of its own.
    private func flushAmpersand() {
        if let pending = pendingAmpersand {
            pendingAmpersand = nil
            var ampersand = UInt8(ascii: "&")
            withUnsafeMutablePointer(to: &ampersand) {
                align(UnsafeBufferPointer(start: $0, count: 1), offset: pending)
            }
        }
    }

    private func closeText() {
        flushAmpersand()
        guard openText >= 0 else { return }
        let index = Int(openText)
        if openTextHasTagOpener {
            openTextHasTagOpener = false
            dropMarkupPieces(Int(tree.nodes[index].first))
        }
        tree.nodes[index].count = Int32(tree.pieces.count) - tree.nodes[index].first
        if tree.nodes[index].count > 0 {
            tree.nodes[index].rawOffset = tree.pieces[Int(tree.nodes[index].first)].rawStart
        }
        openText = -1
    }

    /// Aligns one chunk of text and appends its pieces to the open text node.
    private func align(_ chars: UnsafeBufferPointer<UInt8>, offset: Int) {
        openTextNode()
        var visible: Int32 = 0
        for byte in chars where !RawAligner.isSpaceByte(byte) {
            visible += 1
            if byte == UInt8(ascii: "<") { openTextHasTagOpener = true }
        }
        tree.nodes[Int(openText)].visible += visible
        guard let parseBytes else { return }
        let aligner = RawAligner(input: parseBytes)
        let raw = tree.raw
        if aligner.align(chars, reportedEnd: offset, lowerBound: lowerBound, runs: &runs) {
            if let first = runs.first {
                let start: Int
                switch first {
                case .literal(let range): start = range.lowerBound
                case .replacement(_, let range): start = range.lowerBound
                }
                if start > lowerBound { skipped(to: start, ownTag: false, breaks: false) }
            }
            for run in runs {
                switch run {
                case .literal(let range):
                    lowerBound = range.upperBound
                    input.appendPieces(range, raw: raw, to: &tree)
                case .replacement(let text, let range):
                    input.appendReplacement(
                        chars[text], raw: input.rawOffset(range.lowerBound)..<input.rawOffset(range.upperBound),
                        to: &tree)
                    lowerBound = range.upperBound
                }
            }
        } else {
            let at = input.rawOffset(min(max(offset, lowerBound), parseBytes.count))
            input.appendReplacement(chars, raw: at..<at, to: &tree)
            tree.nodes[Int(openText)].trusted = false
            tree.problems.append(.unaligned(rawOffset: at))
            lowerBound = max(lowerBound, offset)
        }
    }

    /// Drops the verbatim pieces of the open text node (from `first`) that do not read back
    /// (``HTMLText``) as themselves: markup libxml2 passed on as text (`</p>` after a misplaced
    /// DOCTYPE). No raw span could read back as that text, so it is not kept as text.
    private func dropMarkupPieces(_ first: Int) {
        var kept: [HTMLTree.Piece] = []
        var decoded: [UInt8] = []
        for piece in tree.pieces[first...] {
            let bytes = tree.raw[piece.raw]
            if piece.kind == .verbatim, bytes.contains(UInt8(ascii: "<")) {
                decoded.removeAll(keepingCapacity: true)
                HTMLText.decode(bytes, into: &decoded)
                if !decoded.elementsEqual(bytes) {
                    var dropped: Int32 = 0
                    for byte in bytes where !RawAligner.isSpaceByte(byte) { dropped += 1 }
                    tree.nodes[Int(openText)].visible -= dropped
                    continue
                }
            }
            kept.append(piece)
        }
        tree.pieces.replaceSubrange(first..., with: kept)
    }

    /// Markup libxml2 skipped without an event (a stray `</div>`, a second `<body>`) before the
    /// event or text that ends at `end`: when ``HTMLText`` reads it as a space and the event's
    /// own tag does not break text anyway, the text gets that space too, so that raw spans read
    /// back as the text.
    ///
    /// - Parameters:
    ///   - ownTag: whether the range ends with the event's own tag (its one `<` is no skip).
    ///   - breaks: whether the event's own tag breaks text.
    private func skipped(to end: Int, ownTag: Bool, breaks: Bool) {
        flushAmpersand()
        guard let parseBytes, end > lowerBound, end <= parseBytes.count else { return }
        let gap = lowerBound..<end
        var tags = 0
        for byte in parseBytes[gap] where byte == UInt8(ascii: "<") { tags += 1 }
        guard tags > (ownTag ? 1 : 0), !breaks || !ownTag else { return }
        var decoded: [UInt8] = []
        HTMLText.decode(ArraySlice(parseBytes[gap]), into: &decoded)
        guard !decoded.isEmpty else { return }
        let raw = input.rawOffset(gap.lowerBound)..<input.rawOffset(gap.upperBound)
        openTextNode()
        if decoded.allSatisfy(RawAligner.isSpaceByte) {
            input.appendReplacement([0x20], raw: raw, to: &tree)
        } else {
            input.appendReplacement([], raw: raw.lowerBound..<raw.lowerBound, to: &tree)
            tree.nodes[Int(openText)].trusted = false
            tree.problems.append(.unaligned(rawOffset: raw.lowerBound))
        }
    }

    // MARK: Names

    private func tag(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        let key = UnsafeRawPointer(name)
        if let tag = tagByPointer[key] { return tag }
        var bytes = Array(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        let tag = tree.tags.id(of: String(decoding: bytes, as: UTF8.self))
        tagByPointer[key] = tag
        return tag
    }

    private func attribute(_ name: UnsafePointer<xmlChar>) -> HTMLAttribute? {
        let key = UnsafeRawPointer(name)
        if let raw = attributeByPointer[key] { return HTMLAttribute(rawValue: raw) }
        var bytes = Array(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        let known = HTMLAttribute.named(String(decoding: bytes, as: UTF8.self))
        attributeByPointer[key] = known?.rawValue ?? UInt8.max
        return known
    }

    // MARK: Sibling positions

    /// Counts a new child element among its same-name siblings; returns its 1-based position.
    private func countSibling(_ tag: HTMLTag, _ index: Int32) -> Int32 {
        let key = tree.tags.isPlain(tag) ? tag.id : UInt16.max
        let frame = frames.last ?? 0
        var k = frame
        while k < siblingCounts.count {
            if siblingCounts[k].key == key {
                siblingCounts[k].count += 1
                return siblingCounts[k].count
            }
            k += 1
        }
        siblingCounts.append((key, 1, index))
        return 1
    }

    /// Closes the innermost open element's frame: a child alone of its name gets position -1.
    private func closeFrame() {
        let frame = frames.popLast() ?? 0
        for k in frame..<siblingCounts.count where siblingCounts[k].count == 1 && siblingCounts[k].key != UInt16.max {
            tree.nodes[Int(siblingCounts[k].first)].siblingPosition = -1
        }
        siblingCounts.removeSubrange(frame...)
    }
}
