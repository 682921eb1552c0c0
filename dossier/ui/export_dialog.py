"""Exporting a briefing to PDF or Word: the options dialog and the run that follows it.

The run asks (through the injectable dialogs) for the options and a file, then renders a
snapshot of frozen dataclasses on a worker thread, so the database is never touched off
the UI thread. A progress dialog offers Cancel; the export writes beside the target and
moves into place at the end, so a cancelled or failed run leaves no file behind.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QProgressDialog,
                               QWidget)

from dossier.export import ExportCancelled, ExportOptions, export_briefing
from dossier.model import Briefing

from .worker import Worker

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(title: str, suffix: str = ".pdf") -> str:
    """A file name from the briefing's title: Arabic kept, path characters dropped."""
    name = " ".join(_UNSAFE.sub(" ", title).split())[:80].strip(" .")
    return (name or "briefing") + suffix


class ExportDialog(QDialog):
    """The file's format (PDF or Word), page size and digits."""

    def __init__(self, options: ExportOptions | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        options = options or ExportOptions()
        self.file_format = QComboBox()
        self.page_size = QComboBox()
        self.digits = QComboBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.form.addRow(QLabel(), self.file_format)
        self.form.addRow(QLabel(), self.page_size)
        self.form.addRow(QLabel(), self.digits)
        self.form.addRow(self.buttons)
        self.retranslate()
        self.file_format.setCurrentIndex(max(0, self.file_format.findData(options.file_format)))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(options.page_size)))
        self.digits.setCurrentIndex(max(0, self.digits.findData(options.digits)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export Briefing"))
        self.form.labelForField(self.file_format).setText(self.tr("Format:"))
        self.form.labelForField(self.page_size).setText(self.tr("Page size:"))
        self.form.labelForField(self.digits).setText(self.tr("Digits:"))
        for combo, entries in ((self.file_format, [("pdf", self.tr("PDF document")),
                                                   ("docx", self.tr("Word document (.docx)"))]),
                               (self.page_size, [("A4", self.tr("A4")), ("Letter", self.tr("Letter"))]),
                               (self.digits, [("latin", self.tr("Latin (123)")),
                                              ("arabic", self.tr("Arabic-Indic (١٢٣)"))])):
            current = combo.currentData()
            combo.clear()
            for key, label in entries:
                combo.addItem(label, key)
            if current is not None:
                combo.setCurrentIndex(combo.findData(current))

    def options(self) -> ExportOptions:
        return ExportOptions(page_size=self.page_size.currentData(), digits=self.digits.currentData(),
                             file_format=self.file_format.currentData())

    @staticmethod
    def ask(parent: QWidget | None, options: ExportOptions) -> ExportOptions | None:
        dialog = ExportDialog(options, parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ExportRun(QObject):
    """One export from its questions to its answer; signals say how it ended."""

    finished = Signal(str)  # the written file's path
    failed = Signal(str)  # the message shown to the analyst
    cancelled = Signal()

    def __init__(self, snapshot: Briefing, dialogs, parent: QWidget,
                 options: ExportOptions | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool
        self.snapshot = snapshot
        self.dialogs = dialogs
        self.widget = parent
        self.options = options or ExportOptions()
        self.path: Path | None = None
        self.worker: Worker | None = None
        self.progress_dialog: QProgressDialog | None = None

    def start(self) -> bool:
        """Ask, then start the work; False if the analyst backed out of a question."""
        options = self.dialogs.export_options(self.widget, self.options)
        if options is None:
            return False
        word = options.file_format == "docx"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home())
                        / default_file_name(self.snapshot.info.title, options.suffix))
        chosen = self.dialogs.save_file(
            self.widget, self.tr("Export Briefing"), suggested,
            self.tr("Word documents (*.docx)") if word else self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return False
        path = Path(chosen)
        # The suffix chooses what is written: it must be the format asked for.
        if path.suffix.lower() != options.suffix:
            path = path.with_name(path.name + options.suffix)
        self.options, self.path = options, path
        self._show_progress(word)
        snapshot = self.snapshot
        self.worker = Worker(lambda progress: export_briefing(
            snapshot, path, ExportOptions(options.page_size, options.digits, options.file_format,
                                          cancel=self.worker.cancel_event), progress))
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.start(self.pool)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _show_progress(self, word: bool) -> None:
        text = self.tr("Writing the Word document…") if word else self.tr("Writing the PDF…")
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self.widget)
        dialog.setWindowTitle(self.tr("Export Briefing"))
        # Not modal: the export works on a snapshot, so the analyst may go on editing,
        # and a modal progress dialog would run nested event loops inside setValue().
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            # Closing a progress dialog emits canceled; the run is over by now.
            dialog.canceled.disconnect(self.cancel)
            dialog.hide()
            dialog.deleteLater()

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(min(done, total))

    def _on_finished(self, result) -> None:
        self._close_progress()
        text = self.tr("The briefing was saved as\n%1\n\nOpen it now?").replace("%1", str(self.path))
        missing = getattr(result, "missing", ())
        if missing:
            # A box in the PDF is easy to miss: say which characters no bundled font has.
            codes = " ".join(f"U+{ord(ch):04X}" for ch in missing[:12])
            text = self.tr("%1 character(s) that no bundled font has were drawn as boxes "
                           "(their text still copies): %2").replace("%1", str(len(missing))) \
                .replace("%2", codes + (" …" if len(missing) > 12 else "")) + "\n\n" + text
        if self.dialogs.confirm(self.widget, self.tr("Export finished"), text):
            # False: the desktop has nothing to open it with (None: a caller that cannot tell).
            if self.dialogs.open_file(str(self.path)) is False:
                kind = self.tr("Word") if self.path.suffix.lower() == ".docx" else self.tr("PDF")
                self.dialogs.error(self.widget, self.tr("No program to open it"),
                                   self.tr("The briefing was saved, but no program to open %1 files "
                                           "was found on this computer. Open it from its folder:\n%2")
                                   .replace("%1", kind).replace("%2", str(self.path)))
        self.finished.emit(str(self.path))

    def _on_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled) or (self.worker and self.worker.is_cancelled()):
            self.cancelled.emit()
            return
        message = self.tr("The file could not be written.") + f"\n\n{error}"
        self.dialogs.error(self.widget, self.tr("Export failed"), message)
        self.failed.emit(message)
