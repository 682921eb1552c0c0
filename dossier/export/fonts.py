"""The bundled faces: Amiri for the dossier, Noto Serif for what Amiri lacks.

Amiri carries Arabic, Persian and Urdu letters and a Latin alphabet with its own Latin
punctuation (selected by shaping Latin runs as Latin script), so one face serves most
lines. It has no Cyrillic and little of Latin Extended or IPA (no ə for Azerbaijani):
a run Amiri cannot draw is drawn from the companion face, Noto Serif, which covers
Latin, Latin Extended, IPA, Greek and Cyrillic, scaled so its letters stand as tall as
Amiri's. A character neither face has is drawn as a box (see line_text.py) and named
in the export's result, never dropped or replaced silently.

reportlab still gets the regular Amiri face registered, only as the canvas's initial
font, which keeps its unembedded default font out of the file.
"""

from __future__ import annotations

import re
import struct
import threading
import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dossier.paths import font_path

from .opentype import Face

REGULAR = "DossierAmiri"
BOLD = "DossierAmiri-Bold"
COMPANION = {REGULAR: "DossierNotoSerif", BOLD: "DossierNotoSerif-Bold"}
_FILES = {
    REGULAR: ("Amiri-Regular.ttf", "Amiri-Regular"),
    BOLD: ("Amiri-Bold.ttf", "Amiri-Bold"),
    COMPANION[REGULAR]: ("NotoSerif-Regular.ttf", "NotoSerif"),
    COMPANION[BOLD]: ("NotoSerif-Bold.ttf", "NotoSerif-Bold"),
}
_PRIMARY = {companion: primary for primary, companion in COMPANION.items()}
_ARABIC_BLOCKS = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_lock = threading.Lock()
# Characters that shape but have no glyph of their own to look up.
_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                       "\u2066\u2067\u2068\u2069\u00ad\ufe0e\ufe0f")


def _heights(f: Face) -> tuple[int, int]:
    os2 = f.face.reference_table("OS/2").data
    return struct.unpack(">hh", os2[86:90])  # sxHeight, sCapHeight


@lru_cache(maxsize=None)
def face(name: str) -> Face:
    filename, ps_name = _FILES[name]
    opened = Face(str(font_path(filename)), ps_name)
    primary = _PRIMARY.get(name)
    if primary is not None:
        # Noto Serif's x-height is a fifth taller than Amiri's, its capitals a tenth:
        # scaled between the two, a Latin word from either face looks the same size.
        (x_own, cap_own), (x_primary, cap_primary) = _heights(opened), _heights(face(primary))
        factor = (x_primary + cap_primary) / (x_own + cap_own)
        opened.size_factor = factor
        opened.unit_scale = factor * face(primary).upem / opened.upem
    return opened


@lru_cache(maxsize=None)
def covered(name: str) -> frozenset[str]:
    """The characters a face draws (or that need no glyph)."""
    return frozenset(map(chr, face(name).face.unicodes)) | _INVISIBLE | {" "}


@lru_cache(maxsize=None)
def _substitute(name: str, ch: str) -> str:
    """What to draw for a character no bundled face has: nothing for a control, its
    compatibility letters when Amiri has them (a presentation form, a ligature sign),
    else the character itself, which is drawn as a box."""
    if unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp"):
        return ""
    letters = unicodedata.normalize("NFKC", ch).strip()
    if letters and letters != ch and covered(name).issuperset(letters):
        return letters
    return ch


def drawable(name: str, text: str) -> str:
    """The text with what no bundled face draws replaced where something can stand for it."""
    primary = covered(name)
    if primary.issuperset(text):
        return text
    companion = covered(COMPANION[name])
    return "".join(ch if ch in primary or ch in companion else _substitute(name, ch)
                   for ch in text)


def run_faces(name: str, text: str, arabic: bool) -> list[tuple[str, str]]:
    """(text, face name) parts of one run, for a run Amiri does not wholly cover.

    A run of another script goes whole to the face that lacks fewer of its characters
    (the companion when they lack as many: its box is the wider),
    so a word never mixes two designs. An Arabic run stays with Amiri, which joins its
    letters, except for characters only the companion has (a sign, a symbol), and signs
    outside the Arabic blocks that neither has (drawn as the companion's wider box),
    taken out as parts of their own; marks stay with the character before them.
    """
    other = COMPANION[name]
    mine, theirs = covered(name), covered(other)
    if not arabic:
        lacks_mine = sum(ch not in mine for ch in text)
        lacks_theirs = sum(ch not in theirs for ch in text)
        return [(text, other if lacks_theirs <= lacks_mine else name)]
    parts: list[tuple[str, str]] = []
    for ch in text:
        choice = other if ch not in mine and (ch in theirs or not _ARABIC_BLOCKS.match(ch)) else name
        if parts and (parts[-1][1] == choice or unicodedata.category(ch).startswith("M")):
            parts[-1] = (parts[-1][0] + ch, parts[-1][1])
        else:
            parts.append((ch, choice))
    return parts


def companion_words(name: str, words: list[str]) -> list[bool]:
    """Which words of a paragraph are set in the companion face wherever it can draw them:
    every word of a stretch without Arabic letters where some word needs the companion,
    so a Latin or Cyrillic phrase ("Azərbaycan Respublikası") keeps one design."""
    mine, theirs = covered(name), covered(COMPANION[name])
    flags = [False] * len(words)
    start, needed = 0, False
    for i, word in enumerate(words):
        if _ARABIC_BLOCKS.search(word):
            if needed:
                flags[start:i] = [True] * (i - start)
            start, needed = i + 1, False
        elif not needed and any(ch not in mine and ch in theirs for ch in word):
            needed = True
    if needed:
        flags[start:] = [True] * (len(words) - start)
    return flags


def lacking(name: str, text: str) -> str:
    """The characters of `text` that the face `name` cannot draw."""
    have = covered(name)
    return "".join(ch for ch in text if ch not in have)


def register() -> None:
    """Register the regular face with reportlab once per process (initial font only)."""
    with _lock:
        if REGULAR not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(_FILES[REGULAR][0]))))
