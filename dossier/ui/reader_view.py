"""The article reader: the text right to left, its headings, and what is marked in it.

The document is built with a cursor, block by block, never from HTML, and it keeps a
map from document positions to offsets in the article body, so that a selection maps
back to exactly the body text it shows (excerpts are anchored by those offsets).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit

from ..model import PARAGRAPH, SUBHEADING, Article, Block, Excerpt

EXCERPT_MIME = "application/x-dossier-excerpt"
EXCERPT_COLOR = QColor("#fff1a8")
MENTION_COLOR = QColor("#dbeafe")
MENTION_INK = QColor("#1e3a8a")


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


class ReaderView(QTextEdit):
    """Shows one article; ``excerptRequested(article_id, start, end)`` in body offsets."""

    excerptRequested = Signal(int, int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setObjectName("reader")
        # Lines wrap at the widget's width; a sideways scroll bar would only show margins.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article: Article | None = None
        self.excerpts: list[Excerpt] = []
        self._segments: list[Segment] = []
        self._starts: list[int] = []
        self.document().setDocumentMargin(18)

    # Building
    def show_article(self, article: Article | None, excerpts: list[Excerpt] = ()) -> None:
        self.article, self.excerpts = article, list(excerpts)
        self._segments, self._starts = [], []
        doc = self.document()
        doc.clear()
        if article is None:
            return
        option = QTextOption(doc.defaultTextOption())
        direction = Qt.LayoutDirection.LeftToRight if article.language == "en" else Qt.LayoutDirection.RightToLeft
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        base = self.font().pointSizeF()
        cursor.setBlockFormat(self._block_format(direction, 0, 6, heading=1))
        cursor.insertText(article.title, self._char_format(base * 1.45, bold=True))
        cursor.insertBlock(self._block_format(direction, 0, 14))
        cursor.insertText(self._meta_line(article), self._char_format(base * 0.9, ink=QColor("#555555")))
        for block in self._blocks(article):
            heading = block.kind == SUBHEADING
            cursor.insertBlock(self._block_format(direction, 12 if heading else 4, 6, heading=2 if heading else 0))
            fmt = self._char_format(base * 1.15 if heading else base, bold=heading)
            self._segments.append(Segment(cursor.position(), block.start, article.body[block.start:block.end]))
            cursor.insertText(article.body[block.start:block.end], fmt)
        self._starts = [s.doc for s in self._segments]
        self._mark_mentions()
        self._mark_excerpts()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_excerpts(self, excerpts: list[Excerpt]) -> None:
        """Mark the article's excerpts again, keeping the reader where it was."""
        scroll = self.verticalScrollBar().value()
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        self.show_article(self.article, excerpts)
        cursor = self.textCursor()
        cursor.setPosition(min(anchor, self.document().characterCount() - 1))
        cursor.setPosition(min(position, self.document().characterCount() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _blocks(article: Article) -> list[Block]:
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
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        fmt.setFont(font)
        if ink is not None:
            fmt.setForeground(ink)
        return fmt

    def _meta_line(self, article: Article) -> str:
        source = article.source
        parts = [source.outlet, source.author, source.published] if source else []
        # Each part isolated, so a date's digits and hyphens keep their order beside Arabic.
        parts = [f"\u2068{p}\u2069" for p in parts if p]
        return "  ·  ".join(parts) if parts else self.tr("Source not known")

    def _mark(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        for a, b in self.doc_ranges(start, end):
            cursor = QTextCursor(self.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _mark_mentions(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(MENTION_COLOR)
        fmt.setForeground(MENTION_INK)
        for _code, start, end in self.article.mentions:
            self._mark(start, end, fmt)

    def _mark_excerpts(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(EXCERPT_COLOR)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("#b08900"))
        for excerpt in self.excerpts:
            self._mark(excerpt.start, excerpt.end, fmt)

    # Mapping between the document and the body
    def doc_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges showing body[start:end] (one per block it spans)."""
        ranges = []
        for seg in self._segments:
            a, b = max(start, seg.body), min(end, seg.body_end)
            if a < b:
                ranges.append((seg.to_doc(a), seg.to_doc(b)))
        return ranges

    def body_offset(self, position: int, leading: bool) -> int | None:
        """The body offset at a document position; outside body text, the nearest one after
        (``leading``) or before it, so a selection never takes in the title or gaps."""
        if not self._segments:
            return None
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and position <= self._segments[i].doc_end:
            return self._segments[i].to_body(position)
        if leading:
            return self._segments[i + 1].body if i + 1 < len(self._segments) else None
        return self._segments[i].body_end if i >= 0 else None

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        start = self.body_offset(cursor.selectionStart(), leading=True)
        end = self.body_offset(cursor.selectionEnd(), leading=False)
        if start is None or end is None or end <= start:
            return None
        body = self.article.body
        if not body[start:end].strip():
            return None
        return start, end

    def select_span(self, start: int, end: int) -> bool:
        ranges = self.doc_ranges(start, end)
        if not ranges:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(ranges[0][0])
        cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def request_excerpt(self) -> bool:
        span = self.selected_span()
        if span is None:
            return False
        self.excerptRequested.emit(self.article.id, *span)
        return True

    # Qt overrides
    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        span = self.selected_span()
        if span is not None:
            payload = {"article_id": self.article.id, "start": span[0], "end": span[1]}
            mime.setData(EXCERPT_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        action = menu.addAction(self.tr("Add to briefing"))
        action.setEnabled(self.selected_span() is not None)
        action.triggered.connect(self.request_excerpt)
        menu.exec(event.globalPos())
        menu.deleteLater()
