"""The open briefing's own fields (title, subtitle, author, classification, date, summary)
as a form that reports each edit as it is made and shows whatever the library holds.

It only reports; the composer turns each report into an undo command. Showing a value
never reports it back, so undo does not echo into a new command.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from dossier.model import BriefingInfo

LINE_FIELDS = ("title", "subtitle", "author", "classification")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT = "[0-9٠-٩۰-۹]"


def parse_date(text: str) -> str | None:
    """YYYY-MM-DD in Latin or Arabic-Indic digits, as ISO; "" for no date; None if invalid."""
    text = text.strip().translate(_DIGITS)
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


class BriefingFieldsView(QWidget):
    fieldEdited = Signal(str, object)  # field name, new value (None for no date)
    editingFinished = Signal()  # the analyst left a field: what was typed is saved now
    dateRejected = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._info: BriefingInfo | None = None
        self._showing = False
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for name in (*LINE_FIELDS, "date"):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.fields[name] = edit
            self.form.addRow(QLabel(), edit)
            if name != "date":
                # textEdited, not textChanged: only the analyst's typing is an edit.
                edit.textEdited.connect(lambda text, n=name: self.fieldEdited.emit(n, text))
                edit.editingFinished.connect(self.editingFinished)
        date_edit = self.fields["date"]
        date_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(f"{_DIGIT}{{0,4}}(-{_DIGIT}{{0,2}}(-{_DIGIT}{{0,2}})?)?")))
        date_edit.editingFinished.connect(self._date_finished)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("briefingSummary")
        self.summary.setTabChangesFocus(True)
        # Room to write: at least four lines, and all the height the form is given.
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        self.summary.textChanged.connect(self._summary_changed)
        self.summary.installEventFilter(self)
        self.form.addRow(QLabel(), self.summary)

    def retranslate(self) -> None:
        labels = {"title": self.tr("Title:"), "subtitle": self.tr("Subtitle:"),
                  "author": self.tr("Author:"), "classification": self.tr("Classification:"),
                  "date": self.tr("Date:")}
        for name, text in labels.items():
            self.form.labelForField(self.fields[name]).setText(text)
        self.form.labelForField(self.summary).setText(self.tr("Summary:"))
        self.fields["date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        # Digits alone count as left-to-right text, so a leading alignment would put the
        # date at the left of a right-to-left form; pin it to the form's start instead.
        start = (Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                 else Qt.AlignmentFlag.AlignLeft)
        self.fields["date"].setAlignment(
            start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.fields["title"].setPlaceholderText(self.tr("Title of the briefing"))
        self.summary.setPlaceholderText(self.tr("A few lines for the reader in a hurry"))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.editingFinished.emit()
        return super().eventFilter(watched, event)

    def show_info(self, info: BriefingInfo | None) -> None:
        """Show stored values; a field already showing its value is left alone, so the
        cursor of the field being typed in does not jump."""
        self._info = info
        self._showing = True
        try:
            for name, edit in self.fields.items():
                value = (getattr(info, name) or "") if info else ""
                if edit.text() != value:
                    edit.setText(value)
                    if not edit.hasFocus():
                        # Show a long value from its beginning, not its end.
                        edit.setCursorPosition(0)
            summary = info.summary if info else ""
            if self.summary.toPlainText() != summary:
                self.summary.setPlainText(summary)
        finally:
            self._showing = False

    def _summary_changed(self) -> None:
        if not self._showing and self._info is not None:
            self.fieldEdited.emit("summary", self.summary.toPlainText())

    def _date_finished(self) -> None:
        if self._showing or self._info is None:
            return
        stored = self._info.date or ""
        value = parse_date(self.fields["date"].text())
        if value is None:
            self.dateRejected.emit()
            value = stored
        if value != stored:
            self.fieldEdited.emit("date", value or None)
        else:
            self.show_info(self._info)
