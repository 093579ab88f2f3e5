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
struct BylineFinder {
    let tree: HTMLTree
    let cues: CleaningCues
    /// The name found, if any.
    private(set) var name: String?
    /// Per element, whether it sits in a reader-comment section.
    private var inComments: [Bool]
    private var candidates = 0
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
        guard (1...maximumWords).contains(kept.count), kept.allSatisfy({ $0.contains(where: \.isLetter) }),
            !kept.contains(where: { $0.contains(":") || $0.hasPrefix("http") || $0.hasPrefix("@") })
        else { return nil }
        return kept.joined(separator: " ")
    }
}
