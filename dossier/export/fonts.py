"""The bundled Amiri faces: shaping faces for layout and their registration for the PDF.

Amiri carries Arabic, Persian and Urdu letters and a Latin alphabet with its own Latin
punctuation (selected by shaping Latin runs as Latin script), so one face serves
a whole line. reportlab still gets the regular face registered, only as the canvas's
initial font, which keeps its unembedded default font out of the file.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dossier.paths import font_path

from .opentype import Face

REGULAR = "DossierAmiri"
BOLD = "DossierAmiri-Bold"
_FILES = {REGULAR: ("Amiri-Regular.ttf", "Amiri-Regular"), BOLD: ("Amiri-Bold.ttf", "Amiri-Bold")}
_lock = threading.Lock()
# Characters that shape but have no glyph of their own to look up.
_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                       "\u2066\u2067\u2068\u2069\u00ad")


@lru_cache(maxsize=None)
def face(name: str) -> Face:
    filename, ps_name = _FILES[name]
    return Face(str(font_path(filename)), ps_name)


@lru_cache(maxsize=None)
def _substitute(name: str, ch: str) -> str:
    """What to draw for a character the face lacks: its compatibility letters, else '?'."""
    has = face(name).has
    if unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp"):
        return ""
    letters = unicodedata.normalize("NFKC", ch).strip()
    if letters and letters != ch and all(has(c) for c in letters):
        return letters
    return "?"


@lru_cache(maxsize=None)
def _covered(name: str) -> frozenset[str]:
    return frozenset(map(chr, face(name).face.unicodes)) | _INVISIBLE | {" "}


def drawable(name: str, text: str) -> str:
    """The text with characters the face lacks replaced, so none draws as a box."""
    covered = _covered(name)
    if covered.issuperset(text):
        return text
    return "".join(ch if ch in covered else _substitute(name, ch) for ch in text)


def register() -> None:
    """Register the regular face with reportlab once per process (initial font only)."""
    with _lock:
        if REGULAR not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(_FILES[REGULAR][0]))))
