"""The window's one undo stack. Edits still being typed (coalesced before they are
written) are saved before any step is undone or redone, so Undo takes back what the
analyst sees, never a step behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack


class UndoStack(QUndoStack):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._flushers: list[Callable[[], None]] = []

    def add_flusher(self, flush: Callable[[], None]) -> None:
        self._flushers.append(flush)

    def flush(self) -> None:
        for flush in self._flushers:
            flush()

    def undo(self) -> None:
        self.flush()
        super().undo()

    def redo(self) -> None:
        self.flush()
        super().redo()

    def setIndex(self, index: int) -> None:
        self.flush()
        super().setIndex(index)
