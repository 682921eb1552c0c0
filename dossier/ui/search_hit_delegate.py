"""Painting a search hit: its title, source and date, then the snippet with matches marked.

The snippet is laid out as a QTextDocument built with a cursor (article text may hold
markup characters, so it is never pasted into HTML), right to left like the article.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .search_results_model import snippet_matches

MATCH_COLOR = QColor("#ffe08a")
MARGIN = 6


class SearchHitDelegate(QStyledItemDelegate):
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
        doc = self._document(option, index)
        doc.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        doc = self._document(option, index)
        # Hits wrap to the list's width, not to whatever rect the view passes for sizing.
        view = option.widget
        width = view.viewport().width() if view is not None else option.rect.width()
        width = width if width > 0 else 360
        doc.setTextWidth(width)
        return QSize(int(width), int(doc.size().height()) + 2)
