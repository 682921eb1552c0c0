"""The article reader: the text right to left, its headings, and what is marked in it.

Each article gets its own document (reader_document.py), built with a cursor, never from
HTML, with a map from document positions to offsets in the article body, so that a
selection maps back to exactly the body text it shows (excerpts are anchored by those
offsets).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ..model import Article, Excerpt
from .reader_document import (EXCERPT_COLOR, MENTION_COLOR, MENTION_INK, ReaderDocument, Segment,
                              utf16_len)

EXCERPT_MIME = "application/x-dossier-excerpt"
__all__ = ["EXCERPT_COLOR", "EXCERPT_MIME", "MENTION_COLOR", "MENTION_INK", "ReaderView",
           "Segment", "utf16_len"]


class ReaderView(QTextEdit):
    """Shows one article; ``excerptRequested(article_id, start, end)`` in body offsets."""

    excerptRequested = Signal(int, int, int)
    excerptBoundsRequested = Signal(int, int, int)  # excerpt id, new start, new end
    excerptDeleteRequested = Signal(int)  # excerpt id
    excerptFocusRequested = Signal(int)  # excerpt id: show it in the briefing, for its note
    articleShown = Signal()  # a new document: another article, or the same one rebuilt

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
        self._empty()

    # Building
    def _empty(self) -> None:
        doc = QTextDocument(self)
        doc.setDocumentMargin(18)
        self._set_document(doc)

    def _set_document(self, doc: QTextDocument) -> None:
        # The text control frees a document it owns; ours (parented here) we free ourselves.
        old = self.document()
        ours = old is not None and old is not doc and old.parent() is self
        self.setDocument(doc)
        if ours:
            old.deleteLater()

    def show_article(self, article: Article | None, excerpts: list[Excerpt] = ()) -> None:
        """Show ``article``: its document is built apart and then shown, so it costs one
        lazy layout however long the article is (see reader_document)."""
        self.article, self.excerpts = article, list(excerpts)
        if article is None:
            self._empty()
            return
        self._set_document(ReaderDocument(article, self.excerpts, self.font(),
                                          self._meta_line(article), self))
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.articleShown.emit()

    @property
    def segments(self) -> list[Segment]:
        doc = self.document()
        return doc.segments if isinstance(doc, ReaderDocument) else []

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

    # Where the analyst is reading
    def top_offset(self) -> int:
        """The body offset of the text at the top of the view (0 above the body)."""
        position = self.cursorForPosition(QPoint(self.viewport().width() // 2, 2)).position()
        offset = self.body_offset(position, leading=True)
        return offset if offset is not None else 0

    def scroll_to_offset(self, offset: int) -> bool:
        """Scroll so that body ``offset`` is at the top of the view."""
        ranges = self.doc_ranges(offset, offset + 1)
        if not ranges:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(ranges[0][0])
        bar = self.verticalScrollBar()
        # Asking for the cursor's place lays the document out that far, so the range is known.
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - 2)
        return True

    def set_point_size(self, size: float) -> None:
        """Zoom: the article in ``size`` points, still showing the same passage at the top."""
        if abs(self.font().pointSizeF() - size) < 0.01:
            return
        top = self.top_offset()
        font = self.font()
        font.setPointSizeF(size)
        self.setFont(font)
        if self.article is not None:
            self.set_excerpts(self.excerpts)
            self.scroll_to_offset(top)

    def _meta_line(self, article: Article) -> str:
        source = article.source
        parts = [source.outlet, source.author, source.published] if source else []
        # Each part isolated, so a date's digits and hyphens keep their order beside Arabic.
        parts = [f"\u2068{p}\u2069" for p in parts if p]
        return "  ·  ".join(parts) if parts else self.tr("Source not known")

    # Mapping between the document and the body
    def doc_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges showing body[start:end] (one per display block it spans)."""
        doc = self.document()
        return doc.doc_ranges(start, end) if isinstance(doc, ReaderDocument) else []

    def body_offset(self, position: int, leading: bool) -> int | None:
        doc = self.document()
        return doc.body_offset(position, leading) if isinstance(doc, ReaderDocument) else None

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
        return self.excerpt_mime_data(super().createMimeDataFromSelection())

    def excerpt_mime_data(self, made: QMimeData) -> QMimeData:
        """The selection as drag data that carries the excerpt. Qt's own selection data
        lists a fixed set of formats, so a format added to it is never seen by a drop
        target: the text is copied into plain QMimeData and the excerpt set beside it."""
        mime = QMimeData()
        for fmt in ("text/plain", "text/html"):
            if made.hasFormat(fmt):
                mime.setData(fmt, made.data(fmt))
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
        self.add_excerpt_actions(menu, self.excerpt_at(self.cursorForPosition(event.pos()).position()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # Editing the excerpts marked in the article
    def excerpt_at(self, position: int) -> Excerpt | None:
        """The excerpt shown at a document position (the shortest, when they overlap)."""
        offset = self.body_offset(position, leading=True)
        if offset is None:
            return None
        under = [e for e in self.excerpts if e.start <= offset < e.end]
        return min(under, key=lambda e: e.end - e.start, default=None)

    def excerpt_actions(self, excerpt: Excerpt | None) -> list[tuple[str, object, bool]]:
        """(text, slot, enabled) for what can be done with the excerpt under the pointer."""
        if excerpt is None:
            return []
        span = self.selected_span()
        resizes = span is not None and span != (excerpt.start, excerpt.end)
        return [
            (self.tr("Change the excerpt to the selection"),
             lambda: self.excerptBoundsRequested.emit(excerpt.id, *span), resizes),
            (self.tr("Write the excerpt's note"), lambda: self.excerptFocusRequested.emit(excerpt.id), True),
            (self.tr("Delete the excerpt"), lambda: self.excerptDeleteRequested.emit(excerpt.id), True),
        ]

    def add_excerpt_actions(self, menu, excerpt: Excerpt | None) -> None:
        actions = self.excerpt_actions(excerpt)
        if actions:
            menu.addSeparator()
        for text, slot, enabled in actions:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
