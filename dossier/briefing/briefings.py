"""Briefing service: every edit of a briefing, each one transaction.

Every operation has an inverse (delete returns what ``restore`` needs), so the UI's
undo stack is a thin list of calls into this module.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from dossier.briefing.excerpts import Anchor, anchor_at, find_quote, snap_to_words
from dossier.clock import now_iso
from dossier.model import Briefing, BriefingInfo, Excerpt, Item, Section
from dossier.storage import briefings_repo, excerpts_repo
from dossier.storage.database import transaction


class BriefingError(LookupError):
    """A briefing, section, item or article that does not exist, or a quote not found."""


@dataclass(frozen=True)
class RemovedSection:
    """What deleting a section took away, to put back exactly on undo."""

    section: Section
    position: int


@dataclass(frozen=True)
class RemovedExcerpt:
    """A deleted excerpt and the items that quoted it, to put back exactly on undo."""

    excerpt: Excerpt
    items: tuple[Item, ...]


class Briefings:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # Briefings
    def list(self) -> list[BriefingInfo]:
        return briefings_repo.list_infos(self.db)

    def get(self, briefing_id: int) -> Briefing:
        snap = briefings_repo.snapshot(self.db, briefing_id)
        if snap is None:
            raise BriefingError(f"there is no briefing {briefing_id}")
        return snap

    def info(self, briefing_id: int) -> BriefingInfo:
        info = briefings_repo.get_info(self.db, briefing_id)
        if info is None:
            raise BriefingError(f"there is no briefing {briefing_id}")
        return info

    def create(self, title: str, briefing_id: int | None = None, **fields) -> int:
        """A new briefing (with a given id when re-creating one on redo)."""
        with transaction(self.db):
            return briefings_repo.insert_briefing(self.db, dict(fields, title=title), now_iso(),
                                                  briefing_id)

    def update(self, briefing_id: int, **changes) -> BriefingInfo:
        """Change some fields; returns the info as it was before (for undo)."""
        with transaction(self.db):
            before = self.info(briefing_id)
            briefings_repo.update_info(self.db, briefing_id, changes, now_iso())
        return before

    def set_field(self, briefing_id: int, field: str, value) -> None:
        """Change one field: the one small write a keystroke in the composer costs."""
        if field not in briefings_repo.INFO_FIELDS:
            raise ValueError(f"a briefing has no field {field!r}")
        with transaction(self.db):
            if not briefings_repo.update_info(self.db, briefing_id, {field: value}, now_iso()):
                raise BriefingError(f"there is no briefing {briefing_id}")

    def delete(self, briefing_id: int) -> Briefing:
        """Delete a briefing; returns its snapshot, which ``restore`` puts back as it was."""
        with transaction(self.db):
            snap = self.get(briefing_id)
            briefings_repo.delete_briefing(self.db, briefing_id)
            return snap

    def restore(self, snap: Briefing) -> None:
        info = snap.info
        with transaction(self.db):
            briefings_repo.insert_briefing(self.db, {
                "title": info.title, "subtitle": info.subtitle, "author": info.author,
                "classification": info.classification, "date": info.date, "summary": info.summary,
            }, now_iso(), info.id)
            for section in snap.sections:
                self.restore_section(RemovedSection(section, section.position))

    # Sections
    def add_section(self, briefing_id: int, heading: str, position: int | None = None) -> int:
        with transaction(self.db):
            self.info(briefing_id)
            section_id = briefings_repo.insert_section(self.db, briefing_id, heading, position)
            briefings_repo.touch(self.db, briefing_id, now_iso())
            return section_id

    def rename_section(self, section_id: int, heading: str) -> str:
        with transaction(self.db):
            old = self._section(section_id)
            briefings_repo.rename_section(self.db, section_id, heading)
            self._touch_section(section_id)
            return old.heading

    def move_section(self, section_id: int, position: int) -> int:
        """Move a section; returns its former position."""
        with transaction(self.db):
            old = self._section(section_id).position
            briefings_repo.move_section(self.db, section_id, position)
            self._touch_section(section_id)
            return old

    def delete_section(self, section_id: int) -> RemovedSection:
        with transaction(self.db):
            briefing_id = self._section(section_id).briefing_id
            # Only here is the whole section (with its items) needed: to put it back.
            section = next(s for s in self.get(briefing_id).sections if s.id == section_id)
            briefings_repo.delete_section(self.db, section_id)
            briefings_repo.touch(self.db, briefing_id, now_iso())
            return RemovedSection(section, section.position)

    def restore_section(self, removed: RemovedSection) -> None:
        s = removed.section
        with transaction(self.db):
            briefings_repo.insert_section(self.db, s.briefing_id, s.heading, removed.position, s.id)
            for item in s.items:
                briefings_repo.insert_item(self.db, s.id, item.excerpt.id if item.excerpt else None,
                                           item.note, item.position, item.id)
            briefings_repo.touch(self.db, s.briefing_id, now_iso())

    # Items
    def add_excerpt(self, section_id: int, article_id: int, start: int, end: int,
                    note: str = "", position: int | None = None) -> int:
        """Quote the article between two offsets (widened to whole words) into a section;
        returns the item id."""
        with transaction(self.db):
            body = self._body(article_id)
            anchor = anchor_at(body, *snap_to_words(body, start, end))
            return self._add_anchor(section_id, article_id, anchor, note, position)

    def add_existing_excerpt(self, section_id: int, excerpt_id: int, note: str = "",
                             position: int | None = None) -> int:
        """Put an excerpt already in the library into a section; returns the item id."""
        with transaction(self.db):
            self._section(section_id)
            if excerpts_repo.get(self.db, excerpt_id) is None:
                raise BriefingError(f"there is no excerpt {excerpt_id}")
            item_id = briefings_repo.insert_item(self.db, section_id, excerpt_id, note, position)
            self._touch_section(section_id)
            return item_id

    def add_quote(self, section_id: int, article_id: int, quote: str, note: str = "",
                  position: int | None = None) -> int:
        """Quote the article by its text (whitespace-tolerant); returns the item id."""
        with transaction(self.db):
            anchor = find_quote(self._body(article_id), quote)
            return self._add_anchor(section_id, article_id, anchor, note, position)

    def add_note(self, section_id: int, note: str, position: int | None = None) -> int:
        with transaction(self.db):
            self._section(section_id)
            item_id = briefings_repo.insert_item(self.db, section_id, None, note, position)
            self._touch_section(section_id)
            return item_id

    def set_note(self, item_id: int, note: str) -> str:
        """Change an item's note; returns the old note."""
        with transaction(self.db):
            old = self._item(item_id)["note"]
            briefings_repo.set_item_note(self.db, item_id, note)
            self._touch_item(item_id)
            return old

    def write_note(self, item_id: int, note: str) -> None:
        """Set an item's note when the old one is known: the small write typing costs."""
        with transaction(self.db):
            if not briefings_repo.set_item_note(self.db, item_id, note, now_iso()):
                raise BriefingError(f"there is no item {item_id}")

    def move_item(self, item_id: int, section_id: int, position: int) -> tuple[int, int]:
        """Move an item (possibly to another section); returns (old section, old position)."""
        with transaction(self.db):
            row = self._item(item_id)
            target = self._section(section_id)
            if briefings_repo.section_briefing(self.db, row["section_id"]) != target.briefing_id:
                raise BriefingError("an item can only move within its briefing")
            briefings_repo.move_item(self.db, item_id, section_id, position)
            self._touch_item(item_id)
            return row["section_id"], row["position"]

    def delete_item(self, item_id: int) -> Item:
        with transaction(self.db):
            row = self._item(item_id)
            excerpt = excerpts_repo.get(self.db, row["excerpt_id"]) if row["excerpt_id"] else None
            self._touch_item(item_id)
            briefings_repo.delete_item(self.db, item_id)
            return Item(row["id"], row["section_id"], row["position"], row["note"], excerpt)

    def restore_item(self, item: Item) -> None:
        with transaction(self.db):
            excerpt_id = item.excerpt.id if item.excerpt else None
            briefings_repo.insert_item(self.db, item.section_id, excerpt_id, item.note,
                                       item.position, item.id)
            self._touch_item(item.id)

    # Excerpts (shared by every item that quotes them)
    def set_excerpt_bounds(self, excerpt_id: int, start: int, end: int) -> Excerpt:
        """Extend or trim an excerpt to new offsets in its article (widened to whole
        words); returns the excerpt as it was, which ``put_excerpt_back`` restores."""
        with transaction(self.db):
            old = self._excerpt(excerpt_id)
            body = self._body(old.article_id)
            anchor = anchor_at(body, *snap_to_words(body, start, end))
            excerpts_repo.set_bounds(self.db, excerpt_id, anchor.start, anchor.end, anchor.quote,
                                     anchor.prefix, anchor.suffix)
            self._touch_quoting(excerpt_id)
            return old

    def put_excerpt_back(self, old: Excerpt) -> None:
        with transaction(self.db):
            self._excerpt(old.id)
            excerpts_repo.set_bounds(self.db, old.id, old.start, old.end, old.quote, old.prefix,
                                     old.suffix)
            self._touch_quoting(old.id)

    def delete_excerpt(self, excerpt_id: int) -> RemovedExcerpt:
        """Delete an excerpt and every item quoting it; ``restore_excerpt`` undoes it."""
        with transaction(self.db):
            excerpt = self._excerpt(excerpt_id)
            items = []
            for item_id in excerpts_repo.items_quoting(self.db, excerpt_id):
                row = self._item(item_id)
                items.append(Item(item_id, row["section_id"], row["position"], row["note"], excerpt))
            self._touch_quoting(excerpt_id)
            for item in items:
                briefings_repo.delete_item(self.db, item.id)
            excerpts_repo.delete(self.db, excerpt_id)
            return RemovedExcerpt(excerpt, tuple(items))

    def restore_excerpt(self, removed: RemovedExcerpt) -> None:
        e = removed.excerpt
        with transaction(self.db):
            excerpts_repo.insert(self.db, e.article_id, e.start, e.end, e.quote, e.prefix,
                                 e.suffix, e.created_at, e.id)
            # In each section, lower positions first, so every index is the one it had.
            for item in sorted(removed.items, key=lambda i: (i.section_id, i.position)):
                briefings_repo.insert_item(self.db, item.section_id, e.id, item.note,
                                           item.position, item.id)
            self._touch_quoting(e.id)

    def briefings_quoting(self, excerpt_id: int) -> list[int]:
        return briefings_repo.briefings_quoting(self.db, excerpt_id)

    # Internals
    def _excerpt(self, excerpt_id: int) -> Excerpt:
        excerpt = excerpts_repo.get(self.db, excerpt_id)
        if excerpt is None:
            raise BriefingError(f"there is no excerpt {excerpt_id}")
        return excerpt

    def _touch_quoting(self, excerpt_id: int) -> None:
        for briefing_id in briefings_repo.briefings_quoting(self.db, excerpt_id):
            briefings_repo.touch(self.db, briefing_id, now_iso())

    def _add_anchor(self, section_id: int, article_id: int, anchor: Anchor, note: str,
                    position: int | None) -> int:
        self._section(section_id)
        excerpt_id = excerpts_repo.find_same(self.db, article_id, anchor.start, anchor.end)
        if excerpt_id is None:
            excerpt_id = excerpts_repo.insert(self.db, article_id, anchor.start, anchor.end,
                                              anchor.quote, anchor.prefix, anchor.suffix, now_iso())
        item_id = briefings_repo.insert_item(self.db, section_id, excerpt_id, note, position)
        self._touch_section(section_id)
        return item_id

    def _body(self, article_id: int) -> str:
        row = self.db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise BriefingError(f"there is no article {article_id}")
        return row[0]

    def _section(self, section_id: int) -> Section:
        """The section's own row (without its items): every edit checks it exists."""
        row = self.db.execute("SELECT id, briefing_id, heading FROM sections WHERE id = ?",
                              [section_id]).fetchone()
        if row is None:
            raise BriefingError(f"there is no section {section_id}")
        index = briefings_repo.index_of(self.db, "sections", "briefing_id", section_id)
        return Section(row[0], row[1], index, row[2])

    def _item(self, item_id: int) -> dict:
        row = briefings_repo.item_row(self.db, item_id)
        if row is None:
            raise BriefingError(f"there is no item {item_id}")
        return row

    def _touch_section(self, section_id: int) -> None:
        briefings_repo.touch(self.db, briefings_repo.section_briefing(self.db, section_id), now_iso())

    def _touch_item(self, item_id: int) -> None:
        briefings_repo.touch(self.db, briefings_repo.briefing_of_item(self.db, item_id), now_iso())
