"""The file choosers the window asks; tests pass their own object with the same methods.

Every chooser is built here, so that none of them reads the files it lists: Qt's
dialogs (its own, and the desktop's native ones that run inside the process) open
files to guess their types, and that releases the locks SQLite holds on the library
(see plain_icon_provider.py). Ours name types from file names, and the native
dialogs are used only on Windows, whose locks a stray open cannot release. A save
chooser asks before replacing a file (Qt's confirmation, left on).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from .plain_icon_provider import PlainIconProvider


def file_dialog(parent, caption: str, directory: str = "", name_filter: str = "") -> QFileDialog:
    """A file dialog that never opens the files it shows."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = PlainIconProvider()
    dialog.setIconProvider(provider)
    dialog._icon_provider = provider  # the dialog does not own it: keep it alive as long
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_names(parent, caption: str, name_filter: str) -> list[str]:
    dialog = file_dialog(parent, caption, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _chosen(dialog)


def existing_directory(parent, caption: str) -> str | None:
    dialog = file_dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else None


def save_file_name(parent, caption: str, suggested: str, name_filter: str) -> str | None:
    dialog = file_dialog(parent, caption, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else None


class FileDialogs(QObject):
    def choose_import_files(self, parent) -> list[str]:
        return open_file_names(parent, self.tr("Import articles"),
                               self.tr("Text files (*.txt);;All files (*)"))

    def choose_import_folder(self, parent) -> str | None:
        return existing_directory(parent, self.tr("Import a folder of articles"))
