import CLibXML2

/// The one place Marrow talks to libxml2: parses raw HTML into an ``HTMLTree`` and records, for
/// every text node, where each of its chunks ended in the raw bytes.
///
/// No libxml2 pointer leaves this file: the DOM is copied into the pure-Swift ``HTMLTree`` and
/// freed before ``parse(_:)`` returns.
///
/// Thread safety: libxml2 keeps its global state (the character-encoding table, the HTML entity
/// table, the default SAX handler template, the memory hooks) behind `xmlInitParser()`, which must
/// run before any concurrent use and must not be undone by `xmlCleanupParser()` while other
/// threads parse. ``initialized`` runs `xmlInitParser()` exactly once (Swift `static let`
/// initialisers are lazy and guarded by `swift_once`), every parse touches it first, and nothing
/// in Marrow ever calls `xmlCleanupParser()`. Everything else a parse uses (the parser context,
/// its SAX handler copy, the document, the recorder) is created, used and freed by the calling
/// thread alone, which is the use libxml2 documents as thread safe.
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
    /// - Returns: the tree, with raw spans for the text nodes.
    /// - Throws: ``MarrowError`` `tooLarge` or `unparsable`.
    static func parse(_ raw: [UInt8], encoding: HTMLEncoding) throws -> HTMLTree {
        precondition(initialized)
        guard raw.count <= maximumSize else {
            throw MarrowError(.tooLarge, "HTML page is \(raw.count) bytes; the limit is \(maximumSize)")
        }
        let recorder = ChunkRecorder()
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        let tree: HTMLTree? = raw.withUnsafeBufferPointer { buffer -> HTMLTree? in
            guard let base = buffer.baseAddress else { return nil }
            let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else { return nil }
            defer { htmlFreeParserCtxt(ctxt) }
            _ = htmlCtxtUseOptions(ctxt, options)
            // No external entity loading and no network: the HTML parser never resolves
            // entities declared in a DTD, and NONET blocks any fetch; clearing the resolver
            // callbacks makes sure nothing is looked up even if a future libxml2 tried.
            if let sax = ctxt.pointee.sax {
                sax.pointee.characters = recordCharacters
                sax.pointee.resolveEntity = nil
                sax.pointee.getEntity = nil
                sax.pointee.externalSubset = nil
            }
            ctxt.pointee._private = Unmanaged.passUnretained(recorder).toOpaque()
            if let handler = xmlFindCharEncodingHandler(encoding.libxmlName) {
                _ = xmlSwitchToEncoding(ctxt, handler)
                // A set input encoding makes the parser ignore <meta charset> from here on:
                // the choice was already made from the same bytes by HTMLEncoding.
                if let input = ctxt.pointee.input, input.pointee.encoding == nil {
                    input.pointee.encoding = UnsafePointer(xmlCharStrdup(encoding.libxmlName))
                }
            }
            _ = htmlParseDocument(ctxt)
            guard let doc = ctxt.pointee.myDoc else { return nil }
            ctxt.pointee.myDoc = nil
            defer { xmlFreeDoc(doc) }
            return TreeCopier(recorder: recorder).copy(doc)
        }
        guard var tree else {
            throw MarrowError(.unparsable, "libxml2 could not build a document from this HTML")
        }
        tree.indexSiblings()
        return tree
    }
}

/// The `characters` SAX callback: builds the DOM as libxml2 would, then notes where the chunk
/// ended in the raw input and which text node received it.
private func recordCharacters(_ context: UnsafeMutableRawPointer?, _ chars: UnsafePointer<xmlChar>?, _ length: Int32) {
    xmlSAX2Characters(context, chars, length)
    guard let context else { return }
    let ctxt = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = ctxt.pointee._private, let node = ctxt.pointee.node, let last = node.pointee.last else { return }
    let recorder = Unmanaged<ChunkRecorder>.fromOpaque(opaque).takeUnretainedValue()
    let end = xmlByteConsumed(ctxt)
    recorder.record(UnsafeMutableRawPointer(last), length: Int(length), rawEnd: Int(end))
}

/// Collects chunk spans during one parse. Used by one thread only (the parsing one).
final class ChunkRecorder {
    var chunks: [UnsafeMutableRawPointer: [HTMLTree.Chunk]] = [:]

    func record(_ node: UnsafeMutableRawPointer, length: Int, rawEnd: Int) {
        chunks[node, default: []].append(HTMLTree.Chunk(length: length, rawEnd: rawEnd))
    }
}

/// Copies a libxml2 document into an ``HTMLTree`` without recursion (pages may nest deeply).
private struct TreeCopier {
    let recorder: ChunkRecorder

    func copy(_ doc: xmlDocPtr) -> HTMLTree {
        var tree = HTMLTree()
        var stack: [(xmlNodePtr, Int32)] = []
        var child = doc.pointee.children
        var roots: [xmlNodePtr] = []
        while let node = child {
            roots.append(node)
            child = node.pointee.next
        }
        for node in roots.reversed() { stack.append((node, -1)) }
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                var attributes: [(String, String)] = []
                var attribute = node.pointee.properties
                while let current = attribute {
                    if let attrName = current.pointee.name {
                        var value = ""
                        if let text = xmlNodeListGetString(doc, current.pointee.children, 1) {
                            value = String(cString: text)
                            clibxml2_free(text)
                        }
                        attributes.append((String(cString: attrName).lowercased(), value))
                    }
                    attribute = current.pointee.next
                }
                let index = tree.appendElement(name: name, attributes: attributes, line: Int(xmlGetLineNo(node)), parent: parent)
                var children: [xmlNodePtr] = []
                var next = node.pointee.children
                while let current = next {
                    children.append(current)
                    next = current.pointee.next
                }
                for current in children.reversed() { stack.append((current, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0 else { continue }
                var bytes: [UInt8] = []
                if let content = node.pointee.content {
                    let count = Int(xmlStrlen(content))
                    bytes = Array(UnsafeBufferPointer(start: content, count: count))
                }
                let chunks = recorder.chunks[UnsafeMutableRawPointer(node)] ?? []
                tree.appendText(bytes, chunks: chunks, line: Int(xmlGetLineNo(node)), parent: parent)
            default:
                continue
            }
        }
        tree.indexSiblings()
        return tree
    }
}
