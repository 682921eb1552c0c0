"""The date-range filter under the navigation panes: published from, published to.

Each end is typed (a year, a month or a day: "2018" from its first day, "2018-06" to its
last) or picked from a calendar; empty means no bound. A date that is not one is
marked and explained, and the filter keeps its last good value. Dates read YYYY-MM-DD,
as the list shows them, left to right in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QGridLayout, QLabel, QLineEdit, QMenu, QToolButton,
                               QWidget, QWidgetAction)

from ..storage.filters import date_bound

ISO = "yyyy-MM-dd"


class _DateField(QLineEdit):
    """One end of the range, with a calendar button beside it."""

    def __init__(self, name: str, end: bool, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.end = end
        self.value: str | None = None
        self.setClearButtonEnabled(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName(name + "Calendar")
        self.picker = QToolButton(parent)
        self.picker.setObjectName(name + "Picker")
        self.picker.setText("▾")
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.picker)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.picker.setMenu(menu)
        self.menu = menu

    def set_value(self, value: str | None) -> None:
        self.value = value
        self.setText(value or "")
        self.setStyleSheet("")
        if value:
            self.calendar.setSelectedDate(QDate.fromString(value, ISO))


class DateRangeView(QWidget):
    """``rangeChanged()`` when either end changes; ``date_range()`` gives (from, to)."""

    rangeChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName("datesCaption")
        self.caption.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.from_edit = _DateField("dateFrom", False, self)
        self.to_edit = _DateField("dateTo", True, self)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 2, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.caption, 0, 0, 1, 3)
        for row, (label, edit) in enumerate(((self.from_label, self.from_edit),
                                             (self.to_label, self.to_edit)), start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(edit.picker, row, 2)
            edit.editingFinished.connect(lambda e=edit: self._typed(e))
            edit.textChanged.connect(lambda text, e=edit: text or self._typed(e))
            edit.calendar.clicked.connect(lambda date, e=edit: self._picked(e, date))
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Published"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("any date"))
            edit.setToolTip(self.tr("A year, a month or a day: 2018, 2018-06 or 2018-06-30"))
            edit.picker.setToolTip(self.tr("Pick a date"))

    def date_range(self) -> tuple[str | None, str | None]:
        return self.from_edit.value, self.to_edit.value

    def set_range(self, date_from: str | None, date_to: str | None) -> None:
        """Set both ends at once (one ``rangeChanged``); an invalid value counts as none."""
        before = self.date_range()
        for edit, value in ((self.from_edit, date_from), (self.to_edit, date_to)):
            try:
                edit.set_value(date_bound(value or "", edit.end))
            except ValueError:
                edit.set_value(None)
        if self.date_range() != before:
            self.rangeChanged.emit()

    def clear(self) -> None:
        self.set_range(None, None)

    def _typed(self, edit: _DateField) -> None:
        try:
            value = date_bound(edit.text(), edit.end)
        except ValueError:
            edit.setStyleSheet("QLineEdit { background: #fee2e2; }")
            edit.setToolTip(self.tr("Not a date: type a year, a month or a day, e.g. 2018-06-30"))
            return
        edit.setToolTip(self.tr("A year, a month or a day: 2018, 2018-06 or 2018-06-30"))
        if value != edit.value or edit.text() != (value or ""):
            changed = value != edit.value
            edit.set_value(value)
            if changed:
                self.rangeChanged.emit()

    def _picked(self, edit: _DateField, date: QDate) -> None:
        edit.menu.hide()
        edit.setText(date.toString(ISO))
        self._typed(edit)
