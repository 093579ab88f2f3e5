/// Cleans HTML pages into main text: what a reader of the article reads (title, headings,
/// paragraphs, list items, tables as rows), with page chrome dropped and every clean byte mapped
/// back to the raw bytes of the page.
///
/// Steps: choose the encoding (``HTMLEncoding``), parse with libxml2 into a compact tree whose
/// text pieces carry exact raw spans (``HTMLParser``), drop chrome by element, role, visibility
/// and the class/id tokens of `Lexicons/boilerplate.cues` (`[html.chrome]`), pick the
/// main-content element by semantic markers (`article`, `main`, `[html.content]` tokens) and
/// text density (``ContentExtractor``), then cut it into blocks and drop link-dense and
/// boilerplate blocks (``BlockEmitter``). Metadata comes from ``HTMLMetadata``.
///
/// Provenance is checked, not hoped for: a block is kept only when each of its pieces has an
/// exact raw span and its raw span reads back (``HTMLText/decode(_:)``) as its text. A page
/// where that fails is refused with an error naming the file and line, never passed on with
/// empty or wrong ranges.
public struct HTMLCleaner: Sendable {
    /// The chrome and boilerplate cues.
    public let cues: CleaningCues

    /// Creates a cleaner.
    public init(cues: CleaningCues) { self.cues = cues }

    /// Cleans an HTML document.
    ///
    /// - Parameter document: an HTML document (UTF-8 or windows-1252; see ``HTMLEncoding``).
    /// - Returns: the main text in blocks, with metadata and the offset map back to the raw page.
    /// - Throws: ``MarrowError`` with code `tooLarge`, `invalidEncoding` or `unparsable`, naming
    ///   the document (and the line, when a block's text cannot be traced to its bytes).
    public func clean(_ document: SourceDocument) throws -> CleanText {
        try clean(document, recordingDropped: false).clean
    }

    /// Cleans an HTML document and says what was dropped and why.
    ///
    /// - Parameters:
    ///   - document: an HTML document.
    ///   - recordingDropped: whether to list the dropped blocks (costs a second walk).
    /// - Returns: the clean text, and every dropped block with its reason (empty unless asked).
    /// - Throws: as ``clean(_:)``.
    public func clean(_ document: SourceDocument, recordingDropped: Bool) throws -> (
        clean: CleanText, dropped: [DroppedBlock]
    ) {
        let raw = document.raw
        let encoding = HTMLEncoding.detect(raw)
        let tree: HTMLTree
        do {
            tree = try HTMLParser.parse(raw, encoding: encoding)
        } catch var error as MarrowError {
            error.location = SourceLocation(path: document.path)
            throw error
        }
        var extractor = ContentExtractor(tree: tree, cues: cues)
        extractor.analyse()
        var titles: [String] = []
        var metadata = HTMLMetadata(tree: tree, cues: cues).extract(titles: &titles)
        var emitter = BlockEmitter(tree: tree, cues: cues, path: document.path, recordDropped: recordingDropped)
        emitter.authorNames = BlockEmitter.authorNames(metadata.author)
        let root = extractor.mainContent()
        var walked: [Int] = []
        var content: [Int] = []
        if let root {
            walked = ([root] + extractor.siblingSections(of: root)).sorted()
            content = walked
            // The page title often sits above the article container (before it, not around it:
            // a heading that contains the container would give its text twice).
            let headings = tree.nodes.indices.filter { tree.nodes[$0].tag == .h1 && !extractor.isDropped($0) }
            if !headings.contains(where: { h1 in walked.contains { extractor.isDescendant(h1, of: $0) } }),
                let h1 = headings.last(where: { h1 in
                    h1 < root && !walked.contains { extractor.isDescendant($0, of: h1) }
                })
            {
                let text = CueText.fold(tree.textContent(h1, limit: 400))
                let matchesTitle = metadata.title.map { CueText.fold($0).contains(text) } ?? false
                if matchesTitle || headings.count == 1 {
                    walked = (walked + [h1] + extractor.lead(after: h1, before: root, walked: walked)).sorted()
                }
            }
            for subtree in walked { extractor.walk(subtree, into: &emitter) }
        }
        emitter.finish(metadata: &metadata)
        if let failure = emitter.failure { throw failure }
        if let problem = tree.problems.first(where: { if case .stoppedEarly = $0 { return true } else { return false } }
        ),
            case .stoppedEarly(let offset) = problem
        {
            var lines = LineCounter()
            throw MarrowError(
                .unparsable, "libxml2 stopped reading this page at byte \(offset); the rest of the page would be lost",
                at: SourceLocation(path: document.path, line: lines.line(at: offset, in: raw)))
        }
        var dropped: [DroppedBlock] = []
        if recordingDropped {
            dropped = emitter.dropped ?? []
            var report = BlockEmitter(tree: tree, cues: cues, path: document.path, recordDropped: true)
            report.reportOnly = true
            if let body = extractor.bodyIndex ?? tree.roots.first {
                extractor.walk(body, into: &report, excluding: walked.map { $0..<tree.end($0) })
            }
            dropped += report.dropped ?? []
        }
        let h1s = tree.nodes.indices.filter { tree.nodes[$0].tag == .h1 }
        metadata.title = HTMLTitle.choose(
            metadata.title,
            headings: h1s.compactMap {
                h1 -> (text: String, outsideContent: Bool)? in
                let text = HTMLCleaner.collapse(tree.textContent(h1, limit: 400))
                let inside = content.contains { extractor.isDescendant(h1, of: $0) }
                return text.isEmpty ? nil : (text, extractor.isDropped(h1) || !inside)
            },
            siteNames: HTMLCleaner.siteNames(metadata),
            parts: h1s.count == 1 ? HTMLCleaner.parts(of: h1s[0], in: tree) : [],
            candidates: titles)
        return (emitter.builder.build(metadata: metadata), dropped)
    }

    /// The text of a heading cut where its child elements meet, white space collapsed, empty
    /// parts left out: the children of the heading, or of the one element that wraps all its
    /// text (`<h1><a>…</a></h1>`). Reads the heading's subtree once or twice.
    static func parts(of heading: Int, in tree: HTMLTree) -> [String] {
        var top = heading
        for _ in 0..<4 {
            let children = tree.children(top).filter {
                !tree.nodes[$0].isText || !collapse(tree.textContent($0, limit: 400)).isEmpty
            }
            guard children.count == 1, let only = children.first, !tree.nodes[only].isText else { break }
            top = only
        }
        return tree.children(top).map { collapse(tree.textContent($0, limit: 400)) }.filter { !$0.isEmpty }
    }

    /// What names the site: the publisher (`og:site_name`), the canonical URL's host with and
    /// without `www.`.
    static func siteNames(_ metadata: DocumentMetadata) -> [String] {
        var names: [String] = []
        if let publisher = metadata.publisher { names.append(publisher) }
        if let url = metadata.canonicalURL, let scheme = url.range(of: "://") {
            let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
            if host.contains(".") {
                names.append(String(host))
                if host.hasPrefix("www.") { names.append(String(host.dropFirst(4))) }
            }
        }
        return names
    }

    /// White space runs collapsed to one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
