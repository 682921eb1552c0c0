"""The middle of the window: the search box, the filter bar, and the articles or hits.

Typing waits for a pause (a debounce timer), then searches on a worker thread; answers
to older queries are dropped by their sequence number, so the list never flickers back.
The first hits come with the exact number of hits; the rest are read as the list
scrolls. Then a second worker counts the hits by country, topic and source, for the
panes (``hitFacetsChanged``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView,
                               QStackedWidget, QTreeView, QVBoxLayout, QWidget)

from ..search.engine import hit_facets, search_articles
from ..search.query import QueryError
from ..storage.browse_index import OUTLETS, BrowseIndex
from ..storage.database import connect
from ..storage.filters import ArticleFilter
from .article_list_model import DATE, SOURCE, TITLE, ArticleListModel
from .article_row_delegate import ArticleRowDelegate
from .filter_bar import FilterBar
from .facet_list_model import SOURCES
from .search_hit_delegate import SearchHitDelegate
from .search_results_model import SearchResultsModel, snippet_matches
from .worker import Worker

DEBOUNCE_MS = 250
NARROW_LIST = 380  # pixels: below this the list shows title and date only
# Enough hits to fill a tall window; the rest come as the list scrolls.
FIRST_HITS = 40
SORTS = ("relevance", "newest", "oldest")


def search_in_worker(path, query: str, flt: ArticleFilter, limit: int, sort: str = "relevance"):
    """A SearchPage, or the QueryError: on a fresh connection, as SQLite wants one per thread."""
    db = connect(path)
    try:
        return search_articles(db, query, flt, limit, 0, sort)
    except QueryError as exc:
        return exc
    finally:
        db.conn.close()


class _IndexHolder:
    """The library's BrowseIndex for counting hits by pane: built on a worker the first
    time, again when articles came or went, or when the window says the library changed."""

    def __init__(self):
        self._built: tuple[tuple, BrowseIndex] | None = None
        # The window's own index (its browse loader's), when it has one: one copy in memory.
        self.shared: Callable[[], BrowseIndex | None] | None = None

    def forget(self) -> None:
        self._built = None

    def facets_in_worker(self, path, query: str, flt: ArticleFilter) -> dict | None:
        db = connect(path)
        try:
            stamp = tuple(db.execute("SELECT count(*), max(id) FROM articles").fetchone())
            index = self.shared() if self.shared is not None else None
            if index is None or (index.count(), index.size - 1) != (stamp[0], stamp[1] or 0):
                built = self._built
                if built is None or built[0] != stamp:
                    built = self._built = (stamp, BrowseIndex.build(db))
                index = built[1]
            facets = hit_facets(db, query, flt, index)
        except QueryError:
            return None
        finally:
            db.conn.close()
        facets[SOURCES] = facets.pop(OUTLETS)
        return facets


class ArticleBrowser(QWidget):
    """``articleChosen(article_id, start, end)``: start/end mark a match, or are -1."""

    articleChosen = Signal(int, int, int)
    countsChanged = Signal()
    sortRequested = Signal(str)  # newest, oldest, title or outlet (from a column header)
    hitFacetsChanged = Signal(object)  # {pane: [Facet]} of the hits; None when search ends

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.filter = ArticleFilter()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._sequence = 0
        self._indexes = _IndexHolder()
        self.searching = False
        self.error = ""
        self._sort = "newest"

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("searchSort")
        self.sort_box.addItems(["", "", ""])
        self.sort_box.setVisible(False)
        self.sort_box.currentIndexChanged.connect(self._sort_changed)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("searchError")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.filter_bar = FilterBar(self)

        self.articles = ArticleListModel(library, self)
        self.article_view = QTreeView(self)
        self.article_view.setObjectName("articleList")
        self.article_view.setModel(self.articles)
        self.article_view.setRootIsDecorated(False)
        self.article_view.setUniformRowHeights(True)
        self.article_view.setAlternatingRowColors(True)
        self.article_view.setDragDropMode(QTreeView.DragDropMode.DragOnly)  # onto the outline
        self.article_view.setItemDelegate(ArticleRowDelegate(self.article_view))
        header = self.article_view.header()
        # Amiri's widest glyph (a whole-phrase ligature) would set a huge minimum.
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        # Fixed (dates all have one width): fitting to contents would read every row.
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SOURCE, 110)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.article_view.activated.connect(self._article_activated)
        self.article_view.clicked.connect(self._article_activated)

        self.results = SearchResultsModel(self)
        self.result_view = QListView(self)
        self.result_view.setObjectName("searchResults")
        self.result_view.setModel(self.results)
        self.hit_delegate = SearchHitDelegate(self.result_view)
        self.result_view.setItemDelegate(self.hit_delegate)
        self.results.modelReset.connect(self.hit_delegate.forget)
        # Every hit is as tall as the others: the view never measures rows it does not show.
        self.result_view.setUniformItemSizes(True)
        self.result_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.result_view.setWordWrap(True)
        self.result_view.setAlternatingRowColors(True)
        self.result_view.setDragDropMode(QListView.DragDropMode.DragOnly)  # onto the outline
        self.result_view.activated.connect(self._hit_activated)
        self.result_view.clicked.connect(self._hit_activated)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.article_view)
        self.stack.addWidget(self.result_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        search_row = QHBoxLayout()
        search_row.setSpacing(4)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.sort_box)
        layout.addLayout(search_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._text_changed)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        # The title matters most: the source column gets at most a quarter of the width.
        super().resizeEvent(event)
        header = self.article_view.header()
        header.resizeSection(SOURCE, max(60, min(160, self.width() // 4)))
        # Narrow, the source gives its room to the title (it stays in the row's tooltip).
        self.article_view.setColumnHidden(SOURCE, self.width() < NARROW_LIST)
        metrics = self.article_view.fontMetrics()
        header.resizeSection(DATE, metrics.horizontalAdvance("0000-00-00") + 16)

    def share_index(self, source: Callable[[], BrowseIndex | None]) -> None:
        """Count hits by pane with the window's browse index (``source()`` gives it, or
        None while there is none), rather than a copy of its own."""
        self._indexes.shared = source

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search articles (Ctrl+F)…"))
        for row, label in enumerate((self.tr("Most relevant first"), self.tr("Newest first"),
                                     self.tr("Oldest first"))):
            self.sort_box.setItemText(row, label)
        self.sort_box.setToolTip(self.tr("Order of the hits"))
        self.filter_bar.retranslate()

    # Listing
    def apply_state(self, state) -> None:
        """Show a BrowseState: the list's first page and total; search again under it."""
        changed = state.filter != self.filter
        self.filter = state.filter
        self.articles.set_loaded(state.filter, state.total, state.rows, state.ids)
        self.show_sort(state.sort)
        if self.query() and changed:
            self.run_search()
        self.countsChanged.emit()

    def show_sort(self, sort: str) -> None:
        """Put the header's sort indicator on the column the list is sorted by."""
        column, order = {"newest": (DATE, Qt.SortOrder.DescendingOrder),
                         "oldest": (DATE, Qt.SortOrder.AscendingOrder),
                         "title": (TITLE, Qt.SortOrder.AscendingOrder),
                         "outlet": (SOURCE, Qt.SortOrder.AscendingOrder)}.get(
                             sort, (DATE, Qt.SortOrder.DescendingOrder))
        header = self.article_view.header()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self._sort = sort

    def _header_clicked(self, column: int) -> None:
        if column == DATE:
            self.sortRequested.emit("oldest" if self._sort == "newest" else "newest")
        else:
            self.sortRequested.emit("title" if column == TITLE else "outlet")

    def query(self) -> str:
        return self.search_box.text().strip()

    def shown_count(self) -> int:
        """The number of hits of the search (all of them, not only those loaded), else of
        articles in the list."""
        return self.results.total() if self.query() else self.articles.total()

    def forget_counts(self) -> None:
        """The library changed: count hits by pane on a fresh index next time."""
        self._indexes.forget()

    def hit_sort(self) -> str:
        """The order of the hits chosen beside the search box."""
        return SORTS[max(self.sort_box.currentIndex(), 0)]

    def _sort_changed(self, _row: int) -> None:
        if self.query():
            self.run_search()

    # Searching
    def _text_changed(self, _text: str) -> None:
        if not self.query():
            self.debounce.stop()
            self._sequence += 1  # whatever is still running is now stale
            self.searching = False
            self._show_error("")
            self.results.clear()
            self.sort_box.setVisible(False)
            self.stack.setCurrentWidget(self.article_view)
            self.countsChanged.emit()
            self.hitFacetsChanged.emit(None)
            return
        self.debounce.start()

    def run_search(self) -> None:
        query = self.query()
        if not query:
            return
        self._sequence += 1
        self.searching = True
        sequence, path, flt, sort = self._sequence, self.library.path, self.filter, self.hit_sort()
        worker = Worker(lambda _progress: search_in_worker(path, query, flt, FIRST_HITS, sort))
        worker.finished.connect(lambda result: self._search_finished(sequence, query, result))
        worker.failed.connect(lambda error: self._search_failed(sequence, query, "unsearchable", str(error)))
        worker.start(self.pool)

    def _search_finished(self, sequence: int, query: str, page) -> None:
        if sequence != self._sequence:
            return
        if isinstance(page, QueryError):
            self._search_failed(sequence, query, page.code, str(page))
            return
        self.searching = False
        self._show_error("")
        library, flt, sort = self.library, self.filter, page.sort
        self.results.set_hits(query, page.hits, page.total, sort=sort, fetch=lambda offset, limit: (
            library.search(query, flt, limit, offset, sort).hits))
        self.sort_box.setVisible(True)
        self.stack.setCurrentWidget(self.result_view)
        self.countsChanged.emit()
        self._count_hits(sequence, query, flt)

    def _count_hits(self, sequence: int, query: str, flt: ArticleFilter) -> None:
        path, holder = self.library.path, self._indexes
        worker = Worker(lambda _progress: holder.facets_in_worker(path, query, flt))
        worker.finished.connect(lambda facets: self._hits_counted(sequence, facets))
        worker.start(self.pool)

    def _hits_counted(self, sequence: int, facets) -> None:
        if sequence == self._sequence and facets is not None:
            self.hitFacetsChanged.emit(facets)

    def _search_failed(self, sequence: int, query: str, code: str, message: str) -> None:
        if sequence != self._sequence:
            return
        self.searching = False
        self.results.clear()
        self.stack.setCurrentWidget(self.result_view)
        self._show_error(self.error_text(code, message))
        self.countsChanged.emit()
        self.hitFacetsChanged.emit(None)

    def error_text(self, code: str, message: str) -> str:
        known = {
            "empty": self.tr("Type a word to search for."),
            "only_excluded": self.tr("A search needs at least one word to find, not only words to exclude."),
            "unsearchable": self.tr("This search cannot be run; check the quotation marks and operators."),
        }
        return known.get(code, message)

    def _show_error(self, text: str) -> None:
        self.error = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def wait_for_search(self) -> None:
        """Block until queued searches end (used when closing, so no worker outlives us)."""
        self.debounce.stop()
        self._sequence += 1  # answers still on their way find nothing to update
        self.pool.waitForDone()

    # Opening
    def _article_activated(self, index) -> None:
        if index.isValid():
            self.articleChosen.emit(self.articles.summary(index.row()).id, -1, -1)

    def _hit_activated(self, index) -> None:
        if not index.isValid():
            return
        hit = self.results.hit(index.row())
        first = hit.matches[0] if hit.matches else (-1, -1)
        self.articleChosen.emit(hit.article_id, first[0], first[1])

    def snippet_spans(self, row: int) -> list[tuple[int, int]]:
        return snippet_matches(self.results.hit(row))
