#!/usr/bin/env python3
"""Generates scraped-text health articles for benchmarks and scale tests.

    make_articles.py N OUT_DIR [--seed S] [--lexicons DIR]
    make_articles.py --one-file BYTES OUT_FILE [--seed S] [--lexicons DIR]

The first form writes N articles, OUT_DIR/article-00000.txt …, about 7 KB each (the size of a
scraped article); article i depends only on the seed and i, so the 1k corpus is the first tenth
of the 10k one. The second form writes one long article of at least BYTES bytes (suffixes K, M
and G count in 1024s), for single-document scale runs; it has no end-of-article footer.

Everything comes from the lexicons (concept terms by role, boilerplate lines, the topic) and from
the templates below; no article text is copied from anywhere. The structure is what scrapers
give: breadcrumbs and menus one item per line, advertisement and share lines, author and date
lines, question headings, lists with bullets or as short lines under an "include:" line,
paragraphs hard-wrapped at 60–100 columns (so lines cross every 256-byte boundary), sentences
broken one link per line, curly quotes, accents, no-break spaces, CRLF line ends in some files,
and a footer of related links.
"""
import argparse
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_lexicons(folder):
    """Concept terms by role, and the boilerplate lines."""
    terms = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex"):
            continue
        role = None
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            line = line.split("#", 1)[0].rstrip()
            if line.startswith("concept "):
                role = None
                continue
            stripped = line.strip()
            if stripped.startswith("role:") or stripped.startswith("roles:"):
                role = stripped.split(":", 1)[1].split()[0]
            elif stripped.startswith("terms:") and role:
                for term in stripped.split(":", 1)[1].split("|"):
                    term = term.strip()
                    if term:
                        terms.setdefault(role, []).append(term)
    boiler = []
    section = None
    for line in open(os.path.join(folder, "boilerplate.cues"), encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
        elif line and section == "[line]":
            boiler.append(line)
    return terms, boiler


FILLER_WORDS = (
    "patients people doctors clinic study review weeks months pain joint knee hip ankle bone "
    "activity imaging scan results evidence researchers recovery care option symptoms period "
    "region site team programme visit report question answer daily life work sport load"
).split()
FILLER = [
    "Many {w} notice that the {w} changes over a few {w}.",
    "Our {w} has seen this often, and the {w} usually improves.",
    "The {w} was small, so the {w} should be read with care.",
    "Ask your {w} about the {w} that fits your {w} best.",
    "In one {w}, about {n}% of {w} reported less {w} after {n} weeks.",
    "It\u2019s worth keeping a diary of {w} and {w} during the {w}.",
    "The caf\u00e9 near the {w} hosts a support group every {w}.",
    "Results vary from one {w} to another \u2013 there is no single {w}.",
    "A {w} visit usually takes {n} minutes, including the {w}.",
]
CAUSE = [
    "{Topic} can be caused by {c}.",
    "{C} is one of the most common causes of {topic}.",
    "In many patients, {c} leads to {topic}.",
    "{Topic} may also result from {c} or {c}.",
    "Doctors think {c} can trigger {topic} in some people.",
    "{Topic} does not result from {c}, according to most reviews.",
    "It is possible that {c} contributes to {topic}, but this is not proven.",
    "{Topic} is often due to {c}.",
    "People with {c} are at higher risk of {topic}.",
]
TREAT = [
    "{Topic} is treated with {t}.",
    "Your doctor may recommend {t} for {topic}.",
    "{T} helps relieve {topic} in most cases.",
    "Treatment of {topic} includes {t} and {t}.",
    "{T} did not help with {topic} in a small trial.",
    "Some clinics offer {t}, although the evidence is inconclusive.",
    "{T} can be used to manage {topic}.",
]
SYMPTOM = [
    "The main symptom of {topic} is {s}.",
    "{Topic} may cause {s} and {s}.",
    "Some people have no {s} at all.",
]
HEADINGS = {
    "cause": ["What causes {topic}?", "Causes", "Causes and risk factors", "Why does {topic} happen?"],
    "treat": ["How is {topic} treated?", "Treatment", "Management and Treatment", "Treatment options"],
    "symptom": ["What are the symptoms of {topic}?", "Symptoms", "Signs and symptoms"],
    "other": ["Outlook / Prognosis", "Living With", "When should I see a doctor?", "Overview"],
}
INTROS = {"cause": "Common causes of {topic} include:", "treat": "Treatments for {topic} include:", "symptom": "Symptoms can include:"}
BULLETS = ["\u2022 ", "- ", "* ", "\u2013 ", "1. ", ""]
MONTHS = "January February March April May June July August September October November December".split()
NAMES = ["Alex Morgan", "Priya Natarajan", "J\u00fcrgen M\u00fcller", "Chlo\u00e9 Laurent", "Sam O\u2019Neill", "Wei Zhang"]


class Article:
    def __init__(self, rng, terms, boiler):
        self.rng = rng
        self.terms = terms
        self.boiler = boiler
        self.topic = rng.choice(terms.get("topic", ["the condition"]))

    def pick(self, role):
        options = self.terms.get(role) or self.terms.get("cause") or ["rest"]
        return self.rng.choice(options)

    def fill(self, template):
        rng = self.rng
        def sub(match):
            key = match.group(1)
            if key == "w":
                return rng.choice(FILLER_WORDS)
            if key == "n":
                return str(rng.randint(2, 90))
            role = {"c": "cause", "t": "treatment", "s": "symptom", "topic": "topic"}[key.lower()]
            value = self.topic if role == "topic" else self.pick(role)
            return value[0].upper() + value[1:] if key[0].isupper() else value
        return re.sub(r"\{(\w+)\}", sub, template)

    def sentence(self, kind):
        rng = self.rng
        if kind != "other" and rng.random() < 0.55:
            pool = {"cause": CAUSE, "treat": TREAT, "symptom": SYMPTOM}[kind]
        else:
            pool = FILLER
        return self.fill(rng.choice(pool))

    def paragraph(self, kind):
        rng = self.rng
        text = " ".join(self.sentence(kind) for _ in range(rng.randint(2, 7)))
        if rng.random() < 0.15:
            text = text.replace(" ", "\u00a0", 1)
        return text

    def wrapped(self, text):
        """Hard-wraps like a scraper that kept the page's line breaks (or not)."""
        rng = self.rng
        if rng.random() < 0.4:
            return [text]
        width = rng.randint(60, 100)
        lines, line = [], ""
        for word in text.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        lines.append(line)
        return lines

    def one_link_per_line(self, kind):
        """A sentence a scraper broke at every link."""
        first = self.fill("You can read more about")
        return [first, self.pick("treatment" if kind == "treat" else "cause"), "and", self.pick("treatment"), "on our " + self.fill("{w}") + " page."]

    def chrome(self, count):
        return [self.rng.choice(self.boiler).title() if self.rng.random() < 0.5 else self.rng.choice(self.boiler) for _ in range(count)]

    def section(self, kind):
        rng = self.rng
        out = [self.fill(rng.choice(HEADINGS[kind])), ""]
        for _ in range(rng.randint(1, 3)):
            out += self.wrapped(self.paragraph(kind)) + [""]
            if rng.random() < 0.2:
                out += ["Advertisement", ""]
            if rng.random() < 0.15:
                out += self.one_link_per_line(kind) + [""]
        if kind in INTROS and rng.random() < 0.7:
            out.append(self.fill(INTROS[kind]))
            bullet = rng.choice(BULLETS)
            role = {"cause": "cause", "treat": "treatment", "symptom": "symptom"}[kind]
            for index in range(rng.randint(3, 8)):
                mark = "%d. " % (index + 1) if bullet == "1. " else bullet
                item = self.pick(role)
                out.append(mark + item[0].upper() + item[1:] + (rng.choice(["", ".", " (common)"])))
            out.append("")
        return out

    def body(self, target):
        rng = self.rng
        lines = []
        size = 0
        while size < target:
            kind = rng.choice(["cause", "cause", "treat", "treat", "symptom", "other"])
            part = self.section(kind)
            lines += part
            size += sum(len(line.encode("utf-8")) + 1 for line in part)
        return lines

    def header(self):
        rng = self.rng
        title = self.fill(rng.choice(["{Topic}: Causes, Symptoms and Treatment", "What is {topic}?", "{Topic} explained", "Living with {topic}"]))
        out = [title]
        out += ["Home", "/", "Health Library", "/", "Diseases & Conditions", "/", self.topic.title()]
        out += self.chrome(rng.randint(1, 4))
        if rng.random() < 0.7:
            out.append("Written by " + rng.choice(NAMES))
        if rng.random() < 0.5:
            out += ["Medically reviewed by", "Dr. " + rng.choice(NAMES)]
        if rng.random() < 0.6:
            out.append("Published: %s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2005, 2024)))
        out += ["Share", "Tweet", ""]
        return out

    def footer(self):
        rng = self.rng
        out = ["", "Related Searches", ""]
        out += [self.fill("{Topic} and " + self.pick("cause")) for _ in range(rng.randint(2, 5))]
        out += ["", "\u00a9 2024 Example Health. All rights reserved.", "Privacy Policy", ""]
        return out


def render(lines, rng):
    newline = "\r\n" if rng.random() < 0.1 else "\n"
    text = newline.join(lines)
    if rng.random() < 0.3:
        text += newline
    return text.encode("utf-8")


def article_bytes(index, seed, terms, boiler):
    rng = random.Random(seed * 1_000_003 + index)
    article = Article(rng, terms, boiler)
    lines = article.header() + article.body(rng.randint(2500, 7500)) + article.footer()
    return render(lines, rng)


def one_file_bytes(size, seed, terms, boiler):
    rng = random.Random(seed * 1_000_003 - 1)
    article = Article(rng, terms, boiler)
    chunks = [render(article.header(), rng)]
    total = len(chunks[0])
    while total < size:
        chunk = ("\n".join(article.body(64 * 1024)) + "\n").encode("utf-8")
        chunks.append(chunk)
        total += len(chunk)
    return b"\n".join(chunks)


def parse_size(text):
    units = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    text = text.strip().upper().rstrip("B").rstrip("I")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", help="number of articles")
    parser.add_argument("out", help="output folder (or file, with --one-file)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one-file", metavar="BYTES", help="write one article of at least BYTES bytes to OUT")
    parser.add_argument("--lexicons", default=os.path.join(HERE, "..", "..", "Lexicons"))
    args = parser.parse_args()
    terms, boiler = parse_lexicons(args.lexicons)
    if args.one_file:
        with open(args.out, "wb") as handle:
            handle.write(one_file_bytes(parse_size(args.one_file), args.seed, terms, boiler))
        return
    if args.count is None:
        parser.error("give N, or --one-file BYTES")
    os.makedirs(args.out, exist_ok=True)
    for index in range(int(args.count)):
        with open(os.path.join(args.out, "article-%05d.txt" % index), "wb") as handle:
            handle.write(article_bytes(index, args.seed, terms, boiler))


if __name__ == "__main__":
    sys.exit(main())
