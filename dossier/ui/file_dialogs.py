"""The file choosers the window asks; tests pass their own object with the same methods."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog


class FileDialogs(QObject):
    def choose_import_files(self, parent) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            parent, self.tr("Import articles"), "", self.tr("Text files (*.txt);;All files (*)"))
        return files

    def choose_import_folder(self, parent) -> str | None:
        folder = QFileDialog.getExistingDirectory(parent, self.tr("Import a folder of articles"))
        return folder or None
