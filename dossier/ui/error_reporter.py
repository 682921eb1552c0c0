"""Errors nobody caught, shown in a dialog instead of the window vanishing.

Installed as ``sys.excepthook`` (and ``threading.excepthook``) while the app runs. A
fault of the library (busy, full disk, read-only, damaged) is a warning with its one
line; anything else is a bug: its traceback goes to the log file and the dialog says
where. Errors raised on other threads reach the dialog on the window's thread. The
dialog is injectable (``show``) so tests can see what would be shown.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from ..logs import log_path
from ..storage.errors import LibraryBusy, LibraryDamaged, LibraryError, LibraryFull, LibraryReadOnly
from ..terminal_text import safe_text

log = logging.getLogger(__name__)
# What the Qt binding puts before an error raised in a Python override it called.
_BINDING_PREFIX = re.compile(r"^Error calling Python override of [\w:]+\(\): ")

Show = Callable[[str, str, bool], None]  # title, text, is it a bug


class ErrorReporter(QObject):
    _reported = Signal(str, str, bool)

    def __init__(self, parent=None, show: Show | None = None):
        super().__init__(parent)
        self._show = show or self._message_box
        self._showing = False
        self._previous = None
        self._previous_thread_hook = None
        self._reported.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread_hook, threading.excepthook = threading.excepthook, self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous or sys.__excepthook__
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__

    def _handle_thread(self, args) -> None:
        if args.exc_type is not SystemExit:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        message = _BINDING_PREFIX.sub("", str(value))
        if isinstance(value, LibraryError):
            log.warning("%s", message)
            self._reported.emit(self.tr("The library could not be changed"),
                                self._explained(value) or message, False)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        text = self.tr("Something went wrong: %1. Your work so far is saved; the details "
                       "are in %2.").replace("%1", f"{kind.__name__}: {message}"[:300]) \
            .replace("%2", str(log_path()))
        self._reported.emit(self.tr("Unexpected error"), text, True)

    def _explained(self, error: LibraryError) -> str | None:
        """The fault in the interface's language (the core's line is in English)."""
        texts = {
            LibraryBusy: self.tr("The library is busy: another program is writing to it. "
                                 "Nothing was changed; try again in a moment."),
            LibraryFull: self.tr("The disk is full. Nothing of this change was written."),
            LibraryReadOnly: self.tr("The library cannot be written (a read-only file or "
                                     "folder). Nothing was changed."),
            LibraryDamaged: self.tr("The library file is damaged. Run “dossier check” to "
                                    "see what is wrong."),
        }
        for kind, text in texts.items():
            if isinstance(error, kind):
                return text
        return None

    def _present(self, title: str, text: str, is_bug: bool) -> None:
        if self._showing:  # an error while the last one is shown: logged, not stacked
            return
        self._showing = True
        try:
            self._show(title, safe_text(text), is_bug)
        finally:
            self._showing = False

    @staticmethod
    def _message_box(title: str, text: str, is_bug: bool) -> None:
        if is_bug:
            QMessageBox.critical(None, title, text)
        else:
            QMessageBox.warning(None, title, text)
