/// The one HTML vocabulary: what each element is to a reader, used alike by the parser's tree,
/// the content extractor, the block walk and ``HTMLText`` (which reads raw spans back).
///
/// Every element name a page uses gets a small integer id (``HTMLTag``); known names carry their
/// ``Traits`` and unknown names (custom elements) are plain inline elements. Because the block
/// walk and ``HTMLText/decode(_:)`` consult the same traits, a raw span of a block always reads
/// back as the block's text: a tag that breaks text (``Traits/breaksText``) is a block boundary
/// or a forced space in both, any other tag reads as nothing in both.
enum HTMLVocabulary {
    /// What an element is to a reader.
    struct Traits: OptionSet, Sendable, Hashable {
        let rawValue: UInt32

        /// Holds no text a reader reads as article text (scripts, forms, media, the head).
        static let neverRead = Traits(rawValue: 1 << 0)
        /// Its contents are raw text that ``HTMLText`` skips to the end tag (`script`, `style`…).
        static let rawText = Traits(rawValue: 1 << 1)
        /// Its tags start a new line or cell for a reader: a block boundary, or a space.
        static let breaksText = Traits(rawValue: 1 << 2)
        /// Chrome by its very name (`nav`, `aside`, `footer`, `form`…).
        static let chrome = Traits(rawValue: 1 << 3)
        /// One paragraph block (`p`, `blockquote`, `pre`…).
        static let paragraph = Traits(rawValue: 1 << 4)
        /// One list item block (`li`, `dt`).
        static let listItem = Traits(rawValue: 1 << 5)
        /// A block container: it breaks the text around it but is not a block itself.
        static let container = Traits(rawValue: 1 << 6)
        /// Marks an article container (`article`, `main`).
        static let article = Traits(rawValue: 1 << 7)
        /// Its presence in a table makes the table a layout table.
        static let layoutMarker = Traits(rawValue: 1 << 8)
        /// A heading (`h1`…`h6`); the level is ``HTMLVocabulary/headingLevel(_:)``.
        static let heading = Traits(rawValue: 1 << 9)
        /// A void element: never has children.
        static let void = Traits(rawValue: 1 << 10)
        /// A list container (`ul`, `ol`, `dl`, `menu`).
        static let list = Traits(rawValue: 1 << 11)
        /// A table cell (`td`, `th`): a space inside a data table row.
        static let cell = Traits(rawValue: 1 << 12)
        /// Inline text-level markup that carries no structure (`b`, `span`, `em`…).
        static let phrasing = Traits(rawValue: 1 << 13)

        /// Elements whose reading is a block boundary or a space.
        static let blockLevel: Traits = [.container, .paragraph, .listItem, .heading]
    }

    /// Known element names and their traits. Names not listed are inline elements.
    static let table: [(String, Traits)] = {
        var entries: [String: Traits] = [:]
        func add(_ names: [String], _ traits: Traits) {
            for name in names { entries[name, default: []].formUnion(traits) }
        }
        add(["script", "style", "noscript", "template", "title"], [.neverRead, .rawText])
        add(
            [
                "iframe", "object", "embed", "svg", "canvas", "head", "select", "button", "input", "textarea", "option",
                "optgroup", "datalist", "map", "audio", "video", "math", "source", "track", "meta", "link", "base",
                "frameset",
                "frame", "applet", "param", "img", "picture", "label",
            ], .neverRead)
        add(
            [
                "meta", "link", "base", "img", "input", "br", "hr", "source", "track", "col", "param", "embed", "area",
                "wbr",
            ], .void)
        add(["nav", "aside", "footer", "form", "dialog", "menu"], .chrome)
        add(["h1", "h2", "h3", "h4", "h5", "h6"], .heading)
        add(["p", "blockquote", "pre", "figcaption", "caption", "summary", "address", "dd", "legend"], .paragraph)
        add(["li", "dt"], .listItem)
        add(
            [
                "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead",
                "tfoot", "tr",
                "td", "th", "form", "fieldset", "figure", "header", "footer", "aside", "nav", "details", "center",
                "hgroup",
                "hr", "menu", "dialog", "frameset", "noframes", "colgroup", "col",
            ], .container)
        add(["ul", "ol", "dl", "menu"], .list)
        add(["td", "th"], .cell)
        add(["article", "main"], .article)
        add(
            ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "article", "section", "div"],
            .layoutMarker)
        add(
            [
                "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
                "s", "samp",
                "small", "span", "strong", "sub", "sup", "time", "u", "var", "big", "tt", "strike", "nobr", "ins",
                "del",
            ], .phrasing)
        // What breaks text: every block-level element, the line break, and the elements a
        // browser lays out on a line of their own even though the walk never reads them.
        for (name, traits) in entries where !traits.intersection(.blockLevel).isEmpty {
            entries[name]!.insert(.breaksText)
        }
        add(["br", "option", "head", "title", "li", "dt"], .breaksText)
        return entries.sorted { $0.key < $1.key }
    }()

    /// The heading level of a heading element name id, else nil.
    static func headingLevel(_ name: String) -> Int? {
        guard name.utf8.count == 2, name.utf8.first == UInt8(ascii: "h"), let last = name.utf8.last, last >= 0x31,
            last <= 0x36
        else { return nil }
        return Int(last - 0x30)
    }

    /// The traits of an element name (lowercase); empty for names not in ``table``.
    static func traits(of name: String) -> Traits {
        traitsByName[name] ?? []
    }

    private static let traitsByName: [String: Traits] = Dictionary(uniqueKeysWithValues: table)

    /// The traits of a lowercase ASCII name given as bytes (used by ``HTMLText`` on raw tags).
    static func traits(ofBytes name: some Collection<UInt8>) -> Traits {
        guard name.count <= 10 else { return [] }
        return traitsByName[String(decoding: name, as: UTF8.self)] ?? []
    }
}

/// An element name of one parsed page, as a small id into the page's name table.
///
/// Id 0 is reserved for text nodes; ids for the known names of ``HTMLVocabulary/table`` are
/// fixed, so code can compare with ``HTMLTag/named(_:)`` constants.
struct HTMLTag: Hashable, Sendable {
    var id: UInt16

    static let text = HTMLTag(id: 0)

    /// The fixed id of a known name.
    static func named(_ name: String) -> HTMLTag {
        guard let index = HTMLTagTable.known.firstIndex(of: name) else {
            preconditionFailure("\(name) is not in HTMLVocabulary.table")
        }
        return HTMLTag(id: UInt16(index + 1))
    }

    static let a = named("a")
    static let body = named("body")
    static let html = named("html")
    static let h1 = named("h1")
    static let header = named("header")
    static let table = named("table")
    static let tr = named("tr")
    static let br = named("br")
    static let meta = named("meta")
    static let link = named("link")
    static let script = named("script")
    static let time = named("time")
    static let title = named("title")
    static let p = named("p")
    static let figcaption = named("figcaption")
    static let noscript = named("noscript")
}

/// The element names of one page: the known names first (fixed ids), then names the page
/// introduced, with their traits.
struct HTMLTagTable: Sendable {
    static let known: [String] = HTMLVocabulary.table.map(\.0)
    static let knownTraits: [HTMLVocabulary.Traits] = known.map { HTMLVocabulary.traits(of: $0) }

    private(set) var names: [String] = ["#text"] + HTMLTagTable.known
    private(set) var traits: [HTMLVocabulary.Traits] = [[]] + HTMLTagTable.knownTraits
    private(set) var headingLevels: [UInt8] =
        [0] + HTMLTagTable.known.map { UInt8(HTMLVocabulary.headingLevel($0) ?? 0) }
    private var idByName: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: HTMLTagTable.known.enumerated().map { ($1, UInt16($0 + 1)) })

    /// The id of a lowercase element name, adding it when new.
    mutating func id(of name: String) -> HTMLTag {
        if let id = idByName[name] { return HTMLTag(id: id) }
        let id = UInt16(clamping: names.count)
        guard id < UInt16.max else { return HTMLTag(id: UInt16.max - 1) }
        names.append(name)
        traits.append([])
        headingLevels.append(0)
        idByName[name] = id
        return HTMLTag(id: id)
    }

    func name(_ tag: HTMLTag) -> String { names[Int(tag.id)] }
    func traits(_ tag: HTMLTag) -> HTMLVocabulary.Traits { traits[Int(tag.id)] }
    func headingLevel(_ tag: HTMLTag) -> Int? {
        let level = headingLevels[Int(tag.id)]
        return level == 0 ? nil : Int(level)
    }
}
