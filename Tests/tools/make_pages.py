#!/usr/bin/env python3
"""Generates HTML article pages, deterministic by seed, for provenance checks at scale and for
large-input benchmarks.

Each page has what real pages have around and inside the article: a head with meta tags and
JSON-LD, a navigation mega-menu, cookie banner, share buttons, ads and a footer that name
diseases and treatments (chrome that must not become evidence); inside the article, headings,
paragraphs with inline markup (links, bold, spans), named and numeric character references,
bare '&' and unknown entities, lists, a data table, comments, inline scripts, nested divs, and
CRLF line ends in some pages. The article text is the scraped-article generator's
(make_articles.py), so every concept comes from Lexicons/.

    python3 Tests/tools/make_pages.py OUT --count 50 --min-bytes 1000000 --max-bytes 20000000 [--seed 1]
    python3 Tests/tools/make_pages.py page.html --bytes 20000000 [--seed 1]        # one page

Options --no-bare-amp and --no-unknown-entity leave those two out (they break provenance on
main at the time of writing: see /work/wt/notes/findings.md).
"""
import html, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_articles import CAUSES, TREATMENTS, Writer, cap, command_line  # noqa: E402

CHROME_TOP = """<header class="site-header"><a class="logo" href="/">Example Health</a>
<nav class="mega-menu" aria-label="Health topics"><ul>
<li><a href="/conditions/osteoarthritis">Osteoarthritis</a></li><li><a href="/conditions/gout">Gout</a></li>
<li><a href="/treatments/surgery">Surgery</a></li><li><a href="/treatments/physical-therapy">Physical therapy</a></li>
</ul></nav></header>
<div id="cookie-banner" class="cookie-notice">We use cookies. Steroids treat arthritis, says our sponsor. <button>Accept</button></div>
"""
CHROME_SHARE = '<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>\n'
CHROME_AD = '<aside class="ad-slot"><p>Sponsored: Chemotherapy causes hair loss? Ask a doctor today about ArthroFlex.</p></aside>\n'
CHROME_BOTTOM = """<section class="related-links"><h3>Related</h3><ul><li><a href="/a">Gout: causes</a></li><li><a href="/b">Lupus</a></li></ul></section>
<footer class="site-footer"><p>&copy; 2024 Example Health Media. All rights reserved. <a href="/privacy">Privacy Policy</a></p></footer>
"""


class PageWriter:
    def __init__(self, rng, bare_amp=True, unknown_entity=True):
        self.rng = rng
        self.text = Writer(rng)
        self.bare_amp = bare_amp
        self.unknown_entity = unknown_entity

    def inline(self, sentence):
        """A sentence as HTML: escaped, with references and inline markup sprinkled in."""
        r = self.rng
        out = html.escape(sentence, quote=False)
        out = out.replace("\u2019", r.choice(["&rsquo;", "&#8217;", "&#x2019;", "\u2019"]))
        out = out.replace("\u00e9", r.choice(["&eacute;", "&#233;", "\u00e9"]))
        words = out.split(" ")
        if len(words) > 4 and r.random() < 0.3:
            k = r.randint(0, len(words) - 2)
            tag = r.choice(["a href=\"/x\"", "b", "em", "strong", "span class=\"term\""])
            words[k] = "<%s>%s</%s>" % (tag, words[k], tag.split()[0])
        if len(words) > 3 and r.random() < 0.15:
            words.insert(r.randint(1, len(words) - 1), r.choice(["&mdash;", "&nbsp;", "&#8212;", "&amp;"]))
        if self.bare_amp and len(words) > 1 and r.random() < 0.05:
            words.insert(r.randint(1, len(words) - 1), r.choice(["AT&T", "R&D", "&"]))
        if self.unknown_entity and len(words) > 1 and r.random() < 0.03:
            words.insert(r.randint(1, len(words) - 1), r.choice(["&bogus;", "&nosuchentity;", "&ampx"]))
        if len(words) > 1 and r.random() < 0.05:
            words.insert(r.randint(1, len(words) - 1), "<!-- note -->")
        return " ".join(words)

    def paragraph(self, kind):
        r = self.rng
        sentences = [self.text.sentence(kind if r.random() < 0.6 else "filler") for _ in range(r.randint(1, 6))]
        body = " ".join(self.inline(s) for s in sentences)
        if r.random() < 0.3:
            # Wrapped source lines, as editors write them.
            words, lines, line = body.split(" "), [], ""
            for w in words:
                if len(line) + len(w) > 90:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w) if line else w
            lines.append(line)
            body = "\n  ".join(lines)
        return "<p>%s</p>\n" % body

    def section(self):
        r = self.rng
        kind = r.choice(["cause", "cause", "treatment", "treatment", "symptom", "diagnosis", "filler"])
        out = ["<h2>%s</h2>\n" % html.escape(self.text.heading(kind), quote=False)]
        depth = r.choice([0, 0, 0, 1, 3, 12])
        out.append("<div class=\"block\">" * depth)
        for _ in range(r.randint(1, 4)):
            out.append(self.paragraph(kind))
            if r.random() < 0.05:
                out.append(CHROME_AD)
            if r.random() < 0.03:
                out.append("<script>var x = '<p>not text</p>'; if (a < b && c) {}</script>\n")
        out.append("</div>" * depth)
        if kind in ("cause", "treatment") and r.random() < 0.5:
            concepts = CAUSES if kind == "cause" else TREATMENTS
            out.append("<p>%s include:</p>\n<ul>\n" % ("Common causes" if kind == "cause" else "Treatments"))
            for _ in range(r.randint(2, 7)):
                out.append("  <li>%s</li>\n" % self.inline(cap(self.text.term(concepts))))
            out.append("</ul>\n")
        if r.random() < 0.05:
            out.append("<table><tr><th>Cause</th><th>Share of cases</th></tr><tr><td>%s</td><td>40%%</td></tr></table>\n" % html.escape(cap(self.text.term(CAUSES))))
        return out

    def page(self, target_bytes):
        r = self.rng
        title = cap(self.text.topic()) + ": Causes and Treatment"
        head = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title>\n'
                '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2021-03-04">\n'
                '<script type="application/ld+json">{"@type": "Article", "headline": "%s"}</script>\n'
                '<style>.a > .b { color: red; }</style></head>\n<body>\n') % (html.escape(title), html.escape(title))
        parts = [head, CHROME_TOP, "<main><article class=\"article-body\">\n<h1>%s</h1>\n" % html.escape(title), CHROME_SHARE]
        size = sum(len(p.encode()) for p in parts)
        while size < target_bytes:
            more = self.section()
            size += sum(len(p.encode()) for p in more)
            parts += more
        parts += ["</article></main>\n", CHROME_BOTTOM, "</body></html>\n"]
        text = "".join(parts)
        if r.random() < 0.2:
            text = text.replace("\n", "\r\n")
        return text



def flags(args):
    return dict(bare_amp="--no-bare-amp" not in args, unknown_entity="--no-unknown-entity" not in args)


def numbered(seed, k, count, option, args):
    # Sizes spread evenly on a log scale between the bounds: the first page is the smallest, the
    # last the largest.
    low, high = option("--min-bytes", 1_000_000), option("--max-bytes", 20_000_000)
    return PageWriter(random.Random(seed * 1_000_003 + k), **flags(args)).page(int(low * (high / low) ** (k / max(1, count - 1))))


def main():
    command_line(__doc__, lambda seed, size, args: PageWriter(random.Random(seed), **flags(args)).page(size), numbered, "page-%03d.html")


if __name__ == "__main__":
    main()
