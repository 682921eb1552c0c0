"""Every excerpt of the library as a table (quote, article, source, briefings quoting it),
each row one ExcerptEntry; rows drag into the outline as library excerpts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..briefing.excerpt_library import ExcerptEntry
from .drag_payloads import EXCERPTS_MIME, excerpts_mime
from .text_direction import text_alignment

QUOTE, ARTICLE, SOURCE, USED = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_QUOTE_CHARS = 240


class ExcerptListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ExcerptEntry] = []

    def set_entries(self, entries: list[ExcerptEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ExcerptEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, excerpt_id: int) -> int:
        return next((row for row, e in enumerate(self._rows) if e.id == excerpt_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"«{entry.excerpt.quote}»", "— " + entry.title]
            if entry.briefings:
                lines.append(self.tr("In: %1").replace("%1", "، ".join(entry.briefings)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return text_alignment(self._text(entry, column) if column != USED else "")
        if role == ROW_ROLE:
            return entry
        if role == ID_ROLE:
            return entry.id
        return None

    def _text(self, entry: ExcerptEntry, column: int) -> str:
        if column == QUOTE:
            flat = " ".join(entry.excerpt.quote.split())
            return flat if len(flat) <= _QUOTE_CHARS else flat[:_QUOTE_CHARS] + "…"
        if column == ARTICLE:
            return entry.title
        if column == SOURCE:
            return " · ".join(p for p in (entry.outlet, entry.published) if p)
        return str(len(entry.briefings))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {QUOTE: self.tr("Excerpt"), ARTICLE: self.tr("Article"), SOURCE: self.tr("Source"),
                USED: self.tr("Briefings")}.get(section)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # Dragging rows out, into the outline
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [EXCERPTS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        entries = [e for e in map(self.entry, rows) if e is not None]
        return excerpts_mime([e.id for e in entries],
                             "\n\n".join(f"«{e.excerpt.quote}»" for e in entries))
