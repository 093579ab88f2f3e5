#!/usr/bin/env python3
"""The `html` section of the peer benchmarks: `marrow clean` against trafilatura, resiliparse
and lxml's parse alone (the floor), on generated news-like pages and on ../shared/htmlset.

usage: VENV_PYTHON 20-html.section.py MARROW [--htmlset DIR] [--quick]

Run with the Python of a venv holding trafilatura, resiliparse and lxml. Prints one line per
tool and input set: `name  MiB/s  peak-RSS  ratio`, where MiB/s is input bytes over wall time on
one core (everything runs under `taskset -c 0` when available), peak-RSS is the process's
maximum resident set, and ratio is Marrow's throughput over the tool's (so > 1 means Marrow is
faster). Marrow runs as one process over the whole set (its start-up, about 30 ms of lexicon
loading, included); the Python peers are timed in-process, their interpreter start-up excluded.
Inputs are generated into a temporary folder; the htmlset pages are decompressed there at run
time, never copied into the project. Timings only: nothing here asserts.
"""
import gzip, json, os, resource, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))

PEER = r'''
import resource, sys, time
tool, paths = sys.argv[1], sys.argv[2:]
pages = [open(p, "rb").read() for p in paths]
if tool == "lxml":
    import lxml.html
    run = lambda b: lxml.html.document_fromstring(b)
elif tool == "trafilatura":
    import trafilatura
    run = lambda b: trafilatura.extract(b, include_comments=False)
elif tool == "resiliparse":
    from resiliparse.parse.html import HTMLTree
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    run = lambda b: extract_plain_text(HTMLTree.parse(bytes_to_str(b, detect_encoding(b))), main_content=True)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
for b in pages:
    try:
        run(b)
    except Exception:
        pass
seconds = time.perf_counter() - started
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
'''


def pin():
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def run_marrow(marrow, paths):
    started = time.perf_counter()
    proc = subprocess.Popen(pin() + [marrow, "clean", "--format", "text"] + paths, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss * 1024


def run_peer(tool, paths):
    out = subprocess.run(pin() + [sys.executable, "-c", PEER, tool] + paths, capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip():
        return None, None
    seconds, rss = out.stdout.split()
    return float(seconds), int(rss) * 1024


def report(label, paths):
    size = sum(os.path.getsize(p) for p in paths) / 2**20
    rows = []
    marrow_seconds, marrow_rss = run_marrow(MARROW, paths)
    rows.append(("marrow", marrow_seconds, marrow_rss))
    for tool in ("lxml", "resiliparse", "trafilatura"):
        if QUICK and tool == "trafilatura" and size > 30:
            continue
        seconds, rss = run_peer(tool, paths)
        if seconds is not None:
            rows.append((tool, seconds, rss))
    marrow_speed = size / marrow_seconds
    print(f"# html {label}: {len(paths)} pages, {size:.1f} MiB")
    for name, seconds, rss in rows:
        speed = size / seconds
        ratio = marrow_speed / speed
        print(f"html/{label}/{name:12}  {speed:8.1f} MiB/s  {rss / 2**20:7.0f} MiB  {ratio:6.2f}")


def main():
    global MARROW, QUICK
    args = sys.argv[1:]
    MARROW = os.path.abspath(args[0])
    QUICK = "--quick" in args
    htmlset = os.path.join(HERE, "../../../shared/htmlset")
    if "--htmlset" in args:
        htmlset = args[args.index("--htmlset") + 1]
    work = tempfile.mkdtemp(prefix="marrow-html-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "make_html_pages.py"), work], check=True)
        news = sorted(os.path.join(work, "news", n) for n in os.listdir(os.path.join(work, "news")))
        report("news-100k", news)
        for name in ("big-1m", "big-5m", "big-20m"):
            report(name, [os.path.join(work, name + ".html")])
        if os.path.isdir(os.path.join(htmlset, "pages")):
            pages = os.path.join(work, "htmlset")
            os.makedirs(pages)
            paths = []
            for name in sorted(os.listdir(os.path.join(htmlset, "pages"))):
                path = os.path.join(pages, name[:-3])
                with open(path, "wb") as f:
                    f.write(gzip.open(os.path.join(htmlset, "pages", name)).read())
                paths.append(path)
            report("htmlset", paths)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
