"""Finding a quote in its article and anchoring it there (quote, context, offsets)."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT_CHARS = 60


class QuoteNotFound(LookupError):
    """The quoted text does not occur in the article."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def _pattern(quote: str) -> re.Pattern | None:
    words = quote.split()
    if not words:
        return None
    # Any run of whitespace in the quote matches any run in the article (line breaks,
    # double spaces, no-break spaces), so a quote copied from elsewhere still anchors.
    return re.compile(r"\s+".join(re.escape(w) for w in words))


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


def find_quote(body: str, quote: str, near: int | None = None) -> Anchor:
    """Anchor ``quote`` in ``body``, whitespace-tolerant; the occurrence nearest ``near``."""
    pattern = _pattern(quote)
    if pattern is None:
        raise QuoteNotFound("the quote is empty")
    found = [m for m in pattern.finditer(body)]
    if not found:
        raise QuoteNotFound("the quote does not occur in the article")
    match = found[0] if near is None else min(found, key=lambda m: abs(m.start() - near))
    return anchor_at(body, match.start(), match.end())
