#!/bin/sh
# The html section of the peer benchmarks (see 20-html.section.py for what it measures).
# usage: 20-html.section.sh VENV_PYTHON MARROW [--htmlset DIR] [--quick]
# VENV_PYTHON may be "auto": a throwaway venv with trafilatura, resiliparse and lxml is made
# under /tmp first.
set -e
here=$(cd "$(dirname "$0")" && pwd)
python=$1
marrow=$2
shift 2
if [ "$python" = auto ]; then
    venv=${TMPDIR:-/tmp}/marrow-peers-venv
    [ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet trafilatura resiliparse lxml; }
    python=$venv/bin/python
fi
exec "$python" "$here/20-html.section.py" "$marrow" "$@"
