"""Text preparation before layout: clean-up, paragraphs, digits.

Bidi controls typed by an author stay in the text: layout honours them (uba.py) and
leaves them undrawn. Only the byte-order mark, which means nothing inside a paragraph,
is removed.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def clean(text: str) -> str:
    """One paragraph's text: runs of spaces and tabs folded to one space."""
    return _SPACES.sub(" ", text.replace("\ufeff", "")).strip()


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of a note or excerpt, one per line break."""
    parts = (clean(part) for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [part for part in parts if part]


def to_arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_INDIC)
