"""Loading what the window shows for a filter (pane counts, total, the list's ids and first
rows) off the UI thread, from the browse index.

The browse index (storage/browse_index.py) answers any filter in milliseconds; it is read
once (on a connection of the worker's own) and read again only when the catalogue may have
changed: when the window's connection sees another connection's commit (an import, the
command line, another window; its own briefing edits do not count), or when the window
says so (``invalidate``, after it changed tags itself). At start-up a first state is read
with plain indexed SQL on the UI thread (tens of milliseconds), and the whole state from the
index on the worker once the list has been painted, so the first click finds it ready. Only the answer to the latest request is applied, and
requests overtaken while queued are skipped, so ticking quickly never stalls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..model import ArticleSummary, Facet
from ..storage import articles_repo, catalog_repo
from ..storage.browse_index import NEWEST, OUTLETS, BrowseIndex
from ..storage.database import connect
from ..storage.filters import ArticleFilter
from .article_list_model import PAGE
from .facet_list_model import COUNTRIES, SOURCES, TOPICS
from .worker import Worker

AHEAD = 2  # pages read with the first, so scrolling starts without queries
FIRST_PAINT_WAIT_MS = 250  # the index is built then even if the window is not shown


@dataclass(frozen=True)
class BrowseState:
    filter: ArticleFilter
    facets: dict[str, list[Facet]]
    total: int
    rows: list[ArticleSummary]
    library_total: int
    sort: str = NEWEST
    ids: tuple[int, ...] | None = None  # every article in the list, in order (None: read by pages)


def first_state(db, page: int = PAGE * AHEAD) -> BrowseState:
    """The usual start (no filter, newest first) with indexed reads alone: the list's first
    rows, its total and the countries' and topics' counts (tens of milliseconds at 100,000
    articles). The sources' counts and the list's whole order come with the index next."""
    total = articles_repo.count(db)
    facets = {COUNTRIES: catalog_repo.country_facets(db), TOPICS: catalog_repo.topic_facets(db)}
    rows = articles_repo.summaries_for(db, articles_repo.newest_ids(db, page))
    return BrowseState(ArticleFilter(), facets, total, rows, total)


def state_from_index(db, index: BrowseIndex, flt: ArticleFilter, sort: str,
                     page: int = PAGE * AHEAD) -> BrowseState:
    if not index.has_order(sort):
        index.load_order(sort, db)
    facets = index.facets(flt)
    # A ticked value with no article under the other panes stays listed, at zero, under
    # its own name (the pane keeps it so it can be unticked).
    for pane, chosen in ((COUNTRIES, flt.countries), (TOPICS, flt.topics), (OUTLETS, flt.outlets)):
        listed = {f.key for f in facets[pane]}
        for key in chosen:
            names = index.names(pane, key)
            if key not in listed and names is not None:
                facets[pane].append(Facet(key, *names, 0))
    ids = tuple(index.ids(flt, sort))
    return BrowseState(flt, {COUNTRIES: facets[COUNTRIES], TOPICS: facets[TOPICS],
                             SOURCES: facets[OUTLETS]},
                       len(ids), articles_repo.summaries_for(db, list(ids[:page])),
                       index.count(None), sort, ids)


class _AfterFirstPaint(QObject):
    """Runs ``then`` once ``widget`` has been painted, or after ``FIRST_PAINT_WAIT_MS``
    if it is not shown by then (a window built and never shown, as in tests)."""

    def __init__(self, widget: QWidget, then, parent: QObject):
        super().__init__(parent)
        self.widget = widget
        self.then = then
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint is done
        return False

    def _run(self) -> None:
        if self.then is None:
            return
        then, self.then = self.then, None
        self.widget.removeEventFilter(self)
        then()
        self.deleteLater()


class BrowseLoader(QObject):
    """``loaded(BrowseState)`` for the latest request; ``failed(str)`` if it could not."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one job at a time: the connection and index are its own
        self._sequence = 0
        self._generation = 0
        self.index: BrowseIndex | None = None
        self._index_version: tuple[int, int] | None = None
        self.busy = False

    def load_now(self, painted: QWidget | None = None) -> BrowseState:
        """On the UI thread, at start-up: the unfiltered list before the window is first
        shown; then the whole state from the index, on the worker, once ``painted`` (the
        list) has been painted: building the index holds the interpreter for a few hundred
        milliseconds, which the first paint should not share."""
        self._sequence += 1
        sequence = self._sequence
        state = first_state(self.library.db)
        self.loaded.emit(state)

        def rest() -> None:
            if sequence == self._sequence:  # nothing else was asked for meanwhile
                self.load(state.filter, state.sort)

        if painted is None:
            rest()
        else:
            _AfterFirstPaint(painted, rest, self)
        return state

    def cancel(self) -> None:
        """The window is closing: start nothing more, and show nothing still under way."""
        self._sequence += 1
        self.busy = False

    def invalidate(self) -> None:
        """The window changed articles or tags itself: read the index again next time."""
        self._generation += 1

    def _version(self) -> tuple[int, int]:
        return self.library.db.execute("PRAGMA data_version").fetchone()[0], self._generation

    def load(self, flt: ArticleFilter, sort: str = NEWEST) -> None:
        self._sequence += 1
        sequence = self._sequence
        self.busy = True
        version = self._version()
        worker = Worker(lambda _progress: self._read(sequence, version, flt, sort))
        worker.finished.connect(lambda state: self._finished(sequence, state))
        worker.failed.connect(lambda error: self._failed(sequence, error))
        worker.start(self.pool)

    # On the worker thread
    def _with_connection(self, work):
        # A connection per job, closed at once: a connection left open would keep the
        # window from taking fresh file locks if it must reopen the library (see
        # storage/database.ensure_locks).
        db = connect(self.library.path)
        try:
            return work(db)
        finally:
            db.conn.close()

    def _current_index(self, version: tuple[int, int], db=None) -> BrowseIndex:
        if self.index is None or self._index_version != version:
            if db is None:
                return self._with_connection(lambda fresh: self._current_index(version, fresh))
            self.index = BrowseIndex.build(db)
            self._index_version = version
        return self.index

    def _read(self, sequence: int, version: tuple[int, int], flt: ArticleFilter,
              sort: str) -> BrowseState | None:
        if sequence != self._sequence:
            return None  # overtaken while it waited: a newer request follows
        return self._with_connection(
            lambda db: state_from_index(db, self._current_index(version, db), flt, sort))

    # Back on the UI thread
    def _finished(self, sequence: int, state: BrowseState | None) -> None:
        if sequence == self._sequence and state is not None:
            self.busy = False
            self.loaded.emit(state)

    def _failed(self, sequence: int, error) -> None:
        if sequence == self._sequence:
            self.busy = False
            self.failed.emit(str(error))

    def wait(self) -> None:
        """Let the queued jobs end."""
        self.pool.waitForDone()
