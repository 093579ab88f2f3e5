#!/usr/bin/env python3
"""Writes the seed corpus and the libFuzzer dictionary of every fuzz target.

Seeds come from the repository only: the Corpus/ articles, the lexicons, the HTML fixtures that
Tests/tools/make_html_fixtures.py generated, and the records `marrow extract` makes of those.
Never from ../shared (those texts may not enter the repository or its artefacts).

    python3 Fuzz/make_seeds.py OUT [--marrow PATH/TO/marrow]

writes OUT/<target>/seed-NNN and OUT/<target>.dict for text, html, match, lexicon and records.
Without a marrow binary (default .build/debug/marrow, then .build/release/marrow) the records
target gets only hand-made lines. Deterministic: the same repository gives the same files.
"""
import json, os, random, re, subprocess, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
LEXICONS = os.path.join(ROOT, "Lexicons")
CORPUS = os.path.join(ROOT, "Corpus")
HTML_FIXTURES = os.path.join(ROOT, "Tests", "MarrowKitTests", "Fixtures", "html")
# The lexicon target picks its file by the first input byte modulo this sorted list's length,
# exactly as Fuzz/Sources/FuzzTargets/LexiconTarget.swift lists the folder.
LEXICON_FILES = sorted(n for n in os.listdir(LEXICONS) if n.endswith((".lex", ".cues")) or n == "spelling.txt")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def corpus_texts():
    names = sorted(n for n in os.listdir(CORPUS) if n.endswith(".txt"))
    return [(n, read(os.path.join(CORPUS, n))) for n in names]


def lexicon_terms():
    """Concept terms and cue phrases, as written."""
    terms, cues = [], []
    for name in LEXICON_FILES:
        text = read(os.path.join(LEXICONS, name)).decode("utf-8")
        for line in text.split("\n"):
            line = line.split("#", 1)[0].strip()
            if name.endswith(".lex") and re.match(r"terms?\s*:", line):
                terms += [t.strip() for t in line.split(":", 1)[1].split("|") if t.strip()]
            elif name.endswith(".cues") and line and not line.startswith("["):
                cues.append(line)
    return terms, cues


def paragraphs(raw):
    return [p for p in re.split(rb"\n\s*\n", raw) if p.strip()]


def chunks(raw, size, step):
    """Pieces of about `size` bytes cut at paragraph ends, every `step` paragraphs."""
    paras = paragraphs(raw)
    out = []
    for start in range(0, len(paras), step):
        piece = b""
        for p in paras[start:]:
            if len(piece) + len(p) > size and piece:
                break
            piece += p + b"\n\n"
        out.append(piece)
    return out


def text_seeds(terms, rng):
    seeds = []
    for _, raw in corpus_texts():
        seeds.append(raw)
        seeds += chunks(raw, 1500, 2)
    # Articles whose clean text ends at and around every multiple of 256 bytes, last sentence
    # with a mention (the shape of the 256-byte crash).
    for target in (256, 512, 768, 1024):
        for delta in (-1, 0, 1):
            term = rng.choice(terms)
            head = "What causes bone marrow edema?\n\nBone marrow edema is caused by %s. " % term
            tail = "It can also result from %s.\n" % rng.choice(terms)
            pad = max(0, target + delta - len(head.encode()) - len(tail.encode()))
            filler = ("Doctors see this often " * 40)[:pad]
            seeds.append(("Article\n\n" + head + filler + tail).encode())
    # Scrape shapes: bullets, lines broken mid-sentence, metadata, boilerplate, CRLF, BOM.
    seeds.append(b"\xef\xbb\xbfCauses\r\n\r\nBone marrow edema\r\nis caused by\r\ngout\r\n.\r\n")
    seeds.append("Treatment\n\nTreatments include:\n\n\u2022 core decompression\n\u2022 iloprost\n- rest\n1. bisphosphonates\n".encode())
    seeds.append(b"Written by: Jane Doe\nPublished: 2020-01-02\n\nShare\nTweet\n\nBone marrow edema is treated with rest and physical therapy.\n\nRelated Searches\n")
    return seeds


def html_seeds(terms, rng):
    seeds = []
    for name in sorted(os.listdir(HTML_FIXTURES)):
        if name.endswith(".html"):
            seeds.append(read(os.path.join(HTML_FIXTURES, name)))
    entities = ["&amp;", "&eacute;", "&rsquo;", "&#8212;", "&#x2019;", "&nbsp;", "&", "&T", "&bogus;", "&amp", "&#0;", "&#xD800;"]
    for _, raw in corpus_texts():
        for piece in chunks(raw, 2000, 3):
            body = b"".join(b"<p>" + p.replace(b"\n", b"\r\n") + b"</p>\n" for p in paragraphs(piece))
            seeds.append(b"<!DOCTYPE html><html><head><title>T</title></head><body><article>" + body + b"</article></body></html>")
    for k in range(24):
        term = rng.choice(terms)
        ent = entities[k % len(entities)]
        depth = [1, 3, 20, 300][k % 4]
        inner = "<p>Bone marrow edema is caused by %s %s more. It is treated with %s.</p>" % (term, ent, rng.choice(terms))
        page = "<html><body><main><h1>Causes</h1>" + "<div>" * depth + inner + "</div>" * depth + "</main></body></html>"
        seeds.append(page.encode())
    seeds.append(b'<!DOCTYPE html [<!ENTITY x "Bone marrow edema is caused by gout.">]><html><body><p>&x; Osteoarthritis causes it.</p></body></html>')
    seeds.append(b"<html><head><meta charset=windows-1252></head><body><p>Caf\xe9 gout causes bone marrow edema \x93here\x94.</p></body></html>")
    seeds.append(b"<p>Bone marrow edema is caused by gout<script>var a='<p>x</p>';</script> and trauma.<!-- c --></p><![CDATA[x]]><p>AT&T</p>")
    return seeds


def match_seeds(terms, cues, rng):
    seeds = []
    for _, raw in corpus_texts():
        paras = [p.replace(b"\n", b" ") for p in paragraphs(raw)]
        for start in range(0, len(paras), 3):
            seeds.append(b"\n\n".join(paras[start:start + 3]))
    for k in range(30):
        seeds.append(("# What causes it?\n\n%s %s %s. - %s (%s)\n\nNot %s, but %s." % (
            rng.choice(cues), rng.choice(terms), rng.choice(cues), rng.choice(terms),
            "".join(w[0] for w in rng.choice(terms).split()).upper(), rng.choice(terms), rng.choice(terms))).encode())
    return seeds


def lexicon_seeds():
    seeds = []
    for index, name in enumerate(LEXICON_FILES):
        content = read(os.path.join(LEXICONS, name))
        seeds.append(bytes([index]) + content)
        # Smaller pieces mutate faster: the first blocks of each file.
        lines = content.split(b"\n")
        for size in (20, 60):
            seeds.append(bytes([index]) + b"\n".join(lines[:size]))
    return seeds


def record_seeds(marrow):
    lines = []
    if marrow:
        inputs = [os.path.join(CORPUS, n) for n in sorted(os.listdir(CORPUS)) if n.endswith(".txt")]
        inputs += [os.path.join(HTML_FIXTURES, n) for n in sorted(os.listdir(HTML_FIXTURES)) if n.endswith(".html")]
        env = dict(os.environ, MARROW_LEXICONS=LEXICONS)
        out = subprocess.run([marrow, "extract", "--jobs", "1"] + inputs, capture_output=True, env=env, cwd=ROOT).stdout
        lines = [l for l in out.split(b"\n") if l.strip()]
    seeds = []
    for k in range(0, len(lines), 7):
        seeds.append(lines[k])
        seeds.append(b"\n".join(lines[k:k + 3]) + b"\n")
    seeds.append(b'{"schema": 1, "type": "evidence"}\n\n{"type": "other"}\n{"schema": 99}\n')
    return seeds[:400]


def dictionary(words):
    out, seen = [], set()
    for w in words:
        b = w.encode("utf-8") if isinstance(w, str) else w
        if not b or b in seen or len(b) > 64:
            continue
        seen.add(b)
        out.append('"' + "".join(chr(c) if 0x20 <= c < 0x7F and c not in (0x22, 0x5C) else "\\x%02X" % c for c in b) + '"')
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    marrow = None
    if "--marrow" in sys.argv:
        marrow = sys.argv[sys.argv.index("--marrow") + 1]
    else:
        for candidate in (".build/debug/marrow", ".build/release/marrow"):
            if os.access(os.path.join(ROOT, candidate), os.X_OK):
                marrow = os.path.join(ROOT, candidate)
                break
    rng = random.Random(8)
    terms, cues = lexicon_terms()
    structure = ["\n\n", "\n", ". ", "? ", ":", "\u2022 ", "- ", "1. ", "(", ")", "'s", "\u2019", "\u00a0", "\r\n"]
    html_words = ["<p>", "</p>", "<div>", "</div>", "<br>", "<li>", "<ul>", "<h2>", "</h2>", "<a href=x>", "</a>", "<b>", "</b>",
                  "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<!ENTITY", "<table><tr><td>",
                  "<nav>", "<article>", "<main>", "class=\"share\"", "class=\"content\"", "<pre>", "<meta charset=utf-8>",
                  "&amp;", "&nbsp;", "&eacute;", "&#8212;", "&#x", "&", "&;", "&bogus;", "\r\n", "<", ">"]
    targets = {
        "text": (text_seeds(terms, rng), terms + cues + structure),
        "html": (html_seeds(terms, rng), html_words + terms[:300] + structure),
        "match": (match_seeds(terms, cues, rng), terms + cues + structure),
        "lexicon": (lexicon_seeds(), ["concept ", "  name: ", "  terms: ", "  roles: ", "  category: ", " | ", "\n  ", "#", "[", "]", "cause", "treatment", "topic"]
                    + ["[%s]" % s for s in ("line", "prefix", "cause", "treatment", "negation.pre", "abbreviation", "html.chrome")] + terms[:100]),
        "records": (record_seeds(marrow), ['"byteStart":', '"byteEnd":', '"start":', '"end":', '"raw":', '"passage":', '"mention":', '"text":',
                                          '"schema":', '"type":', '"evidence"', '"source":', '"mediaType":', '"text/plain"', '"text/html"',
                                          "null", "true", "-1", "0", "1e99", "9223372036854775807", "-9223372036854775808", '"\\u0000"', "{", "}", "[", "]", ","]),
    }
    for name, (seeds, words) in targets.items():
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):
            if old.startswith("seed-"):
                os.remove(os.path.join(folder, old))
        for index, seed in enumerate(seeds):
            with open(os.path.join(folder, "seed-%03d" % index), "wb") as f:
                f.write(seed)
        with open(os.path.join(out, name + ".dict"), "w") as f:
            f.write(dictionary(words))
        print("%s: %d seeds, %d dictionary words" % (name, len(seeds), len(set(words))))


if __name__ == "__main__":
    main()
