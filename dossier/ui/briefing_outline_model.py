"""The outline of the open briefing as a tree: sections, and under each its items.

The model shows one Briefing snapshot. Edits (headings, notes, drag and drop) become undo
commands; the commands change the library and the panel hands the model a fresh snapshot.
A snapshot with the same shape only repaints, so an open editor or a drag in progress is
not torn down by a reset.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from ..briefing.excerpts import anchor_at
from dossier.model import Briefing, Item, Section

from . import commands as cmd
from .text_direction import text_alignment

COL_TEXT = 0  # a section's heading, an item's quote (or its note when it has no quote)
COL_NOTE = 1
COLUMN_COUNT = 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Section or Item dataclass
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "section" or "item"
ID_ROLE = Qt.ItemDataRole.UserRole + 3
OUTLINE_MIME = "application/x-dossier-outline"
EXCERPT_MIME = "application/x-dossier-excerpt"
_SECTION = 0  # internal id of a section index; an item's is its section's row + 1
_QUOTE_CHARS = 300
_ED = Qt.ItemFlag


def _shape(snapshot: Briefing | None) -> list[tuple[int, tuple[int, ...]]]:
    if snapshot is None:
        return []
    return [(s.id, tuple(i.id for i in s.items)) for s in snapshot.sections]


class BriefingOutlineModel(QAbstractItemModel):
    def __init__(self, library, undo_stack: QUndoStack, notify: cmd.Notify, parent=None):
        super().__init__(parent)
        self._library = library
        self._stack = undo_stack
        self._notify = notify
        self._snap: Briefing | None = None

    # Feeding the model
    def set_snapshot(self, snapshot: Briefing | None) -> None:
        same_shape = (snapshot is not None and self._snap is not None
                      and snapshot.id == self._snap.id and _shape(snapshot) == _shape(self._snap))
        if not same_shape:
            self.beginResetModel()
            self._snap = snapshot
            self.endResetModel()
            return
        self._snap = snapshot
        last = self.columnCount() - 1
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, last))
        for row in range(rows):
            parent = self.index(row, 0)
            if count := self.rowCount(parent):
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, last, parent))

    def snapshot(self) -> Briefing | None:
        return self._snap

    def sections(self) -> tuple[Section, ...]:
        return self._snap.sections if self._snap else ()

    def entry(self, index: QModelIndex) -> Section | Item | None:
        if not index.isValid():
            return None
        sections = self.sections()
        if index.internalId() == _SECTION:
            return sections[index.row()] if index.row() < len(sections) else None
        section_row = index.internalId() - 1
        if section_row >= len(sections) or index.row() >= len(sections[section_row].items):
            return None
        return sections[section_row].items[index.row()]

    def index_of(self, kind: str, entry_id: int, column: int = COL_TEXT) -> QModelIndex:
        for srow, section in enumerate(self.sections()):
            if kind == "section" and section.id == entry_id:
                return self.index(srow, column)
            for irow, item in enumerate(section.items):
                if kind == "item" and item.id == entry_id:
                    return self.index(irow, column, self.index(srow, 0))
        return QModelIndex()

    # Structure
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.sections())
        if parent.column() != 0 or parent.internalId() != _SECTION:
            return 0
        return len(self.sections()[parent.row()].items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return COLUMN_COUNT

    # Data
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(QModelIndex(index))
        if entry is None:
            return None
        is_section = isinstance(entry, Section)
        if role in (ROW_ROLE, KIND_ROLE, ID_ROLE):
            return {ROW_ROLE: entry, KIND_ROLE: "section" if is_section else "item",
                    ID_ROLE: entry.id}[role]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text_alignment(text if isinstance(text, str) else "")
        if is_section:
            return self._section_data(entry, index.column(), role)
        return self._item_data(entry, index.column(), role)

    def _section_data(self, section: Section, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == COL_TEXT:
            return section.heading or self.tr("Untitled section")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Items: %1").replace("%1", str(len(section.items)))
        if role == Qt.ItemDataRole.EditRole and column == COL_TEXT:
            return section.heading
        if role == Qt.ItemDataRole.FontRole and column == COL_TEXT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, item: Item, column: int, role: int):
        quote = item.excerpt.quote if item.excerpt else None
        note_column = COL_NOTE if quote is not None else COL_TEXT
        if role == Qt.ItemDataRole.DisplayRole:
            if column == note_column:
                return " ".join(item.note.split())
            if column == COL_TEXT:
                flat = " ".join(quote.split())
                return flat if len(flat) <= _QUOTE_CHARS else flat[:_QUOTE_CHARS] + "…"
            return None
        if role == Qt.ItemDataRole.EditRole and column == note_column:
            return item.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if quote is None:
                return item.note
            citation = self._snap.citation_for(item.excerpt.article_id) if self._snap else None
            source = f"\n— {citation.title}" if citation else ""
            return f"«{quote}»{source}" + (f"\n\n{item.note}" if item.note else "")
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TEXT:
            # An icon, not italics, tells a note from a quote: many fonts have no
            # italic Arabic and would draw boxes.
            icon = (QStyle.StandardPixmap.SP_FileDialogContentsView if quote is not None
                    else QStyle.StandardPixmap.SP_FileDialogDetailedView)
            return QApplication.style().standardIcon(icon)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_TEXT:
            return self.tr("Section / excerpt")
        if section == COL_NOTE:
            return self.tr("Note")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self.set_snapshot(self._snap)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _ED.ItemIsDropEnabled
        entry = self.entry(QModelIndex(index))
        flags = _ED.ItemIsEnabled | _ED.ItemIsSelectable | _ED.ItemIsDragEnabled
        if isinstance(entry, Section):
            flags |= _ED.ItemIsDropEnabled
            if index.column() == COL_TEXT:
                flags |= _ED.ItemIsEditable
        elif isinstance(entry, Item):
            note_column = COL_NOTE if entry.excerpt else COL_TEXT
            if index.column() == note_column:
                flags |= _ED.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(QModelIndex(index))
        if role != Qt.ItemDataRole.EditRole or entry is None or self._snap is None:
            return False
        if not self.flags(index) & _ED.ItemIsEditable:
            return False
        text = str(value or "")
        bid = self._snap.id
        if isinstance(entry, Section):
            text = text.strip()
            if text == entry.heading:
                return True
            self._stack.push(cmd.RenameSectionCommand(self._library.briefings, bid, self._notify,
                                                      entry.id, text))
        else:
            if text == entry.note:
                return True
            self._stack.push(cmd.EditNoteCommand(self._library.briefings, bid, self._notify,
                                                 entry.id, text))
        return True

    # Drag and drop: a drag carries one section or item by id; the reader's drags carry
    # an excerpt. Qt's "remove the source rows" step finds no removeRows and does nothing,
    # because the move already happened through the command.
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME, EXCERPT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        entry = next((e for e in map(self.entry, indexes) if e is not None), None)
        if entry is not None and self._snap is not None:
            kind = "section" if isinstance(entry, Section) else "item"
            payload = {"briefing_id": self._snap.id, "kind": kind, "id": entry.id}
            data.setData(OUTLINE_MIME, json.dumps(payload).encode())
            # Dropped in another application, an item reads as its quote and note.
            if isinstance(entry, Section):
                data.setText(entry.heading)
            else:
                quote = f"«{entry.excerpt.quote}»" if entry.excerpt else ""
                data.setText("\n".join(t for t in (quote, entry.note) if t))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._drop_plan(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        plan = self._drop_plan(data, row, parent)
        if plan is None:
            return False
        kind, payload, target_row, position = plan
        sections = self.sections()
        bid = self._snap.id
        briefings = self._library.briefings
        if kind == "excerpt":
            return self.add_excerpt(payload["article_id"], payload["start"], payload["end"],
                                    target_row, position)
        if kind == "section":
            current = next(r for r, s in enumerate(sections) if s.id == payload["id"])
            if target_row is not None:  # dropped on a section: take its place
                final = target_row
            else:  # dropped in a gap: the gap's index counts the section itself
                final = position - 1 if current < position else position
            if final == current:
                return False
            self._stack.push(cmd.MoveSectionCommand(briefings, bid, self._notify, payload["id"], final))
            return True
        section = sections[target_row]
        origin = next(s for s in sections if any(i.id == payload["id"] for i in s.items))
        current = next(r for r, i in enumerate(origin.items) if i.id == payload["id"])
        final = len(section.items) if position is None else position
        if origin.id == section.id:
            final = min(final - 1 if current < final else final, len(section.items) - 1)
            if final == current:
                return False
        self._stack.push(cmd.MoveItemCommand(briefings, bid, self._notify, payload["id"],
                                             section.id, final))
        return True

    def _drop_plan(self, data, row: int, parent) -> tuple[str, dict, int | None, int | None] | None:
        """What a drop would do: (kind, payload, target section row, position) or None.

        For a section, target row is the section dropped on and position the gap between
        sections; for an item or excerpt, the section and the place among its items.
        """
        if self._snap is None or data is None:
            return None
        parent = QModelIndex(parent)
        if data.hasFormat(OUTLINE_MIME):
            payload = _json(data, OUTLINE_MIME)
            if not payload or payload.get("briefing_id") != self._snap.id:
                return None
            kind = payload.get("kind")
            if kind not in ("section", "item") or not self.index_of(kind, payload.get("id", -1)).isValid():
                return None
        elif data.hasFormat(EXCERPT_MIME):
            kind, payload = "excerpt", _json(data, EXCERPT_MIME)
            if not payload or not all(isinstance(payload.get(k), int)
                                      for k in ("article_id", "start", "end")):
                return None
        else:
            return None
        entry = self.entry(parent)
        count = len(self.sections())
        if kind == "section":
            if isinstance(entry, Section):
                return kind, payload, parent.row(), None
            if entry is None and not parent.isValid():
                return kind, payload, None, count if row < 0 else row
            return None
        # Items and excerpts go into a section: the one dropped on or into, or, for a drop
        # between two sections, the end of the one above.
        if isinstance(entry, Item):
            return kind, payload, parent.parent().row(), parent.row() + 1
        if isinstance(entry, Section):
            return kind, payload, parent.row(), None if row < 0 else row
        if count == 0:
            return (kind, payload, None, None) if kind == "excerpt" else None
        if row <= 0 and row != -1:
            return kind, payload, 0, 0
        return kind, payload, (count if row < 0 else row) - 1, None

    # Adding a selection of an article
    def add_excerpt(self, article_id: int, start: int, end: int, section_row: int | None = None,
                    position: int | None = None, new_heading: str = "") -> bool:
        """Quote an article into a section (the last one, or a new first one if none)."""
        if self._snap is None:
            return False
        article = self._library.article(article_id)
        try:
            anchor_at(article.body if article else "", start, end)
        except LookupError:
            return False
        briefings, bid = self._library.briefings, self._snap.id
        sections = self.sections()
        if sections:
            row = len(sections) - 1 if section_row is None else section_row
            excerpt = cmd.AddExcerptCommand(briefings, bid, self._notify, sections[row].id,
                                            article_id, start, end, position)
            self._stack.push(excerpt)
            return excerpt.item_id is not None
        # A briefing with no section yet gets one, in the same undo step as the excerpt.
        self._stack.beginMacro(self.tr("Add excerpt"))
        try:
            add = cmd.AddSectionCommand(briefings, bid, self._notify,
                                        new_heading or self.tr("New section"))
            self._stack.push(add)
            excerpt = cmd.AddExcerptCommand(briefings, bid, self._notify, add.section_id,
                                            article_id, start, end, position)
            self._stack.push(excerpt)
        finally:
            self._stack.endMacro()
        return excerpt.item_id is not None


def _json(data: QMimeData, mime: str) -> dict | None:
    try:
        value = json.loads(bytes(data.data(mime)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None
