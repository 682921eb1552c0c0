"""The questions the composer asks the analyst, with Qt's standard dialogs. Tests pass an
object of their own with the same methods, which answers as the test says."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from .file_dialogs import save_file_name


class BriefingDialogs:
    """The questions the composer asks, with Qt's standard dialogs; tests pass their own."""

    def save_file(self, parent, caption: str, suggested: str, name_filter: str) -> str | None:
        return save_file_name(parent, caption, suggested, name_filter)

    def export_options(self, parent, options):
        """The options the analyst chose (an ExportOptions), or None."""
        from .export_dialog import ExportDialog  # the PDF machinery, loaded on first export

        return ExportDialog.ask(parent, options)

    def confirm(self, parent, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes

    def choose_section(self, parent, title: str, text: str, headings: list[str]) -> int | None:
        """The index of the heading chosen, or None when the analyst cancels."""
        chosen, ok = QInputDialog.getItem(parent, title, text, headings, 0, False)
        return headings.index(chosen) if ok and chosen in headings else None

    def error(self, parent, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_file(self, path: str) -> bool:
        """Open with the desktop's own viewer; False when the desktop has none for it (no
        handler, or no way to launch one), so the caller can say so."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
