"""The article list: summaries under the current filter, fetched a page at a time.

A library of tens of thousands of articles shows at once: the view asks for more
rows only as it scrolls (canFetchMore / fetchMore). The list's ids in order usually come
with the state (from the browse index), so a page is read by id; without them (the
first state at start-up) the unfiltered list reads its next ids down the date index,
and a filtered one by offset.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..model import ArticleSummary
from ..storage import articles_repo
from ..storage.filters import ArticleFilter
from .drag_payloads import ARTICLES_MIME, articles_mime
from .text_direction import text_alignment

TITLE, SOURCE, DATE = range(3)
PAGE = 200
# Made once: views ask for every row they lay out or paint, and enum arithmetic is slow.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_DATE_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, SUMMARY_ROLE})


class ArticleListModel(QAbstractTableModel):
    """Rows of ArticleSummary; ``reload`` after a filter change or an import."""

    def __init__(self, library, parent=None, page: int = PAGE):
        super().__init__(parent)
        self.library = library
        self.page = page
        self.filter = ArticleFilter()
        self._rows: list[ArticleSummary] = []
        self._ahead: list[ArticleSummary] = []  # read in advance, shown on fetchMore
        self._ids: tuple[int, ...] | None = None
        self._total = 0

    # Our API
    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.library.article_count(self.filter)
        self._rows = self.library.articles(self.filter, self.page, 0)
        self._ahead, self._ids = [], None
        self.endResetModel()

    def set_loaded(self, flt: ArticleFilter, total: int, rows: list[ArticleSummary],
                   ids: tuple[int, ...] | None = None) -> None:
        """Show rows read elsewhere (on a worker) for ``flt``: a page now, the rest as the
        view asks, so its first requests for more cost no query on the UI thread.
        ``ids``: every article of the list in order, when known."""
        shown = [summary.id for summary in self._rows]
        if (flt == self.filter and ids is not None and self._ids is None and shown
                and shown == list(ids[:len(shown)])):
            # The same list, now with its whole order (the start-up read, then the
            # index): the rows and the view's place stay.
            self._ids, self._total = ids, total
            return
        self.beginResetModel()
        self.filter, self._total, self._ids = flt, total, ids
        self._rows, self._ahead = list(rows[: self.page]), list(rows[self.page:])
        self.endResetModel()

    def ids(self) -> tuple[int, ...] | None:
        return self._ids

    def total(self) -> int:
        return self._total

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: int) -> int:
        """The row of ``article_id`` among the rows read so far, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def position_of(self, article_id: int) -> int:
        """Where ``article_id`` is in the whole list (read or not), or -1."""
        if self._ids is not None:
            try:
                return self._ids.index(article_id)
            except ValueError:
                return -1
        return self.row_of(article_id)

    def fetch_to(self, row: int) -> None:
        """Read pages until ``row`` exists (to show a remembered place in a long list)."""
        while row >= len(self._rows) and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

    # Qt overrides
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        if self._ahead:
            more, self._ahead = self._ahead[: self.page], self._ahead[self.page:]
        elif self._ids is not None:
            first = len(self._rows)
            more = self.library.article_summaries(list(self._ids[first:first + self.page]))
        elif self.filter.is_empty:
            # The start-up list (newest first, before the index brings the whole order):
            # the next page's ids read down the date index. Reading by offset would sort
            # the whole library first (half a second at 100,000 articles).
            first = len(self._rows)
            ids = articles_repo.newest_ids(self.library.db, first + self.page)[first:]
            more = self.library.article_summaries(ids)
        else:
            more = self.library.articles(self.filter, self.page, len(self._rows))
        if not more:
            # The library shrank under us (another window deleted articles).
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Views ask for every role of every cell they paint: the unanswered ones return first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return summary.title
            if column == SOURCE:
                return summary.outlet or ""
            if column == DATE:
                return summary.published or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (summary.title, summary.outlet, summary.author) if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == DATE:
                return _DATE_ALIGNMENT
            return text_alignment(summary.title if column == TITLE else summary.outlet or "")
        if role == ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {TITLE: self.tr("Title"), SOURCE: self.tr("Source"), DATE: self.tr("Date")}.get(section)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # Articles drag into the briefing's outline (see drag_payloads).
    def mimeTypes(self) -> list[str]:
        return [ARTICLES_MIME]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._rows)})
        return articles_mime([self._rows[r].id for r in rows], "\n".join(self._rows[r].title for r in rows))
