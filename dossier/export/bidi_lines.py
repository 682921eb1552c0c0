"""Line layout of one paragraph: wrap in logical order, reorder each line when drawn.

Reordering a whole paragraph before wrapping would put its last line at the top, so the
order of work is fixed: shape the paragraph (logical order), break it into lines by
measured width (still logical, so line order and page splits stay right), and only then
turn each finished line into visual order, with the paragraph's direction carried into
the line. A word wider than the line is broken inside, at a URL's punctuation when it
can be, so nothing runs off the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from unicodedata import category

from .fonts import FontMetrics
from .shaping import is_rtl, shape
from .uba import visual_line

_URL_BREAKS = "/.-?&=_#:"
MAX_STRETCH_EM = 1.5


@dataclass(frozen=True)
class Line:
    """One wrapped line, in logical order, with its natural width in points."""

    text: str
    width: float
    spaces: int
    last: bool


@dataclass(frozen=True)
class WrappedParagraph:
    rtl: bool
    lines: tuple[Line, ...]


def _split_long_word(word: str, font: FontMetrics, size: float, limit: float) -> list[str]:
    """Pieces of a word too wide for the line, each fitting, broken between clusters."""
    pieces: list[str] = []
    start = 0
    width = 0.0
    last_break = -1
    i = 0
    scale = size / 1000.0
    while i < len(word):
        ch = word[i]
        advance = font.char_width(ch) * scale
        # Never separate a mark from the letter before it.
        if width + advance > limit and i > start and category(ch) != "Mn":
            cut = last_break + 1 if last_break >= start and last_break + 1 > start else i
            pieces.append(word[start:cut])
            start = cut
            width = sum(font.char_width(c) for c in word[start:i]) * scale
            last_break = -1
            # What was carried over from the break may still not leave room: look again.
            continue
        if ch in _URL_BREAKS:
            last_break = i
        width += advance
        i += 1
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def wrap(text: str, font: FontMetrics, size: float, width: float) -> WrappedParagraph:
    """Shape a paragraph and break it into lines no wider than `width` points."""
    rtl = is_rtl(text)
    shaped = font.drawable(shape(text))
    space = font.width(" ", size)
    words: list[tuple[str, float]] = []
    for word in shaped.split(" "):
        if not word:
            continue
        w = font.word_width(word, size)
        if w <= width:
            words.append((word, w))
        else:
            words.extend((p, font.width(p, size)) for p in _split_long_word(word, font, size, width))
    lines: list[Line] = []
    current: list[str] = []
    current_width = 0.0
    for word, w in words:
        if current and current_width + space + w > width:
            lines.append(Line(" ".join(current), current_width, len(current) - 1, False))
            current, current_width = [], 0.0
        current_width += (space if current else 0.0) + w
        current.append(word)
    if current:
        lines.append(Line(" ".join(current), current_width, len(current) - 1, True))
    return WrappedParagraph(rtl, tuple(lines))


def visual(line: Line, rtl: bool) -> str:
    """The line in drawing order (left to right), brackets mirrored where needed."""
    return visual_line(line.text, rtl)


def space_extra(line: Line, width: float, justify: bool, size: float) -> float:
    """Extra points per space that make the line fill `width` (none on a last line).

    A line left short by an unbreakable word that follows (a long URL) would open gaps
    of several ems; such a line is set flush to its start instead.
    """
    if not justify or line.last or line.spaces == 0:
        return 0.0
    extra = max(0.0, (width - line.width) / line.spaces)
    return extra if extra <= MAX_STRETCH_EM * size else 0.0
