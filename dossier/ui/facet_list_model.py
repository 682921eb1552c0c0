"""One navigation pane (countries, topics or sources): names with article counts.

The analyst ticks values to filter by. The ticks live in the model, not in the view's
selection, so they survive the refresh of counts that follows every filter change.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..model import Facet
from ..storage.filters import UNKNOWN_OUTLET

NAME, COUNT = range(2)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
FACET_ROLE = Qt.ItemDataRole.UserRole + 3

COUNTRIES, TOPICS, SOURCES = "countries", "topics", "sources"
# Made once: views ask for every row they lay out or paint, and enum arithmetic is slow.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NAME_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
_COUNT_ALIGNMENT = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)


class FacetListModel(QAbstractTableModel):
    """Facets of one kind; ``chosenChanged`` when the ticked keys change."""

    chosenChanged = Signal()

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.language = "ar"
        self._facets: list[Facet] = []
        self._chosen: set[str] = set()
        self._names: dict[str, tuple[str, str]] = {}  # every name seen, for ticks shown at zero

    # Our API
    def set_facets(self, facets: list[Facet]) -> None:
        """New counts; a ticked value that has no articles now stays, at zero, to be unticked."""
        present = {f.key for f in facets}
        self._names.update((f.key, (f.label_ar, f.label_en)) for f in facets)
        kept = [Facet(key, *self._names.get(key, (key, key)), 0) for key in sorted(self._chosen - present)]
        self.beginResetModel()
        self._facets = list(facets) + kept
        self.endResetModel()

    def set_names(self, names: dict[str, tuple[str, str]]) -> None:
        """Names (Arabic, English) by key, for ticked values that no count lists yet."""
        self._names.update(names)

    def set_language(self, language: str) -> None:
        self.language = language
        if self._facets:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._facets) - 1, NAME))

    def chosen(self) -> tuple[str, ...]:
        """Ticked keys, sorted: the same filter compares equal however the counts reorder
        the pane, and a remembered tick counts before its row arrives."""
        return tuple(sorted(self._chosen))

    def set_chosen(self, keys) -> None:
        keys = set(keys)
        if keys == self._chosen:
            return
        self._chosen = keys
        if self._facets:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._facets) - 1, COUNT))
        self.chosenChanged.emit()

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._facets):
            key = self._facets[row].key
            self.set_chosen(self._chosen ^ {key})

    def clear_chosen(self) -> None:
        self.set_chosen(set())

    def facet(self, row: int) -> Facet:
        return self._facets[row]

    def row_of(self, key: str) -> int:
        for row, facet in enumerate(self._facets):
            if facet.key == key:
                return row
        return -1

    def label(self, facet: Facet) -> str:
        if self.kind == SOURCES and facet.key == UNKNOWN_OUTLET:
            return self.tr("Unknown source")
        text = facet.label_ar if self.language == "ar" else facet.label_en
        return text or facet.label_ar or facet.key

    def label_of(self, key: str) -> str:
        row = self.row_of(key)
        if row >= 0:
            return self.label(self._facets[row])
        names = self._names.get(key)
        return self.label(Facet(key, *names, 0)) if names else key

    # Qt overrides
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facets)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._facets):
            return None
        facet = self._facets[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(facet) if column == NAME else str(facet.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n article(s)", "", facet.count)
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Checked if facet.key in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _COUNT_ALIGNMENT if column == COUNT else _NAME_ALIGNMENT
        if role == KEY_ROLE:
            return facet.key
        if role == COUNT_ROLE:
            return facet.count
        if role == FACET_ROLE:
            return facet
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return {COUNTRIES: self.tr("Country"), TOPICS: self.tr("Topic"),
                    SOURCES: self.tr("Source")}.get(self.kind)
        if section == COUNT:
            return self.tr("Articles")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not user-checkable: a click anywhere on the row toggles it (see NavigationPanel).
        return _ROW_FLAGS
