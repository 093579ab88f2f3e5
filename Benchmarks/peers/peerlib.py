"""Helpers shared by the benchmark sections: measuring a command, generating inputs, and
printing result lines in the shape Benchmarks/peers/run collects (see Benchmarks/README.md)."""
import os
import subprocess
import sys
import time

MIB = 1024 * 1024


def measure(command, stdout=subprocess.DEVNULL, cwd=None, env=None):
    """Runs `command` and returns (wall s, CPU s user+sys, peak RSS MiB, exit status)."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=stdout, cwd=cwd, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, code


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
