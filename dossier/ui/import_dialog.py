"""The import's progress, then its summary: imported, duplicates, rejected and why.

Shown without blocking: the analyst keeps reading while files come in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QProgressBar, QVBoxLayout)

from ..ingest.importer import REJECTED, ImportReport


class ImportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.report: ImportReport | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.counts = QFormLayout()
        self.imported, self.duplicates, self.rejected = QLabel("0"), QLabel("0"), QLabel("0")
        self._count_captions = [QLabel(), QLabel(), QLabel()]
        for caption, value in zip(self._count_captions, (self.imported, self.duplicates, self.rejected)):
            self.counts.addRow(caption, value)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setObjectName("importDetails")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(self.counts)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import articles"))
        for caption, text in zip(self._count_captions,
                                 (self.tr("Imported:"), self.tr("Duplicates (already in the library):"),
                                  self.tr("Rejected:"))):
            caption.setText(text)
        if self.report is None:
            self.status.setText(self.tr("Importing…"))
        else:
            self.set_report(self.report)

    def set_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Importing %1 of %2: %3").replace("%1", str(done))
                            .replace("%2", str(total)).replace("%3", Path(label).name))

    def reason(self, code: str | None, message: str | None) -> str:
        reasons = {
            "unreadable": self.tr("the file cannot be read"),
            "too_large": self.tr("the file is too large"),
            "empty": self.tr("the file is empty"),
            "binary": self.tr("the file is not text"),
            "undecodable": self.tr("the text is neither UTF-8 nor Arabic Windows-1256"),
            "no_text": self.tr("no article text was found"),
            "storage": self.tr("the library could not store it"),
        }
        return reasons.get(code or "", message or self.tr("unknown reason"))

    def set_report(self, report: ImportReport) -> None:
        self.report = report
        self.progress.hide()
        self.status.setText(self.tr("Import finished."))
        self.imported.setText(str(report.imported))
        self.duplicates.setText(str(report.duplicates))
        self.rejected.setText(str(report.rejected))
        lines = [f"{Path(r.path).name}: {self.reason(r.code, r.message)}"
                 for r in report.results if r.status == REJECTED]
        self.details.setPlainText("\n".join(lines) if lines else self.tr("No file was rejected."))

    def set_failure(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The import failed: %1").replace("%1", message))
