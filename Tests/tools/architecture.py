#!/usr/bin/env python3
"""Which stage of MarrowKit uses which: the dependency graph, checked against the pipeline's order.

usage: architecture.py [--check] [--write docs/architecture.md] [--root DIR]

MarrowKit is one Swift module, so the compiler does not stop a stage from using a type of a later
stage. This script does: it reads every file under Sources/MarrowKit, finds the top-level types
each stage folder declares, and the capitalised identifiers each file uses (comments and string
literals stripped), and draws an edge from a folder to every other folder whose types it uses.
An edge that points against LAYERS below is a violation; so is `import CLibXML2` outside the one
file that wraps libxml2, and a Sources/MarrowKit folder (at any depth) without its mirror
under Tests/MarrowKitTests.

--check exits 1 on any violation (and when --write would change the file); --write regenerates
the graph in the architecture document between its BEGIN/END markers. Standard library only.
"""
import os
import re
import sys

# The pipeline's order. A folder may use types of the folders before it, never after it.
# Subfolders count as their own stage when listed (Clean/HTML comes after Clean).
LAYERS = [
    "Core",
    "Source",
    "Clean",
    "Clean/HTML",
    "Segment",
    "Lexicon",
    "Match",
    "Classify",
    "Records",
    "Sink",
    "Audit",
    "Pipeline",
    "Lifecycle",
    "Evaluate",
]

# The only file that may import libxml2.
LIBXML2_FACADE = "Clean/HTML/HTMLParser.swift"

BEGIN = "<!-- BEGIN GENERATED: Tests/tools/architecture.py --write -->"
END = "<!-- END GENERATED -->"

DECLARATION = re.compile(r"\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9_]*)")
IDENTIFIER = re.compile(r"(?<![.\w])[A-Z][A-Za-z0-9_]*\b")


def strip(source):
    """Source text with comments and string literals blanked out (line breaks kept)."""
    out = []
    i, n = 0, len(source)
    depth = 0  # nested block comments
    while i < n:
        c = source[i]
        if depth:
            if source.startswith("*/", i):
                depth -= 1
                i += 2
            elif source.startswith("/*", i):
                depth += 1
                i += 2
            else:
                out.append("\n" if c == "\n" else " ")
                i += 1
            continue
        if source.startswith("//", i):
            while i < n and source[i] != "\n":
                i += 1
            continue
        if source.startswith("/*", i):
            depth = 1
            i += 2
            continue
        if c == '"' or (c == "#" and re.match(r'#+"', source[i:])):
            hashes = 0
            while i < n and source[i] == "#":
                hashes += 1
                i += 1
            multi = source.startswith('"""', i)
            quote = '"""' if multi else '"'
            i += len(quote)
            close = quote + "#" * hashes
            while i < n and not source.startswith(close, i):
                if source[i] == "\\" and hashes == 0:
                    i += 1
                out.append("\n" if source[i:i + 1] == "\n" else " ")
                i += 1
            i += len(close)
            out.append('""')
            continue
        out.append(c)
        i += 1
    return "".join(out)


def top_level_declarations(code):
    """Names declared at brace depth 0."""
    names = []
    depth = 0
    for line in code.splitlines():
        if depth == 0:
            names.extend(DECLARATION.findall(line))
        depth += line.count("{") - line.count("}")
    return names


def stage_of(relative):
    """The stage a file under Sources/MarrowKit belongs to: its deepest listed folder."""
    folder = os.path.dirname(relative)
    while folder:
        if folder in LAYERS:
            return folder
        folder = os.path.dirname(folder)
    return None


def analyse(root):
    kit = os.path.join(root, "Sources", "MarrowKit")
    files = {}
    for directory, _, names in os.walk(kit):
        for name in names:
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                files[os.path.relpath(path, kit)] = strip(open(path, encoding="utf-8").read())
    problems = []
    declared = {}
    for relative, code in sorted(files.items()):
        stage = stage_of(relative)
        if stage is None:
            problems.append(f"Sources/MarrowKit/{relative}:1: error: not in a stage folder listed in Tests/tools/architecture.py")
            continue
        for name in top_level_declarations(code):
            declared.setdefault(name, set()).add(stage)
    edges = {}
    for relative, code in sorted(files.items()):
        stage = stage_of(relative)
        if stage is None:
            continue
        # Types declared anywhere in the file (nested ones included) are its own: a nested
        # `Reason` is not the top-level `Reason` of another stage.
        local = set(DECLARATION.findall(code))
        for number, line in enumerate(code.splitlines(), 1):
            if re.match(r"\s*(?:@preconcurrency\s+|internal\s+|public\s+)?import\s+CLibXML2\b", line) and relative != LIBXML2_FACADE:
                problems.append(f"Sources/MarrowKit/{relative}:{number}: error: libxml2 is imported only by {LIBXML2_FACADE}")
            for name in IDENTIFIER.findall(line):
                if name in local:
                    continue
                owners = declared.get(name, set())
                if len(owners) != 1:
                    continue
                owner = next(iter(owners))
                if owner == stage:
                    continue
                edges.setdefault((stage, owner), []).append((relative, number, name))
    order = {stage: index for index, stage in enumerate(LAYERS)}
    for (user, used), uses in sorted(edges.items()):
        if order[used] > order[user]:
            for relative, number, name in uses[:5]:
                problems.append(f"Sources/MarrowKit/{relative}:{number}: error: {user} uses {name} of {used}, a later stage")
            if len(uses) > 5:
                problems.append(f"note: {len(uses) - 5} more uses of {used} in {user}")
    for name, owners in sorted(declared.items()):
        if len(owners) > 1:
            problems.append(f"note: {name} is declared in {', '.join(sorted(owners))}; its uses are not counted")
    # The code knows no topic: no name of the shipped topic (its terms and shorthand in
    # Lexicons/topic.lex, singular or plural) appears anywhere in Sources/, comments included.
    names = []
    topic = os.path.join(root, "Lexicons", "topic.lex")
    if os.path.exists(topic):
        for line in open(topic, encoding="utf-8"):
            key, _, value = line.strip().partition(":")
            if key in ("terms", "shorthand"):
                names += [name.strip() for name in value.split("|") if name.strip()]
    if names:
        pattern = re.compile(r"(?<![A-Za-z0-9])(?:%s)s?(?![A-Za-z0-9])" % "|".join(
            sorted((r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", name))) for name in names), key=len, reverse=True)), re.IGNORECASE)
        for directory, _, filenames in os.walk(os.path.join(root, "Sources")):
            for filename in sorted(filenames):
                path = os.path.join(directory, filename)
                for number, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
                    found = pattern.search(line)
                    if found:
                        problems.append(f"{os.path.relpath(path, root)}:{number}: error: names the topic ('{found.group(0)}'); topic knowledge lives in Lexicons/")
    # Every folder of Sources/MarrowKit (stages and the folders inside them) has a folder of the
    # same path under Tests/MarrowKitTests with at least one test file.
    tests = os.path.join(root, "Tests", "MarrowKitTests")
    for directory, _, _ in sorted(os.walk(kit)):
        folder = os.path.relpath(directory, kit)
        if folder == ".":
            continue
        mirror = os.path.join(tests, folder)
        if not (os.path.isdir(mirror) and any(n.endswith(".swift") for n in os.listdir(mirror))):
            problems.append(f"Tests/MarrowKitTests/{folder}: error: Sources/MarrowKit/{folder} has no mirror in Tests")
    return edges, problems


def render(edges):
    present = sorted({stage for edge in edges for stage in edge}, key=LAYERS.index)
    lines = [BEGIN, "", "```mermaid", "graph RL"]
    for (user, used), uses in sorted(edges.items(), key=lambda item: (LAYERS.index(item[0][0]), LAYERS.index(item[0][1]))):
        lines.append(f'  {user.replace("/", "_")}["{user}"] --> {used.replace("/", "_")}["{used}"]')
    lines += ["```", "", "| stage | uses |", "|---|---|"]
    for stage in present:
        used = sorted({b for (a, b) in edges if a == stage}, key=LAYERS.index)
        lines.append(f"| {stage} | {', '.join(used) if used else '—'} |")
    lines += ["", END]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if "--root" in args:
        root = args[args.index("--root") + 1]
    edges, problems = analyse(root)
    errors = [p for p in problems if ": error:" in p]
    for problem in problems:
        print(problem, file=sys.stderr)
    status = 1 if errors and "--check" in args else 0
    if "--write" in args:
        target = os.path.join(root, args[args.index("--write") + 1])
        text = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
        generated = render(edges)
        if BEGIN in text and END in text:
            updated = text[:text.index(BEGIN)] + generated + text[text.index(END) + len(END):]
        else:
            updated = text + ("\n" if text else "") + generated + "\n"
        if "--check" in args:
            if updated != text:
                print(f"{os.path.relpath(target, root)}: error: the dependency graph is out of date; run Tests/tools/architecture.py --write {os.path.relpath(target, root)}", file=sys.stderr)
                status = 1
        else:
            open(target, "w", encoding="utf-8").write(updated)
    elif "--check" not in args:
        print(render(edges))
    if "--check" in args and status == 0:
        print(f"architecture: {len(edges)} stage dependencies, all along the pipeline's order")
    return status


if __name__ == "__main__":
    sys.exit(main())
