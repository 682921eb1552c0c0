#!/usr/bin/env bash
# Run the whole test suite (sets up what it needs first). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
export DOSSIER_WANT_TESTS=1
source scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
