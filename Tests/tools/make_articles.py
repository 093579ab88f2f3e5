#!/usr/bin/env python3
"""Generates scraped-text health articles, deterministic by seed, for provenance checks at scale
and for large-input benchmarks.

Articles look like what a scraper gives: a title (often twice, with an image credit), metadata
lines, share buttons and ads, question and label headings, paragraphs whose sentences name the
lexicon's concepts, bullet and numbered lists, lists under an "…include:" line, lines broken
mid-sentence (a word or a period on its own line), CRLF files, non-breaking spaces, curly quotes
and non-ASCII letters, duplicated lines, and "Related Searches" tails. Every concept name comes
from Lexicons/, so the generator knows no topic of its own.

    python3 Tests/tools/make_articles.py OUT --count 10000 [--seed 1]     # OUT/article-00000.txt …
    python3 Tests/tools/make_articles.py big.txt --bytes 20000000 [--seed 1]   # one long article

Article sizes vary from a few hundred bytes to about 40 KB.
"""
import os, random, re, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LEXICONS = os.path.join(ROOT, "Lexicons")


def lexicon(name):
    """The terms of every concept of a .lex file, one list per concept."""
    concepts, current = [], None
    with open(os.path.join(LEXICONS, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if line.startswith("concept "):
                current = []
                concepts.append(current)
            elif current is not None and re.match(r"\s+terms?\s*:", line):
                current += [t.strip() for t in line.split(":", 1)[1].split("|") if t.strip()]
    return [c for c in concepts if c]


TOPIC = lexicon("topic.lex")
CAUSES = lexicon("causes.lex")
TREATMENTS = lexicon("treatments.lex")
SYMPTOMS = lexicon("symptoms.lex")
DIAGNOSTICS = lexicon("diagnostics.lex")

FILLER = [
    "The condition is seen more often in adults than in children",
    "Many people recover within a few months",
    "Imaging helps doctors see what is happening inside the bone",
    "Pain is often worse at night or after standing for a long time",
    "Your doctor will ask about recent injuries and your medical history",
    "It is important to rest the affected joint",
    "Recovery depends on the underlying problem and on how early it is found",
    "Some people have no symptoms at all",
    "The caf\u00e9 au lait spots are not related",
    "Follow-up scans are usually done after six to twelve weeks",
    "Researchers don\u2019t fully understand why this happens",
    "Weight-bearing exercise may need to be limited for a while",
]
AUTHORS = ["Jane Doe, MD", "Dr. Ana M\u00fcller", "John Smith", "Priya Patel, PT", "Chlo\u00e9 Martin"]
BOILERPLATE = ["Share", "Tweet", "Advertisement", "Pin", "Email", "Print", "Sponsored", "Sign up for our newsletter", "Click here to subscribe"]
TAILS = ["Related Searches", "You May Also Like", "Promoted By Zergnet", "Check It Out", "Submit Your Work!", "This Is the Beauty Routine of a Sales Manager"]


class Writer:
    def __init__(self, rng):
        self.rng = rng

    def term(self, concepts):
        return self.rng.choice(self.rng.choice(concepts))

    def topic(self):
        return self.term(TOPIC)

    def sentence(self, kind):
        r, t = self.rng, self.topic()
        if kind == "cause":
            c = self.term(CAUSES)
            return r.choice([
                "%s is caused by %s." % (cap(t), c),
                "%s can lead to %s." % (cap(c), t),
                "It can also result from %s." % c,
                "%s is a common cause of %s." % (cap(c), t),
                "%s does not cause %s in children." % (cap(c), t),
                "It is not caused by %s, but %s may trigger it." % (c, self.term(CAUSES)),
                "Some studies suggest that %s might be linked to %s." % (c, t),
                "In almost 80% of cases the patient also had " + c + ".",
                "Doctor number %d says %s does not cause it." % (r.randint(1, 99), c),
            ])
        if kind == "treatment":
            c = self.term(TREATMENTS)
            return r.choice([
                "%s is treated with %s." % (cap(t), c),
                "%s may help relieve the pain." % cap(c),
                "Doctors may recommend %s for %s." % (c, t),
                "%s is not recommended for everyone." % cap(c),
                "Treatment options include %s and %s." % (c, self.term(TREATMENTS)),
                "If %s does not work, surgery (core decompression) may be considered." % c,
            ])
        if kind == "symptom":
            return "%s of %s include %s." % (r.choice(["Symptoms", "Signs"]), t, self.term(SYMPTOMS))
        if kind == "diagnosis":
            return "%s is diagnosed with %s." % (cap(t), self.term(DIAGNOSTICS))
        return r.choice(FILLER) + r.choice([".", ".", ".", "!", "?"])

    def paragraph(self, kind):
        n = self.rng.randint(1, 7)
        return " ".join(self.sentence(kind if self.rng.random() < 0.6 else "filler") for _ in range(n))

    def heading(self, kind):
        t = self.topic()
        r = self.rng
        return {
            "cause": r.choice(["What causes %s?" % t, "Causes", "Causes of %s" % cap(t), "Risk Factors", "Why does it happen?"]),
            "treatment": r.choice(["How is %s treated?" % t, "Treatment", "Treatment Options", "Management"]),
            "symptom": r.choice(["Symptoms", "What are the symptoms of %s?" % t]),
            "diagnosis": r.choice(["Diagnosis", "How is it diagnosed?"]),
            "filler": r.choice(["Outlook", "Living with %s" % t, "Overview", "Prevention"]),
        }[kind]

    def section(self):
        r = self.rng
        kind = r.choice(["cause", "cause", "treatment", "treatment", "symptom", "diagnosis", "filler"])
        lines = [self.heading(kind), ""]
        for _ in range(r.randint(1, 4)):
            lines += [self.paragraph(kind), ""]
            if r.random() < 0.1:
                lines += [r.choice(BOILERPLATE), ""]
        if kind in ("cause", "treatment") and r.random() < 0.6:
            concepts = CAUSES if kind == "cause" else TREATMENTS
            style = r.choice(["bullet", "number", "implicit"])
            lines += ["%s include:" % ("Common causes" if kind == "cause" else "Treatments"), ""]
            for k in range(r.randint(2, 8)):
                item = cap(self.term(concepts))
                if style == "bullet":
                    lines.append(r.choice(["\u2022 ", "- ", "* ", "\u25aa "]) + item)
                elif style == "number":
                    lines.append("%d. %s" % (k + 1, item))
                else:
                    lines += [item, ""]
            lines.append("")
        return lines

    def article(self, target_bytes=None):
        r = self.rng
        title = r.choice(["What are the Causes of %s?", "%s: Causes and Treatment", "Everything About %s", "%s Explained"]) % cap(self.topic())
        lines = [title, ""]
        if r.random() < 0.5:
            lines += [title, title + " (Image: Example/commons.example.org)", ""]
        if r.random() < 0.6:
            lines += ["Written by " + r.choice(AUTHORS), "Published: 20%02d-%02d-%02d" % (r.randint(10, 25), r.randint(1, 12), r.randint(1, 28)), ""]
        if r.random() < 0.4:
            lines += [r.choice(BOILERPLATE), r.choice(BOILERPLATE), ""]
        lines += [self.paragraph("filler"), ""]
        if target_bytes is None:
            for _ in range(r.choice([1, 1, 2, 3, 4, 6, 10, 20])):
                lines += self.section()
        else:
            size = sum(len(l.encode()) + 1 for l in lines)
            while size < target_bytes:
                more = self.section()
                size += sum(len(l.encode()) + 1 for l in more)
                lines += more
        if r.random() < 0.4:
            lines += TAILS[: r.randint(1, len(TAILS))]
        return self.scrape("\n".join(lines) + "\n")

    def scrape(self, text):
        """Scraping artefacts: broken lines, a lone period, NBSP, trailing blanks, CRLF."""
        r = self.rng
        out = []
        for line in text.split("\n"):
            if len(line) > 60 and r.random() < 0.15:
                words = line.split(" ")
                cut = r.randint(1, len(words) - 1)
                out.append(" ".join(words[:cut]))
                rest = " ".join(words[cut:])
                if rest.endswith(".") and r.random() < 0.3:
                    out += [rest[:-1], "."]
                else:
                    out.append(rest)
                continue
            if r.random() < 0.02:
                line = line.replace(" ", "\u00a0", 1)
            if r.random() < 0.05:
                line += "  "
            out.append(line)
        text = "\n".join(out)
        if r.random() < 0.1:
            text = text.replace("\n", "\r\n")
        return text


def cap(s):
    return s[:1].upper() + s[1:]


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return len(text.encode())


def command_line(doc, single, numbered, pattern):
    """The generators' command line: `OUT --bytes N [--seed S]` writes one document of about N
    bytes, `single(seed, N, args)`; `OUT --count N [--seed S]` writes N documents into folder OUT,
    the k-th `numbered(seed, k, N, option, args)` named `pattern % k`."""
    args = sys.argv[1:]
    if not args:
        sys.exit(doc)

    def option(name, default):
        return int(args[args.index(name) + 1]) if name in args else default

    out, seed = args[0], option("--seed", 1)
    if "--bytes" in args:
        print("%s: %d bytes" % (out, write(out, single(seed, option("--bytes", 0), args))))
        return
    count = option("--count", 100)
    os.makedirs(out, exist_ok=True)
    total = sum(write(os.path.join(out, pattern % k), numbered(seed, k, count, option, args)) for k in range(count))
    print("%s: %d documents, %d bytes" % (out, count, total))


def main():
    command_line(__doc__,
                 lambda seed, size, args: Writer(random.Random(seed)).article(target_bytes=size),
                 lambda seed, k, count, option, args: Writer(random.Random(seed * 1_000_003 + k)).article(),
                 "article-%05d.txt")


if __name__ == "__main__":
    main()
