"""A checkable list of countries or topics for one article, with what the analyst ticked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TagChoiceModel(QAbstractListModel):
    """Rows are (key, Arabic name, English name); ``changes()`` lists the toggled ones."""

    def __init__(self, rows: list[tuple[str, str, str]], present: set[str], english: bool = False,
                 parent=None):
        super().__init__(parent)
        self.rows = rows
        self.initial = set(present)
        self.checked = set(present)
        self.english = english

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, arabic, english = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = english if self.english else arabic
            return f"{name} ({key})" if len(key) == 2 else name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{arabic} · {english}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(key)
        else:
            self.checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True

    def row_of(self, key: str) -> int:
        return next(i for i, row in enumerate(self.rows) if row[0] == key)

    def changes(self) -> list[tuple[str, bool]]:
        """(key, present) for each value ticked or unticked, in list order."""
        return [(key, key in self.checked) for key, _a, _e in self.rows
                if (key in self.checked) != (key in self.initial)]
