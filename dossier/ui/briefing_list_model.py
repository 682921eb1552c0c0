"""The list of briefings the composer offers to open: one row per BriefingInfo."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from dossier.model import BriefingInfo

from .text_direction import text_alignment

COL_TITLE = 0
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class BriefingListModel(QAbstractListModel):
    """Briefings in the library's order (newest first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BriefingInfo] = []

    def set_infos(self, infos: list[BriefingInfo]) -> None:
        # Same ids in the same order: a title changed, so repaint rather than reset,
        # which would drop the view's selection while the analyst types.
        if [i.id for i in infos] == [i.id for i in self._rows]:
            self._rows = list(infos)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
            return
        self.beginResetModel()
        self._rows = list(infos)
        self.endResetModel()

    def update_info(self, info: BriefingInfo) -> None:
        """One briefing's fields changed (or are being typed): repaint its row alone."""
        row = self.row_of(info.id)
        if row >= 0:
            self._rows[row] = info
            self.dataChanged.emit(self.index(row), self.index(row))

    def info_at(self, row: int) -> BriefingInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, briefing_id: int | None) -> int:
        for row, info in enumerate(self._rows):
            if info.id == briefing_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.title.strip() or self.tr("Untitled briefing")
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [info.title, info.subtitle, info.date or ""]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return text_alignment(info.title)
        if role == ROW_ROLE:
            return info
        if role == ID_ROLE:
            return info.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and section == COL_TITLE
                and role == Qt.ItemDataRole.DisplayRole):
            return self.tr("Briefing")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
