#!/usr/bin/env bash
# Sets up everything Dossier needs on a Debian-like machine, then returns.
# Sourced by ./dossier.sh and ./test.sh. Safe to run again: it only does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DOSSIER_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

say() { printf 'dossier setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else say "need root to run: $*"; return 1
  fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || { say "please install: $*"; return 1; }
  if [ "$APT_UPDATED" = 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  say "installing system packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# grep reads all of the list: an early exit would break the pipe under pipefail.
have_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }

# Python 3.11 or newer.
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "Python 3.11 or newer is needed as '$PY' (set PYTHON=...)"; exit 1
fi

# System libraries Qt loads (offscreen and on a desktop), and the PDF tools the tests use.
want=()
have_lib libEGL.so.1 || want+=(libegl1)
have_lib libGL.so.1 || want+=(libgl1)
have_lib libxkbcommon.so.0 || want+=(libxkbcommon0)
have_lib libfontconfig.so.1 || want+=(libfontconfig1)
have_lib libfreetype.so.6 || want+=(libfreetype6)
have_lib libdbus-1.so.3 || want+=(libdbus-1-3)
have_lib libglib-2.0.so.0 || want+=(libglib2.0-0)
if [ "${DOSSIER_WANT_DESKTOP:-0}" = 1 ]; then
  have_lib libxcb-cursor.so.0 || want+=(libxcb-cursor0)
  have_lib libxkbcommon-x11.so.0 || want+=(libxkbcommon-x11-0)
  have_lib libxcb-icccm.so.4 || want+=(libxcb-icccm4)
  have_lib libxcb-keysyms.so.1 || want+=(libxcb-keysyms1)
  have_lib libxcb-shape.so.0 || want+=(libxcb-shape0)
  have_lib libxcb-render-util.so.0 || want+=(libxcb-render-util0)
  have_lib libxcb-image.so.0 || want+=(libxcb-image0)
  have_lib libX11-xcb.so.1 || want+=(libx11-xcb1)
fi
if [ "${DOSSIER_WANT_TESTS:-0}" = 1 ]; then
  command -v pdftotext >/dev/null 2>&1 || want+=(poppler-utils)
  # The Unicode bidi conformance file the layout tests check against.
  [ -f /usr/share/unicode/BidiCharacterTest.txt ] || want+=(unicode-data)
fi
if ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
  want+=("python3-venv")
fi
if [ ${#want[@]} -gt 0 ]; then apt_install "${want[@]}"; fi

# The virtual environment and the pinned packages, reinstalled only when pyproject changes.
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PY" -m venv "$VENV"
fi
extras=""
[ "${DOSSIER_WANT_TESTS:-0}" = 1 ] && extras="[test]"
stamp="$VENV/.dossier-installed$extras"
sum="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
  say "installing Python packages"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT$extras"
  echo "$sum" > "$stamp"
fi

# On a desktop: Dossier in the menus, with its icon (freedesktop.org; Linux and the BSDs).
if [ "${DOSSIER_WANT_DESKTOP:-0}" = 1 ] && [ "$(uname -s)" != Darwin ] && [ "${DOSSIER_NO_MENU_ENTRY:-0}" != 1 ]; then
  bash "$ROOT/scripts/desktop_entry.sh" || say "could not add Dossier to the desktop menus"
fi
