"""Undo commands for briefings: each redo/undo is one call into the Briefings service
and its inverse, so the database is the only state and ids stay stable across redo.

Every command reports what it touched through ``notify(briefing_id, focus)``; the panel
then re-reads the snapshot and selects ``focus`` (``("section", id)``, ``("item", id)``,
``("field", name)`` or None). A command whose briefing has been deleted meanwhile makes
itself obsolete, and the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..briefing.briefings import Briefings, RemovedSection
from dossier.model import Item

Notify = Callable[[int, tuple[str, object] | None], None]

FIELD_EDIT_ID = 0x0D05
# Marked so the translation tools find them; translated when a command is made.
_FIELD_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Commands", "Edit title"),
    "subtitle": QT_TRANSLATE_NOOP("Commands", "Edit subtitle"),
    "author": QT_TRANSLATE_NOOP("Commands", "Edit author"),
    "classification": QT_TRANSLATE_NOOP("Commands", "Edit classification"),
    "date": QT_TRANSLATE_NOOP("Commands", "Edit date"),
    "summary": QT_TRANSLATE_NOOP("Commands", "Edit summary"),
}


class BriefingCommand(QUndoCommand):
    """The shared plumbing: the service, the briefing and how to tell the view."""

    TEXT = ""  # what Undo/Redo say, marked for translation in each command

    def __init__(self, briefings: Briefings, briefing_id: int, notify: Notify):
        super().__init__(QCoreApplication.translate("Commands", self.TEXT))
        self.briefings = briefings
        self.briefing_id = briefing_id
        self._notify = notify

    def redo(self) -> None:
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, step: Callable[[], tuple[str, object] | None]) -> None:
        try:
            focus = step()
        except LookupError:  # a briefing, section, item or article gone meanwhile
            self.setObsolete(True)
            return
        self._notify(self.briefing_id, focus)

    def do(self) -> tuple[str, object] | None:
        raise NotImplementedError

    def undo_it(self) -> tuple[str, object] | None:
        raise NotImplementedError


class EditFieldCommand(BriefingCommand):
    """A change of title, subtitle, author, classification, date or summary."""

    def __init__(self, briefings, briefing_id, notify, field: str, value):
        super().__init__(briefings, briefing_id, notify)
        self.setText(QCoreApplication.translate("Commands", _FIELD_TEXTS[field]))
        self.field = field
        self.value = value
        self.old = None

    def do(self):
        before = self.briefings.update(self.briefing_id, **{self.field: self.value})
        if self.old is None:
            self.old = (getattr(before, self.field),)
        return ("field", self.field)

    def undo_it(self):
        self.briefings.update(self.briefing_id, **{self.field: self.old[0]})
        return ("field", self.field)

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field makes one undo step, however many keystrokes it took.
        if not (isinstance(other, EditFieldCommand) and other.field == self.field
                and other.briefing_id == self.briefing_id):
            return False
        self.value = other.value
        self.setObsolete(self.old is not None and self.value == self.old[0])
        return True


class AddSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Add section")

    def __init__(self, briefings, briefing_id, notify, heading: str, position: int | None = None):
        super().__init__(briefings, briefing_id, notify)
        self.heading = heading
        self.position = position
        self.section_id: int | None = None
        self.removed: RemovedSection | None = None

    def do(self):
        if self.removed is None:
            self.section_id = self.briefings.add_section(self.briefing_id, self.heading, self.position)
        else:
            self.briefings.restore_section(self.removed)
        return ("section", self.section_id)

    def undo_it(self):
        self.removed = self.briefings.delete_section(self.section_id)
        return None


class RenameSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Rename section")

    def __init__(self, briefings, briefing_id, notify, section_id: int, heading: str):
        super().__init__(briefings, briefing_id, notify)
        self.section_id = section_id
        self.heading = heading
        self.old = ""

    def do(self):
        self.old = self.briefings.rename_section(self.section_id, self.heading)
        return ("section", self.section_id)

    def undo_it(self):
        self.briefings.rename_section(self.section_id, self.old)
        return ("section", self.section_id)


class MoveSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Move section")

    def __init__(self, briefings, briefing_id, notify, section_id: int, position: int):
        super().__init__(briefings, briefing_id, notify)
        self.section_id = section_id
        self.position = position
        self.old = 0

    def do(self):
        self.old = self.briefings.move_section(self.section_id, self.position)
        return ("section", self.section_id)

    def undo_it(self):
        self.briefings.move_section(self.section_id, self.old)
        return ("section", self.section_id)


class DeleteSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete section")

    def __init__(self, briefings, briefing_id, notify, section_id: int):
        super().__init__(briefings, briefing_id, notify)
        self.section_id = section_id
        self.removed: RemovedSection | None = None

    def do(self):
        self.removed = self.briefings.delete_section(self.section_id)
        return None

    def undo_it(self):
        self.briefings.restore_section(self.removed)
        return ("section", self.section_id)


class DeleteBriefingCommand(BriefingCommand):
    """Deletes a whole briefing; undo puts it back with the same ids, so the earlier
    commands on the stack still find what they refer to."""

    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete briefing")

    def __init__(self, briefings, briefing_id, notify):
        super().__init__(briefings, briefing_id, notify)
        self.snapshot = None

    def do(self):
        self.snapshot = self.briefings.delete(self.briefing_id)
        return None

    def undo_it(self):
        self.briefings.restore(self.snapshot)
        return None


class _AddItemCommand(BriefingCommand):
    """Adds an item the first time; later redos put back the very same item."""

    def __init__(self, briefings, briefing_id, notify, add: Callable[[], int]):
        super().__init__(briefings, briefing_id, notify)
        self._add = add
        self.item_id: int | None = None
        self.removed: Item | None = None

    def do(self):
        if self.removed is None:
            self.item_id = self._add()
        else:
            self.briefings.restore_item(self.removed)
        return ("item", self.item_id)

    def undo_it(self):
        self.removed = self.briefings.delete_item(self.item_id)
        return None


class AddExcerptCommand(_AddItemCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Add excerpt")

    def __init__(self, briefings, briefing_id, notify, section_id: int, article_id: int,
                 start: int, end: int, position: int | None = None):
        super().__init__(briefings, briefing_id, notify,
                         lambda: briefings.add_excerpt(section_id, article_id, start, end,
                                                       position=position))


class AddNoteCommand(_AddItemCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Add note")

    def __init__(self, briefings, briefing_id, notify, section_id: int, note: str,
                 position: int | None = None):
        super().__init__(briefings, briefing_id, notify,
                         lambda: briefings.add_note(section_id, note, position))


class EditNoteCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Edit note")

    def __init__(self, briefings, briefing_id, notify, item_id: int, note: str):
        super().__init__(briefings, briefing_id, notify)
        self.item_id = item_id
        self.note = note
        self.old = ""

    def do(self):
        self.old = self.briefings.set_note(self.item_id, self.note)
        return ("item", self.item_id)

    def undo_it(self):
        self.briefings.set_note(self.item_id, self.old)
        return ("item", self.item_id)


class MoveItemCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Move item")

    def __init__(self, briefings, briefing_id, notify, item_id: int, section_id: int, position: int):
        super().__init__(briefings, briefing_id, notify)
        self.item_id = item_id
        self.target = (section_id, position)
        self.old = (section_id, position)

    def do(self):
        self.old = self.briefings.move_item(self.item_id, *self.target)
        return ("item", self.item_id)

    def undo_it(self):
        self.briefings.move_item(self.item_id, *self.old)
        return ("item", self.item_id)


class DeleteItemCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete item")

    def __init__(self, briefings, briefing_id, notify, item_id: int):
        super().__init__(briefings, briefing_id, notify)
        self.item_id = item_id
        self.removed: Item | None = None

    def do(self):
        self.removed = self.briefings.delete_item(self.item_id)
        return None

    def undo_it(self):
        self.briefings.restore_item(self.removed)
        return ("item", self.item_id)
