#!/usr/bin/env python3
"""Assertion beside negspacy: `marrow explain --jsonl` and negspacy (NegEx rules, spacy.blank("en")
with a sentencizer) on the same short clinical sentences, one core each (taskset -c 0), in one run.

Reports sentences per second for both and their ratio, on sentences generated from the patterns of
the clinical sentence table (Tests/MarrowKitTests/Fixtures/assertion/clinical.table: every row with
its target replaced by the targets of other rows), and negated precision, recall and F1 of both on
the table itself.

Usage:
    python3 Benchmarks/peers/40-assertion.section.py [MARROW_BINARY] [VENV_PYTHON]
        [--sentences 100000] [--work DIR] [--lexicons DIR]
    Benchmarks/peers/run --only 40-assertion

MARROW_BINARY defaults to $MARROW (set by `run`). Under `run` negspacy goes into the runner's venv;
otherwise, without VENV_PYTHON, the script makes a throwaway venv under the work folder and installs
negspacy there with pip (nothing is installed anywhere else). Both are timed in CPU seconds, so the
load of a shared machine does not count: Marrow's are those of the whole command (process start and
lexicon compile included, from /usr/bin/time); negspacy's are those of its processing loop alone
(interpreter start and imports excluded, from time.process_time), which favours negspacy.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLE = os.path.join(ROOT, "Tests/MarrowKitTests/Fixtures/assertion/clinical.table")

NEGSPACY_WORKER = r'''
import json, sys, time
import spacy
from negspacy.negation import Negex  # registers the "negex" factory
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.add_pipe("negex")
questions = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
out = []
started = time.process_time()
for q in questions:
    doc = nlp.make_doc(q["text"])
    span = doc.char_span(q["start"], q["start"] + len(q["term"]), label="FINDING", alignment_mode="expand")
    doc.ents = [span] if span is not None else []
    for _, component in nlp.pipeline:
        doc = component(doc)
    out.append(bool(doc.ents and doc.ents[0]._.negex))
elapsed = time.process_time() - started
json.dump({"seconds": elapsed, "negated": out}, open(sys.argv[2], "w"))
'''


def read_table(path):
    rows = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        expected, marked = line.split(" | ", 1)
        before, rest = marked.split("«", 1)
        term, after = rest.split("»", 1)
        rows.append({"line": number, "assertion": expected.split()[0], "before": before, "term": term, "after": after})
    return rows


def question(before, term, after):
    return {"text": before + term + after, "term": term, "start": len(before)}


def generate(rows, count, seed=14):
    """`count` sentences: each row's pattern with a target taken from another row."""
    rng = random.Random(seed)
    fillers = sorted({row["term"] for row in rows})
    out = []
    for index in range(count):
        row = rows[index % len(rows)]
        out.append(question(row["before"], rng.choice(fillers), row["after"]))
    return out


def write_jsonl(path, questions):
    with open(path, "w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")


def run_marrow(binary, lexicons, questions_path, answers_path):
    command = ["taskset", "-c", "0", binary, "explain", "--jsonl"] + (["--lexicons", lexicons] if lexicons else [])
    with open(questions_path, "rb") as stdin, open(answers_path, "wb") as stdout, tempfile.NamedTemporaryFile(
        mode="r", suffix=".time"
    ) as report:
        subprocess.run(["/usr/bin/time", "-q", "-f", "%U %S", "-o", report.name, *command], stdin=stdin, stdout=stdout, check=False)
        user, system = (float(field) for field in report.read().split()[-2:])
        elapsed = user + system
    answers = [json.loads(line) for line in open(answers_path, encoding="utf-8")]
    return elapsed, answers


def run_negspacy(python, work, questions_path):
    worker = os.path.join(work, "negspacy_worker.py")
    with open(worker, "w") as handle:
        handle.write(NEGSPACY_WORKER)
    result = os.path.join(work, "negspacy.json")
    subprocess.run(["taskset", "-c", "0", python, worker, questions_path, result], check=True)
    data = json.load(open(result))
    return data["seconds"], data["negated"]


def ensure_venv(work):
    if os.environ.get("PEERS_PYTHON"):
        # Under Benchmarks/peers/run: this interpreter is the runner's venv.
        try:
            import negspacy  # noqa: F401
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "--no-cache-dir", "--quiet", "negspacy"], check=True)
        return sys.executable
    venv = os.path.join(work, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "negspacy"], check=True)
    return python


def score(expected, got):
    tp = sum(1 for e, g in zip(expected, got) if e and g)
    fp = sum(1 for e, g in zip(expected, got) if g and not e)
    fn = sum(1 for e, g in zip(expected, got) if e and not g)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("marrow", nargs="?", default=os.environ.get("MARROW"))
    parser.add_argument("python", nargs="?")
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--work")
    parser.add_argument("--lexicons", default=os.path.join(ROOT, "Lexicons"))
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="marrow-assertion-bench-")
    os.makedirs(work, exist_ok=True)
    python = args.python or ensure_venv(work)

    rows = read_table(TABLE)
    table = [question(r["before"], r["term"], r["after"]) for r in rows]
    expected = [r["assertion"] == "negated" for r in rows]
    table_path = os.path.join(work, "table.jsonl")
    write_jsonl(table_path, table)
    bulk = generate(rows, args.sentences)
    bulk_path = os.path.join(work, "sentences.jsonl")
    write_jsonl(bulk_path, bulk)

    marrow_seconds, marrow_bulk = run_marrow(args.marrow, args.lexicons, bulk_path, os.path.join(work, "marrow-bulk.jsonl"))
    negspacy_seconds, _ = run_negspacy(python, work, bulk_path)
    _, marrow_table = run_marrow(args.marrow, args.lexicons, table_path, os.path.join(work, "marrow-table.jsonl"))
    _, negspacy_table = run_negspacy(python, work, table_path)

    answered = sum(1 for a in marrow_bulk if "error" not in a)
    marrow_rate = len(bulk) / marrow_seconds
    negspacy_rate = len(bulk) / negspacy_seconds
    mp, mr, mf = score(expected, [a.get("assertion") == "negated" for a in marrow_table])
    nprec, nrec, nf = score(expected, negspacy_table)
    print("## assertion: marrow explain --jsonl beside negspacy (one core each)")
    print()
    print(f"{len(bulk):,} sentences generated from {len(rows)} table patterns; marrow answered {answered:,}")
    print()
    print("| system | sentences/s | negated P | R | F1 (clinical table, %d rows, %d negated) |" % (len(rows), sum(expected)))
    print("|---|---|---|---|---|")
    print(f"| marrow explain --jsonl (whole process, CPU s) | {marrow_rate:,.0f} | {mp:.3f} | {mr:.3f} | {mf:.3f} |")
    print(f"| negspacy (processing loop only, CPU s) | {negspacy_rate:,.0f} | {nprec:.3f} | {nrec:.3f} | {nf:.3f} |")
    print()
    print(f"ratio: marrow is {marrow_rate / negspacy_rate:.1f}x negspacy's sentences per CPU second")
    print("RATIO\t40-assertion\t%d sentences\tmarrow/negspacy sentences per CPU-s\t%.1fx" % (len(bulk), marrow_rate / negspacy_rate))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
