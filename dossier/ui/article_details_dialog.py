"""The details of an article the analyst corrects: title, outlet, author, date, address.

Only the fields changed are returned; a date is checked as it will be stored before the
dialog closes, so a wrong one is said at once, beside the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..curation import FIELDS, CurationError, clean_detail


class ArticleDetailsDialog(QDialog):
    def __init__(self, current: dict, parent=None):
        super().__init__(parent)
        self.setObjectName("articleDetailsDialog")
        self.current = dict(current)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for field in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"detail_{field}")
            edit.setText(current.get(field) or "")
            edit.setClearButtonEnabled(True)
            if field == "url":
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[field], self.labels[field] = edit, label
        self.error = QLabel(self)
        self.error.setObjectName("detailsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Article details"))
        names = {"title": self.tr("&Title:"), "outlet": self.tr("&Outlet:"), "author": self.tr("&Author:"),
                 "published": self.tr("&Date:"), "url": self.tr("Web &address:")}
        for field, text in names.items():
            self.labels[field].setText(text)
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD"))

    def changes(self) -> dict:
        """The fields the analyst changed, as typed (cleared ones as None)."""
        out = {}
        for field, edit in self.fields.items():
            value = " ".join(edit.text().split()) or None
            if value != (self.current.get(field) or None):
                out[field] = value
        return out

    def accept(self) -> None:
        for field, value in self.changes().items():
            try:
                clean_detail(field, value)
            except CurationError:
                self.error.setText(self.tr("The date is not one (write it as YYYY-MM-DD).")
                                   if field == "published" else self.tr("An article needs a title."))
                self.fields[field].setFocus()
                return
        super().accept()
