"""Undo steps for the analyst's corrections of an article: its details, its countries and
topics. Each is applied once before it goes on the stack (a refused write leaves no
step), then redo and undo call the library's service and its inverse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ArticleCommand(QUndoCommand):
    """``apply()`` returns what undo needs; ``revert(that)`` undoes it; ``after()`` shows it."""

    def __init__(self, text: str, applied, apply: Callable[[], object],
                 revert: Callable[[object], None], after: Callable[[], None]):
        super().__init__(text)
        self._done, self._apply, self._revert, self._after = applied, apply, revert, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # applied already, before it was pushed
            self._first = False
            return
        self._done = self._apply()
        self._after()

    def undo(self) -> None:
        self._revert(self._done)
        self._after()
