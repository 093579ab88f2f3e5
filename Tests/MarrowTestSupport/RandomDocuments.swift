import Foundation

@testable import MarrowKit

/// A stream of choices drawn by a property test: builders take what they need from it, so a
/// shrunk choice list gives a smaller document of the same shape.
public struct Choices {
    private let values: [Int]
    private var position = 0

    public init(_ values: [Int]) { self.values = values.isEmpty ? [0] : values }

    /// A number in `0..<count`.
    public mutating func next(_ count: Int) -> Int {
        let value = values[position % values.count] &+ position / values.count
        position += 1
        return abs(value % max(1, count))
    }

    /// True about `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { next(100) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

/// Lexicon terms by role, from the shipped lexicons, so the documents name real concepts.
public enum LexiconTerms {
    public static func terms(_ role: Role) -> [String] {
        Repository.lexicon.conceptTable.filter { $0.primaryRole == role }.flatMap(\.terms).filter { !$0.isEmpty }
    }

    public static let topic = terms(.topic)
    public static let causes = terms(.cause)
    public static let treatments = terms(.treatment)
}

/// Scraped-text articles: headings, metadata and boilerplate lines, paragraphs naming lexicon
/// concepts, bullet, numbered and implicit lists, and scraping artefacts (lines broken
/// mid-sentence, a period on its own line, CRLF, a BOM, non-breaking spaces, trailing blanks,
/// curly quotes, scalars of every UTF-8 width).
public enum RandomArticle {
    public static let fillers = [
        "Imaging helps doctors see what is happening inside the bone", "Many people recover within a few months",
        "Researchers don\u{2019}t fully understand why this happens", "The caf\u{E9} au lait spots are not related",
        "Pain \u{2014} often worse at night \u{2014} is the main complaint",
        "Patients \u{1F9B4} rate the pain from 1 to 10",
        "Your doctor will ask about recent injuries (and sports)", "Recovery takes six to twelve weeks",
    ]

    /// A sentence naming a concept of `section` ("cause" or "treatment"), or a filler.
    public static func sentence(_ c: inout Choices, cause: Bool) -> String {
        let topic = c.pick(LexiconTerms.topic)
        if c.chance(35) { return c.pick(fillers) + c.pick([".", ".", "!", "?"]) }
        if cause {
            let term = c.pick(LexiconTerms.causes)
            return c.pick([
                "\(capitalized(topic)) is caused by \(term).", "It can also result from \(term).",
                "\(capitalized(term)) does not cause \(topic) in children.",
                "Some studies suggest \(term) might be linked to \(topic).",
                "In almost 80% of cases the patient also had \(term).",
            ])
        }
        let term = c.pick(LexiconTerms.treatments)
        return c.pick([
            "\(capitalized(topic)) is treated with \(term).", "\(capitalized(term)) may help.",
            "Doctors may recommend \(term) for \(topic).",
            "If \(term) does not work, surgery (core decompression) may be considered.",
        ])
    }

    /// Lines of one section.
    public static func section(_ c: inout Choices) -> [String] {
        let cause = c.chance(50)
        let topic = c.pick(LexiconTerms.topic)
        var lines = [
            cause
                ? c.pick(["What causes \(topic)?", "Causes", "Risk Factors"])
                : c.pick(["How is \(topic) treated?", "Treatment", "Management"]), "",
        ]
        for _ in 0...c.next(3) {
            var paragraph = (0...c.next(5)).map { _ in sentence(&c, cause: cause) }.joined(separator: " ")
            if c.chance(20), let space = paragraph.firstIndex(of: " ") {
                // A scrape's line break mid-sentence; sometimes the period on its own line.
                paragraph.replaceSubrange(space...space, with: "\n")
                if c.chance(30), paragraph.hasSuffix(".") { paragraph = String(paragraph.dropLast()) + "\n." }
            }
            if c.chance(5), let space = paragraph.lastIndex(of: " ") {
                paragraph.replaceSubrange(space...space, with: "\u{A0}")
            }
            if c.chance(10) { paragraph += "  \t" }
            lines += [paragraph, ""]
            if c.chance(10) {
                lines += [c.pick(["Share", "Tweet", "Advertisement", "Sign up for our newsletter"]), ""]
            }
        }
        if c.chance(50) {
            let terms = cause ? LexiconTerms.causes : LexiconTerms.treatments
            let style = c.next(3)
            lines += [cause ? "Common causes include:" : "Treatments include:", ""]
            for index in 0...c.next(6) {
                let item = capitalized(c.pick(terms))
                switch style {
                case 0: lines.append(c.pick(["\u{2022} ", "- ", "* "]) + item)
                case 1: lines.append("\(index + 1). \(item)")
                default: lines += [item, ""]
                }
            }
            lines.append("")
        }
        return lines
    }

    /// An article of `sections` sections, then `last` as its final paragraph.
    public static func make(_ c: inout Choices, sections: Int, last: String? = nil) -> String {
        var lines: [String] = []
        let title = capitalized(c.pick(LexiconTerms.topic)) + c.pick([": Causes and Treatment", " Explained", ""])
        lines += [title, ""]
        if c.chance(40) { lines += [title, title + " (Image: Example/commons.example.org)", ""] }
        if c.chance(40) { lines += ["Written by Jane Doe", "Published: 2021-03-04", ""] }
        for _ in 0..<sections { lines += section(&c) }
        if let last { lines += ["What causes \(c.pick(LexiconTerms.topic))?", "", last, ""] }
        if c.chance(30) { lines += ["Related Searches", "You May Also Like"] }
        var text = lines.joined(separator: "\n")
        if c.chance(10) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if c.chance(5) { text = "\u{FEFF}" + text }
        return text
    }

    public static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

/// HTML pages: head and chrome (navigation, cookie banner, ads, footer naming diseases), an
/// article with headings, paragraphs with inline markup, character references, comments,
/// scripts, lists, tables and nested blocks; optionally the inputs known to break provenance.
public enum RandomPage {
    /// What a page may hold beyond the ordinary.
    public enum Feature: CaseIterable {
        /// A bare `&` in text (`AT&T`).
        case bareAmpersand
        /// A reference libxml2 does not know (`&bogus;`).
        case unknownEntity
        /// A named reference without its `;` (`&amp more`).
        case referenceWithoutSemicolon
        /// Paragraphs nested 255 levels deep or more.
        case deepNesting
        /// More than 40 KB of article markup.
        case longPage
        /// CRLF line ends.
        case crlf
    }

    public static let references = [
        "&amp;", "&eacute;", "&rsquo;", "&mdash;", "&nbsp;", "&#233;", "&#x2019;", "&#8212;", "&lt;", "&quot;",
        "&copy;",
    ]

    public static func inline(_ c: inout Choices, _ sentence: String, features: Set<Feature>) -> String {
        var words = sentence.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .split(separator: " ").map(String.init)
        if words.count > 2, c.chance(30) {
            let index = c.next(words.count)
            let tag = c.pick(["b", "em", "a", "span"])
            words[index] = "<\(tag)\(tag == "a" ? " href=\"/x\"" : "")>\(words[index])</\(tag)>"
        }
        if words.count > 2, c.chance(20) { words.insert(c.pick(references), at: 1 + c.next(words.count - 1)) }
        if words.count > 2, c.chance(8) { words.insert("<!-- note -->", at: 1 + c.next(words.count - 1)) }
        if words.count > 2, c.chance(5) {
            words.insert("<script>if (a < b && c) {}</script>", at: 1 + c.next(words.count - 1))
        }
        if features.contains(.bareAmpersand), words.count > 2, c.chance(15) {
            words.insert(c.pick(["AT&T", "R&D", "&"]), at: 1 + c.next(words.count - 1))
        }
        if features.contains(.referenceWithoutSemicolon), words.count > 2, c.chance(15) {
            words.insert(c.pick(["&amp", "&eacute", "&copy"]), at: 1 + c.next(words.count - 1))
        }
        if features.contains(.unknownEntity), words.count > 2, c.chance(15) {
            words.insert(c.pick(["&bogus;", "&nosuchentity;"]), at: 1 + c.next(words.count - 1))
        }
        return words.joined(separator: c.chance(20) ? "\n  " : " ")
    }

    public static func section(_ c: inout Choices, features: Set<Feature>) -> String {
        let cause = c.chance(50)
        var html = "<h2>\(cause ? "Causes" : "Treatment")</h2>\n"
        let depth = features.contains(.deepNesting) && c.chance(30) ? 255 + c.next(100) : c.pick([0, 0, 1, 3, 20])
        html += String(repeating: "<div class=\"block\">", count: depth)
        for _ in 0...c.next(3) {
            let sentences = (0...c.next(4)).map { _ in
                inline(&c, RandomArticle.sentence(&c, cause: cause), features: features)
            }
            html += "<p>" + sentences.joined(separator: " ") + "</p>\n"
            if c.chance(10) {
                html +=
                    "<aside class=\"ad-slot\"><p>Sponsored: chemotherapy causes hair loss? Ask a doctor.</p></aside>\n"
            }
        }
        html += String(repeating: "</div>", count: depth)
        if c.chance(40) {
            html += "<p>\(cause ? "Common causes" : "Treatments") include:</p>\n<ul>\n"
            for _ in 0...c.next(5) {
                html +=
                    "  <li>\(inline(&c, RandomArticle.capitalized(c.pick(cause ? LexiconTerms.causes : LexiconTerms.treatments)), features: features))</li>\n"
            }
            html += "</ul>\n"
        }
        if c.chance(10) {
            html +=
                "<table><tr><th>Cause</th><th>Cases</th></tr><tr><td>\(c.pick(LexiconTerms.causes))</td><td>40%</td></tr></table>\n"
        }
        return html
    }

    /// A page of about `sections` sections (more when `.longPage` asks for 40 KB and up).
    public static func make(_ c: inout Choices, sections: Int, features: Set<Feature>) -> String {
        let title = RandomArticle.capitalized(c.pick(LexiconTerms.topic))
        var html =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(title)</title>"
            + "<style>.a > .b { color: red; }</style></head>\n<body>\n"
            + "<nav class=\"mega-menu\"><ul><li><a href=\"/gout\">Gout</a></li><li><a href=\"/surgery\">Surgery</a></li></ul></nav>\n"
            + "<div class=\"cookie-notice\">We use cookies. Steroids treat arthritis.</div>\n"
            + "<main><article><h1>\(title)</h1>\n"
        var count = 0
        while count < sections || (features.contains(.longPage) && html.utf8.count < 40_000) {
            html += section(&c, features: features)
            count += 1
        }
        html +=
            "</article></main>\n<footer><p>&copy; 2024 Example Health Media. All rights reserved.</p></footer>\n</body></html>\n"
        if features.contains(.crlf), c.chance(50) { html = html.replacingOccurrences(of: "\n", with: "\r\n") }
        return html
    }
}
