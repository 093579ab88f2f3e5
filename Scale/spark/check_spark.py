#!/usr/bin/env python3
"""The Spark job's test, run by .ci/spark with the real engine (spark-submit, local[2]).

    check_spark.py --marrow BIN --spark-submit PATH [--work DIR]

Run from the repository root. Makes a folder of awkward documents next to Corpus/ (CRLF, BOM,
invalid UTF-8, an empty file, Latin-1 HTML, HTML named .txt, names with spaces, non-ASCII letters
and a leading '_', a hidden file, a manifest), then checks, with the real engine:

  A. executors read the files (SparkFiles shipping): the part files hold exactly, in order, the
     records `marrow extract Corpus EDGE` prints; rejected documents are reported per task and do
     not stop the job (exit 1); every record's raw byte ranges hold; the knowledge base loaded
     from the parts equals `rebuild` of Corpus/ plus `ingest` of the edge folder, and `verify`
     passes; the parts' Corpus records loaded alone equal `rebuild`;
  B. Spark reads the bytes (binaryFile, the bucket path) from an @LIST, with the binary and
     lexicons shipped as one --archives bundle: the same records, the same knowledge base;
  C. a broken lexicon fails the job (exit 2) and says why.

Ends with the plain line 'N passed, N failed'.
"""

import argparse
import base64
import html
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time

RESULTS = []


def check(name, condition, detail=""):
    RESULTS.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition or not detail else "\n       " + str(detail)[:2000]), flush=True)
    return condition


# ---------------------------------------------------------------------------------------------


def make_edge_corpus(folder):
    """The awkward documents, made from Corpus/ so that each file's bytes are unique."""
    os.makedirs(os.path.join(folder, "_sub dir", "ünï"))

    def corpus(name):
        with open(os.path.join("Corpus", name), "rb") as handle:
            return handle.read()

    def write(name, data):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)

    first, second, third = corpus("000_90e332a5a9dfb434.txt"), corpus("002_ea57ffaf7b3f4962.txt"), corpus("003_c46f0e6aafd4fa31.txt")
    write("000 plain copy.txt", first + b"\nEdge copy one.\n")
    write("crlf.txt", (first + b"\nEdge copy two.\n").replace(b"\n", b"\r\n"))
    write("bom.txt", b"\xef\xbb\xbf" + second + b"\nEdge copy three.\n")
    write("_leading underscore.txt", third + b"\nEdge copy four.\n")
    write(os.path.join("_sub dir", "ünï", "名前 ñ.txt"), "Causes\n\nBone marrow edema may be caused by gout or by osteoarthritis.\n".encode("utf-8"))
    latin1 = ("<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 sant\u00e9: bone marrow edema</title></head><body>"
              "<nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav><article><h1>Bone marrow edema</h1><h2>Causes</h2>"
              "<p>Bone marrow edema may be caused by gout, na\u00efve readers learn, and by osteoarthritis &amp; trauma.</p>"
              "<h2>Treatment</h2><p>Treatment with bisphosphonates may help; r\u00e9sum\u00e9s of trials differ.</p></article></body></html>\n")
    write("latin1 page.html", latin1.encode("latin-1"))
    write("page-named-text.txt", b"<html><body><article><h2>Causes</h2><p>Bone marrow edema may be caused by gout.</p></article></body></html>\n")
    write("rejected invalid utf8.txt", b"Causes\n\nBone marrow edema may be caused by gout and caf\xe9.\n")
    write("empty.txt", b"")
    write(".hidden.txt", b"Bone marrow edema may be caused by gout.\n")
    write("README.md", b"Not an article.\n")
    write("manifest.jsonl", "\n".join([
        "# made by check_spark.py",
        json.dumps({"path": "crlf.txt", "url": "https://example.org/crlf", "publisher": "CRLF Press", "title": "Line endings"}),
        json.dumps({"path": "_sub dir/ünï/名前 ñ.txt", "publisher": "Ünïcode Health", "title": None}, ensure_ascii=False),
        json.dumps({"path": "latin1 page.html", "url": None, "publisher": "Latin Health", "title": "A Latin-1 page"}),
        "",
    ]).encode("utf-8"))
    return ["rejected invalid utf8.txt", "empty.txt"]


def run(command, **options):
    started = time.time()
    result = subprocess.run(command, capture_output=True, **options)
    result.seconds = time.time() - started
    return result


def parts(folder):
    names = sorted(name for name in os.listdir(folder) if name.startswith("part-"))
    data = b""
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            data += handle.read()
    return names, data


def raw_problems(records):
    """Records whose raw ranges do not give back their mention and passage."""
    problems, cache = [], {}
    fold = lambda text: re.sub(r"\s+", "", text)
    for record in records:
        path = record["source"]["path"]
        if path not in cache:
            with open(path, "rb") as handle:
                cache[path] = handle.read()
        raw = cache[path]
        is_html = record["source"]["mediaType"] == "text/html"
        charset = "utf-8"
        if is_html:
            declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096])
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                charset = declared.group(1).decode("ascii") if declared else "latin-1"

        def text(start, end):
            value = raw[start:end].decode(charset)
            return html.unescape(re.sub(r"<[^>]*>", "", value)) if is_html else value

        mention = text(record["raw"]["byteStart"], record["raw"]["byteEnd"])
        if mention != record["mention"]["text"]:
            problems.append("%s: mention %r at %s is %r" % (path, record["mention"]["text"], record["raw"], mention))
        passage = text(record["passage"]["raw"]["byteStart"], record["passage"]["raw"]["byteEnd"])
        if fold(passage) != fold(record["passage"]["text"]):
            problems.append("%s: passage at %s is %r" % (path, record["passage"]["raw"], passage[:200]))
    return problems


def dump(kb):
    """Every row of every table but SQLite's own and the full-text index (derived from passages)."""
    connection = sqlite3.connect("file:%s?mode=ro" % kb, uri=True)
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'passages_fts%' ORDER BY name")]
    content = {}
    for table in tables:
        columns = [row[1] for row in connection.execute('PRAGMA table_info("%s")' % table)]
        order = ", ".join('"%s"' % column for column in columns)
        content[table] = (columns, connection.execute('SELECT * FROM "%s" ORDER BY %s' % (table, order)).fetchall())
    connection.close()
    return content


# Inputs `ingest` refused are recorded in the knowledge base (`rejected`, so `status` knows them);
# a refused document has no records, so a load of part files cannot know it: the job's per-task
# report names it instead (check_report).
INGEST_ONLY = ("rejected",)


def dump_difference(first, second, ignore=()):
    for table in sorted((set(first) | set(second)) - set(ignore)):
        if first.get(table) != second.get(table):
            rows_a, rows_b = set((first.get(table) or ([], []))[1]), set((second.get(table) or ([], []))[1])
            return "table %s: %d rows only in the first, %d only in the second; e.g. %r / %r" % (
                table, len(rows_a - rows_b), len(rows_b - rows_a), sorted(rows_a - rows_b)[:1], sorted(rows_b - rows_a)[:1])
    return ""


def check_report(run, path, rejected, tasks=None):
    """The per-task report names each rejected document once, and counts every document."""
    report = json.load(open(path)) if os.path.exists(path) else {"tasks": [], "failed": -1, "documents": 0}
    failures = [failure for task in report["tasks"] for failure in task["failures"]]
    check("%s: the report names each rejected document once, under its task, with marrow's exit status 1" % run,
          report["failed"] == 2 and sorted(os.path.basename(f.split(":")[0]) for f in failures) == sorted(rejected)
          and all(task["status"] == (1 if task["failed"] else 0) for task in report["tasks"])
          and (tasks is None or len(report["tasks"]) == tasks), report)
    check("%s: every document was sent (13 = 4 corpus + 9 edge, no hidden file, manifest or README)" % run, report["documents"] == 13, report)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--marrow", required=True)
    parser.add_argument("--spark-submit", required=True)
    parser.add_argument("--work")
    options = parser.parse_args()
    marrow = os.path.abspath(options.marrow)
    work = options.work or tempfile.mkdtemp(prefix="marrow-spark-")
    if os.path.exists(work):
        shutil.rmtree(work)
    os.makedirs(work)
    edge = os.path.join(work, "edge corpus")
    os.makedirs(edge)
    rejected = make_edge_corpus(edge)
    job = os.path.join("Scale", "spark", "marrow_spark.py")
    environment = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    environment.pop("MARROW_LEXICONS", None)
    quiet = ["--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false", "--conf", "spark.log.level=WARN"]

    def submit(name, arguments, extra=()):
        result = run([options.spark_submit, "--master", "local[2]"] + quiet + list(extra) + [job] + arguments, env=environment)
        with open(os.path.join(work, name + ".log"), "wb") as handle:
            # spark-submit passes the Python driver's standard error on to its standard output.
            handle.write(result.stdout + b"\n" + result.stderr)
        result.output = (result.stdout + result.stderr).decode("utf-8", "replace")
        print("%s: spark-submit took %.1f s (log: %s)" % (name, result.seconds, os.path.join(work, name + ".log")), flush=True)
        return result

    # The reference: plain extract on the same inputs.
    expected = run([marrow, "extract", "--jobs", "2", "--lexicons", "Lexicons", "Corpus", edge])
    check("marrow extract of Corpus/ and the edge folder rejects exactly the two bad files (exit 1)",
          expected.returncode == 1 and all(name in expected.stderr.decode() for name in rejected), expected.stderr.decode())
    records = [json.loads(line) for line in expected.stdout.decode().splitlines()]
    sources = sorted({record["source"]["path"] for record in records})
    check("the reference has records for every edge document but the rejected ones", len(sources) == 4 + 7, sources)

    # A: executors read the files.
    out_a, kb_a, report_a = os.path.join(work, "out-a"), os.path.join(work, "kb-a.sqlite"), os.path.join(work, "report-a.json")
    a = submit("A", ["--marrow", marrow, "--lexicons", "Lexicons", "--partitions", "3", "--report", report_a, "--load", kb_a, "--output", out_a, "Corpus", edge])
    check("A: the job finishes with exit 1 (documents rejected, job not killed)", a.returncode == 1, a.output[-3000:])
    names, data = parts(out_a) if os.path.isdir(out_a) else ([], b"")
    check("A: three part files and _SUCCESS", len(names) == 3 and os.path.exists(os.path.join(out_a, "_SUCCESS")), names)
    check("A: the part files hold exactly the records of marrow extract, in order", data == expected.stdout,
          "%d bytes vs %d" % (len(data), len(expected.stdout)))
    check_report("A", report_a, rejected, tasks=3)
    check("A: the driver prints the per-task report", "marrow-spark: task 2: " in a.output and "13 documents in 3 tasks" in a.output, a.output[-3000:])
    spark_records = [json.loads(line) for line in data.splitlines()]
    problems = raw_problems(spark_records)
    check("A: raw byte ranges hold on every record (%d records)" % len(spark_records), not problems and spark_records, problems[:5])

    rebuilt = os.path.join(work, "kb-rebuild.sqlite")
    r = run([marrow, "rebuild", "--kb", rebuilt, "--lexicons", "Lexicons", "--corpus", "Corpus"])
    i = run([marrow, "ingest", "--kb", rebuilt, "--lexicons", "Lexicons", edge])
    check("rebuild of Corpus/ then ingest of the edge folder", r.returncode == 0 and i.returncode == 1, (r.stderr + i.stderr).decode())
    difference = dump_difference(dump(kb_a), dump(rebuilt), ignore=INGEST_ONLY) if os.path.exists(kb_a) else "no knowledge base"
    check("A: the knowledge base loaded from the parts equals rebuild + ingest (but the inputs ingest refused)", not difference, difference)
    verify = run([marrow, "verify", "--kb", kb_a])
    check("A: marrow verify passes on it", verify.returncode == 0, (verify.stdout + verify.stderr).decode()[-2000:])

    corpus_only = os.path.join(work, "corpus-records.jsonl")
    with open(corpus_only, "wb") as handle:
        handle.writelines(line + b"\n" for line in data.splitlines() if json.loads(line)["source"]["path"].startswith("Corpus/"))
    kb_corpus, kb_rebuild_only = os.path.join(work, "kb-corpus.sqlite"), os.path.join(work, "kb-rebuild-only.sqlite")
    run([marrow, "load", "--kb", kb_corpus, corpus_only])
    run([marrow, "rebuild", "--kb", kb_rebuild_only, "--lexicons", "Lexicons", "--corpus", "Corpus"])
    difference = dump_difference(dump(kb_corpus), dump(kb_rebuild_only))
    check("A: the parts' Corpus/ records loaded alone equal marrow rebuild", not difference, difference)

    # B: Spark reads the bytes, from a list file, with a bundle shipped by --archives.
    bundle = os.path.join(work, "marrow-bundle.tar.gz")
    made = run(["bash", os.path.join("Scale", "spark", "make-bundle"), "--binary", marrow, "--lexicons", "Lexicons", bundle])
    check("make-bundle packs the binary and the lexicons", made.returncode == 0 and os.path.exists(bundle), made.stderr.decode())
    listing = os.path.join(work, "inputs.txt")
    with open(listing, "w", encoding="utf-8") as handle:
        handle.write("# one input a line\nCorpus\n%s\n" % edge)
    out_b, kb_b = os.path.join(work, "out-b"), os.path.join(work, "kb-b.sqlite")
    report_b = os.path.join(work, "report-b.json")
    b = submit("B", ["--reader", "spark", "--report", report_b, "--output", out_b, "@" + listing], extra=["--archives", bundle + "#marrow"])
    check("B: the job finishes with exit 1", b.returncode == 1, b.output[-3000:])
    check_report("B", report_b, rejected)
    names_b, data_b = parts(out_b) if os.path.isdir(out_b) else ([], b"")
    check("B: the same records as marrow extract (Spark's file order)", sorted(data_b.splitlines()) == sorted(expected.stdout.splitlines()),
          "%d lines vs %d" % (len(data_b.splitlines()), len(expected.stdout.splitlines())))
    load_b = run([marrow, "load", "--kb", kb_b] + [os.path.join(out_b, name) for name in names_b])
    difference = dump_difference(dump(kb_b), dump(rebuilt), ignore=INGEST_ONLY) if load_b.returncode == 0 else load_b.stderr.decode()
    check("B: marrow load of its parts gives the same knowledge base (but the inputs ingest refused)", not difference, difference)

    # C: a broken lexicon kills the job.
    broken = os.path.join(work, "broken-lexicons")
    shutil.copytree("Lexicons", broken)
    with open(os.path.join(broken, "causes.lex"), "a", encoding="utf-8") as handle:
        handle.write("\nconcept Bad_ID\n  role: reason\n")
    out_c = os.path.join(work, "out-c")
    c = submit("C", ["--marrow", marrow, "--lexicons", broken, "--output", out_c, "Corpus"])
    message = re.search(r"marrow-spark: error: the job failed: marrow-spark: task \d+: marrow extract exited with status 2:\n.*causes\.lex:\d+: error: ", c.output)
    check("C: a broken lexicon fails the job with exit 2, the driver naming the lexicon problem", c.returncode == 2 and message, c.output[-3000:])
    check("C: and leaves no _SUCCESS", not os.path.exists(os.path.join(out_c, "_SUCCESS")))

    passed = sum(RESULTS)
    if passed == len(RESULTS) and not options.work:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print("work folder kept: %s" % work)
    print("%d passed, %d failed" % (passed, len(RESULTS) - passed))
    return 0 if passed == len(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
