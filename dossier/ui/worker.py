"""The one way the UI runs long work off its thread: a QRunnable on a QThreadPool,
with a QObject bridge that brings progress, the result or the failure back as signals.

The work is a plain callable taking a ``progress(done, total, label)`` function, the same
shape the core's services accept. Once ``cancel()`` is called, that function returns
False (the core's way of being told to stop) and ``cancel_event`` is set, so work that
takes a ``threading.Event`` can watch it too.

    worker = Worker(lambda progress: library_free_work(snapshot, progress=progress))
    worker.finished.connect(on_done)
    worker.failed.connect(on_error)
    worker.start()
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Job(QRunnable):
    def __init__(self, worker: "Worker"):
        super().__init__()
        self._worker = worker
        # The pool must not delete the runnable while Python still holds it.
        self.setAutoDelete(False)

    def run(self) -> None:
        self._worker._run()


class Worker(QObject):
    """Runs ``fn(progress)`` on a pool thread; signals are delivered on the UI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    # Workers in flight, so neither Python nor Qt frees one before its signal arrives.
    _running: set["Worker"] = set()

    def __init__(self, fn: Callable[[Callable[[int, int, str], bool]], object],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.cancel_event = threading.Event()
        self._job = _Job(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        # Connected last, so the caller's slots have run before the worker may be freed.
        self.finished.connect(self._forget)
        self.failed.connect(self._forget)
        Worker._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._job)

    def cancel(self) -> None:
        self.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _report(self, done: int, total: int, label: str) -> bool:
        self.progress.emit(done, total, label or "")
        return not self.cancel_event.is_set()

    def _run(self) -> None:
        # Runs on the pool thread: only emit, never touch widgets or the database here.
        try:
            result = self._fn(self._report)
        except BaseException as exc:  # noqa: BLE001 - any failure must reach the UI
            self.failed.emit(exc)
        else:
            self.finished.emit(result)

    def _forget(self, _payload: object = None) -> None:
        Worker._running.discard(self)
