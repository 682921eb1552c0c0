"""File icons and type names from the name alone, never from the file's content.

Qt's own providers guess a file's type by opening it and reading its first bytes. For
the library's files (``library.sqlite`` and its ``-wal``/``-shm``) that read is harmful:
closing the file again releases every lock this process holds on it (POSIX rules), and
SQLite's safety rests on those locks (see dossier/storage/lock_watch.py). Every file
dialog of the app uses this provider instead: it looks at the name and at whether the
entry is a folder (a ``stat``, which opens nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QStyle


class PlainIconProvider(QAbstractFileIconProvider):
    def icon(self, what) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = QStyle.StandardPixmap.SP_DirIcon if what.isDir() else QStyle.StandardPixmap.SP_FileIcon
            style = QApplication.style()
            return style.standardIcon(kind) if style is not None else QIcon()
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("PlainIconProvider", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QApplication.translate("PlainIconProvider", "File")
        return QApplication.translate("PlainIconProvider", "%1 file").replace("%1", suffix.upper())
