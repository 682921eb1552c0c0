"""Painting the article list's cells with their text laid out once.

Shaping an Arabic title in the bundled Amiri (its contextual forms and ligatures) and
eliding it to the column costs far more than drawing it, and the default delegate does
both at every paint: a repaint of a page of rows (selection, focus, hover, the window
shown again) shaped every title again. Here each cell's elided text is kept as a
QStaticText for its width and font, and a repaint only draws the glyphs. The style still
draws the row itself (alternating colours, selection, focus).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_KEPT = 600  # cells kept: several pages of three columns
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_NORMAL, _INACTIVE, _DISABLED = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive,
                                 QPalette.ColorGroup.Disabled)
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText


class ArticleRowDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._texts: dict[tuple, tuple[QStaticText, float, float]] = {}

    def forget(self) -> None:
        """Drop the laid-out texts (to free them; a change of font or width makes new ones)."""
        self._texts.clear()

    def laid_out(self) -> dict[tuple, QStaticText]:
        """The texts kept, by (text, width, font, elision)."""
        return {key: kept[0] for key, kept in self._texts.items()}

    def _laid_out(self, text: str, option: QStyleOptionViewItem, width: int) -> tuple[QStaticText, float, float]:
        font = option.font
        key = (text, width, font.key(), option.textElideMode.value)
        kept = self._texts.get(key)
        if kept is None:
            if len(self._texts) >= _KEPT:
                self._texts.clear()
            shown = option.fontMetrics.elidedText(text, option.textElideMode, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            size = static.size()
            kept = self._texts[key] = (static, size.width(), size.height())
        return kept

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""  # the style's own measure of the text would shape it
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        static, width, height = self._laid_out(text, opt, max(0, area.width()))
        place = QStyle.alignedRect(opt.direction, opt.displayAlignment,
                                   QRect(0, 0, int(width + 0.999), int(height + 0.999)).size(), area)
        state = opt.state.value  # plain bits: flag arithmetic on the enum is slow
        group = (_DISABLED if not state & _ENABLED else _NORMAL if state & _ACTIVE else _INACTIVE)
        role = _HIGHLIGHTED_TEXT if state & _SELECTED else _TEXT
        painter.save()
        painter.setClipRect(area)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        painter.drawStaticText(QPointF(place.topLeft()), static)
        painter.restore()
