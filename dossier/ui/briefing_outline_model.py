"""The outline of the open briefing as a tree: sections, and under each its items.

The model shows one Briefing snapshot. Edits (headings, notes, drag and drop) become undo
commands; the commands change the library and the composer hands the model a fresh
snapshot, or, for a note, just that note. A snapshot with the same shape only repaints,
so an open editor or a drag in progress is not torn down by a reset.

Drops onto a section: a section or item of this outline (a move), a passage dragged from
the reader, excerpts from the library's list, or articles (their lead paragraph).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from ..briefing.excerpts import QuoteNotFound, anchor_at
from ..model import PARAGRAPH, Briefing, Item, Section
from . import commands as cmd
from .drag_payloads import ARTICLES_MIME, EXCERPTS_MIME, OUTLINE_MIME, PASSAGE_MIME, ids, put, read
from .text_direction import text_alignment

COL_TEXT = 0  # a section's heading, an item's quote (or its note when it has no quote)
COL_NOTE = 1
COLUMN_COUNT = 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Section or Item dataclass
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "section" or "item"
ID_ROLE = Qt.ItemDataRole.UserRole + 3
EXCERPT_MIME = PASSAGE_MIME
_SECTION = 0  # internal id of a section index; an item's is its section's row + 1
_QUOTE_CHARS = 300
_LEAD_CHARS = 600  # an article dropped without a paragraph structure gives this much
_ED = Qt.ItemFlag
_ADDING = ("passage", "excerpts", "articles")


def _shape(snapshot: Briefing | None) -> list[tuple[int, tuple[int, ...]]]:
    if snapshot is None:
        return []
    return [(s.id, tuple(i.id for i in s.items)) for s in snapshot.sections]


class BriefingOutlineModel(QAbstractItemModel):
    def __init__(self, library, ctx: cmd.CommandContext, parent=None):
        super().__init__(parent)
        self._library = library
        self._ctx = ctx
        self._snap: Briefing | None = None
        self.new_heading = ""  # the heading of a section made for a drop into an empty outline

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
        self._repaint_all()

    def _repaint_all(self) -> None:
        last = self.columnCount() - 1
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, last))
        for row in range(rows):
            parent = self.index(row, 0)
            if count := self.rowCount(parent):
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, last, parent))

    def set_note(self, item_id: int, note: str) -> Item | None:
        """A note changed: update that row alone, with no trip to the library."""
        index = self.index_of("item", item_id)
        if self._snap is None or not index.isValid():
            return None
        srow = index.parent().row()
        section = self._snap.sections[srow]
        items = list(section.items)
        items[index.row()] = replace(items[index.row()], note=note)
        sections = list(self._snap.sections)
        sections[srow] = replace(section, items=tuple(items))
        self._snap = replace(self._snap, sections=tuple(sections))
        self.dataChanged.emit(index, index.siblingAtColumn(COLUMN_COUNT - 1))
        return items[index.row()]

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
            return self.tr("%n item(s)", "", len(section.items))
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
            # Dropping on an item puts what is dropped after it, in its section.
            flags |= _ED.ItemIsDropEnabled
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
        if isinstance(entry, Section):
            text = text.strip()
            if text == entry.heading:
                return True
            return self._ctx.run(cmd.RenameSectionCommand(self._ctx, self._snap.id, entry.id, text,
                                                          entry.heading))
        if text == entry.note:
            return True
        return self._ctx.run(cmd.EditNoteCommand(self._ctx, self._snap.id, entry.id, text, entry.note))

    # Drag and drop. Qt's "remove the source rows" step finds no removeRows and does
    # nothing, because a move already happened through its command.
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME, PASSAGE_MIME, EXCERPTS_MIME, ARTICLES_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        entry = next((e for e in map(self.entry, indexes) if e is not None), None)
        if entry is not None and self._snap is not None:
            kind = "section" if isinstance(entry, Section) else "item"
            put(data, OUTLINE_MIME, {"briefing_id": self._snap.id, "kind": kind, "id": entry.id})
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
        if kind == "passage":
            return self.add_passage(payload["article_id"], payload["start"], payload["end"],
                                    target_row, position)
        if kind == "excerpts":
            return self.add_library_excerpts(ids(payload, "excerpt_ids"), target_row, position)
        if kind == "articles":
            return self.add_article_leads(ids(payload, "article_ids"), target_row, position)
        return self._move(kind, payload["id"], target_row, position)

    def _move(self, kind: str, entry_id: int, target_row: int | None, position: int | None) -> bool:
        sections = self.sections()
        bid = self._snap.id
        if kind == "section":
            current = next(r for r, s in enumerate(sections) if s.id == entry_id)
            if target_row is not None:  # dropped on a section: take its place
                final = target_row
            else:  # dropped in a gap: the gap's index counts the section itself
                final = position - 1 if current < position else position
            if final == current:
                return False
            return self._ctx.run(cmd.MoveSectionCommand(self._ctx, bid, entry_id, final))
        section = sections[target_row]
        origin = next(s for s in sections if any(i.id == entry_id for i in s.items))
        current = next(r for r, i in enumerate(origin.items) if i.id == entry_id)
        final = len(section.items) if position is None else position
        if origin.id == section.id:
            final = min(final - 1 if current < final else final, len(section.items) - 1)
            if final == current:
                return False
        return self._ctx.run(cmd.MoveItemCommand(self._ctx, bid, entry_id, section.id, final))

    def _drop_plan(self, data, row: int, parent) -> tuple[str, dict, int | None, int | None] | None:
        """What a drop would do: (kind, payload, target section row, position) or None.

        For a section, target row is the section dropped on and position the gap between
        sections; for anything added or an item moved, the section and the place among
        its items (None: at its end).
        """
        if self._snap is None or data is None:
            return None
        parent = QModelIndex(parent)
        kind, payload = _payload(data)
        if kind is None:
            return None
        if kind in ("section", "item"):
            if payload.get("briefing_id") != self._snap.id or \
                    not self.index_of(kind, payload.get("id", -1)).isValid():
                return None
        entry = self.entry(parent)
        count = len(self.sections())
        if kind == "section":
            if isinstance(entry, Section):
                return kind, payload, parent.row(), None
            if entry is None and not parent.isValid():
                return kind, payload, None, count if row < 0 else row
            return None
        # Items and what is added go into a section: the one dropped on or into (after the
        # item dropped on), or, for a drop between two sections, the end of the one above.
        if isinstance(entry, Item):
            return kind, payload, parent.parent().row(), parent.row() + 1
        if isinstance(entry, Section):
            return kind, payload, parent.row(), None if row < 0 else row
        if count == 0:
            return (kind, payload, None, None) if kind in _ADDING else None
        if row <= 0 and row != -1:
            return kind, payload, 0, 0
        return kind, payload, (count if row < 0 else row) - 1, None

    # Adding to a section (a new first one when the outline is empty)
    def _target(self, section_row: int | None) -> int | None:
        sections = self.sections()
        if not sections:
            return None
        return sections[len(sections) - 1 if section_row is None else section_row].id

    def _heading(self) -> str:
        return "" if self.sections() else (self.new_heading or self.tr("New section"))

    def add_passage(self, article_id: int, start: int, end: int, section_row: int | None = None,
                    position: int | None = None) -> bool:
        """Quote a passage of an article into a section."""
        if self._snap is None or not self._quotable(article_id, start, end):
            return False
        return self._ctx.run(cmd.add_excerpt_command(
            self._ctx, self._snap.id, self._target(section_row), article_id, start, end, position,
            self._heading()))

    def add_library_excerpts(self, excerpt_ids: list[int], section_row: int | None = None,
                             position: int | None = None) -> bool:
        """Put excerpts of the library into a section, as one undo step."""
        if self._snap is None or not excerpt_ids:
            return False
        return self._each(excerpt_ids, self.tr("Add excerpts"), lambda excerpt_id, at: self._ctx.run(
            cmd.add_library_excerpt_command(self._ctx, self._snap.id, self._target(section_row),
                                            excerpt_id, at, self._heading())), position)

    def add_article_leads(self, article_ids: list[int], section_row: int | None = None,
                          position: int | None = None) -> bool:
        """Quote each article's lead paragraph: the part an analyst most often cites,
        to be trimmed or extended in the reader afterwards."""
        def add(article_id: int, at: int | None) -> bool:
            article = self._library.article(article_id)
            if article is None or not article.body.strip():
                return False
            lead = next((b for b in article.blocks if b.kind == PARAGRAPH), None)
            start, end = (lead.start, lead.end) if lead else (0, min(len(article.body), _LEAD_CHARS))
            return self.add_passage(article_id, start, end, section_row, at)
        return self._each(article_ids, self.tr("Add articles"), add, position)

    def _each(self, keys: list[int], text: str, add, position: int | None) -> bool:
        """Add one thing per key, in order from ``position``; several make one undo step."""
        stack = self._ctx.stack
        if len(keys) > 1:
            stack.beginMacro(text)
        try:
            added = 0
            for key in keys:
                added += bool(add(key, None if position is None else position + added))
        finally:
            if len(keys) > 1:
                stack.endMacro()
        return added > 0

    def _quotable(self, article_id: int, start: int, end: int) -> bool:
        article = self._library.article(article_id)
        try:
            anchor_at(article.body if article else "", start, end)
        except QuoteNotFound:
            return False
        return True


def _payload(data: QMimeData) -> tuple[str | None, dict]:
    if (outline := read(data, OUTLINE_MIME)) is not None:
        kind = outline.get("kind")
        return (kind, outline) if kind in ("section", "item") else (None, {})
    if (passage := read(data, PASSAGE_MIME)) is not None:
        if all(isinstance(passage.get(k), int) for k in ("article_id", "start", "end")):
            return "passage", passage
        return None, {}
    if ids(read(data, EXCERPTS_MIME), "excerpt_ids"):
        return "excerpts", read(data, EXCERPTS_MIME)
    if ids(read(data, ARTICLES_MIME), "article_ids"):
        return "articles", read(data, ARTICLES_MIME)
    return None, {}
