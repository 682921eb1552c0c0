"""Finding a quote in its article and anchoring it there (quote, context, offsets).

Quotes are found whitespace-tolerantly: any run of whitespace in the quote matches any
run in the article (line breaks, double spaces, no-break spaces), so a quote copied from
elsewhere still anchors. The search works on the article with each run of whitespace
squeezed to one space, so it is one substring search (linear in the article) and never
backtracks, however repetitive the article and however long the quote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

CONTEXT_CHARS = 60
_SPACES = re.compile(r"\s+")


class QuoteNotFound(LookupError):
    """The quoted text does not occur in the article."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class _Squeezed:
    """A body with each whitespace run as one space, and where each run ends in the body."""

    text: str
    run_ends: tuple[int, ...]

    def to_body(self, offset: int) -> int:
        """The body offset of a character of the squeezed text."""
        runs = self.text.count(" ", 0, offset)
        if runs == 0:
            return offset
        return self.run_ends[runs - 1] + (offset - self.text.rfind(" ", 0, offset) - 1)


@lru_cache(maxsize=4)
def _squeezed(body: str) -> _Squeezed:
    # Cached: an import quotes the same article many times over.
    return _Squeezed(_squeeze(body), tuple(m.end() for m in _SPACES.finditer(body)))


def anchor_at(body: str, start: int, end: int) -> Anchor:
    """The anchor of ``body[start:end]``, trimmed of surrounding whitespace."""
    if not (0 <= start < end <= len(body)):
        raise QuoteNotFound(f"offsets {start}-{end} are outside the article")
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        raise QuoteNotFound("the selection holds no text")
    return Anchor(start, end, body[start:end], body[max(0, start - CONTEXT_CHARS):start],
                  body[end:end + CONTEXT_CHARS])


def _is_word(ch: str) -> bool:
    # Letters, digits and the marks that sit on Arabic letters (tashkeel, tatweel).
    return ch.isalnum() or ch in "_\u0640" or "\u064b" <= ch <= "\u065f" or ch == "\u0670"


def snap_to_words(body: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start``-``end`` so it neither begins nor ends inside a word: a selection
    made with the mouse often misses a word's first or last letter."""
    start, end = max(0, start), min(len(body), end)
    while 0 < start < len(body) and _is_word(body[start]) and _is_word(body[start - 1]):
        start -= 1
    while 0 < end < len(body) and _is_word(body[end - 1]) and _is_word(body[end]):
        end += 1
    return start, end


def find_quote(body: str, quote: str, near: int | None = None) -> Anchor:
    """Anchor ``quote`` in ``body``, whitespace-tolerant; the occurrence nearest ``near``."""
    needle = " ".join(quote.split())
    if not needle:
        raise QuoteNotFound("the quote is empty")
    squeezed = _squeezed(body)
    text = squeezed.text
    if near is None:
        found = text.find(needle)
    else:
        # The nearest occurrence is the first one from ``near`` on or the last one before.
        pivot = len(_squeeze(body[:max(0, near)]))
        after = text.find(needle, pivot)
        before = text.rfind(needle, 0, pivot + len(needle) - 1)
        candidates = [i for i in (before, after) if i != -1]  # a tie goes to the earlier
        found = min(candidates, key=lambda i: abs(squeezed.to_body(i) - near),
                    default=-1)
    if found == -1:
        raise QuoteNotFound("the quote does not occur in the article")
    last = found + len(needle) - 1
    return anchor_at(body, squeezed.to_body(found), squeezed.to_body(last) + 1)
