"""The reader's document for one article, built so that any article opens at once.

Qt lays out a text block as one piece: a paragraph of 200,000 characters (or one word of
a million) costs seconds to lay out, and every later format change lays it out again.
So the body is shown in display blocks of at most ``CHUNK`` characters, cut at a
sentence end, else at a space, else between two characters; the highlights are applied
while the text is inserted, as runs, never merged in afterwards; and the document is
filled before any view holds it, so its layout runs once, lazily, when it is shown.

Each display block keeps an exact map to the body: a selection maps back to exactly the
body text it shows, whatever the cuts (excerpts are anchored by those offsets).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextOption

from ..model import PARAGRAPH, SUBHEADING, Article, Block, Excerpt

CHUNK = 2000  # characters in a display block at most
EXCERPT_COLOR = QColor("#fff1a8")
MENTION_COLOR = QColor("#dbeafe")
MENTION_INK = QColor("#1e3a8a")
MENTION, EXCERPT = 1, 2  # bits of a run's marks

_SENTENCE_END = re.compile(r"[.!?؟…۔][\"'»”)\]]*\s+")
_SPACE = re.compile(r"\s+")


def utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 units: a character beyond the BMP takes two."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True)
class Segment:
    """A run of body text shown unbroken from document position ``doc``."""

    doc: int
    body: int
    text: str

    @property
    def doc_end(self) -> int:
        return self.doc + utf16_len(self.text)

    @property
    def body_end(self) -> int:
        return self.body + len(self.text)

    def to_doc(self, offset: int) -> int:
        return self.doc + utf16_len(self.text[: offset - self.body])

    def to_body(self, position: int) -> int:
        units = position - self.doc
        for count, ch in enumerate(self.text):
            if units <= 0:
                return self.body + count
            units -= 2 if ord(ch) > 0xFFFF else 1
        return self.body_end


def _joins_previous(ch: str) -> bool:
    """A character that must stay with the one before it (a mark, a joiner)."""
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a display block that starts at ``start`` and may hold ``limit``."""
    low, high = start + limit // 2, start + limit
    window = text[low:high]
    best = -1
    for pattern in (_SENTENCE_END, _SPACE):
        for match in pattern.finditer(window):
            best = match.end()
        if best > 0:
            return low + best
    cut = high
    while cut > start + 1 and _joins_previous(text[cut]):
        cut -= 1
    return cut


def display_pieces(text: str, start: int, end: int, limit: int = CHUNK) -> list[tuple[int, int]]:
    """``text[start:end]`` as consecutive (start, end) pieces of at most ``limit`` characters."""
    pieces = []
    while end - start > limit:
        cut = _cut(text, start, limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def mark_changes(length: int, marks: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """Positions where the set of marks changes, and the marks (bits) from each on."""
    events: list[tuple[int, int, int]] = []
    for start, end, bit in marks:
        start, end = max(0, start), min(length, end)
        if start < end:
            events.append((start, 1, bit))
            events.append((end, -1, bit))
    events.sort()
    counts = {MENTION: 0, EXCERPT: 0}
    positions, states = [0], [0]
    for position, delta, bit in events:
        counts[bit] += delta
        state = sum(b for b, n in counts.items() if n > 0)
        if positions[-1] == position:
            states[-1] = state
        elif states[-1] != state:
            positions.append(position)
            states.append(state)
    return positions, states


class ReaderDocument(QTextDocument):
    """An article laid out for reading, with its map between positions and body offsets."""

    def __init__(self, article: Article, excerpts: list[Excerpt], font: QFont,
                 meta_line: str, parent=None):
        super().__init__(parent)
        self.article = article
        self.segments: list[Segment] = []
        self._starts: list[int] = []
        self._formats: dict[tuple[bool, int], QTextCharFormat] = {}
        self._font = QFont(font)
        self.setUndoRedoEnabled(False)
        self.setDocumentMargin(18)
        self.setDefaultFont(font)
        self._build(meta_line, excerpts)

    # Building
    def _build(self, meta_line: str, excerpts: list[Excerpt]) -> None:
        article = self.article
        direction = (Qt.LayoutDirection.LeftToRight if article.language == "en"
                     else Qt.LayoutDirection.RightToLeft)
        option = QTextOption(self.defaultTextOption())
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setDefaultTextOption(option)
        base = self._font.pointSizeF()
        marks = [(s, e, MENTION) for _code, s, e in article.mentions]
        marks += [(x.start, x.end, EXCERPT) for x in excerpts]
        positions, states = mark_changes(len(article.body), marks)

        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        cursor.setBlockFormat(self._block_format(direction, 0, 6, heading=1))
        cursor.insertText(article.title, self._char_format(base * 1.45, bold=True))
        cursor.insertBlock(self._block_format(direction, 0, 14))
        cursor.insertText(meta_line, self._char_format(base * 0.9, ink=QColor("#555555")))
        for block in self.blocks_of(article):
            heading = block.kind == SUBHEADING
            pieces = display_pieces(article.body, block.start, block.end)
            for number, (start, end) in enumerate(pieces):
                # A long paragraph's later pieces continue it: no space between them.
                top = (12 if heading else 4) if number == 0 else 0
                bottom = 6 if number == len(pieces) - 1 else 0
                cursor.insertBlock(self._block_format(direction, top, bottom,
                                                      heading=2 if heading else 0))
                self.segments.append(Segment(cursor.position(), start, article.body[start:end]))
                self._insert_runs(cursor, start, end, heading, positions, states)
        cursor.endEditBlock()
        self._starts = [s.doc for s in self.segments]
        self._body_starts = [s.body for s in self.segments]
        self._in_order = self._body_starts == sorted(self._body_starts)

    def _insert_runs(self, cursor: QTextCursor, start: int, end: int, heading: bool,
                     positions: list[int], states: list[int]) -> None:
        body = self.article.body
        index = bisect_right(positions, start) - 1
        at = start
        while at < end:
            following = positions[index + 1] if index + 1 < len(positions) else end
            stop = min(end, following)
            cursor.insertText(body[at:stop], self._run_format(heading, states[index]))
            at = stop
            index += 1

    @staticmethod
    def blocks_of(article: Article) -> list[Block]:
        if article.blocks:
            return list(article.blocks)
        return [Block(PARAGRAPH, 0, len(article.body))] if article.body else []

    @staticmethod
    def _block_format(direction, top: float, bottom: float, heading: int = 0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(direction)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeading)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setHeadingLevel(heading)
        fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _char_format(self, size: float, bold: bool = False, ink: QColor | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self._font)
        font.setPointSizeF(size)
        font.setBold(bold)
        fmt.setFont(font)
        if ink is not None:
            fmt.setForeground(ink)
        return fmt

    def _run_format(self, heading: bool, state: int) -> QTextCharFormat:
        fmt = self._formats.get((heading, state))
        if fmt is None:
            base = self._font.pointSizeF()
            fmt = self._char_format(base * 1.15 if heading else base, bold=heading)
            if state & MENTION:
                fmt.setBackground(MENTION_COLOR)
                fmt.setForeground(MENTION_INK)
            if state & EXCERPT:
                fmt.setBackground(EXCERPT_COLOR)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor("#b08900"))
            self._formats[(heading, state)] = fmt
        return fmt

    # Mapping between the document and the body
    def doc_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges showing body[start:end] (one per display block it spans)."""
        ranges = []
        first = 0
        if self._in_order:
            first = max(0, bisect_right(self._body_starts, start) - 1)
        for seg in self.segments[first:]:
            if self._in_order and seg.body >= end:
                break
            a, b = max(start, seg.body), min(end, seg.body_end)
            if a < b:
                ranges.append((seg.to_doc(a), seg.to_doc(b)))
        return ranges

    def body_offset(self, position: int, leading: bool) -> int | None:
        """The body offset at a document position; outside body text, the nearest one after
        (``leading``) or before it, so a selection never takes in the title or gaps."""
        if not self.segments:
            return None
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and position <= self.segments[i].doc_end:
            return self.segments[i].to_body(position)
        if leading:
            return self.segments[i + 1].body if i + 1 < len(self.segments) else None
        return self.segments[i].body_end if i >= 0 else None
