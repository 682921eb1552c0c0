"""The bundled Amiri fonts: registration, glyph coverage, and copyable subsets.

reportlab embeds a TrueType font as 256-glyph subsets, each with a ToUnicode CMap that
maps a code to the character drawn with it. `CopyableTTFont` replaces those CMaps, once
reportlab has built the subset objects, with maps to base letters (see tounicode.py).

Characters the font lacks would draw as the missing-glyph box; `drawable` swaps them
for what the font has: a presentation form for its letters, other gaps for '?'.
"""

from __future__ import annotations

import threading
import unicodedata
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


class FontMetrics:
    """What layout needs from one font: widths and glyph coverage."""

    def __init__(self, font: TTFont):
        self.font = font
        self._cmap = font.face.charToGlyph
        self.has = self._cmap.__contains__
        self._chars = frozenset(map(chr, self._cmap)) | {" "}
        self._widths: dict[str, float] = {}

    def width(self, text: str, size: float) -> float:
        return self.font.stringWidth(text, size)

    def word_width(self, word: str, size: float) -> float:
        """Width of a word; words recur so often in running text that they are cached."""
        units = self._widths.get(word)
        if units is None:
            units = self._widths[word] = self.font.stringWidth(word, 1000)
        return units * size / 1000.0

    @lru_cache(maxsize=None)
    def char_width(self, ch: str) -> float:
        """Advance of one character, in thousandths of an em."""
        return self.font.stringWidth(ch, 1000)

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
        if self._chars.issuperset(text):
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
