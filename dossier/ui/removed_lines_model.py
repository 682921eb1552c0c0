"""The lines import removed from an article, one row each: its line in the page, its
kind in words, its text. Rows keep the page's order; each text starts on its own side.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .text_direction import text_alignment

LINE, KIND, TEXT = range(3)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RemovedLinesModel(QAbstractTableModel):
    def __init__(self, removed=(), parent=None):
        super().__init__(parent)
        # (line, kind, text) as kept by the library, in reading order whatever order came in.
        self.rows: list[tuple[int, str, str]] = sorted((tuple(r) for r in removed), key=lambda r: r[0])

    def kind_name(self, kind: str) -> str:
        names = {
            "title": self.tr("Headline"), "label": self.tr("Section label"),
            "dateline": self.tr("Date line"), "byline": self.tr("Byline"),
            "site": self.tr("Outlet's name"), "share": self.tr("Share buttons"),
            "comments": self.tr("Comments"), "tags": self.tr("Tags"),
            "credit": self.tr("Photo credit"), "navigation": self.tr("Navigation"),
            "promo": self.tr("Promotion"), "read_also": self.tr("“Read also” box"),
            "related": self.tr("Related stories"), "teaser": self.tr("Another story's link"),
            "stamp": self.tr("Time stamp"), "other_story": self.tr("Another story's lead"),
        }
        # A kind added later still shows, by its stored name, rather than as nothing.
        return names.get(kind, kind)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, kind, text = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LINE:
                return str(number + 1)
            return self.kind_name(kind) if column == KIND else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TEXT:
            return text_alignment(text)
        if role == ROW_ROLE:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("Kind"), self.tr("Text"))[section]
        return None
