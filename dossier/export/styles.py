"""Type sizes and spacing of the dossier.

Amiri's marks reach well above and below the letters, so leading is generous (about
1.8 times the size) to keep tashkeel of one line off the next.
"""

from __future__ import annotations

from .fonts import BOLD, REGULAR
from .layout import Style

BODY = Style(REGULAR, 12, 21, "justify", space_after=6)
SUMMARY = Style(REGULAR, 12.5, 22, "justify", space_after=8)
MUTED = Style(REGULAR, 11, 19, "start", grey=0.4, space_after=6)
QUOTE = Style(REGULAR, 11.5, 20, "justify", indent=22, space_before=4, quote=True)
ATTRIBUTION = Style(REGULAR, 9.5, 17, "start", indent=22, grey=0.35, space_after=8)
NOTE = Style(REGULAR, 10.5, 18, "start", space_after=3)
HEADING = Style(BOLD, 16, 28, "start", space_before=14, space_after=6, keep_with_next=True)
TOC_ENTRY = Style(REGULAR, 12.5, 24, "start")
COVER_MARKING = Style(BOLD, 14, 26, "center", space_after=24, grey=0.25)
COVER_TITLE = Style(BOLD, 28, 48, "center", space_after=10)
COVER_SUBTITLE = Style(REGULAR, 17, 30, "center", grey=0.25)
COVER_LINE = Style(REGULAR, 13.5, 26, "center")
HEADER = Style(REGULAR, 9, 14, "start", grey=0.35)
