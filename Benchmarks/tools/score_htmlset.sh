#!/bin/sh
# Scores `marrow clean` on ../shared/htmlset (main-text snippets and metadata), all pages, the
# tuning part and the check part (every fifth page by id). usage: score_htmlset.sh [MARROW] [--show]
here=$(cd "$(dirname "$0")" && pwd)
marrow=${1:-$here/../../.build/release/marrow}
[ $# -gt 0 ] && shift
exec python3 "$here/score_htmlset.py" "$marrow" --htmlset "$here/../../../shared/htmlset" "$@"
