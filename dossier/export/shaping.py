"""Text preparation before layout: clean-up, paragraph direction, Arabic shaping, digits.

Shaping happens here, in logical order, before any line is measured: the reshaper turns
letters into their joined presentation forms (and lam-alef into one ligature), keeping
the tashkeel it would drop by default.
"""

from __future__ import annotations

import re
from functools import lru_cache
from unicodedata import bidirectional

import arabic_reshaper

# Explicit bidi controls and marks: the layout carries direction itself, and a control
# left in the text would draw as a box or confuse text extraction.
_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF], None
)
# Joiners only steer the reshaper; they have no glyph of their own to draw.
_JOINERS = dict.fromkeys([0x200C, 0x200D, 0x00AD], None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# The Allah ligature already carries its own shadda: the word's own marks would pile on
# top of it, so the word is drawn letter by letter like any other.
_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "delete_tatweel": False,
        "support_ligatures": True,
        "arabic ligature allah": False,
    }
)
# Shadda with a vowel, in either typed order, drawn as the font's combined mark so the
# two do not overprint (U+FC5E-FC63).
_SHADDA_VOWEL = {"\u064c": "\ufc5e", "\u064d": "\ufc5f", "\u064e": "\ufc60",
                 "\u064f": "\ufc61", "\u0650": "\ufc62", "\u0670": "\ufc63"}
_SHADDA_PAIR = re.compile("\u0651([\u064c-\u0650\u0670])|([\u064c-\u0650\u0670])\u0651")


def _combine_shadda(text: str) -> str:
    if "\u0651" not in text:
        return text
    return _SHADDA_PAIR.sub(lambda m: _SHADDA_VOWEL[m.group(1) or m.group(2)], text)


def clean(text: str) -> str:
    """One paragraph's text: controls gone, runs of spaces and tabs folded to one space."""
    text = text.translate(_CONTROLS)
    return _SPACES.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of a note or excerpt, one per line break."""
    parts = (clean(part) for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [part for part in parts if part]


def is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (UAX #9 P2-P3).

    A paragraph with no strong character at all (numbers, punctuation) takes the
    document's direction, right to left.
    """
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return True


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")


@lru_cache(maxsize=65536)
def _shape_word(word: str) -> str:
    if not _ARABIC.search(word):
        return word.translate(_JOINERS)
    return _combine_shadda(_reshaper.reshape(word).translate(_JOINERS))


def shape(text: str) -> str:
    """Joined presentation forms for the Arabic in text, in logical order.

    Letters never join across a space, so each word is shaped on its own; words recur
    so much in running text that caching them makes shaping nearly free.
    """
    return " ".join([_shape_word(word) for word in text.split(" ")])


def to_arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_INDIC)
