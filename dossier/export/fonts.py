"""The bundled Amiri fonts: registration, glyph coverage, and copyable subsets.

reportlab embeds a TrueType font as 256-glyph subsets, each with a ToUnicode CMap that
maps a code to the character drawn with it. `CopyableTTFont` replaces those CMaps, once
reportlab has built the subset objects, with maps to base letters (see tounicode.py).

Characters the font lacks would draw as the missing-glyph box; `drawable` swaps them
for what the font has: a presentation form for its letters, other gaps for '?'.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dossier.paths import font_path

from .tounicode import build_cmap

REGULAR = "DossierAmiri"
BOLD = "DossierAmiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}
_lock = threading.Lock()


class CopyableTTFont(TTFont):
    """A TrueType font whose embedded subsets copy and search as base letters."""

    def addObjects(self, doc):  # noqa: N802 - reportlab's hook name
        state = self.state.get(doc)
        if state is None:
            return super().addObjects(doc)
        subsets = [list(subset) for subset in state.subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets):
            pdf_font = fonts[name]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = build_cmap(pdf_font.BaseFont, subset)


@dataclass(frozen=True)
class MarkBox:
    """Horizontal extent of a zero-width mark's outline, in thousandths of an em."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float


class FontMetrics:
    """What layout needs from one font: widths, coverage and mark outlines."""

    def __init__(self, font: TTFont):
        self.font = font
        face = font.face
        self._cmap = face.charToGlyph
        self._scale = 1000.0 / face.unitsPerEm
        self._glyf = face.get_table_pos("glyf")[0]
        self._loca = face.glyphPos
        self._data = face._ttf_data
        self.has = self._cmap.__contains__

    def width(self, text: str, size: float) -> float:
        return self.font.stringWidth(text, size)

    @lru_cache(maxsize=None)
    def char_width(self, ch: str) -> float:
        """Advance of one character, in thousandths of an em."""
        return self.font.stringWidth(ch, 1000)

    @lru_cache(maxsize=None)
    def mark_box(self, ch: str) -> MarkBox | None:
        """Outline bounds of a glyph, read from the font's glyf table."""
        glyph = self._cmap.get(ord(ch))
        if glyph is None or glyph + 1 >= len(self._loca):
            return None
        start = self._loca[glyph]
        if self._loca[glyph + 1] == start:
            return None
        offset = self._glyf + start + 2
        x0, y0, x1, y1 = struct.unpack(">hhhh", self._data[offset : offset + 8])
        s = self._scale
        return MarkBox(x0 * s, x1 * s, y0 * s, y1 * s)

    @lru_cache(maxsize=None)
    def substitute(self, ch: str) -> str:
        """What to draw for a character: itself if the font has it, else the nearest."""
        if ch == " " or self.has(ord(ch)):
            return ch
        if unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp"):
            return ""
        letters = unicodedata.normalize("NFKC", ch).strip()
        if letters and letters != ch and all(self.has(ord(c)) for c in letters):
            return letters
        return "?"

    def drawable(self, text: str) -> str:
        if all(ch == " " or self.has(ord(ch)) for ch in text):
            return text
        return "".join(self.substitute(ch) for ch in text)


@lru_cache(maxsize=None)
def metrics(name: str) -> FontMetrics:
    register()
    return FontMetrics(pdfmetrics.getFont(name))


def register() -> None:
    """Register both faces with reportlab once per process."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
                pdfmetrics.registerFont(CopyableTTFont(name, str(font_path(filename))))
