"""Loading what the window shows for a filter (pane counts, total, first page) off the UI thread.

On a large library the three facet counts and the first page take a few hundred
milliseconds; they run on a worker with its own connection, and only the answer to
the latest filter is applied, so ticking quickly through the panes never stalls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..model import ArticleSummary, Facet
from ..storage import articles_repo, catalog_repo
from ..storage.database import connect
from ..storage.filters import ArticleFilter
from .article_list_model import PAGE

AHEAD = 4  # pages read with the first, so scrolling starts without queries
from .facet_list_model import COUNTRIES, SOURCES, TOPICS
from .worker import Worker


@dataclass(frozen=True)
class BrowseState:
    filter: ArticleFilter
    facets: dict[str, list[Facet]]
    total: int
    rows: list[ArticleSummary]
    library_total: int


def read_state(db, flt: ArticleFilter, page: int = PAGE * AHEAD) -> BrowseState:
    """Everything the panes and the list need for ``flt``, read in one go."""
    facets = {COUNTRIES: catalog_repo.country_facets(db, flt),
              TOPICS: catalog_repo.topic_facets(db, flt),
              SOURCES: catalog_repo.outlet_facets(db, flt)}
    return BrowseState(flt, facets, articles_repo.count(db, flt),
                       articles_repo.summaries(db, flt, page, 0), articles_repo.count(db, None))


def _read_in_worker(path: Path, flt: ArticleFilter) -> BrowseState:
    db = connect(path)
    try:
        return read_state(db, flt)
    finally:
        db.conn.close()


class BrowseLoader(QObject):
    """``loaded(BrowseState)`` for the latest filter asked; ``failed(str)`` if it could not."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._sequence = 0
        self.busy = False

    def load_now(self, flt: ArticleFilter) -> BrowseState:
        """On the UI thread: at start-up, before the window is first shown."""
        self._sequence += 1
        state = read_state(self.library.db, flt)
        self.busy = False
        self.loaded.emit(state)
        return state

    def load(self, flt: ArticleFilter) -> None:
        self._sequence += 1
        sequence = self._sequence
        self.busy = True
        path = self.library.path
        worker = Worker(lambda _progress: _read_in_worker(path, flt))
        worker.finished.connect(lambda state: self._finished(sequence, state))
        worker.failed.connect(lambda error: self._failed(sequence, error))
        worker.start(self.pool)

    def _finished(self, sequence: int, state: BrowseState) -> None:
        if sequence == self._sequence:
            self.busy = False
            self.loaded.emit(state)

    def _failed(self, sequence: int, error) -> None:
        if sequence == self._sequence:
            self.busy = False
            self.failed.emit(str(error))

    def wait(self) -> None:
        self.pool.waitForDone()
