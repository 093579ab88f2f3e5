"""Helpers shared by the benchmark sections: measuring a command, generating inputs, and
printing result lines in the shape Benchmarks/peers/run collects (see Benchmarks/README.md)."""
import os
import subprocess
import sys
import tempfile

MIB = 1024 * 1024


def measure(command, stdout=subprocess.DEVNULL, cwd=None, env=None):
    """Runs `command` under /usr/bin/time and returns (wall s, CPU s user+sys, peak RSS MiB, exit status).

    /usr/bin/time rather than os.wait4: a child forked from this Python process would report the
    parent's resident set (with medspaCy imported) as its own peak.
    """
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as report:
        code = subprocess.run(["/usr/bin/time", "-q", "-f", "%e %U %S %M", "-o", report.name, *command], stdout=stdout, cwd=cwd, env=env).returncode
        fields = report.read().split()[-4:]
    wall, user, system, rss = (float(field) for field in fields)
    return wall, user + system, rss / 1024.0, code


def folder_bytes(folder, suffix=".txt"):
    return sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder) if name.endswith(suffix))


def articles(count, seed=1):
    """The generated article corpus of `count` articles, made once and kept in the work folder."""
    folder = os.path.join(os.environ["PEERS_WORK"], "articles-%d-seed%d" % (count, seed))
    stamp = os.path.join(folder, ".complete")
    if not os.path.exists(stamp):
        subprocess.run([sys.executable, os.path.join(os.environ["PEERS_TOOLS"], "make_articles.py"), str(count), folder, "--seed", str(seed)], check=True)
        open(stamp, "w").close()
    return folder


def pip_install(*packages):
    """Installs packages into the benchmark venv; True when pip succeeded."""
    command = [sys.executable, "-m", "pip", "install", "--no-cache-dir", "--quiet", *packages]
    return subprocess.run(command).returncode == 0


def result(section, case, tool, mib, wall, cpu, rss):
    """Prints one RESULT line; throughput is MiB per CPU second (one core's worth)."""
    per_core = mib / cpu if cpu > 0 else float("nan")
    print("RESULT\t%s\t%s\t%s\t%.1f\t%.2f\t%.2f\t%.0f\t%.2f" % (section, case, tool, mib, wall, cpu, rss, per_core), flush=True)
    return per_core


def ratio(section, case, what, value):
    print("RATIO\t%s\t%s\t%s\t%.1fx" % (section, case, what, value), flush=True)
