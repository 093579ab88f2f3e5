#!/usr/bin/env bash
# load and merge throughput, and the identity checks that go with them (issue 12).
#
#   Benchmarks/tools/load_bench.sh MARROW [ARTICLES] [RUNS]        (defaults: 1088 articles, 3 runs)
#   MARROW_REF=path/to/other/marrow Benchmarks/tools/load_bench.sh MARROW   (also compare outputs)
#
# Records come from `MARROW extract` over ARTICLES generated articles (make_articles.py, seed 1)
# plus Corpus/. Every load runs pinned to one core (taskset -c 0); times are user+sys CPU and wall
# from /usr/bin/time, RSS its maximum. Prints one line per figure ("load: NAME …"), then:
#   - merge of 16 shard knowledge bases, in file order and reversed, against one load (contentDump
#     digest, via the sqlite3 shell, every table in key order);
#   - a load into an existing file (half, then the other half) against one load;
#   - with MARROW_REF, the printed output of claims, audit, status --sources and report for a
#     knowledge base loaded by each binary from the same records (must be identical).
# Scratch files go to $LOAD_BENCH_DIR (default /tmp/marrow-load-bench).
set -euo pipefail
marrow="$(readlink -f "${1:?give the marrow binary}")"
articles="${2:-1088}"
runs="${3:-3}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${LOAD_BENCH_DIR:-/tmp/marrow-load-bench}"
mkdir -p "$work"
export MARROW_LEXICONS="$root/Lexicons"

corpus="$work/corpus-$articles"
[ -d "$corpus" ] || python3 "$root/Benchmarks/tools/make_articles.py" "$articles" "$corpus" --seed 1 >/dev/null
records="$work/records-$articles.jsonl"
if [ ! -s "$records" ]; then
  "$marrow" extract "$corpus" > "$records.tmp"
  (cd "$root" && "$marrow" extract Corpus) >> "$records.tmp"
  mv "$records.tmp" "$records"
fi
count=$(wc -l < "$records")
echo "load: records $count ($(( $(stat -c %s "$records") / 1048576 )) MiB of JSON Lines, $articles generated articles + Corpus/)"

timed() { # timed CMD... ; prints "cpu wall rss_mib"
  /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" \
    || { cat "$work/err.txt" >&2; return 1; }
  awk '{printf "%.2f %.2f %d\n", $1 + $2, $3, $4 / 1024}' "$work/time.txt"
}

digest() { # digest KB: every table's rows in key order
  for t in "sources ORDER BY id" "source_paths ORDER BY source_id, path" "passages ORDER BY id" "claims ORDER BY id" \
    "claim_sources ORDER BY claim_id, path, source_id" "claim_roles ORDER BY claim_id, role" "evidence ORDER BY id"; do
    sqlite3 "$1" "SELECT * FROM $t"
  done | sha256sum | cut -c1-16
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }'; }

new="$work/new.sqlite"
for run in $(seq "$runs"); do
  rm -f "$new" "$new"-* "$new".lock
  read -r cpu wall rss < <(timed taskset -c 0 "$marrow" load "$records" --kb "$new")
  echo "load: new-file run $run: cpu $cpu s, wall $wall s, rss $rss MiB; $(rate "$count" "$cpu") records/CPU-s, $(rate "$count" "$wall") records/s wall"
done
reference=$(digest "$new")

half=$(( count / 2 ))
head -n "$half" "$records" > "$work/first.jsonl"
tail -n +"$(( half + 1 ))" "$records" > "$work/second.jsonl"
existing="$work/existing.sqlite"; rm -f "$existing" "$existing"-* "$existing".lock
"$marrow" load "$work/second.jsonl" --kb "$existing" >/dev/null
read -r cpu wall rss < <(timed taskset -c 0 "$marrow" load "$work/first.jsonl" --kb "$existing")
same=$([ "$(digest "$existing")" = "$reference" ] && echo identical || echo DIFFERENT)
echo "load: existing-file: $half records into a file of $(( count - half )): cpu $cpu s, wall $wall s, rss $rss MiB; $(rate "$half" "$cpu") records/CPU-s; content $same to one load"

rm -rf "$work/shards"; mkdir -p "$work/shards"
split -n l/16 -d "$records" "$work/shards/part-"
shards=()
for part in "$work/shards"/part-??; do
  "$marrow" load "$part" --kb "$part.sqlite" >/dev/null
  shards+=("$part.sqlite")
done
merged="$work/merged.sqlite"; rm -f "$merged" "$merged"-* "$merged".lock
read -r cpu wall rss < <(timed taskset -c 0 "$marrow" merge "${shards[@]}" --kb "$merged")
forward=$(digest "$merged")
reversed=()
for (( i = ${#shards[@]} - 1; i >= 0; i-- )); do reversed+=("${shards[$i]}"); done
rm -f "$merged" "$merged"-* "$merged".lock
"$marrow" merge "${reversed[@]}" --kb "$merged" >/dev/null
backward=$(digest "$merged")
echo "load: merge 16 shards: cpu $cpu s, wall $wall s, rss $rss MiB; $(rate "$count" "$cpu") records/CPU-s; forward $([ "$forward" = "$reference" ] && echo identical || echo DIFFERENT), reversed $([ "$backward" = "$reference" ] && echo identical || echo DIFFERENT) to one load"

if [ -n "${MARROW_REF:-}" ]; then
  ref="$(readlink -f "$MARROW_REF")"
  refkb="$work/ref.sqlite"; rm -f "$refkb" "$refkb"-* "$refkb".lock
  "$ref" load "$records" --kb "$refkb" >/dev/null
  for command in "claims" "claims --flag contested" "audit osteoarthritis" "audit osteoarthritis --format json" \
    "status --sources" "report" "report --format annotations"; do
    a=$(cd "$root" && $ref $command --kb "$refkb" 2>&1 | sed "s#$refkb#KB#g" | sha256sum | cut -c1-16)
    b=$(cd "$root" && $marrow $command --kb "$new" 2>&1 | sed "s#$new#KB#g" | sha256sum | cut -c1-16)
    echo "load: output of '$command': $([ "$a" = "$b" ] && echo identical || echo "DIFFERENT ($a vs $b)") to MARROW_REF's"
  done
  echo "load: table content $([ "$(digest "$refkb")" = "$reference" ] && echo identical || echo DIFFERENT) to MARROW_REF's load"
fi
