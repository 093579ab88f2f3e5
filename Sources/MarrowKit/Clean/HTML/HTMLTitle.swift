/// Chooses a page's article title from its meta title and `h1` headings, taking off the site
/// name that meta titles carry ("Title | Site", "Site » Archive » Title", "Site|Title").
///
/// The site name is known, not guessed from words: the `og:site_name`/publisher value, the
/// canonical URL's host, or a lone `h1` that is itself one segment of the meta title (a blog
/// whose header is the `h1`). Any language, any script: only separators and equality are read.
struct HTMLTitle {
    /// Characters that separate a title from a site name. `|`, `»` and `·` separate with or
    /// without spaces; the dashes and the colon only with a space on each side.
    static let tightSeparators: Set<Character> = ["|", "»", "·", "•", "›"]
    static let spacedSeparators: Set<Character> = ["-", "–", "—", ":", "/"]

    /// The article title.
    ///
    /// - Parameters:
    ///   - metaTitle: `og:title`, JSON-LD headline or `<title>`, white space collapsed.
    ///   - headings: the page's `h1` texts, white space collapsed, empty ones left out, each
    ///     with whether it sits outside the main content (in a site header, or dropped chrome).
    ///   - siteNames: what names the site (publisher, host), any case.
    ///   - parts: the lone `h1`'s text cut where its child elements meet (a kicker `span`, a
    ///     `small` subtitle, a `time`), white space collapsed.
    ///   - candidates: every title the metadata gives (`og:title`, JSON-LD headline, `<title>`).
    static func choose(
        _ metaTitle: String?, headings: [(text: String, outsideContent: Bool)], siteNames: [String],
        parts: [String] = [], candidates: [String] = []
    )
        -> String?
    {
        guard let metaTitle else { return headings.first?.text }
        var sites = siteNames.map(CueText.fold).filter { !$0.isEmpty }
        if headings.count == 1, headings[0].text.utf8.count <= 300 {
            let h1 = CueText.fold(headings[0].text)
            let segments = HTMLTitle.segments(metaTitle).map { CueText.fold(String(metaTitle[$0])) }
            let longest = segments.map(\.count).max() ?? 0
            // A lone h1 that names the site, or that sits outside the article (in the page's
            // header) and is a shorter segment of the meta title than another, is the site's
            // header, not the title.
            guard
                sites.contains(h1)
                    || (headings[0].outsideContent && segments.count > 1 && segments.contains(h1) && h1.count < longest)
            else {
                // An h1 that holds the title and more (a kicker before it, a subtitle or a date
                // after it, in elements of their own or after a separator) gives the part a
                // metadata title names.
                return HTMLTitle.namedPart(
                    headings[0].text, parts: parts, candidates: [metaTitle] + candidates, siteNames: sites)
                    ?? headings[0].text
            }
            sites.append(h1)
            return HTMLTitle.strip(metaTitle, siteNames: sites)
        }
        let stripped = HTMLTitle.strip(metaTitle, siteNames: sites)
        let folded = CueText.fold(metaTitle)
        let contained = headings.map(\.text).filter { $0.utf8.count >= 10 && folded.contains(CueText.fold($0)) }
        return contained.max { $0.utf8.count < $1.utf8.count } ?? stripped
    }

    /// The part of an `h1` that a metadata title names, when the `h1` holds more than the title.
    ///
    /// The `h1` is cut where its child elements meet and at separators (``segments(_:)``); a run
    /// of those pieces, not all of them, whose letters and digits are a candidate's (without the
    /// site name), beside pieces that open with no small letter, is the title: "Olympic Games" in a `span` over "Drinks by boat to the city",
    /// named by the JSON-LD headline, gives the latter. When only the whole `h1` is named, a
    /// short first element (at most ``kickerWords`` words) before a part that opens with no
    /// small letter is a kicker, and the rest is the title. Cuts fall only where the markup or a
    /// separator puts them, never inside a run of text. Any script: only letters, digits and
    /// case are read.
    static func namedPart(_ text: String, parts: [String], candidates: [String], siteNames: [String]) -> String? {
        guard !parts.isEmpty, parts.count <= 12 else { return nil }
        func key(_ value: some StringProtocol) -> String {
            String(CueText.fold(value).filter { $0.isLetter || $0.isNumber })
        }
        // Pieces as ranges in the h1's text, each with whether an element starts it.
        var pieces: [(range: Range<String.Index>, opensPart: Bool)] = []
        var cursor = text.startIndex
        for part in parts {
            guard let found = text.range(of: part, range: cursor..<text.endIndex) else { return nil }
            cursor = found.upperBound
            var first = true
            for segment in segments(part) {
                let piece = String(part[segment])
                guard !key(piece).isEmpty else { continue }
                let lower = part.distance(from: part.startIndex, to: segment.lowerBound)
                let upper = part.distance(from: part.startIndex, to: segment.upperBound)
                let start = text.index(found.lowerBound, offsetBy: lower)
                pieces.append((start..<text.index(found.lowerBound, offsetBy: upper), first))
                first = false
            }
        }
        guard pieces.count >= 2, pieces.count <= 24 else { return nil }
        let keys = pieces.map { key(text[$0.range]) }
        var named = Set<String>()
        for candidate in candidates {
            named.insert(key(candidate))
            named.insert(key(strip(candidate, siteNames: siteNames)))
        }
        named.remove("")
        // A piece left out opens a phrase of its own ("Interview", "How it began"), not the rest
        // of the title's sentence ("Can fish feel pain / suffer?").
        func opensPhrase(_ k: Int) -> Bool {
            guard k >= 0, k < pieces.count else { return true }
            return text[pieces[k].range].first(where: { $0.isLetter })?.isLowercase != true
        }
        var best: Range<String.Index>?
        var bestLength = 0
        for i in pieces.indices where opensPhrase(i - 1) {
            var joined = ""
            for j in i..<pieces.count where !(i == 0 && j == pieces.count - 1) {
                joined += keys[j]
                if joined.count > bestLength, named.contains(joined), opensPhrase(j + 1) {
                    best = pieces[i].range.lowerBound..<pieces[j].range.upperBound
                    bestLength = joined.count
                }
            }
        }
        if let best { return String(text[best]) }
        // A kicker: the first element is short and the rest, named with it, opens a new line.
        guard named.contains(keys.joined()),
            let second = pieces.indices.first(where: { $0 > 0 && pieces[$0].opensPart })
        else { return nil }
        let kicker = text[pieces[0].range.lowerBound..<pieces[second - 1].range.upperBound]
        let rest = text[pieces[second].range.lowerBound..<pieces[pieces.count - 1].range.upperBound]
        guard kicker.split(separator: " ").count <= kickerWords, kicker.count < rest.count,
            let opening = rest.first(where: { $0.isLetter }), !opening.isLowercase
        else { return nil }
        return String(rest)
    }

    /// The most words a kicker over a title has ("Olympic Games", "Interview").
    static let kickerWords = 6

    /// The meta title without the site name at its start or end. A site name is taken off
    /// whole (it may hold separators itself: "AOC media - Analyse Opinion Critique"), then as
    /// one segment between separators (the segments after it go too: they describe the site).
    /// With the site name gone, a title that still reads as a trail (`»`/`›` between
    /// segments) keeps its last segment.
    static func strip(_ title: String, siteNames: [String]) -> String {
        guard !siteNames.isEmpty else { return title }
        let folded = CueText.fold(title)
        for site in siteNames where folded.count > site.count {
            if folded.hasSuffix(site), let cut = cut(title, keepingPrefixOf: folded.count - site.count) {
                return trailEnd(cut)
            }
            if folded.hasPrefix(site), let cut = cut(title, keepingSuffixAfter: site.count) { return trailEnd(cut) }
        }
        let parts = segments(title)
        guard parts.count > 1 else { return title }
        let foldedParts = parts.map { CueText.fold(String(title[$0])) }
        guard let at = foldedParts.firstIndex(where: { siteNames.contains($0) }) else { return title }
        let kept = at == 0 ? Array(parts[1...]) : Array(parts[..<at])
        guard let first = kept.first, let last = kept.last else { return title }
        return trailEnd(String(title[first.lowerBound..<last.upperBound]).trimmingCharacters(in: .whitespaces))
    }

    /// What is left of a title once the site name is off: its last segment when it still reads
    /// as a trail (`»`/`›` between segments, "Blog Archive » The story"), else all of it.
    static func trailEnd(_ title: String) -> String {
        guard title.contains(where: { $0 == "»" || $0 == "›" }), let last = segments(title).last else { return title }
        return String(title[last])
    }

    /// The segments of a title between separators, trimmed, in order.
    static func segments(_ title: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = title.startIndex
        var index = title.startIndex
        while index < title.endIndex {
            let character = title[index]
            let next = title.index(after: index)
            let spaced =
                spacedSeparators.contains(character) && index > title.startIndex
                && title[title.index(before: index)] == " " && next < title.endIndex && title[next] == " "
            if tightSeparators.contains(character) || spaced {
                if let range = trimmed(title, start..<index) { result.append(range) }
                start = next
            }
            index = next
        }
        if let range = trimmed(title, start..<title.endIndex) { result.append(range) }
        return result
    }

    private static func trimmed(_ title: String, _ range: Range<String.Index>) -> Range<String.Index>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, title[lower].isWhitespace { lower = title.index(after: lower) }
        while upper > lower, title[title.index(before: upper)].isWhitespace { upper = title.index(before: upper) }
        return lower < upper ? lower..<upper : nil
    }

    /// The title up to where its folded form has `count` characters, when a separator (and
    /// only separators and spaces) ends it there.
    private static func cut(_ title: String, keepingPrefixOf count: Int) -> String? {
        let folded = CueText.fold(title)
        var head = folded.prefix(count)
        var sawSeparator = false
        while let last = head.last, last == " " || tightSeparators.contains(last) || spacedSeparators.contains(last) {
            if last != " " { sawSeparator = true }
            head.removeLast()
        }
        guard sawSeparator, !head.isEmpty else { return nil }
        return original(title, foldedPrefix: head.count)
    }

    private static func cut(_ title: String, keepingSuffixAfter count: Int) -> String? {
        let folded = CueText.fold(title)
        var tail = folded.dropFirst(count)
        var sawSeparator = false
        while let first = tail.first,
            first == " " || tightSeparators.contains(first) || spacedSeparators.contains(first)
        {
            if first != " " { sawSeparator = true }
            tail.removeFirst()
        }
        guard sawSeparator, !tail.isEmpty else { return nil }
        return original(title, foldedSuffix: tail.count)
    }

    /// The original characters of a title that fold to its first (last) `count` folded
    /// characters. Folding lowercases and collapses white space; titles here are collapsed
    /// already, so characters correspond one to one when lowercasing keeps the count.
    private static func original(_ title: String, foldedPrefix count: Int) -> String? {
        guard CueText.fold(title).count == title.count else { return nil }
        return String(title.prefix(count)).trimmingCharacters(in: .whitespaces)
    }

    private static func original(_ title: String, foldedSuffix count: Int) -> String? {
        guard CueText.fold(title).count == title.count else { return nil }
        return String(title.suffix(count)).trimmingCharacters(in: .whitespaces)
    }
}
