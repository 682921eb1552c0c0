"""What the outline's tools do: add a section or a note where the selection is, edit the
selected heading or note, remove it, and move it up or down (an item at a section's end
crosses into the next section). Each is one undo command run through the composer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..model import Item, Section
from . import commands as cmd
from .briefing_outline_model import COL_TEXT
from .briefing_outline_model import ROW_ROLE as OUTLINE_ROW_ROLE


class OutlineEditing(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def _open(self) -> int | None:
        return self.panel.current_briefing_id()

    def add_section(self) -> None:
        panel, bid = self.panel, self._open()
        if bid is None:
            return
        section_row, _ = panel.selected_rows()
        position = None if section_row is None else section_row + 1
        command = cmd.AddSectionCommand(panel.ctx, bid, self.tr("New section"), position)
        if panel.run(command):
            index = panel.outline_model.index_of("section", command.section_id)
            panel.outline.setCurrentIndex(index)
            panel.outline.edit(index)  # the heading, ready to be typed

    def add_note(self) -> None:
        panel, bid = self.panel, self._open()
        if bid is None:
            return
        section_row, item_row = panel.selected_rows()
        sections = panel.outline_model.sections()
        section = sections[len(sections) - 1 if section_row is None else section_row] if sections else None
        position = None if item_row is None else item_row + 1
        command = cmd.add_note_command(panel.ctx, bid, section.id if section else None, "", position,
                                       "" if section else self.tr("New section"))
        if panel.run(command):
            panel.write_note_of(command.item_id)

    def edit_current(self) -> None:
        panel = self.panel
        index = panel.outline.currentIndex()
        entry = index.data(OUTLINE_ROW_ROLE)
        if isinstance(entry, Section):
            panel.outline.edit(index.siblingAtColumn(COL_TEXT))
        elif isinstance(entry, Item):
            panel.write_note_of(entry.id)

    def delete_current(self) -> None:
        panel, bid = self.panel, self._open()
        entry = panel.outline.currentIndex().data(OUTLINE_ROW_ROLE)
        if entry is None or bid is None:
            return
        if isinstance(entry, Section):
            panel.run(cmd.DeleteSectionCommand(panel.ctx, bid, entry.id))
        else:
            panel.run(cmd.DeleteItemCommand(panel.ctx, bid, entry.id))

    def move_current(self, delta: int) -> None:
        """Move the selected section or item one place; items cross into the next section."""
        panel, bid = self.panel, self._open()
        section_row, item_row = panel.selected_rows()
        sections = panel.outline_model.sections()
        if section_row is None:
            return
        if item_row is None:
            target = section_row + delta
            if 0 <= target < len(sections):
                panel.run(cmd.MoveSectionCommand(panel.ctx, bid, sections[section_row].id, target))
            return
        section = sections[section_row]
        item = section.items[item_row]
        if 0 <= item_row + delta < len(section.items):
            panel.run(cmd.MoveItemCommand(panel.ctx, bid, item.id, section.id, item_row + delta))
        elif 0 <= section_row + delta < len(sections):
            neighbour = sections[section_row + delta]
            panel.run(cmd.MoveItemCommand(panel.ctx, bid, item.id, neighbour.id,
                                          len(neighbour.items) if delta < 0 else 0))
