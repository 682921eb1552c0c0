"""Running one search off the UI thread, on its own read-only connection.

SQLite connections belong to the thread that uses them, and a search over a large
library can take longer than a keystroke; each run opens a fresh connection, and its
sequence number lets the window drop answers to queries already typed over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ..query import QueryError
from ..search import search_articles
from ..storage.database import connect
from ..storage.filters import ArticleFilter


class SearchSignals(QObject):
    """Lives on the UI thread; workers emit through it, queued to the UI."""

    finished = Signal(int, str, object)  # sequence, query, list[SearchHit]
    failed = Signal(int, str, str, str)  # sequence, query, error code, message


class SearchWorker(QRunnable):
    def __init__(self, path: Path, query: str, flt: ArticleFilter, limit: int,
                 sequence: int, signals: SearchSignals):
        super().__init__()
        self.path, self.query, self.flt, self.limit = path, query, flt, limit
        self.sequence, self.signals = sequence, signals

    def run(self) -> None:
        try:
            db = connect(self.path)
        except Exception as exc:  # the window reports it; a worker must never raise
            self.signals.failed.emit(self.sequence, self.query, "unavailable", str(exc))
            return
        try:
            hits = search_articles(db, self.query, self.flt, self.limit)
        except QueryError as exc:
            self.signals.failed.emit(self.sequence, self.query, exc.code, str(exc))
        except Exception as exc:
            self.signals.failed.emit(self.sequence, self.query, "unsearchable", str(exc))
        else:
            self.signals.finished.emit(self.sequence, self.query, hits)
        finally:
            db.conn.close()
