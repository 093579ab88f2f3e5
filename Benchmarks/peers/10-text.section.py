"""Text section: `marrow extract` on generated article corpora beside medspaCy.

Marrow runs the whole pipeline (cleaning, segmentation, matching, classification, records) with
`taskset -c 0` and `--jobs 1`, so MiB per CPU second is one core's throughput. The peer is
medspaCy (PyRuSH sentence splitting, a TargetMatcher holding every lexicon term as a TargetRule,
ConText with its default rules) over the same raw texts, without any cleaning, on one core; it is
two orders of magnitude slower, so it runs on the first PEERS_PEER_ARTICLES articles (default
100) of each corpus and its throughput is per MiB of what it read. When medspaCy cannot be
installed, negspacy (an EntityRuler with the terms, then NegEx) stands in, and the output says so.
"""
import json
import os
import subprocess
import sys
import time

from peerlib import MIB, articles, folder_bytes, measure, pip_install, ratio, result

SECTION = "text"
sizes = [int(size) for size in os.environ.get("PEERS_SIZES", "1000,10000,100000").split(",") if size]
peer_articles = int(os.environ.get("PEERS_PEER_ARTICLES", "100"))
marrow = os.environ["MARROW"]
root = os.environ["MARROW_ROOT"]

PEER = r'''
import json, os, resource, sys, time
kind, folder, limit, terms_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
names = sorted(name for name in os.listdir(folder) if name.endswith(".txt"))[:limit]
texts = [open(os.path.join(folder, name), encoding="utf-8").read() for name in names]
terms = json.load(open(terms_file))
if kind == "medspacy":
    import medspacy
    from medspacy.target_matcher import TargetRule
    nlp = medspacy.load(enable=["medspacy_pyrush", "medspacy_target_matcher", "medspacy_context"])
    nlp.get_pipe("medspacy_target_matcher").add([TargetRule(term, category.upper()) for term, category in terms])
else:
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": category.upper(), "pattern": term} for term, category in terms])
    import negspacy.negation  # registers the component
    nlp.add_pipe("negex")
start_cpu, start = time.process_time(), time.monotonic()
entities = 0
for doc in nlp.pipe(texts):
    entities += len(doc.ents)
cpu, wall = time.process_time() - start_cpu, time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps({"bytes": sum(len(t.encode("utf-8")) for t in texts), "cpu": cpu, "wall": wall, "rss": rss, "entities": entities, "documents": len(texts)}))
'''


def lexicon_terms():
    """Every concept term with its role, from Lexicons/*.lex."""
    terms = []
    folder = os.path.join(root, "Lexicons")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex"):
            continue
        role = None
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line.startswith("concept "):
                role = None
            elif line.startswith("role:") or line.startswith("roles:"):
                role = line.split(":", 1)[1].split()[0]
            elif line.startswith("terms:") and role:
                terms += [(term.strip(), role) for term in line.split(":", 1)[1].split("|") if term.strip()]
    return terms


def install_peer():
    try:
        import medspacy  # noqa: F401
        return "medspacy"
    except ImportError:
        pass
    if pip_install("medspacy"):
        return "medspacy"
    print("note: medspaCy could not be installed; negspacy stands in", flush=True)
    if pip_install("spacy", "negspacy"):
        return "negspacy"
    print("note: negspacy could not be installed either; the text section runs Marrow alone", flush=True)
    return None


def main():
    peer = install_peer()
    terms_file = os.path.join(os.environ["PEERS_WORK"], "terms.json")
    json.dump(lexicon_terms(), open(terms_file, "w"))
    script = os.path.join(os.environ["PEERS_WORK"], "text_peer.py")
    open(script, "w").write(PEER)
    per_article = []
    for size in sizes:
        folder = articles(size)
        mib = folder_bytes(folder) / MIB
        case = "%dk articles" % (size // 1000) if size >= 1000 else "%d articles" % size
        wall, cpu, rss, code = measure(["taskset", "-c", "0", marrow, "extract", "--jobs", "1", folder], cwd=root)
        if code != 0:
            print("note: marrow extract exited %d on %s" % (code, folder), flush=True)
        marrow_rate = result(SECTION, case, "marrow extract (1 core)", mib, wall, cpu, rss)
        per_article.append((size, cpu / size * 1000, rss))
        if peer is None:
            continue
        limit = min(size, peer_articles)
        output = subprocess.run(["taskset", "-c", "0", sys.executable, script, peer, folder, str(limit), terms_file], capture_output=True, text=True)
        if output.returncode != 0:
            print("note: %s failed: %s" % (peer, output.stderr.strip().splitlines()[-1:] or ""), flush=True)
            continue
        figures = json.loads(output.stdout.strip().splitlines()[-1])
        label = "%s (1 core, first %d articles)" % (peer, figures["documents"])
        peer_rate = result(SECTION, case, label, figures["bytes"] / MIB, figures["wall"], figures["cpu"], figures["rss"])
        ratio(SECTION, case, "Marrow/%s, MiB per CPU second" % peer, marrow_rate / peer_rate)
    if len(per_article) > 1:
        first = per_article[0]
        for size, ms, rss in per_article[1:]:
            ratio(SECTION, "%dk vs %dk" % (size // 1000, first[0] // 1000), "CPU ms per article, larger/smaller (1.0 = linear)", ms / first[1])
            ratio(SECTION, "%dk vs %dk" % (size // 1000, first[0] // 1000), "peak RSS, larger/smaller (1.0 = flat)", rss / first[2])


if __name__ == "__main__":
    main()
