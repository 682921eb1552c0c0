"""Typing coalesced into one write: a field or a note being typed in is saved after a
short pause, or at once when the analyst moves on (another edit, Undo, a switch of
briefing, export, closing), never once per keystroke."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 600


class PendingEdits(QObject):
    def __init__(self, save: Callable[[Hashable, object], None], parent=None, pause_ms: int = PAUSE_MS):
        super().__init__(parent)
        self._save = save
        self._pending: dict[Hashable, object] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(pause_ms)
        self.timer.timeout.connect(self.flush)

    def put(self, key: Hashable, value) -> None:
        self._pending[key] = value
        self.timer.start()

    def has(self, key: Hashable) -> bool:
        return key in self._pending

    def value(self, key: Hashable, default=None):
        return self._pending.get(key, default)

    def __bool__(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        self.timer.stop()
        pending, self._pending = self._pending, {}
        for key, value in pending.items():
            self._save(key, value)

    def discard(self) -> None:
        self.timer.stop()
        self._pending.clear()
