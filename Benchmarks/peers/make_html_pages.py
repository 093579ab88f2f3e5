#!/usr/bin/env python3
"""Generate news-like HTML pages for the HTML benchmarks (deterministic, standard library only).

usage: make_html_pages.py OUT_DIR

Writes `news/` (200 pages of about 100 KB: an article in realistic chrome: mega-menu, header,
share bars, related lists, comments, newsletter and cookie blocks, scripts and styles) and
`big-1m.html`, `big-5m.html`, `big-20m.html` (one long article each, same chrome).
"""
import os, random, sys

WORDS = ("the of and to in is was for on that with as by at from it an be this are or which has have had not but were "
         "patients doctors study treatment pain bone joint swelling injury rest therapy imaging weeks months results "
         "research hospital clinical trial symptoms cause risk factor knee hip ankle stress fracture recovery surgery "
         "edema marrow cartilage inflammation arthritis drug dose effect evidence review report city council market "
         "economy election minister school children weather season team match goal player coach").split()


def sentence(rng, n=None):
    n = n or rng.randint(8, 24)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    text = " ".join(words)
    if rng.random() < 0.3:
        k = rng.randint(1, n - 1)
        parts = text.split(" ")
        parts[k] = f'<a href="/topic/{parts[k]}">{parts[k]}</a>'
        text = " ".join(parts)
    if rng.random() < 0.15:
        text += " &amp; " + rng.choice(WORDS)
    if rng.random() < 0.1:
        text += " &mdash; caf&eacute;"
    return text + "."


def paragraph(rng):
    return "<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 6))) + "</p>\n"


def chrome_top(rng, title):
    menu = "".join(f'<li class="menu-item"><a href="/s/{i}">{rng.choice(WORDS).title()}</a><ul class="sub-menu">'
                   + "".join(f'<li><a href="/s/{i}/{j}">{rng.choice(WORDS)} {rng.choice(WORDS)}</a></li>' for j in range(12))
                   + "</ul></li>" for i in range(14))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>\n'
            '<meta property="og:title" content="' + title + '"><meta name="author" content="Jane Doe">\n'
            '<meta property="article:published_time" content="2024-03-05T10:00:00Z">\n'
            '<style>.a{color:red}.menu-item{display:inline}' + "x" * 2000 + '</style>\n'
            '<script>window.dataLayer=[];function f(a){return a<b&&c>d;}' + "var q=1;" * 300 + '</script>\n'
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + title + '","author":{"name":"Jane Doe"},"datePublished":"2024-03-05"}</script>\n'
            '</head><body class="single-post">\n<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>\n'
            f'<header class="site-header"><div class="logo"><a href="/">Example News</a></div><nav class="main-nav"><ul class="menu">{menu}</ul></nav>'
            '<form class="search"><input name="q"><button>Search</button></form></header>\n')


def chrome_bottom(rng):
    related = "".join(f'<li><a href="/r/{i}">{sentence(rng, 6)}</a></li>' for i in range(10))
    comments = "".join(f'<div class="comment"><span class="comment-author">User{i}</span><p>{sentence(rng)}</p></div>' for i in range(8))
    footer = "".join(f'<a href="/f/{i}">{rng.choice(WORDS)}</a> ' for i in range(60))
    return (f'<aside class="related"><h3>Related articles</h3><ul>{related}</ul></aside>\n'
            f'<section class="comments" id="comments"><h3>Comments (8)</h3>{comments}</section>\n'
            '<div class="newsletter">Sign up for our newsletter <input type="email"><button>Subscribe</button></div>\n'
            f'<footer class="site-footer">{footer}<p>&copy; 2024 Example News. All rights reserved.</p></footer>\n'
            '<script>(function(){var s=document.createElement("script");})();</script>\n</body></html>\n')


def article(rng, target):
    title = sentence(rng, 8)[:-1]
    out = [chrome_top(rng, title), '<main id="main"><article class="post">\n',
           f'<h1 class="entry-title">{title}</h1>\n<div class="byline">By <a href="/a/jane">Jane Doe</a> <time datetime="2024-03-05">March 5, 2024</time></div>\n',
           '<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>\n<div class="entry-content">\n']
    size = sum(len(x) for x in out)
    section = 0
    while size < target:
        chunk = [f"<h2>{sentence(rng, 5)[:-1]}</h2>\n"]
        for _ in range(rng.randint(3, 8)):
            chunk.append(paragraph(rng))
        if rng.random() < 0.4:
            chunk.append("<ul>" + "".join(f"<li>{sentence(rng, 7)}</li>" for _ in range(rng.randint(3, 7))) + "</ul>\n")
        if rng.random() < 0.2:
            chunk.append('<figure><img src="/i.jpg" alt="x"><figcaption>' + sentence(rng, 9) + "</figcaption></figure>\n")
        if rng.random() < 0.15:
            chunk.append("<table><tr><th>Group</th><th>Value</th></tr>" + "".join(f"<tr><td>{rng.choice(WORDS)}</td><td>{rng.randint(1, 99)}</td></tr>" for _ in range(5)) + "</table>\n")
        if section % 3 == 2:
            chunk.append('<div class="ad-slot"><span>Advertisement</span></div>\n')
        section += 1
        text = "".join(chunk)
        out.append(text)
        size += len(text)
    out.append("</div></article></main>\n")
    out.append(chrome_bottom(rng))
    return "".join(out)


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "news"), exist_ok=True)
    rng = random.Random(42)
    for i in range(200):
        with open(os.path.join(out, "news", f"page-{i:03d}.html"), "w", encoding="utf-8") as f:
            f.write(article(rng, rng.randint(60_000, 140_000)))
    for name, size in (("big-1m", 1 << 20), ("big-5m", 5 << 20), ("big-20m", 20 << 20)):
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(article(random.Random(name), size))


if __name__ == "__main__":
    main()
