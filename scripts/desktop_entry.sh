#!/usr/bin/env bash
# Installs Dossier in the user's desktop menus (freedesktop.org): a desktop entry that
# launches this checkout's ./dossier.sh, and the app's icon in the hicolor theme.
#   $XDG_DATA_HOME/applications/dossier.desktop            (default ~/.local/share)
#   $XDG_DATA_HOME/icons/hicolor/scalable/apps/dossier.svg
# Run by scripts/bootstrap.sh when a desktop is wanted (./dossier.sh); safe to run again:
# it writes only what changed. Nothing outside those two files is touched, except the
# menus' own caches, refreshed when their tools are installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$DATA/applications"
icons="$DATA/icons/hicolor"

# A path in Exec is quoted, with ", `, $ and \ escaped (the Desktop Entry Specification);
# % is doubled.
exec_path=$ROOT/dossier.sh
exec_path=${exec_path//\\/\\\\\\\\}
exec_path=${exec_path//\"/\\\\\"}
exec_path=${exec_path//\`/\\\\\`}
exec_path=${exec_path//\$/\\\\\$}
exec_path=${exec_path//%/%%}

write_if_changed() {  # target, mode; the new content on stdin
  local target=$1 mode=$2 tmp
  mkdir -p "$(dirname "$target")"
  tmp="$(mktemp "$target.XXXXXX")"
  cat > "$tmp"
  chmod "$mode" "$tmp"
  if [ -f "$target" ] && cmp -s "$tmp" "$target"; then
    rm -f "$tmp"
    return 1
  fi
  mv -f "$tmp" "$target"
}

changed=0
if write_if_changed "$icons/scalable/apps/dossier.svg" 644 < "$ROOT/resources/icons/dossier.svg"; then
  changed=1
fi
if write_if_changed "$apps/dossier.desktop" 644 <<ENTRY
[Desktop Entry]
Type=Application
Version=1.5
Name=Dossier
Name[ar]=دوسييه
GenericName=Press briefing composer
GenericName[ar]=محرر الإحاطات الصحفية
Comment=Browse Arabic press articles, take excerpts and compose briefings as PDF or Word
Comment[ar]=تصفح مقالات الصحافة العربية واقتطف منها وألّف إحاطات بصيغة PDF أو Word
Exec="$exec_path"
Icon=dossier
Terminal=false
Categories=Office;News;
Keywords=briefing;press;Arabic;excerpt;PDF;إحاطة;صحافة;
StartupNotify=true
ENTRY
then
  changed=1
fi
if [ "$changed" = 1 ]; then
  printf 'dossier setup: %s\n' "added Dossier to the desktop menus ($apps/dossier.desktop)" >&2
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
fi
