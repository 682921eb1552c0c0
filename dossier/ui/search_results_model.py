"""Search results: one row per hit (title, source, date, snippet with its matches).

Every hit is reachable: the first page comes from the search worker with the exact
total, and the view asks for the next pages as it scrolls (canFetchMore / fetchMore),
like the article list.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..model import SearchHit
from .drag_payloads import ARTICLES_MIME, articles_mime

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
MATCHES_ROLE = Qt.ItemDataRole.UserRole + 4  # match spans as offsets in the snippet
PAGE = 100

# (offset, limit) -> the hits of the same search from ``offset`` on.
Fetch = Callable[[int, int], "tuple[SearchHit, ...]"]


def snippet_matches(hit: SearchHit) -> list[tuple[int, int]]:
    """The hit's body-offset matches that fall in its snippet, as snippet offsets."""
    length = len(hit.snippet)
    spans = []
    for start, end in hit.matches:
        a, b = max(start - hit.snippet_start, 0), min(end - hit.snippet_start, length)
        if a < b:
            spans.append((a, b))
    return spans


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search in its order, fetched a page at a time."""

    def __init__(self, parent=None, page: int = PAGE):
        super().__init__(parent)
        self.page = page
        self._hits: list[SearchHit] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self.query = ""
        self.sort = "relevance"

    def set_hits(self, query: str, hits, total: int | None = None, fetch: Fetch | None = None,
                 sort: str = "relevance") -> None:
        """Show the first hits of a search; ``fetch`` reads more when the view scrolls."""
        self.beginResetModel()
        self.query, self.sort = query, sort
        self._hits = list(hits)
        self._total = len(self._hits) if total is None else total
        self._fetch = fetch
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits("", [])

    def total(self) -> int:
        """How many hits the search has in all (not only those loaded)."""
        return self._total

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    # Qt overrides
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._hits) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = list(self._fetch(len(self._hits), self.page))
        if not more:
            # The library changed under us: what is loaded is all there is now.
            self._total = len(self._hits)
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._hits.extend(more)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.article_id
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == MATCHES_ROLE:
            return snippet_matches(hit)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # A hit's article drags into the briefing's outline (see drag_payloads).
    def mimeTypes(self) -> list[str]:
        return [ARTICLES_MIME]

    def mimeData(self, indexes):
        hits = [self.hit(r) for r in sorted({i.row() for i in indexes if i.isValid()})]
        return articles_mime([h.article_id for h in hits], "\n".join(h.title for h in hits))
