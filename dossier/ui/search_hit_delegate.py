"""Painting a search hit: its title, source and date, then the snippet with matches marked.

The snippet is laid out as a QTextDocument built with a cursor (article text may hold
markup characters, so it is never pasted into HTML), right to left like the article.
Every hit has the same height (a title line, a source line and SNIPPET_LINES of snippet),
so the view never lays out rows it does not show, and a row's document is built once
for its width and kept while it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .search_results_model import snippet_matches

MATCH_COLOR = QColor("#ffe08a")
MARGIN = 6
SNIPPET_LINES = 3
_KEPT = 64  # documents kept: a few screens of rows


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._documents: dict[tuple, QTextDocument] = {}
        self._heights: dict[str, int] = {}

    def forget(self) -> None:
        """Drop the built documents (the model was reset)."""
        self._documents.clear()

    def _cached(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument:
        hit = index.model().hit(index.row())
        key = (hit.article_id, hit.snippet_start, width, bool(option.state & QStyle.StateFlag.State_Selected))
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= _KEPT:
                self._documents.clear()
            doc = self._document(option, index)
            doc.setTextWidth(width)
            self._documents[key] = doc
        return doc

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        # Straight from the model: Python objects sent through QVariant roles have
        # proved fragile in painting code.
        hit = index.model().hit(index.row())
        doc = QTextDocument()
        doc.setDocumentMargin(MARGIN)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        text_option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(text_color)
        dim.setAlphaF(0.7)

        cursor = QTextCursor(doc)
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setForeground(QBrush(text_color))
        cursor.insertText(hit.title, title)
        cursor.insertBlock()
        meta = QTextCharFormat()
        meta.setForeground(QBrush(dim))
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.85, 6))
        meta.setFont(small)
        # Each part isolated, so a date's digits and hyphens keep their order beside Arabic.
        parts = [f"\u2068{p}\u2069" for p in (hit.outlet, hit.published) if p]
        cursor.insertText("  ·  ".join(parts) or "—", meta)
        cursor.insertBlock()
        plain = QTextCharFormat()
        plain.setForeground(QBrush(text_color))
        marked = QTextCharFormat()
        marked.setBackground(QBrush(MATCH_COLOR))
        marked.setForeground(QBrush(QColor("black")))
        marked.setFontWeight(QFont.Weight.Bold)
        done = 0
        snippet = hit.snippet
        for start, end in snippet_matches(hit):
            if start < done:
                continue
            cursor.insertText(snippet[done:start], plain)
            cursor.insertText(snippet[start:end], marked)
            done = end
        cursor.insertText(snippet[done:] + ("…" if snippet else ""), plain)
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._cached(option, index, option.rect.width())
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # One height for every hit: the title, the source line and SNIPPET_LINES lines,
        # measured on a document laid out like the hits, so a row ends between lines.
        key = option.font.key()
        if key not in self._heights:
            probe = QTextDocument()
            probe.setDocumentMargin(MARGIN)
            probe.setDefaultFont(option.font)
            cursor = QTextCursor(probe)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.insertText("X", bold)
            cursor.insertBlock()
            small = QTextCharFormat()
            font = QFont(option.font)
            font.setPointSizeF(max(option.font.pointSizeF() * 0.85, 6))
            small.setFont(font)
            cursor.insertText("X", small)
            cursor.insertBlock()
            cursor.insertText("\u2028".join("X" * SNIPPET_LINES), QTextCharFormat())
            self._heights[key] = int(probe.size().height()) + 1
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        return QSize(max(int(width), 1), self._heights[key])
