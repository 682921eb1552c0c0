"""Importing files off the UI thread, with progress, on the worker's own connection.

The window's connection belongs to the UI thread; the worker opens the same library
file again (without seeding), so the import's transactions never block the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal


class ImportSignals(QObject):
    """Lives on the UI thread; the worker's signals arrive there queued."""

    progress = Signal(int, int, str)  # done, total, current file
    finished = Signal(object)  # ImportReport
    failed = Signal(str)


class ImportWorker(QRunnable):
    def __init__(self, library_path: Path, items: list[str], signals: ImportSignals):
        super().__init__()
        self.library_path = Path(library_path)
        self.items = list(items)
        self.signals = signals

    def run(self) -> None:
        from ..library import Library

        try:
            with Library(self.library_path, seed=False) as library:
                report = library.import_paths(self.items, self._progress)
        except Exception as exc:  # the window shows it; a worker thread must never raise
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(report)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.signals.progress.emit(done, total, label)
