#!/usr/bin/env python3
"""Marrow as the map step of Apache Spark.

    spark-submit [SPARK OPTIONS] Scale/spark/marrow_spark.py INPUT... --output OUT [OPTIONS]

Each INPUT is a folder, a file, a bucket or HDFS URI (s3a://bucket/prefix/, hdfs://…), or @LIST, a
file listing such inputs one a line. The driver lists every document itself (Spark's own readers
drop names that start with '_'), with the rules `marrow extract FOLDER` follows: folders walked
recursively and sorted, hidden names, manifest.jsonl and README.md skipped, a folder's
manifest.jsonl giving each file's url, publisher and title. The recorded path of a document is
the one `marrow extract` would record: the input as given, '/', the path below it.

Executors read the raw bytes (never as text: no decoding, no newline rewriting), and each task
runs `marrow extract --jobs 1 -` once, streaming its documents as JSON lines with the bytes in
base64. The records land as JSON-lines part files in OUT, and are byte for byte the records
`marrow extract` prints for the same files. A document Marrow rejects (empty, binary, not
UTF-8) is reported with the task and the job goes on; anything else (a bad lexicon, a missing or
broken binary) fails the task, and so the job.

Exit status: 0 when every document went through, 1 when some were rejected, 2 when the job
failed. Uses only PySpark and the Python standard library.
"""

import argparse
import base64
import json
import os
import posixpath
import subprocess
import sys
import threading
import urllib.parse

MANIFEST_NAME = "manifest.jsonl"
SKIPPED_NAMES = {MANIFEST_NAME, "README.md"}
# How many of a task's failure lines the report keeps (the rest are counted).
KEPT_FAILURES = 50


# ---------------------------------------------------------------------------------------------
# Listing, on the driver


class InputError(Exception):
    """An input that cannot be listed, reported as `path: error: message` (as marrow does)."""


def is_local(uri):
    scheme = urllib.parse.urlsplit(uri).scheme
    return scheme in ("", "file")


def local_path(uri):
    """The file-system path of a local input given as a path or a file: URI."""
    parts = urllib.parse.urlsplit(uri)
    return urllib.parse.unquote(parts.path) if parts.scheme == "file" else uri


def joined(root, relative):
    """`root/relative` spelt as marrow spells a file found under a folder it was given."""
    return (root if root.endswith("/") else root + "/") + relative


def parse_manifest(data, label):
    """Entries by relative path, as marrow's Manifest reads them (later lines win)."""
    entries = {}
    for number, line in enumerate(data.split(b"\n"), start=1):
        content = line.lstrip(b" \t\r")
        if not content or content.startswith(b"#"):
            continue
        try:
            entry = json.loads(content)
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                raise ValueError
        except ValueError:
            raise InputError('%s:%d: error: manifest line is not a JSON object with a "path"' % (label, number))
        entries[entry["path"]] = {key: entry.get(key) for key in ("url", "publisher", "title")}
    return entries


class LocalLister:
    """Lists a local (or shared, mounted) file system with os calls."""

    def is_folder(self, uri):
        return os.path.isdir(local_path(uri))

    def exists(self, uri):
        return os.path.exists(local_path(uri))

    def size(self, uri):
        return os.path.getsize(local_path(uri))

    def files_under(self, uri):
        """(relative path, size) of the files under a folder, as marrow's folder walk finds them."""
        base = local_path(uri)
        found = []
        for folder, subfolders, files in os.walk(base):  # like marrow: no descent into linked folders
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            for name in files:
                if name.startswith(".") or name in SKIPPED_NAMES:
                    continue
                full = os.path.join(folder, name)
                found.append((os.path.relpath(full, base).replace(os.sep, "/"), os.path.getsize(full)))
        return found

    def read(self, uri):
        with open(local_path(uri), "rb") as handle:
            return handle.read()


class HadoopLister:
    """Lists any file system Hadoop reaches (hdfs:, s3a:, gs:, abfs:, …) through the driver's JVM."""

    def __init__(self, spark):
        self.jvm = spark._jvm
        self.conf = spark._jsc.hadoopConfiguration()

    def _fs(self, uri):
        path = self.jvm.org.apache.hadoop.fs.Path(uri)
        return path, path.getFileSystem(self.conf)

    def is_folder(self, uri):
        path, fs = self._fs(uri)
        return fs.exists(path) and fs.getFileStatus(path).isDirectory()

    def exists(self, uri):
        path, fs = self._fs(uri)
        return fs.exists(path)

    def size(self, uri):
        path, fs = self._fs(uri)
        return fs.getFileStatus(path).getLen()

    def files_under(self, uri):
        path, fs = self._fs(uri)
        root = fs.getFileStatus(path).getPath().toString().rstrip("/") + "/"
        found = []
        iterator = fs.listFiles(path, True)
        while iterator.hasNext():
            status = iterator.next()
            full = status.getPath().toString()
            if not full.startswith(root):
                continue
            relative = full[len(root):]
            parts = relative.split("/")
            if any(part.startswith(".") for part in parts) or parts[-1] in SKIPPED_NAMES:
                continue
            found.append((relative, status.getLen()))
        return found

    def read(self, uri):
        path, fs = self._fs(uri)
        stream = fs.open(path)
        try:
            return bytes(self.jvm.org.apache.commons.io.IOUtils.toByteArray(stream))
        finally:
            stream.close()


def expand_inputs(inputs, lister_for):
    """The documents to read, in marrow's order, and the inputs that failed to list.

    Returns (documents, failures): each document is a dict with `path` (recorded), `read` (where
    to read it), `size` in bytes and `manifest` (an entry dict, or None).
    """
    documents, failures = [], []
    for given in inputs:
        lister = lister_for(given)
        try:
            if not lister.exists(given):
                raise InputError("%s: error: no such file or folder" % given)
            if lister.is_folder(given):
                manifest_uri = joined(given, MANIFEST_NAME)
                manifest = parse_manifest(lister.read(manifest_uri), manifest_uri) if lister.exists(manifest_uri) else {}
                for relative, size in sorted(lister.files_under(given)):
                    documents.append({"path": joined(given, relative), "read": joined(given, relative), "size": size,
                                      "manifest": manifest.get(relative)})
            else:
                folder, name = posixpath.split(given)
                manifest_uri = joined(folder, MANIFEST_NAME) if folder else MANIFEST_NAME
                try:
                    manifest = parse_manifest(lister.read(manifest_uri), manifest_uri) if lister.exists(manifest_uri) else {}
                except InputError:
                    manifest = {}
                documents.append({"path": given, "read": given, "size": lister.size(given), "manifest": manifest.get(name)})
        except InputError as error:
            failures.append(str(error))
    return documents, failures


def read_list_files(arguments):
    """Inputs with each @LIST replaced by the lines of LIST (blank lines and # comments skipped)."""
    inputs = []
    for argument in arguments:
        if argument.startswith("@"):
            with open(argument[1:], encoding="utf-8") as handle:
                inputs += [line.strip() for line in handle if line.strip() and not line.lstrip().startswith("#")]
        else:
            inputs.append(argument)
    return inputs


# ---------------------------------------------------------------------------------------------
# The map step, on the executors


def shipped(name, archive=False):
    """Where a file or folder shipped to this executor sits, or None.

    The job's own --marrow and --lexicons go through SparkFiles (addFile); `--archives X#name`
    unpacks into the executor's working folder on a cluster and into the SparkFiles root in
    local mode.
    """
    from pyspark import SparkFiles

    roots = (os.getcwd(), SparkFiles.getRootDirectory()) if archive else (SparkFiles.getRootDirectory(),)
    for root in roots:
        candidate = os.path.join(root, name)
        if os.path.exists(candidate):
            return candidate
    return None


def locate_tools(binary_name, lexicons_name):
    """The marrow executable and lexicon folder on this executor.

    Looks for what the job shipped itself (--marrow, --lexicons), then for a bundle shipped as
    `--archives marrow-bundle.tar.gz#marrow` (marrow/marrow and marrow/Lexicons).
    """
    binary = (shipped(binary_name) if binary_name else None) or shipped("marrow/marrow", archive=True)
    lexicons = (shipped(lexicons_name) if lexicons_name else None) or shipped("marrow/Lexicons", archive=True)
    if binary is None or os.path.isdir(binary):
        raise RuntimeError("marrow-spark: no marrow executable on this executor (ship one with --marrow FILE or --archives BUNDLE#marrow)")
    if lexicons is None:
        raise RuntimeError("marrow-spark: no lexicon folder on this executor (ship one with --lexicons DIR or inside the bundle)")
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    return binary, lexicons


def document_line(document, raw):
    line = {"path": document["path"], "bytes": base64.b64encode(raw).decode("ascii")}
    if document["manifest"] is not None:
        line["manifest"] = document["manifest"]
    return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def make_partition_runner(binary_name, lexicons_name, report):
    """The function mapPartitionsWithIndex runs: one `marrow extract --jobs 1 -` per task.

    Its input items are (document, raw bytes or None); None means "read it here, from the path".
    """

    def run(index, items):
        from pyspark import TaskContext

        binary, lexicons = locate_tools(binary_name, lexicons_name)
        process = subprocess.Popen([binary, "extract", "--jobs", "1", "--lexicons", lexicons, "-"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sent = []  # recorded paths, by stream line
        unread = []  # documents the executor could not read
        errors = []  # marrow's stderr
        writer_failure = []

        def feed():
            try:
                for document, raw in items:
                    if raw is None:
                        try:
                            raw = LocalLister().read(document["read"])
                        except OSError as error:
                            unread.append("%s: error: cannot read: %s" % (document["path"], error.strerror or error))
                            continue
                    sent.append(document["path"])
                    process.stdin.write(document_line(document, raw))
            except BrokenPipeError:
                pass  # marrow stopped early; its exit status says why
            except BaseException as error:  # reported by the task below
                writer_failure.append(error)
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass

        def drain_errors():
            for line in process.stderr:
                text = line.decode("utf-8", "replace").rstrip("\n")
                errors.append(text)
                sys.stderr.write("marrow[task %d]: %s\n" % (index, text))

        threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_errors, daemon=True)]
        for thread in threads:
            thread.start()
        records = 0
        for line in process.stdout:
            records += 1
            yield line.decode("utf-8").rstrip("\n")
        status = process.wait()
        for thread in threads:
            thread.join()
        if writer_failure:
            raise writer_failure[0]
        if status not in (0, 1):
            raise RuntimeError("marrow-spark: task %d: marrow extract exited with status %d:\n%s" % (index, status, "\n".join(errors[-40:])))
        failures = unread + [stream_error(line, sent) for line in errors if ": error: " in line]
        context = TaskContext.get()
        report.add([{
            "task": index, "attempt": context.attemptNumber() if context else 0, "documents": len(sent) + len(unread),
            "records": records, "status": status, "failed": len(failures), "failures": failures[:KEPT_FAILURES],
        }])

    return run


def stream_error(line, sent):
    """A stream-line error (`-:N: error: …`) named by its document's path instead."""
    if line.startswith("-:"):
        number, _, rest = line[2:].partition(":")
        if number.isdigit() and 0 < int(number) <= len(sent):
            return sent[int(number) - 1] + ":" + rest
    return line


# ---------------------------------------------------------------------------------------------
# The job


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="marrow_spark.py", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, files, URIs, or @LIST files of them")
    parser.add_argument("--output", required=True, help="folder (or URI) for the JSON-lines part files; must not exist")
    parser.add_argument("--marrow", help="the marrow executable on the driver, shipped to executors (a --static-swift-stdlib build runs without a Swift toolchain)")
    parser.add_argument("--lexicons", help="the lexicon folder on the driver, shipped to executors")
    parser.add_argument("--partitions", type=int, help="tasks to split the documents into (default: max(default parallelism, documents / 1000))")
    parser.add_argument("--reader", choices=("auto", "python", "spark"), default="auto",
                        help="who reads the bytes: python (executors open the paths: local or mounted files), spark (Spark's binaryFile source: any Hadoop file system); auto picks python for local inputs")
    parser.add_argument("--load", metavar="KB", help="afterwards, run 'marrow load --kb KB OUTPUT/part-*' on the driver (local output only; needs --marrow)")
    parser.add_argument("--report", metavar="FILE", help="write the per-task report as JSON")
    return parser.parse_args(argv)


def main(argv):
    options = parse_arguments(argv)
    from pyspark import AccumulatorParam
    from pyspark.sql import SparkSession

    class ListParam(AccumulatorParam):
        def zero(self, value):
            return []

        def addInPlace(self, first, second):
            first.extend(second)
            return first

    spark = SparkSession.builder.appName("marrow-extract").getOrCreate()
    sc = spark.sparkContext
    inputs = read_list_files(options.inputs)
    hadoop = HadoopLister(spark)
    local = LocalLister()
    documents, failures = expand_inputs(inputs, lambda uri: local if is_local(uri) else hadoop)
    for failure in failures:
        print(failure, file=sys.stderr)

    binary_name = lexicons_name = None
    if options.marrow:
        sc.addFile(os.path.abspath(options.marrow))
        binary_name = os.path.basename(options.marrow)
    if options.lexicons:
        folder = os.path.abspath(options.lexicons.rstrip("/"))
        sc.addFile(folder, recursive=True)
        lexicons_name = os.path.basename(folder)

    partitions = options.partitions or max(sc.defaultParallelism, (len(documents) + 999) // 1000)
    partitions = max(1, min(partitions, len(documents) or 1))
    report = sc.accumulator([], ListParam())
    reader = options.reader
    if reader == "auto":
        reader = "python" if all(is_local(document["read"]) for document in documents) else "spark"

    if reader == "python":
        for document in documents:
            document["read"] = os.path.abspath(local_path(document["read"]))
        items = sc.parallelize([(document, None) for document in documents], partitions)
    else:
        items = spark_items(spark, hadoop, documents, partitions)

    records = items.mapPartitionsWithIndex(make_partition_runner(binary_name, lexicons_name, report))
    try:
        records.saveAsTextFile(options.output)
    except Exception as error:  # a task that failed for a reason other than a rejected document
        print("marrow-spark: error: the job failed: %s" % first_cause(error), file=sys.stderr)
        spark.stop()
        return 2

    tasks = {}
    for entry in report.value:  # a retried task reports once per successful attempt: keep the last
        tasks[entry["task"]] = entry
    summary = write_report(tasks, failures, options.report)
    status = 1 if summary["failed"] else 0
    spark.stop()
    if options.load:
        status = max(status, load(options, summary))
    return status


def spark_items(spark, hadoop, documents, partitions):
    """(document, bytes) pairs read by Spark's binaryFile source on the executors.

    binaryFile drops names that start with '_' even when named explicitly, and empty files; the
    driver reads those few itself and ships them with the rest.
    """
    by_uri, dropped = {}, []
    for document in documents:
        name = posixpath.basename(document["read"])
        if name.startswith("_") or document["size"] == 0:
            dropped.append(document)
        else:
            by_uri[qualified(spark, document["read"])] = document
    sc = spark.sparkContext
    parts = []
    if by_uri:
        frame = spark.read.format("binaryFile").load(sorted(by_uri))
        lookup = sc.broadcast(by_uri)
        parts.append(frame.rdd.map(lambda row: (lookup.value[row.path], bytes(row.content))))
    if dropped:
        parts.append(sc.parallelize([(document, hadoop.read(document["read"])) for document in dropped], 1))
    if not parts:
        return sc.parallelize([], 1)
    return parts[0] if len(parts) == 1 else sc.union(parts)


def qualified(spark, uri):
    """The URI Spark's binaryFile source reports in its path column for `uri`."""
    path = spark._jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(spark._jsc.hadoopConfiguration())
    return fs.makeQualified(path).toString()


def first_cause(error):
    """The job's own message from a failed task (with marrow's diagnostics), else the first line."""
    lines = str(error).splitlines()
    for number, line in enumerate(lines):
        if line.startswith(("RuntimeError: marrow-spark:", "marrow-spark:")):
            cause = [line[line.index("marrow-spark:"):]]
            for following in lines[number + 1:number + 41]:
                if not following.strip() or following.lstrip().startswith(("at ", "Traceback", "SQLSTATE")):
                    break
                cause.append("  " + following)
            return "\n".join(cause)
    return lines[0] if lines else repr(error)


def write_report(tasks, listing_failures, path):
    documents = sum(task["documents"] for task in tasks.values())
    records = sum(task["records"] for task in tasks.values())
    failed = sum(task["failed"] for task in tasks.values()) + len(listing_failures)
    for number in sorted(tasks):
        task = tasks[number]
        print("marrow-spark: task %d: %d documents, %d records, %d failed, marrow exit %d"
              % (number, task["documents"], task["records"], task["failed"], task["status"]), file=sys.stderr)
        for failure in task["failures"]:
            print("  " + failure, file=sys.stderr)
        if task["failed"] > len(task["failures"]):
            print("  … and %d more" % (task["failed"] - len(task["failures"])), file=sys.stderr)
    summary = {"documents": documents, "records": records, "failed": failed, "tasks": [tasks[n] for n in sorted(tasks)],
               "listing": listing_failures}
    print("marrow-spark: %d documents in %d tasks: %d records, %d failed" % (documents, len(tasks), records, failed), file=sys.stderr)
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=1, sort_keys=True)
    return summary


def load(options, summary):
    if not options.marrow or not is_local(options.output):
        print("marrow-spark: error: --load needs --marrow and a local --output; run 'marrow load --kb KB OUTPUT/part-*' where the parts are",
              file=sys.stderr)
        return 2
    folder = local_path(options.output)
    parts = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.startswith("part-"))
    command = [options.marrow, "load", "--kb", options.load] + parts
    print("marrow-spark: " + " ".join(command[:4]) + " %s/part-* (%d files)" % (folder, len(parts)), file=sys.stderr)
    return 0 if subprocess.call(command) == 0 else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
