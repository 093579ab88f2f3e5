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
    static func choose(_ metaTitle: String?, headings: [(text: String, outsideContent: Bool)], siteNames: [String])
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
                // An h1 that reads as the meta title with a kicker before it or a subtitle
                // after it ("Olympia Drinks by boat to the city" over "Drinks by boat to the
                // city") holds the title and more: the title is the part the meta title names.
                let title = HTMLTitle.strip(metaTitle, siteNames: sites)
                let folded = CueText.fold(title)
                if folded.count >= 10, folded.count < h1.count, folded.split(separator: " ").count >= 2,
                    h1.hasPrefix(folded) || h1.hasSuffix(folded)
                {
                    return title
                }
                return headings[0].text
            }
            sites.append(h1)
            return HTMLTitle.strip(metaTitle, siteNames: sites)
        }
        let stripped = HTMLTitle.strip(metaTitle, siteNames: sites)
        let folded = CueText.fold(metaTitle)
        let contained = headings.map(\.text).filter { $0.utf8.count >= 10 && folded.contains(CueText.fold($0)) }
        return contained.max { $0.utf8.count < $1.utf8.count } ?? stripped
    }

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
