#!/usr/bin/env bash
# Knowledge-base section of the peer benchmarks: rebuild CPU per article at several corpus sizes
# (against extract of the same corpus), one new article into the largest knowledge base, claims and
# audit latency, load throughput, merge of 16 shards (and its identity with one load).
#
#   Benchmarks/peers/30-kb.section.sh MARROW_BINARY [SIZES...]     (default sizes: 1000 10000)
#
# Corpora come from Benchmarks/tools/make_articles.py when it exists, else from varied copies of
# Corpus/ articles (each copy gets other sentence order and a numbered reference line, so its bytes
# and id differ). Scratch files go to $KB_BENCH_DIR (default /tmp/marrow-kb-bench). Times are from
# /usr/bin/time (user+sys = CPU); load runs pinned to one core (taskset -c 0). Prints one line per
# figure: "kb: NAME VALUE UNIT".
set -euo pipefail
marrow="$(readlink -f "${1:?give the marrow binary}")"; shift
sizes=("${@:-1000 10000}"); sizes=(${sizes[@]})
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${KB_BENCH_DIR:-/tmp/marrow-kb-bench}"
mkdir -p "$work"
export MARROW_LEXICONS="$root/Lexicons"
gen="$root/Benchmarks/tools/make_articles.py"

corpus() { # corpus N -> folder
  local n="$1" dir="$work/corpus-$1"
  if [ ! -d "$dir" ]; then
    if [ -f "$gen" ]; then python3 "$gen" "$n" "$dir" --seed 1 >/dev/null
    else python3 - "$root/Corpus" "$dir" "$n" <<'PY'
import os, random, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seeds = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".txt")]
os.makedirs(out, exist_ok=True)
for i in range(n):
    rng = random.Random(i)
    paragraphs = seeds[i % len(seeds)].split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    # Swap a few neighbouring paragraphs so copies differ in more than one line.
    for _ in range(3):
        if len(body) > 2:
            k = rng.randrange(len(body) - 1)
            body[k], body[k + 1] = body[k + 1], body[k]
    text = "\n\n".join(head + body) + "\n\nReference %d.\n" % i
    open(os.path.join(out, "article-%06d.txt" % i), "w", encoding="utf-8").write(text)
PY
    fi
  fi
  echo "$dir"
}

cpu() { # cpu OUTFILE CMD... ; prints "user+sys wall maxrss_kb"
  local out="$1"; shift
  /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" "$@" >"$out" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; true; }
  awk '{printf "%.2f %.2f %d\n", $1 + $2, $3, $4}' "$work/time.txt"
}

median_ms() { # median_ms RUNS CMD...
  local runs="$1"; shift; local times=()
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

dump() { # a digest of a knowledge base's content, table by table, in id order
  for t in sources passages claims evidence; do sqlite3 "$1" "SELECT * FROM $t ORDER BY id"; done | sha256sum | cut -c1-16
}

largest=""
for n in "${sizes[@]}"; do
  dir="$(corpus "$n")"
  kb="$work/kb-$n.sqlite"; rm -f "$kb" "$kb"-*
  read -r ecpu ewall _ < <(cpu /dev/null "$marrow" extract "$dir" --jobs 2)
  read -r rcpu rwall rrss < <(cpu "$work/rebuild-$n.txt" "$marrow" rebuild --corpus "$dir" --kb "$kb" --jobs 2)
  echo "kb: extract-$n cpu ${ecpu} s, wall ${ewall} s"
  echo "kb: rebuild-$n cpu ${rcpu} s, wall ${rwall} s, rss $((rrss / 1024)) MiB, $(awk -v c="$rcpu" -v n="$n" 'BEGIN{printf "%.2f", c * 1000 / n}') cpu-ms/article, $(awk -v r="$rcpu" -v e="$ecpu" 'BEGIN{printf "%.2f", r / e}')x extract cpu"
  largest="$n"
done

kb="$work/kb-$largest.sqlite"
# One new article at a time into the largest knowledge base (median of 5, whole command).
one="$work/one"; rm -rf "$one"; mkdir -p "$one"
for i in 1 2 3 4 5; do
  sed "s/\$/ Extra sentence $i./" "$(ls "$(corpus "${sizes[0]}")"/* | head -1)" > "$one/new-$i.txt"
done
times=()
for i in 1 2 3 4 5; do
  s=$(date +%s%N); "$marrow" ingest "$one/new-$i.txt" --kb "$kb" >/dev/null 2>&1; e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
echo "kb: ingest-one-into-$largest $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms (median of 5, whole command)"
echo "kb: claims-$largest $(median_ms 5 "$marrow" claims --kb "$kb") ms"
echo "kb: audit-osteoarthritis-$largest $(median_ms 5 "$marrow" audit osteoarthritis --kb "$kb") ms"
read -r pcpu pwall prss < <(cpu "$work/report.html" "$marrow" report --kb "$kb")
echo "kb: report-$largest wall ${pwall} s, rss $((prss / 1024)) MiB, $(( $(stat -c %s "$work/report.html") / 1024 )) KiB"

# Load throughput, pinned to one core, and merge of 16 shards.
dir="$(corpus "$largest")"
records="$work/records-$largest.jsonl"
[ -s "$records" ] || "$marrow" extract "$dir" --jobs 2 > "$records"
count=$(wc -l < "$records")
lkb="$work/load.sqlite"; rm -f "$lkb" "$lkb"-*
read -r lcpu lwall lrss < <(cpu /dev/null taskset -c 0 "$marrow" load "$records" --kb "$lkb")
echo "kb: load-$largest $count records into a new file, wall ${lwall} s, cpu ${lcpu} s, rss $((lrss / 1024)) MiB, $(awk -v c="$count" -v w="$lwall" 'BEGIN{printf "%d", c / w}') records/s wall, $(awk -v c="$count" -v w="$lcpu" 'BEGIN{printf "%d", c / w}') records/s cpu"
# Into an existing file: the second half first (bulk, untimed), then the first half timed.
half=$(( count / 2 ))
head -n "$half" "$records" > "$work/records-first.jsonl"; tail -n +"$(( half + 1 ))" "$records" > "$work/records-second.jsonl"
ekb="$work/load-existing.sqlite"; rm -f "$ekb" "$ekb"-*
"$marrow" load "$work/records-second.jsonl" --kb "$ekb" >/dev/null
read -r ecpu2 ewall2 erss < <(cpu /dev/null taskset -c 0 "$marrow" load "$work/records-first.jsonl" --kb "$ekb")
echo "kb: load-$largest-existing $half records into a file of $(( count - half )), wall ${ewall2} s, cpu ${ecpu2} s, rss $((erss / 1024)) MiB, $(awk -v c="$half" -v w="$ewall2" 'BEGIN{printf "%d", c / w}') records/s wall, $(awk -v c="$half" -v w="$ecpu2" 'BEGIN{printf "%d", c / w}') records/s cpu"
same_existing=$([ "$(dump "$ekb")" = "$(dump "$lkb")" ] && echo identical || echo DIFFERENT)
echo "kb: load-$largest-existing content $same_existing to one load into a new file"
if "$marrow" help merge >/dev/null 2>&1; then
  rm -rf "$work/shards"; mkdir -p "$work/shards"
  split -n l/16 -d "$records" "$work/shards/part-"
  shard_kbs=()
  for part in "$work/shards"/part-*; do "$marrow" load "$part" --kb "$part.sqlite" >/dev/null; shard_kbs+=("$part.sqlite"); done
  mkb="$work/merged.sqlite"; rm -f "$mkb" "$mkb"-*
  read -r mcpu mwall _ < <(cpu /dev/null "$marrow" merge "${shard_kbs[@]}" --kb "$mkb")
  same=$([ "$(dump "$mkb")" = "$(dump "$lkb")" ] && echo identical || echo DIFFERENT)
  echo "kb: merge-16-shards-$largest wall ${mwall} s, cpu ${mcpu} s; content $same to one load"
else
  echo "kb: merge not available in this build"
fi
