#!/usr/bin/env python3
"""Peak memory of `marrow extract -` on long document streams: it should not grow with the stream.

    Scale/measure_stream_memory.py --marrow .build/release/marrow [--counts 1000,10000] [--large MB]

Run from the repository root. For each count N, streams N distinct documents (the corpus
articles, each copy made unique by a numbered line, sent as base64 `bytes`), plus, with --large,
one document of that many megabytes in the middle, to `marrow extract --jobs 1 -` and prints
the stream size, records, seconds and the child's peak resident set size (getrusage).
"""

import argparse
import base64
import json
import os
import resource
import subprocess
import sys
import threading
import time


def documents(count, large_mb):
    names = sorted(name for name in os.listdir("Corpus") if name.endswith(".txt"))
    seeds = [open(os.path.join("Corpus", name), "rb").read() for name in names]
    for index in range(count):
        raw = seeds[index % len(seeds)] + b"\nCopy %d.\n" % index
        if large_mb and index == count // 2:
            raw = b"Causes\n\n" + b"Bone marrow edema may be caused by gout, and by osteoarthritis as well.\n\n" * (large_mb * 1_000_000 // 73)
        yield json.dumps({"path": "stream/%06d.txt" % index, "bytes": base64.b64encode(raw).decode("ascii")}).encode() + b"\n"


def measure(marrow, count, large_mb, jobs):
    process = subprocess.Popen([marrow, "extract", "--jobs", str(jobs), "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    sent = [0]

    def feed():
        for line in documents(count, large_mb):
            sent[0] += len(line)
            process.stdin.write(line)
        process.stdin.close()

    started = time.time()
    writer = threading.Thread(target=feed)
    writer.start()
    records = sum(1 for _ in process.stdout)
    process.wait()
    writer.join()
    seconds = time.time() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return sent[0], records, seconds, peak_kib, process.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--marrow", required=True)
    parser.add_argument("--counts", default="1000,10000")
    parser.add_argument("--large", type=int, default=0, help="add one document of this many MB")
    parser.add_argument("--jobs", type=int, default=1)
    options = parser.parse_args()
    for count in (int(value) for value in options.counts.split(",")):
        # Each measurement runs in a fresh interpreter so that RUSAGE_CHILDREN sees only its child.
        if os.environ.get("MEASURE_ONE") != str(count):
            subprocess.run([sys.executable, __file__, "--marrow", options.marrow, "--counts", str(count), "--large", str(options.large),
                            "--jobs", str(options.jobs)], env=dict(os.environ, MEASURE_ONE=str(count)), check=True)
            continue
        size, records, seconds, peak, status = measure(options.marrow, count, options.large, options.jobs)
        print("%6d documents, %7.1f MB stream, %7d records, %6.1f s, peak RSS %6.1f MB, exit %d"
              % (count, size / 1e6, records, seconds, peak / 1024, status), flush=True)


if __name__ == "__main__":
    main()
