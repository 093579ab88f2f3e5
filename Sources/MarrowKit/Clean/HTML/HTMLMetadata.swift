import Foundation

/// Reads a page's metadata: title, author, reviewer, publisher, dates, canonical URL and
/// language, from `<meta>` tags (Open Graph, Dublin Core, `article:*`), JSON-LD (`Article`,
/// `MedicalWebPage` and kin), `<time>` and microdata, and visible labelled text such as
/// "Last reviewed on 01/03/2023" (the `[meta.*]` cues).
///
/// Earlier sources win: meta tags, then JSON-LD, then markup, then visible text.
struct HTMLMetadata {
    let tree: HTMLTree
    let cues: CleaningCues

    /// JSON-LD types whose fields describe the article.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "medicalwebpage", "webpage", "medicalscholarlyarticle",
        "scholarlyarticle",
        "healthtopiccontent", "medicalcondition", "report", "techarticle", "reportagenewsarticle",
        "analysisnewsarticle",
    ]

    func extract() -> DocumentMetadata {
        var titles: [String] = []
        return extract(titles: &titles)
    }

    /// The metadata, and in `titles` every title it gives (`og:title`, `twitter:title`, the
    /// JSON-LD headline, `<title>`), for ``HTMLTitle`` to tell the title in an `h1` by.
    func extract(titles: inout [String]) -> DocumentMetadata {
        var meta = DocumentMetadata()
        var titleTag: String?
        var timeValues: [(String, String)] = []
        var bareTime: String?
        var relAuthor: String?
        var byline = BylineFinder(tree: tree, cues: cues)
        var visibleDate: String?
        var labelled: [Int] = []
        let dates = HTMLDate(months: cues.monthNames)
        let labelStarts = Set(cues.metadataLabels.compactMap { $0.label.utf8.first })
        let asciiLabels = cues.metadataLabels.map { Array($0.label.utf8) }
        let allLabelsASCII = asciiLabels.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            if node.isText {
                byline.visitText(index)
                if visibleDate == nil, node.visible >= 6, node.visible < 400, !isUnread(index) {
                    var bytes: [UInt8] = []
                    tree.appendText(index, to: &bytes)
                    visibleDate = HTMLMetadata.numericDate(in: bytes) ?? dates.named(bytes)
                }
                guard node.visible > 0, node.visible < 400, let first = firstVisibleByte(index),
                    labelStarts.contains(first >= 0x41 && first <= 0x5A ? first | 0x20 : first) || first >= 0x80
                else { continue }
                var bytes: [UInt8] = []
                tree.appendText(index, to: &bytes)
                if allLabelsASCII, let ascii = HTMLMetadata.foldedASCIIPrefix(bytes) {
                    if asciiLabels.contains(where: { ascii.starts(with: $0) }) { labelled.append(index) }
                    continue
                }
                var end = min(bytes.count, 120)
                while end < bytes.count, end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                let own = CueText.fold(utf8: bytes[..<end])
                if !own.isEmpty, cues.metadataLabels.contains(where: { own.hasPrefix($0.label) }) {
                    labelled.append(index)
                }
                continue
            }
            byline.visit(index)
            switch tree.name(index) {
            case "html":
                if let lang = tree.attribute(.lang, index) ?? tree.attribute(.xmlLang, index), !lang.isEmpty {
                    meta.language = meta.language ?? lang
                }
            case "title":
                if titleTag == nil { titleTag = clean(tree.textContent(index, limit: 1000)) }
            case "meta":
                let key =
                    (tree.attribute(.property, index) ?? tree.attribute(.name, index) ?? tree.attribute(
                        .itemprop, index)
                    ?? tree.attribute(.httpEquiv, index))?.lowercased() ?? ""
                guard let content = tree.attribute(.content, index).map(clean), !content.isEmpty else { continue }
                if key.hasSuffix(":title") || key == "dc.title" { titles.append(content) }
                apply(key, content, to: &meta)
            case "link":
                let rel = tree.attribute(.rel, index)?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), let href = tree.attribute(.href, index), !href.isEmpty {
                    meta.canonicalURL = meta.canonicalURL ?? href
                }
            case "time":
                let value = tree.attribute(.datetime, index) ?? clean(tree.textContent(index, limit: 200))
                let hint = ((tree.attribute(.itemprop, index) ?? "") + " " + (tree.attribute(.class, index) ?? ""))
                    .lowercased()
                if tree.attributeBytes(.pubdate, index) != nil { timeValues.append(("published", value)) }
                if hint.contains("published") || hint.contains("datepublished") {
                    timeValues.append(("published", value))
                }
                if hint.contains("modified") || hint.contains("updated") { timeValues.append(("modified", value)) }
                if hint.contains("reviewed") { timeValues.append(("reviewed", value)) }
                if bareTime == nil, let stamp = tree.attribute(.datetime, index), HTMLMetadata.isoDate(stamp) != nil {
                    bareTime = stamp
                }
            case "a" where relAuthor == nil:
                if let rel = tree.attribute(.rel, index)?.lowercased(), rel.split(separator: " ").contains("author") {
                    let text = clean(tree.textContent(index, limit: 200))
                    if !text.isEmpty, text.count <= 80, !text.hasPrefix("http") { relAuthor = text }
                }
            default:
                if let itemprop = tree.attribute(.itemprop, index)?.lowercased() {
                    if itemprop == "author" || itemprop == "publisher" || itemprop == "datepublished"
                        || itemprop == "datemodified" || itemprop == "lastreviewed"
                    {
                        let value =
                            tree.attribute(.content, index) ?? tree.attribute(.datetime, index)
                            ?? clean(tree.textContent(index, limit: 200))
                        apply(itemprop, value, to: &meta, fromMarkup: true)
                    }
                }
            }
        }
        let jsonLD = tree.jsonLD
        var fromJSON = DocumentMetadata()
        for script in jsonLD { readJSONLD(script, into: &fromJSON) }
        titles += [fromJSON.title, titleTag].compactMap { $0 }
        // Authors are ranked, not filled: a value that is no name, or names the site, gives way.
        var authors = [meta.author, fromJSON.author]
        meta.author = nil
        fromJSON.author = nil
        meta.fill(from: fromJSON)
        for (field, value) in timeValues {
            switch field {
            case "published": meta.published = meta.published ?? nonEmpty(value)
            case "modified": meta.modified = meta.modified ?? nonEmpty(value)
            default: meta.reviewed = meta.reviewed ?? nonEmpty(value)
            }
        }
        if meta.title == nil { meta.title = titleTag.flatMap(nonEmpty) }
        authors += [relAuthor, byline.name, byline.leadName]
        var seen = Set<Int>()
        // A visible "Updated on" label tells when the page changed, not when it came out: the
        // page's bare date still stands for that.
        let taggedModified = meta.modified
        for textNode in labelled {
            // The text node itself ("Last updated on June 14, 2017"), else its element
            // ("Last reviewed on <time>01/03/2023</time>").
            var text = clean(tree.textContent(textNode))
            var folded = CueText.fold(text)
            var match = cues.metadataValue(line: text, folded: folded)
            let parent = tree.parent(textNode)
            if match?.value.isEmpty ?? true, parent >= 0, seen.insert(parent).inserted {
                text = clean(tree.textContent(parent, limit: 400))
                folded = CueText.fold(text)
                match = cues.metadataValue(line: text, folded: folded)
            }
            guard folded.split(separator: " ").count <= 25, let (field, found) = match, !found.isEmpty else { continue }
            if field == .author {
                authors.append(found)
                continue
            }
            var visible = DocumentMetadata()
            var value = found
            if field != .author && field != .reviewer, let on = value.range(of: " on ", options: .backwards) {
                // "by a medical professional on 01/03/2023": the date is what follows "on".
                value = String(value[on.upperBound...])
            }
            visible.set(field, value)
            meta.fill(from: visible)
        }
        if meta.published == nil, taggedModified == nil { meta.published = bareTime ?? visibleDate }
        meta.author = chooseAuthor(authors.compactMap { $0 }, siteNames: HTMLMetadata.siteNames(meta))
        // Dates as YYYY-MM-DD, when they are not already (a value this cannot read stays).
        for field in [\DocumentMetadata.published, \.modified, \.reviewed] {
            if let value = meta[keyPath: field], HTMLMetadata.isoDate(value) == nil, let date = dates.normalize(value) {
                meta[keyPath: field] = date
            }
        }
        return meta
    }

    /// The page's author among candidates in rank order (meta tags, JSON-LD, `rel=author`, a
    /// byline by class, a byline by its opening word, a labelled line): the first that reads as
    /// a name and does not name the site; failing that, the first that reads as a name (an
    /// organisation may be its own author).
    func chooseAuthor(_ candidates: [String], siteNames: [String]) -> String? {
        let names = candidates.compactMap(authorName)
        return names.first { !HTMLMetadata.namesSite($0, siteNames: siteNames) } ?? names.first
    }

    /// What names the site, folded: the publisher, the canonical URL's host with and without
    /// `www.`, and the host's name without its top-level domain (`makronom` of `makronom.de`).
    static func siteNames(_ meta: DocumentMetadata) -> [String] {
        var names = HTMLCleaner.siteNames(meta).map(CueText.fold)
        for name in names where name.contains(".") && !name.contains(" ") {
            let labels = name.split(separator: ".")
            if labels.count >= 2, labels[labels.count - 2].count >= 3 { names.append(String(labels[labels.count - 2])) }
        }
        return names.filter { !$0.isEmpty }
    }

    /// Whether an author value names the site rather than a person: it is a site name, holds
    /// one as a word ("Redacción Trome"), or holds a web address ("Deutsche Welle (www.dw.com)").
    static func namesSite(_ author: String, siteNames: [String]) -> Bool {
        let folded = CueText.fold(author)
        if folded.contains("www.") || siteNames.contains(folded) { return true }
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." }).map(String.init)
        return words.contains { word in siteNames.contains(word) }
    }

    /// An author value as a name: a leading byline word ("By", "von") and trailing separators
    /// taken off; a URL or a handle is no name.
    func authorName(_ value: String) -> String? {
        var name = value.trimmingCharacters(in: CharacterSet(charactersIn: " ,;|-–"))
        if let space = name.firstIndex(of: " "),
            cues.bylineWords.contains(CueText.fold(name[..<space].trimmingCharacters(in: [":"])))
        {
            name = String(name[name.index(after: space)...]).trimmingCharacters(in: .whitespaces)
        }
        var words = name.split(separator: " ")
        // A byline word after a label ("Erstellt von Ana Example", "See all posts by Ana
        // Example") ends the label: the name, two words or more opening with a capital, follows.
        if let at = words.indices.dropFirst().prefix(3).last(where: {
            cues.bylineWords.contains(CueText.fold(words[$0].trimmingCharacters(in: [":"])))
        }), words.count - at - 1 >= 2, let initial = words[at + 1].first, !initial.isLowercase {
            words.removeFirst(at + 1)
        }
        // A handle after the name ("Ana Example @anaexample") is no part of it.
        while words.count > 1, words.last?.first == "@" { words.removeLast() }
        name = words.joined(separator: " ")
        guard !name.isEmpty, !name.hasPrefix("http"), !name.hasPrefix("@"), !name.hasPrefix("www.") else { return nil }
        return name
    }

    /// Whether a text node sits in an element no reader reads (a script, a hidden block).
    private func isUnread(_ index: Int) -> Bool {
        var k = tree.parent(index)
        var depth = 0
        while k >= 0, depth < 64 {
            if tree.traits(k).contains(.neverRead) { return true }
            k = tree.parent(k)
            depth += 1
        }
        return false
    }

    /// The `YYYY-MM-DD` a value starts with, when it does and the month and day are real.
    static func isoDate(_ value: String) -> String? {
        let bytes = Array(value.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            year >= 1900, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first numeric date in a visible text, as `YYYY-MM-DD`: `YYYY-MM-DD`, or the day first
    /// with dots or slashes (`23.09.2022`, `23/09/2022`, `23.09.22`), the way most of the world
    /// writes it. Ambiguous month-first forms are not guessed.
    static func numericDate(in bytes: [UInt8]) -> String? {
        func digits(_ k: Int) -> Int {
            var j = k
            while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
            return j - k
        }
        var k = 0
        while k < bytes.count {
            guard bytes[k] >= 0x30, bytes[k] <= 0x39, k == 0 || !(bytes[k - 1] >= 0x30 && bytes[k - 1] <= 0x39) else {
                k += 1
                continue
            }
            let first = digits(k)
            if first == 4, k + 10 <= bytes.count,
                let iso = isoDate(String(decoding: bytes[k..<(k + 10)], as: UTF8.self)),
                digits(k + 8) == 2
            {
                return iso
            }
            if first <= 2, k + first < bytes.count, case let separator = bytes[k + first],
                separator == 0x2E || separator == 0x2F
            {
                let monthStart = k + first + 1
                let second = digits(monthStart)
                if second >= 1, second <= 2, monthStart + second < bytes.count, bytes[monthStart + second] == separator
                {
                    let yearStart = monthStart + second + 1
                    let third = digits(yearStart)
                    if third == 4 || third == 2, let day = number(bytes[k..<(k + first)]),
                        let month = number(bytes[monthStart..<(monthStart + second)]),
                        var year = number(bytes[yearStart..<(yearStart + third)]), (1...12).contains(month),
                        (1...31).contains(day)
                    {
                        if third == 2 { year += 2000 }
                        if year >= 1990 {
                            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                            return "\(year)-\(pad(month))-\(pad(day))"
                        }
                    }
                }
            }
            k += max(1, first)
        }
        return nil
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return bytes.isEmpty ? nil : value
    }

    /// Applies one `<meta>` (or microdata) key.
    func apply(_ key: String, _ value: String, to meta: inout DocumentMetadata, fromMarkup: Bool = false) {
        let value = clean(value)
        guard !value.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title", "dc.title", "citation_title":
            meta.title = meta.title ?? value
        case "author", "article:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author":
            if !value.hasPrefix("http") { meta.author = meta.author ?? value }
        case "og:site_name", "application-name", "publisher", "dc.publisher", "citation_publisher":
            meta.publisher = meta.publisher ?? value
        case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued",
            "dcterms.created", "dcterms.issued", "citation_publication_date", "citation_date", "parsely-pub-date",
            "sailthru.date":
            meta.published = meta.published ?? value
        case "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
            "dc.date.modified", "revised":
            meta.modified = meta.modified ?? value
        case "lastreviewed", "last-reviewed", "article:reviewed_time":
            meta.reviewed = meta.reviewed ?? value
        case "og:url":
            meta.canonicalURL = meta.canonicalURL ?? value
        case "content-language", "og:locale", "dc.language":
            meta.language = meta.language ?? value
        default:
            break
        }
    }

    // MARK: JSON-LD

    func readJSONLD(_ script: String, into meta: inout DocumentMetadata) {
        var text = script.trimmingCharacters(in: " \n\t\r")
        if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
        if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
        guard let data = text.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var names: [String: String] = [:]
        collectNames(json, depth: 0, into: &names)
        visit(json, depth: 0, names: names, into: &meta)
    }

    /// The names of the nodes a JSON-LD graph gives an `@id` (authors are often only referred
    /// to by it: `"author": {"@id": "…#/schema/person/…"}`).
    private func collectNames(_ value: Any, depth: Int, into names: inout [String: String]) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array.prefix(64) { collectNames(item, depth: depth + 1, into: &names) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let id = object["@id"] as? String, let name = string(object["name"]), names[id] == nil { names[id] = name }
        if let graph = object["@graph"] { collectNames(graph, depth: depth + 1, into: &names) }
    }

    /// Whether a JSON-LD type describes an article: a known type, or any `…Article`,
    /// `…Posting` or `…WebPage` type of schema.org.
    static func isArticleType(_ type: String) -> Bool {
        let lower = type.lowercased()
        return articleTypes.contains(lower) || lower.hasSuffix("article") || lower.hasSuffix("posting")
            || lower.hasSuffix("webpage")
    }

    private func visit(_ value: Any, depth: Int, names: [String: String], into meta: inout DocumentMetadata) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array.prefix(64) { visit(item, depth: depth + 1, names: names, into: &meta) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1, names: names, into: &meta) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: HTMLMetadata.isArticleType) else { return }
        meta.title = meta.title ?? string(object["headline"]) ?? string(object["name"])
        meta.author = meta.author ?? name(object["author"], names)
        meta.publisher = meta.publisher ?? name(object["publisher"], names) ?? name(object["sourceOrganization"], names)
        meta.published = meta.published ?? string(object["datePublished"]) ?? string(object["dateCreated"])
        meta.modified = meta.modified ?? string(object["dateModified"])
        meta.reviewed = meta.reviewed ?? string(object["lastReviewed"])
        meta.reviewer = meta.reviewer ?? name(object["reviewedBy"], names)
        meta.language = meta.language ?? string(object["inLanguage"])
        if meta.canonicalURL == nil,
            let url = string(object["url"]) ?? string(object["mainEntityOfPage"])
                ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"]), url.hasPrefix("http")
        {
            meta.canonicalURL = url
        }
        if let main = object["mainEntity"] { visit(main, depth: depth + 1, names: names, into: &meta) }
    }

    private func string(_ value: Any?) -> String? {
        if let text = value as? String { return nonEmpty(clean(text)) }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    private func name(_ value: Any?, _ names: [String: String] = [:]) -> String? {
        if let text = value as? String { return nonEmpty(clean(text)) }
        if let object = value as? [String: Any] {
            if let name = string(object["name"]) { return name }
            // A reference by `@id`: the name the graph gives it; never the identifier itself.
            guard let id = object["@id"] as? String else { return nil }
            return names[id] ?? (id.hasPrefix("http") || id.hasPrefix("#") ? nil : nonEmpty(clean(id)))
        }
        if let array = value as? [Any] {
            let found = array.prefix(8).compactMap { name($0, names) }
            return found.isEmpty ? nil : found.joined(separator: ", ")
        }
        return nil
    }

    // MARK: Text

    /// The first 120 bytes of a text folded as ``CueText/fold(_:)`` folds ASCII (white space runs
    /// to one space, trimmed, lowercased), or nil when they hold non-ASCII bytes.
    static func foldedASCIIPrefix(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        var pendingSpace = false
        for byte in bytes.prefix(120) {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return out
    }

    /// The first byte of a text node that is not white space.
    func firstVisibleByte(_ index: Int) -> UInt8? {
        let node = tree.nodes[index]
        for k in Int(node.first)..<Int(node.first + node.count) {
            for byte in tree.pieceBytes(k) where !RawAligner.isSpaceByte(byte) { return byte }
        }
        return nil
    }

    /// Collapses white space and trims.
    func clean(_ text: String) -> String { WhitespaceFolding.collapse(text) }

    func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
