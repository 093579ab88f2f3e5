#!/usr/bin/env python3
"""Score `marrow clean` on the HTML development set (../shared/htmlset), main text and metadata.

usage: score_htmlset.py MARROW [--htmlset DIR] [--keep DIR] [--show]

Runs one `marrow clean --format json` process over every page (batched: start-up is paid once),
writes each page's text to a temporary PRED_DIR/<id>.txt and scores it with the set's own
score.py, three ways: all pages, the tuning part, and the check part (every fifth page by
sorted id, kept aside: never tune on it). Then scores the metadata against gold.json: title,
author and date, exact match after white space folding (dates compared as YYYY-MM-DD when both
sides start with one). Pages are read from the set at run time, never copied into the project.
Standard library only.
"""
import gzip, json, os, re, subprocess, sys, tempfile, time


def fold(s):
    if isinstance(s, list):
        s = "; ".join(x for x in s if isinstance(x, str))
    return re.sub(r"\s+", " ", s or "").strip()


def author_match(ours, gold):
    names = gold if isinstance(gold, list) else [gold]
    names = [fold(n) for n in names if fold(n)]
    ours = fold(ours)
    return bool(ours) and (ours in names or ours.replace(" and ", ", ").replace("; ", ", ") == ", ".join(names))


def date_key(s):
    s = fold(s)
    m = re.match(r"(\d{4}-\d{2}-\d{2})", s)
    return m.group(1) if m else s


def score(score_py, pred, gold_path):
    out = subprocess.run([sys.executable, score_py, pred, gold_path], capture_output=True, text=True, check=True).stdout
    return dict(kv.split("=") for kv in out.split() if "=" in kv)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    marrow = args[0]
    htmlset = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/htmlset")
    keep = None
    show = "--show" in args
    if "--htmlset" in args:
        htmlset = args[args.index("--htmlset") + 1]
    if "--keep" in args:
        keep = args[args.index("--keep") + 1]
    gold = json.load(open(os.path.join(htmlset, "gold.json"), encoding="utf-8"))
    ids = sorted(gold)
    check = set(ids[4::5])
    work = tempfile.mkdtemp(prefix="marrow-htmlset-")
    pages = os.path.join(work, "pages")
    pred = keep or os.path.join(work, "pred")
    os.makedirs(pages, exist_ok=True)
    os.makedirs(pred, exist_ok=True)
    total = 0
    paths = []
    for pid in ids:
        data = gzip.open(os.path.join(htmlset, "pages", pid + ".html.gz")).read()
        total += len(data)
        path = os.path.join(pages, pid + ".html")
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    started = time.time()
    run = subprocess.run([marrow, "clean", "--format", "json"] + paths, capture_output=True)
    seconds = time.time() - started
    errors = [line for line in run.stderr.decode("utf-8", "replace").splitlines() if "error:" in line]
    meta = {}
    for line in run.stdout.splitlines():
        obj = json.loads(line)
        pid = os.path.basename(obj["path"])[:-5]
        with open(os.path.join(pred, pid + ".txt"), "w", encoding="utf-8") as f:
            f.write(obj["text"])
        meta[pid] = obj.get("metadata", {})
    score_py = os.path.join(htmlset, "score.py")
    parts = {"all": ids, "tune": [i for i in ids if i not in check], "check": sorted(check)}
    print(f"marrow clean: {len(ids)} pages, {total / 2**20:.1f} MiB in {seconds:.2f} s ({total / 2**20 / seconds:.1f} MiB/s, one process), {len(errors)} errors")
    for line in errors[:10]:
        print("  " + line)
    for name, part in parts.items():
        path = os.path.join(work, name + ".json")
        json.dump({i: gold[i] for i in part}, open(path, "w", encoding="utf-8"))
        s = score(score_py, pred, path)
        print(f"snippets {name:5} pages={len(part):3} precision={float(s['precision']):.3f} recall={float(s['recall']):.3f} f1={float(s['f1']):.3f}")
    for name, part in parts.items():
        rates = []
        for field, ours in (("title", "title"), ("author", "author"), ("date", "published")):
            graded = [i for i in part if fold(gold[i].get(field))]
            if field == "author":
                hits = sum(1 for i in graded if author_match(meta.get(i, {}).get(ours), gold[i][field]))
            elif field == "date":
                hits = sum(1 for i in graded if date_key(meta.get(i, {}).get(ours) or meta.get(i, {}).get("modified")) == date_key(gold[i][field]))
            else:
                hits = sum(1 for i in graded if fold(meta.get(i, {}).get(ours)) == fold(gold[i][field]))
            rates.append(f"{field}={hits}/{len(graded)} ({hits / max(1, len(graded)):.3f})")
        print(f"metadata {name:5} " + " ".join(rates))
    if show:
        subprocess.run([sys.executable, score_py, pred, os.path.join(work, "tune.json"), "--show"])


if __name__ == "__main__":
    main()
