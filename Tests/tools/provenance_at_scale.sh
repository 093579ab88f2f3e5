#!/usr/bin/env bash
# The provenance and size figures of issue 8: every record of a 10,000-article generated corpus
# and of 50 generated pages of 1–20 MB checked by Tests/tools/check_provenance.py, and the time
# and peak memory of single large inputs, all with a release build.
#
#   Tests/tools/provenance_at_scale.sh WORK [corpus|pages|large]...   (default: all three)
#
# WORK receives the generated inputs (about 0.5 GB) and the records (several GB for the pages).
# Large inputs: text of 4, 8, 20 and 50 MB and an HTML page of 20 MB, each under
# `timeout ${LARGE_TIMEOUT:-900}` s. Build first: swift build -c release --product marrow
set -uo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work="${1:?usage: provenance_at_scale.sh WORK [corpus|pages|large]...}"
shift
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(corpus pages large)
marrow="$root/.build/release/marrow"
[ -x "$marrow" ] || { echo "no $marrow: swift build -c release --product marrow"; exit 1; }
export MARROW_LEXICONS="$root/Lexicons"
mkdir -p "$work"

# Runs marrow extract on $2… into $1.jsonl and prints wall time and peak memory.
extract() {
  local name="$1"; shift
  timeout "${LARGE_TIMEOUT:-900}" /usr/bin/time -v "$marrow" extract "$@" > "$work/$name.jsonl" 2> "$work/$name.err"
  local status=$?
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$work/$name.err" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/$name.err" | awk '{print $NF}')
  if [ $status -eq 124 ]; then echo "$name: not finished in ${LARGE_TIMEOUT:-900} s"; else
    echo "$name: exit $status, wall ${wall:-?}, peak RSS $(( ${rss:-0} / 1024 )) MB, $(wc -l < "$work/$name.jsonl") records"; fi
}

for part in "${parts[@]}"; do
  case "$part" in
    corpus)
      [ -d "$work/articles" ] || python3 Tests/tools/make_articles.py "$work/articles" --count 10000 --seed 1
      extract articles --jobs 2 "$work/articles"
      python3 Tests/tools/check_provenance.py "$work/articles.jsonl" ;;
    pages)
      [ -d "$work/pages" ] || python3 Tests/tools/make_pages.py "$work/pages" --count 50 --min-bytes 1000000 --max-bytes 20000000 --seed 1
      extract pages --jobs 2 "$work/pages"
      python3 Tests/tools/check_provenance.py "$work/pages.jsonl" ;;
    large)
      for mb in 4 8 20 50; do
        [ -f "$work/text-${mb}mb.txt" ] || python3 Tests/tools/make_articles.py "$work/text-${mb}mb.txt" --bytes $(( mb * 1000000 )) --seed "$mb"
        extract "text-${mb}mb" --jobs 1 "$work/text-${mb}mb.txt"
      done
      [ -f "$work/page-20mb.html" ] || python3 Tests/tools/make_pages.py "$work/page-20mb.html" --bytes 20000000 --seed 20
      extract page-20mb --jobs 1 "$work/page-20mb.html" ;;
    *) echo "unknown part $part"; exit 64 ;;
  esac
done
