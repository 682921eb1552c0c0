"""What import removed from an article, and the file as it was read.

The analyst checks the machine here: every line left out of the body (headline,
datelines, bylines, page furniture, other stories' leads) with its kind, in the page's
order, and the whole kept file beside it. Nothing here changes the library.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableView, QTabWidget, QTextEdit, QVBoxLayout, QWidget)

from .removed_lines_model import KIND, LINE, TEXT, RemovedLinesModel


class RemovedLinesDialog(QDialog):
    def __init__(self, original, original_text: str | None, parent=None):
        super().__init__(parent)
        self.setObjectName("removedLinesDialog")
        self.original = original
        self.model = RemovedLinesModel(original.removed if original is not None else (), self)

        self.summary = QLabel(self)
        self.summary.setObjectName("removedSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("removedLines")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The style's minimum follows the tall Arabic font and would make "12" a wide column.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000"))
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setHidden(not self.model.rows)
        removed_page = QWidget(self)
        removed_column = QVBoxLayout(removed_page)
        removed_column.addWidget(self.summary)
        removed_column.addWidget(self.table, 1)
        if not self.model.rows:
            removed_column.addStretch(1)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("originalFileLabel")
        self.file_label.setWordWrap(True)
        # A rich-text view, not a plain one: it starts each paragraph on its own side (an
        # Arabic line at the right, an English one at the left); files are at most 2 MiB.
        self.text = QTextEdit(self)
        self.text.setObjectName("originalText")
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setPlainText(original_text or "")
        self.text.setHidden(original_text is None)
        if original is not None and original.format != "txt":
            # Markup and tables read best in a fixed font.
            self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        file_page = QWidget(self)
        file_column = QVBoxLayout(file_page)
        file_column.addWidget(self.file_label)
        file_column.addWidget(self.text, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("removedTabs")
        self.tabs.addTab(removed_page, "")
        self.tabs.addTab(file_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.buttons)
        self.setMinimumSize(520, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What import removed"))
        self.tabs.setTabText(0, self.tr("Removed lines"))
        self.tabs.setTabText(1, self.tr("Original file"))
        if self.original is None:
            none_kept = self.tr("No original is kept for this article: it was imported "
                                "before originals were kept.")
            self.summary.setText(none_kept)
            self.file_label.setText(none_kept)
            return
        count = len(self.model.rows)
        self.summary.setText(
            self.tr("Lines import left out of the body: %1, in the page's order.").replace("%1", str(count))
            if count else self.tr("Import removed nothing: every line of the page is in the body."))
        # Isolated: a Latin file name must not pull the Arabic words around it out of order.
        name = "\u2068" + (self.original.name or self.tr("(no name)")) + "\u2069"
        if self.original.format == "txt":
            self.file_label.setText(self.tr("File: %1, as it was read").replace("%1", name))
        else:  # one file holds many articles: say which record is this one
            self.file_label.setText(self.tr("File: %1 (%2), record %3")
                                    .replace("%1", name).replace("%2", self.original.format)
                                    .replace("%3", str(self.original.record + 1)))
