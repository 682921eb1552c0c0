"""Search results: one row per hit (title, source, date, snippet with its matches)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..model import SearchHit
from .drag_payloads import ARTICLES_MIME, articles_mime

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
MATCHES_ROLE = Qt.ItemDataRole.UserRole + 4  # match spans as offsets in the snippet


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
    """The hits of the last search, best first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits("", [])

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

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
