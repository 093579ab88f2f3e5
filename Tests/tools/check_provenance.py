#!/usr/bin/env python3
"""Checks the provenance of evidence records against the raw files they name, independently of
Marrow's own code (this is a second implementation of the rules in docs/record-schema.md).

    marrow extract DIR > records.jsonl
    python3 Tests/tools/check_provenance.py records.jsonl [more.jsonl …] [--root DIR] [--show N]

For every record: the source file's SHA-256 is the record's; byte and scalar ranges are ordered
and inside the file; the raw bytes at raw.byteStart..<raw.byteEnd decode to exactly mention.text
(text: UTF-8; HTML: markup dropped, character references decoded); a non-empty mention range has
a non-empty mention text; the passage's raw bytes, decoded and whitespace-folded, are its text
folded; the passage's scalar range is as long as its text; the mention lies inside the passage;
HTML records carry an XPath and a line. Prints a count per check and the first failures; exits 1
when any check failed. Paths in records are read relative to --root (default: the current folder).
"""
import hashlib, json, os, sys
from html.entities import name2codepoint

ENTITIES = dict(name2codepoint, apos=0x27)  # libxml2's HTML 4 table, which has &apos; too
WHITE = set(map(chr, [9, 10, 11, 12, 13, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] + list(range(0x2000, 0x200B))))
BREAKING = set("""address article aside blockquote br caption center dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul
option legend body html head title""".split())
RAW_TEXT = {"script", "style", "noscript", "template", "title"}
CP1252 = {0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6,
          0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
          0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
          0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178}


def fold(text):
    """Runs of white space become one space; none before .,;:!?)] or after ( [; none at the ends."""
    out, pending = [], False
    for ch in text:
        if ch in WHITE:
            pending = bool(out)
            continue
        if pending:
            if ch not in ".,;:!?)]" and out[-1] not in "([":
                out.append(" ")
            pending = False
        out.append(ch)
    return "".join(out)


def is_alnum(b):
    return 0x30 <= b <= 0x39 or 0x61 <= (b | 0x20) <= 0x7A


def reference(data, i, end):
    """The decoded character reference at data[i] == '&' and its length, or None."""
    limit = min(end, i + 40)
    j = i + 1
    if j >= limit:
        return None
    if data[j] == 0x23:  # '#'
        j += 1
        hexa = j < limit and data[j] | 0x20 == 0x78
        if hexa:
            j += 1
        start, value = j, 0
        while j < limit:
            c = data[j]
            if 0x30 <= c <= 0x39:
                value = value * (16 if hexa else 10) + c - 0x30
            elif hexa and 0x61 <= (c | 0x20) <= 0x66:
                value = value * 16 + (c | 0x20) - 0x61 + 10
            else:
                break
            if value > 0x10FFFF:
                return None
            j += 1
        if j == start:
            return None
        if j < end and data[j] == 0x3B:
            j += 1
        char = "\ufffd" if value == 0 or 0xD800 <= value <= 0xDFFF else chr(value)
        return char, j - i
    while j < limit and is_alnum(data[j]):
        j += 1
    name = data[i + 1:j].decode("ascii")
    if not name or name not in ENTITIES:
        return None
    if j < end and data[j] == 0x3B:
        j += 1
    return chr(ENTITIES[name]), j - i


def utf8_length(data, i, end):
    """The length of the valid UTF-8 sequence at data[i] (a byte >= 0x80), or None."""
    lead = data[i]
    n = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    if not n or i + n > end:
        return None
    try:
        data[i:i + n].decode("utf-8")
    except UnicodeDecodeError:
        return None
    return n


def decode_html(data, start, end):
    """The text a reader sees in data[start:end]: tags and comments dropped (line-breaking tags
    read as a space), script/style/noscript/template/title contents dropped, references decoded,
    bytes that are not UTF-8 read as windows-1252."""
    out, i = [], start
    while i < end:
        b = data[i]
        if b == 0x3C:  # '<'
            if data.startswith(b"<!--", i, end):
                close = data.find(b"-->", i, end)
                i = end if close < 0 else close + 3
                continue
            if i + 1 < end and (0x61 <= (data[i + 1] | 0x20) <= 0x7A or data[i + 1] in b"/!?"):
                j, quote = i + 1, None
                while j < end:
                    c = data[j]
                    if quote is not None:
                        if c == quote:
                            quote = None
                    elif c in (0x22, 0x27):
                        quote = c
                    elif c == 0x3E:
                        break
                    j += 1
                k = i + 1 + (data[i + 1] == 0x2F)
                n = k
                while n < j and (0x61 <= (data[n] | 0x20) <= 0x7A or 0x30 <= data[n] <= 0x39):
                    n += 1
                name = data[k:n].decode("ascii").lower()
                end_tag = data[i + 1] == 0x2F
                i = min(end, j + 1)
                if name in BREAKING:
                    out.append(" ")
                if not end_tag and name in RAW_TEXT:
                    close = find_ci(data, b"</" + name.encode(), i, end)
                    i = end if close < 0 else close
                continue
        if b == 0x26:  # '&'
            ref = reference(data, i, end)
            if ref:
                out.append(ref[0])
                i += ref[1]
                continue
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        n = utf8_length(data, i, end)
        if n:
            out.append(data[i:i + n].decode("utf-8"))
            i += n
            continue
        out.append(chr(CP1252.get(b, 0xFFFD if 0x80 <= b < 0xA0 else b)))
        i += 1
    return "".join(out)


def find_ci(data, needle, start, end):
    """Case-insensitive find of an ASCII needle that starts with '<' in data[start:end]."""
    i = data.find(b"<", start, end)
    while 0 <= i <= end - len(needle):
        if data[i:i + len(needle)].lower() == needle:
            return i
        i = data.find(b"<", i + 1, end)
    return -1


def decode(data, start, end, media):
    if media == "text/html":
        return decode_html(data, start, end)
    return data[start:end].decode("utf-8", errors="replace")


class Checker:
    CHECKS = ["source-hash", "ranges-ordered", "ranges-in-range", "mention-decodes", "mention-nonempty", "passage-folds",
              "passage-length", "mention-in-passage", "anchored"]

    def __init__(self, root, show):
        self.root, self.show = root, show
        self.failures = {c: 0 for c in self.CHECKS}
        self.examples = []
        self.records = self.sources = self.failed_records = 0
        self.path = self.data = None
        self.hash_ok = {}

    def fail(self, check, record, detail):
        self.failures[check] += 1
        if len(self.examples) < self.show:
            self.examples.append("%s %s [%s] '%s': %s" % (record["source"]["path"], record.get("id"), check, record["mention"]["text"][:60], detail))

    def raw(self, path):
        if path != self.path:
            with open(os.path.join(self.root, path), "rb") as f:
                self.data = f.read()
            self.path = path
        return self.data

    def check(self, record):
        self.records += 1
        before = sum(self.failures.values())
        source = record["source"]
        path, media = source["path"], source["mediaType"]
        data = self.raw(path)
        if path not in self.hash_ok:
            self.sources += 1
            self.hash_ok[path] = hashlib.sha256(data).hexdigest() == source["sha256"]
        if not self.hash_ok[path]:
            self.fail("source-hash", record, "file changed since extraction")
            return
        m, p = record["raw"], record["passage"]["raw"]
        mention, passage = record["mention"], record["passage"]
        if not (m["byteStart"] <= m["byteEnd"] and p["byteStart"] <= p["byteEnd"] and mention["start"] <= mention["end"] and passage["start"] <= passage["end"]):
            self.fail("ranges-ordered", record, "raw %r passage %r" % (m, p))
            return
        if not (0 <= m["byteStart"] and m["byteEnd"] <= len(data) and 0 <= p["byteStart"] and p["byteEnd"] <= len(data) and mention["start"] >= 0 and passage["start"] >= 0):
            self.fail("ranges-in-range", record, "raw %r passage %r in %d bytes" % (m, p, len(data)))
            return
        found = decode(data, m["byteStart"], m["byteEnd"], media)
        if found != mention["text"]:
            self.fail("mention-decodes", record, "raw %d..<%d decodes to %r" % (m["byteStart"], m["byteEnd"], found[:80]))
        if mention["end"] > mention["start"] and not mention["text"]:
            self.fail("mention-nonempty", record, "mention %d..<%d has an empty text (raw %d..<%d)" % (mention["start"], mention["end"], m["byteStart"], m["byteEnd"]))
        raw_passage = fold(decode(data, p["byteStart"], p["byteEnd"], media))
        if raw_passage != fold(passage["text"]):
            self.fail("passage-folds", record, "raw %d..<%d folds to %r, passage %r" % (p["byteStart"], p["byteEnd"], raw_passage[:100], fold(passage["text"])[:100]))
        if passage["end"] - passage["start"] != len(passage["text"]):
            self.fail("passage-length", record, "scalar range %d..<%d for %d scalars" % (passage["start"], passage["end"], len(passage["text"])))
        if not (p["byteStart"] <= m["byteStart"] and m["byteEnd"] <= p["byteEnd"] and passage["start"] <= mention["start"] and mention["end"] <= passage["end"]):
            self.fail("mention-in-passage", record, "raw %r in %r" % ((m["byteStart"], m["byteEnd"]), (p["byteStart"], p["byteEnd"])))
        if media == "text/html" and (not m.get("xpath") or not m.get("line") or not p.get("xpath") or not p.get("line")):
            self.fail("anchored", record, "xpath %r line %r" % (m.get("xpath"), m.get("line")))
        if sum(self.failures.values()) > before:
            self.failed_records += 1

    def report(self):
        print("checked %d records of %d sources: %d records fail" % (self.records, self.sources, self.failed_records))
        for check in self.CHECKS:
            print("  %-20s %d failures" % (check, self.failures[check]))
        for example in self.examples:
            print("  " + example)


def main():
    args = sys.argv[1:]
    root, show, files = ".", 10, []
    while args:
        a = args.pop(0)
        if a == "--root":
            root = args.pop(0)
        elif a == "--show":
            show = int(args.pop(0))
        else:
            files.append(a)
    if not files:
        sys.exit(__doc__)
    checker = Checker(root, show)
    for name in files:
        with (sys.stdin.buffer if name == "-" else open(name, "rb")) as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    if record.get("type", "evidence") == "evidence":
                        checker.check(record)
    checker.report()
    sys.exit(1 if checker.failed_records else 0)


if __name__ == "__main__":
    main()
