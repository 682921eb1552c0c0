"""The status bar's mark of a library opened for reading only, and why.

A library this process cannot write (a read-only file system, or the permissions of
the file or its folder) is still browsed, searched, read and exported; the mark says
at a glance that edits will be refused, and its tooltip says why. The same words
explain a refused edit (``refusal_text``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from ..storage.errors import LibraryReadOnly

# Marked for the translation tools; translated when shown.
_WHY = {
    "mount": QT_TRANSLATE_NOOP("ReadOnlyNotice", "The library is on a read-only disk."),
    "file": QT_TRANSLATE_NOOP("ReadOnlyNotice", "The library file's permissions do not allow writing."),
    "folder": QT_TRANSLATE_NOOP("ReadOnlyNotice", "The library's folder does not allow writing, "
                                                  "and changes are logged beside the file."),
}


def why_text(reason: str | None) -> str:
    """Why the library is read-only, in the interface's language."""
    if reason not in _WHY:
        return QCoreApplication.translate("ReadOnlyNotice", "The library cannot be written.")
    return QCoreApplication.translate("ReadOnlyNotice", _WHY[reason])


def refusal_text(error: BaseException) -> str | None:
    """The refused edit explained, when the library is read-only; None otherwise."""
    if not isinstance(error, LibraryReadOnly):
        return None
    return QCoreApplication.translate(
        "ReadOnlyNotice", "The library is open for reading only: nothing was changed. %1"
    ).replace("%1", why_text(error.reason))


class ReadOnlyNotice(QLabel):
    def __init__(self, reason: str, parent=None):
        super().__init__(parent)
        self.setObjectName("readOnlyNotice")
        self.reason = reason
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Read-only"))
        self.setToolTip(self.tr("Opened for reading only: browsing, search, reading and export "
                                "work; edits and imports are refused. %1").replace("%1", why_text(self.reason)))
