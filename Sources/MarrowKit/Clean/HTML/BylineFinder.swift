/// Finds the author's name in a visible byline: the first element whose class or id names a
/// byline (`[html.byline]` in `Lexicons/boilerplate.cues`: `author`, `byline`, `autor`…, whole
/// or as a part, `post-author`, `cbx-Author`) and whose text reads as a name, outside reader
/// comments (whose authors are not the article's).
///
/// A name here is what is left of the element's text once a byline word ("By", "Von") is taken
/// off and what follows a list separator or a digit (", 01.12.2021", " | 5 min") is cut: one to
/// ``maximumWords`` words. Fed the tree in document order (``visit(_:)``); linear in the page
/// (each element's names are read once; at most ``maximumCandidates`` elements are read for
/// their text, each up to 200 bytes).
///
/// A byline without a class is read from its words (``visitText(_:)``): a short element whose
/// text opens with a byline word and goes on with a capitalised name ("von Daniela Obers",
/// "Par Matthieu Hy"). That name is ``leadName``; the caller ranks it after ``name``.
struct BylineFinder {
    let tree: HTMLTree
    let cues: CleaningCues
    /// The name found, if any.
    private(set) var name: String?
    /// Per element, whether it sits in a reader-comment section.
    private var inComments: [Bool]
    private var candidates = 0
    /// The name a short element opening with a byline word gives, if any.
    private(set) var leadName: String?
    private var leadCandidates = 0
    private var kinds: [String: Kind] = [:]

    static let maximumWords = 5
    static let maximumCandidates = 8

    init(tree: HTMLTree, cues: CleaningCues) {
        self.tree = tree
        self.cues = cues
        inComments = [Bool](repeating: false, count: tree.nodes.count)
    }

    /// Reads element `index` (parents before children).
    mutating func visit(_ index: Int) {
        guard !tree.nodes[index].isText else { return }
        let parent = tree.parent(index)
        var comments = parent >= 0 && inComments[parent]
        guard tree.attributeBytes(.class, index) != nil || tree.attributeBytes(.id, index) != nil else {
            inComments[index] = comments
            return
        }
        var key = tree.attribute(.class, index) ?? ""
        if let id = tree.attribute(.id, index) { key += "\u{0}" + id }
        let kind = classify(key)
        if kind == .comments { comments = true }
        inComments[index] = comments
        guard name == nil, !comments, candidates < BylineFinder.maximumCandidates, kind == .byline,
            !tree.traits(index).contains(.neverRead)
        else { return }
        candidates += 1
        name = BylineFinder.name(in: tree.textContent(index, limit: 200), bylineWords: cues.bylineWords)
    }

    /// Reads text node `index` (after its element was visited): when its text opens with a
    /// byline word and its element's whole text is a short byline ("VON <a>MORITZ GATHMANN</a>
    /// am 21. April 2020"), the name in it. At most ``maximumCandidates`` elements are read,
    /// each up to 200 bytes, outside reader comments and unread elements.
    mutating func visitText(_ index: Int) {
        guard leadName == nil, leadCandidates < BylineFinder.maximumCandidates, tree.nodes[index].isText,
            tree.nodes[index].visible > 0, tree.nodes[index].visible < 200
        else { return }
        let parent = tree.parent(index)
        guard parent >= 0, !inComments[parent], !tree.traits(parent).contains(.neverRead) else { return }
        var bytes: [UInt8] = []
        tree.appendText(index, to: &bytes)
        guard let first = BylineFinder.firstWord(bytes), cues.bylineWords.contains(CueText.fold(first)) else { return }
        leadCandidates += 1
        let whole = tree.textContent(parent, limit: 200)
        let words = whole.split(whereSeparator: { $0.isWhitespace })
        // The byline word opens the element, which is short: a byline, not a sentence.
        guard words.count <= BylineFinder.maximumWords + 4, let opening = words.first,
            CueText.fold(String(opening)) == CueText.fold(first),
            let found = BylineFinder.name(in: whole, bylineWords: cues.bylineWords)
        else { return }
        let kept = found.split(separator: " ")
        // A name has two words or more here, and opens with a capital (or a letter of a script
        // without case): "by the way" and "Von Beginn an" are no bylines.
        guard kept.count >= 2, let initial = kept[0].first, !initial.isLowercase else { return }
        leadName = found
    }

    /// The first word of a text (up to white space or a no-break space), or nil.
    static func firstWord(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(64), as: UTF8.self)
        return text.split(whereSeparator: { $0.isWhitespace }).first.map(String.init)
    }

    enum Kind { case other, comments, byline }

    /// What a `class + NUL + id` key names, read once per distinct key (pages repeat them).
    private mutating func classify(_ key: String) -> Kind {
        if let known = kinds[key] { return known }
        let names = ContentExtractor.originalNames(key)
        let parts = names.flatMap { ContentExtractor.parts($0) }
        let lowered = names.map { $0.lowercased() }
        var kind = Kind.other
        if lowered.contains(where: { cues.commentTokens.contains($0) })
            || parts.contains(where: { cues.commentTokens.contains($0) })
        {
            kind = .comments
        } else if lowered.contains(where: { cues.bylineTokens.contains($0) })
            || parts.contains(where: { cues.bylineTokens.contains($0) })
        {
            kind = .byline
        }
        kinds[key] = kind
        return kind
    }

    /// The name a byline's text gives, or nil.
    static func name(in text: String, bylineWords: Set<String>) -> String? {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let first = words.first, bylineWords.contains(CueText.fold(first)) { words.removeFirst() }
        var kept: [String] = []
        for word in words {
            if word.first?.isNumber == true || word == "|" || word == "-" || word == "–" || word == "•" || word == "·" {
                break
            }
            if let last = word.last, last == "," || last == "|" || last == ";" {
                kept.append(String(word.dropLast()))
                break
            }
            kept.append(word)
        }
        while let last = kept.last, last.isEmpty { kept.removeLast() }
        // A name does not end in a small word: what follows it ("am 21. April", "le 3 mai") is
        // a date's preposition, not a part of the name ("Walter von Aachen" keeps its "von").
        while kept.count > 1, let last = kept.last, let initial = last.first, initial.isLowercase {
            kept.removeLast()
        }
        guard (1...maximumWords).contains(kept.count), kept.allSatisfy({ $0.contains(where: \.isLetter) }),
            !kept.contains(where: { $0.contains(":") || $0.hasPrefix("http") || $0.hasPrefix("@") })
        else { return nil }
        return kept.joined(separator: " ")
    }
}
