#!/usr/bin/env bash
# Launch Dossier on its default library (created with the bundled articles on first run).
# Any arguments go to the dossier command, e.g. ./dossier.sh --db other.sqlite
set -euo pipefail
cd "$(dirname "$0")"
export DOSSIER_WANT_DESKTOP=1
source scripts/bootstrap.sh
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "dossier: no display found (DISPLAY is not set); run it on a desktop, or under xvfb-run" >&2
  exit 2
fi
exec .venv/bin/python -m dossier "$@"
