"""Undo commands for briefings and excerpts: each redo/undo is one call into the Briefings
service and its inverse, so the database is the only state and ids stay stable.

A command is applied once *before* it goes on the stack (``CommandContext.run``): an edit
the library refuses (busy with another program's write, or its target gone) leaves no
step behind. Each step returns a ``Change`` saying what it touched, and the context hands
it to the views, which refresh only that. A later undo or redo that fails is moved back
on the stack without touching the library, so the stack and the library never disagree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..briefing.briefings import Briefings, RemovedSection
from ..briefing.changes import Change
from ..model import Item
from ..storage.database import LibraryBusy, LibraryError, transaction
from .read_only_notice import refusal_text

FIELD_EDIT_ID = 0x0D05
NOTE_EDIT_ID = 0x0D06
# A write waits at most this long for another program's write to finish, then gives up
# with a message, rather than freezing the window.
WAIT_MS = 2000

# Marked so the translation tools find them; translated when a command is made.
_FIELD_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Commands", "Edit title"),
    "subtitle": QT_TRANSLATE_NOOP("Commands", "Edit subtitle"),
    "author": QT_TRANSLATE_NOOP("Commands", "Edit author"),
    "classification": QT_TRANSLATE_NOOP("Commands", "Edit classification"),
    "date": QT_TRANSLATE_NOOP("Commands", "Edit date"),
    "summary": QT_TRANSLATE_NOOP("Commands", "Edit summary"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


# What the library can refuse a write with: its own one-line errors (busy, full disk,
# read-only, damaged) and whatever SQLite reports beyond them.
REFUSALS = (LibraryError, sqlite3.Error)


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, LibraryBusy) or (isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc).lower() for word in ("locked", "busy")))


class CommandContext:
    """What commands need: the service, the stack, and where changes and failures go."""

    def __init__(self, briefings: Briefings, stack: QUndoStack, notify: Callable[[Change], None],
                 report: Callable[[str], None]):
        self.briefings = briefings
        self.stack = stack
        self.notify = notify
        self.report = report
        self._usual_wait = briefings.db.execute("PRAGMA busy_timeout").fetchone()[0]

    @contextmanager
    def bounded_wait(self):
        conn = self.briefings.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        try:
            yield
        finally:
            # The library may have reopened its connection meanwhile (lost file locks).
            self.briefings.db.conn.execute(f"PRAGMA busy_timeout = {int(self._usual_wait)}")

    def run(self, command: "BriefingCommand") -> bool:
        """Apply a command and, only if the library took it, put it on the stack."""
        try:
            command.apply()
        except LookupError:
            self.report(_tr("That is no longer in the library."))
            return False
        except REFUSALS as exc:
            self.report(self._failure(exc))
            return False
        self.stack.push(command)
        return True

    def step_failed(self, exc: Exception, undoing: bool) -> None:
        # Qt has already moved the stack's index: move it back (the command skips that call).
        QTimer.singleShot(0, self.stack.redo if undoing else self.stack.undo)
        self.report(self._failure(exc))

    @staticmethod
    def _failure(exc: Exception) -> str:
        if is_busy(exc):
            return _tr("The library is busy: another program is writing to it. "
                       "Nothing was changed; try again in a moment.")
        if (read_only := refusal_text(exc)) is not None:
            return read_only
        return _tr("The change could not be saved: %1").replace("%1", str(exc))


class BriefingCommand(QUndoCommand):
    """The shared plumbing: applied once before the stack, then redo/undo as inverses."""

    TEXT = ""  # what Undo/Redo say, marked for translation in each command

    def __init__(self, ctx: CommandContext, briefing_id: int | None):
        super().__init__(_tr(self.TEXT))
        self.ctx = ctx
        self.briefings = ctx.briefings
        self.briefing_id = briefing_id
        self._applied: Change | None = None
        self._skip: str | None = None  # "redo"/"undo": that call only moves the stack back

    def apply(self) -> Change:
        with self.ctx.bounded_wait():
            self._applied = self.do()
        return self._applied

    def redo(self) -> None:
        if self._applied is not None:  # the push right after apply: already written
            change, self._applied = self._applied, None
            self.ctx.notify(change)
            return
        self._step(self.do, undoing=False)

    def undo(self) -> None:
        self._step(self.undo_it, undoing=True)

    def _step(self, step: Callable[[], Change], undoing: bool) -> None:
        if self._skip == ("undo" if undoing else "redo"):
            self._skip = None
            return
        try:
            with self.ctx.bounded_wait():
                change = step()
        except LookupError:  # a briefing, section, item or article gone meanwhile
            self.setObsolete(True)
            return
        except REFUSALS as exc:
            self._skip = "redo" if undoing else "undo"
            self.ctx.step_failed(exc, undoing)
            return
        self.ctx.notify(change)

    def do(self) -> Change:
        raise NotImplementedError

    def undo_it(self) -> Change:
        raise NotImplementedError

    def outline(self, focus: tuple[str, int] | None = None, articles=()) -> Change:
        return Change(self.briefing_id, outline=True, focus=focus, articles=frozenset(articles))


class _MergingEdit(BriefingCommand):
    """Typing in one place makes one undo step, however many pauses it took."""

    def __init__(self, ctx, briefing_id, key, value, old):
        super().__init__(ctx, briefing_id)
        self.key, self.value, self.old = key, value, old

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (type(other) is type(self) and other.key == self.key
                and other.briefing_id == self.briefing_id):
            return False
        self.value = other.value
        self.setObsolete(self.value == self.old)
        return True


class EditFieldCommand(_MergingEdit):
    """A change of title, subtitle, author, classification, date or summary."""

    def __init__(self, ctx, briefing_id, field: str, value, old):
        super().__init__(ctx, briefing_id, field, value, old)
        self.setText(_tr(_FIELD_TEXTS[field]))

    def id(self) -> int:
        return FIELD_EDIT_ID

    def do(self):
        self.briefings.set_field(self.briefing_id, self.key, self.value)
        return Change(self.briefing_id, fields=((self.key, self.value),))

    def undo_it(self):
        self.briefings.set_field(self.briefing_id, self.key, self.old)
        return Change(self.briefing_id, fields=((self.key, self.old),))


class EditNoteCommand(_MergingEdit):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Edit note")

    def id(self) -> int:
        return NOTE_EDIT_ID

    def do(self):
        self.briefings.write_note(self.key, self.value)
        return Change(self.briefing_id, notes=((self.key, self.value),))

    def undo_it(self):
        self.briefings.write_note(self.key, self.old)
        return Change(self.briefing_id, notes=((self.key, self.old),), focus=("item", self.key))


class AddSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Add section")

    def __init__(self, ctx, briefing_id, heading: str, position: int | None = None):
        super().__init__(ctx, briefing_id)
        self.heading = heading
        self.position = position
        self.section_id: int | None = None
        self.removed: RemovedSection | None = None

    def do(self):
        if self.removed is None:
            self.section_id = self.briefings.add_section(self.briefing_id, self.heading, self.position)
        else:
            self.briefings.restore_section(self.removed)
        return self.outline(("section", self.section_id))

    def undo_it(self):
        self.removed = self.briefings.delete_section(self.section_id)
        return self.outline()


class RenameSectionCommand(_MergingEdit):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Rename section")

    def do(self):
        self.briefings.rename_section(self.key, self.value)
        return self.outline(("section", self.key))

    def undo_it(self):
        self.briefings.rename_section(self.key, self.old)
        return self.outline(("section", self.key))


class MoveSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Move section")

    def __init__(self, ctx, briefing_id, section_id: int, position: int):
        super().__init__(ctx, briefing_id)
        self.section_id = section_id
        self.position = position
        self.old = 0

    def do(self):
        self.old = self.briefings.move_section(self.section_id, self.position)
        return self.outline(("section", self.section_id))

    def undo_it(self):
        self.briefings.move_section(self.section_id, self.old)
        return self.outline(("section", self.section_id))


class DeleteSectionCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete section")

    def __init__(self, ctx, briefing_id, section_id: int):
        super().__init__(ctx, briefing_id)
        self.section_id = section_id
        self.removed: RemovedSection | None = None

    def do(self):
        self.removed = self.briefings.delete_section(self.section_id)
        return self.outline()

    def undo_it(self):
        self.briefings.restore_section(self.removed)
        return self.outline(("section", self.section_id))


class DeleteBriefingCommand(BriefingCommand):
    """Deletes a whole briefing; undo puts it back with the same ids, so the earlier
    commands on the stack still find what they refer to."""

    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete briefing")

    def __init__(self, ctx, briefing_id):
        super().__init__(ctx, briefing_id)
        self.snapshot = None

    def do(self):
        self.snapshot = self.briefings.delete(self.briefing_id)
        return Change(self.briefing_id, briefings=True)

    def undo_it(self):
        self.briefings.restore(self.snapshot)
        return Change(self.briefing_id, briefings=True)


class AddItemCommand(BriefingCommand):
    """Adds an item (into a new section first, when ``heading`` is given) the first time;
    later redos put back the very same rows."""

    def __init__(self, ctx, briefing_id, text: str, section_id: int | None,
                 add: Callable[[int], int], article_id: int | None = None, heading: str = ""):
        super().__init__(ctx, briefing_id)
        self.setText(text)
        self.section_id = section_id
        self.heading = heading
        self._new_section = section_id is None
        self._add = add
        self.articles = () if article_id is None else (article_id,)
        self.item_id: int | None = None
        self.removed: Item | RemovedSection | None = None

    def do(self):
        if isinstance(self.removed, RemovedSection):
            self.briefings.restore_section(self.removed)
        elif self.removed is not None:
            self.briefings.restore_item(self.removed)
        else:
            with transaction(self.briefings.db):  # the new section and its item, or neither
                if self.section_id is None:
                    self.section_id = self.briefings.add_section(self.briefing_id, self.heading)
                self.item_id = self._add(self.section_id)
        return self.outline(("item", self.item_id), self.articles)

    def undo_it(self):
        if self._new_section:
            self.removed = self.briefings.delete_section(self.section_id)
        else:
            self.removed = self.briefings.delete_item(self.item_id)
        return self.outline(None, self.articles)


def add_excerpt_command(ctx, briefing_id, section_id, article_id, start, end,
                        position=None, heading="") -> AddItemCommand:
    return AddItemCommand(
        ctx, briefing_id, _tr(QT_TRANSLATE_NOOP("Commands", "Add excerpt")), section_id,
        lambda sid: ctx.briefings.add_excerpt(sid, article_id, start, end, position=position),
        article_id, heading)


def add_library_excerpt_command(ctx, briefing_id, section_id, excerpt_id, position=None,
                                heading="") -> AddItemCommand:
    return AddItemCommand(
        ctx, briefing_id, _tr(QT_TRANSLATE_NOOP("Commands", "Add excerpt")), section_id,
        lambda sid: ctx.briefings.add_existing_excerpt(sid, excerpt_id, position=position),
        None, heading)


def add_note_command(ctx, briefing_id, section_id, note="", position=None,
                     heading="") -> AddItemCommand:
    return AddItemCommand(
        ctx, briefing_id, _tr(QT_TRANSLATE_NOOP("Commands", "Add note")), section_id,
        lambda sid: ctx.briefings.add_note(sid, note, position), None, heading)


class MoveItemCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Move item")

    def __init__(self, ctx, briefing_id, item_id: int, section_id: int, position: int):
        super().__init__(ctx, briefing_id)
        self.item_id = item_id
        self.target = (section_id, position)
        self.old = (section_id, position)

    def do(self):
        self.old = self.briefings.move_item(self.item_id, *self.target)
        return self.outline(("item", self.item_id))

    def undo_it(self):
        self.briefings.move_item(self.item_id, *self.old)
        return self.outline(("item", self.item_id))


class DeleteItemCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete item")

    def __init__(self, ctx, briefing_id, item_id: int):
        super().__init__(ctx, briefing_id)
        self.item_id = item_id
        self.removed: Item | None = None

    def do(self):
        self.removed = self.briefings.delete_item(self.item_id)
        return self.outline()

    def undo_it(self):
        self.briefings.restore_item(self.removed)
        return self.outline(("item", self.item_id))
