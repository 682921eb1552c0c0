"""Which side a piece of text starts on: its own direction, whatever the interface's."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


_LEADING = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
_TRAILING = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)


def text_alignment(text: str) -> int:
    """Start each text on its own side: Arabic at the right, English at the left,
    whichever way the interface runs (leading when they agree, trailing when not)."""
    ui_rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rtl = ui_rtl
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL", "L"):
            rtl = kind != "L"
            break
    # Precomputed: an item view asks for this for every row it lays out or paints.
    return _LEADING if rtl == ui_rtl else _TRAILING
