"""Briefings, their sections and items, read back as one snapshot."""

from __future__ import annotations

import sqlite_utils

from ..model import Briefing, BriefingInfo, Citation, Excerpt, Item, Section

INFO_FIELDS = ("title", "subtitle", "author", "classification", "date", "summary")


def insert_briefing(db: sqlite_utils.Database, info: dict, now: str,
                    briefing_id: int | None = None) -> int:
    values = [info.get(f) if f == "date" else (info.get(f) or "") for f in INFO_FIELDS]
    return db.execute(
        f"INSERT INTO briefings (id, {', '.join(INFO_FIELDS)}, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [briefing_id] + values + [now, now]).lastrowid


def update_info(db: sqlite_utils.Database, briefing_id: int, changes: dict, now: str) -> None:
    fields = [f for f in changes if f in INFO_FIELDS]
    if not fields:
        return
    assignments = ", ".join(f"{f} = ?" for f in fields)
    db.execute(f"UPDATE briefings SET {assignments}, updated_at = ? WHERE id = ?",
               [changes[f] for f in fields] + [now, briefing_id])


def touch(db: sqlite_utils.Database, briefing_id: int, now: str) -> None:
    db.execute("UPDATE briefings SET updated_at = ? WHERE id = ?", [now, briefing_id])


def delete_briefing(db: sqlite_utils.Database, briefing_id: int) -> None:
    db.execute("DELETE FROM briefings WHERE id = ?", [briefing_id])


def list_infos(db: sqlite_utils.Database) -> list[BriefingInfo]:
    return [BriefingInfo(*row) for row in db.execute(
        f"SELECT id, {', '.join(INFO_FIELDS)} FROM briefings ORDER BY id DESC")]


def get_info(db: sqlite_utils.Database, briefing_id: int) -> BriefingInfo | None:
    row = db.execute(f"SELECT id, {', '.join(INFO_FIELDS)} FROM briefings WHERE id = ?",
                     [briefing_id]).fetchone()
    return BriefingInfo(*row) if row else None


def _renumber(db: sqlite_utils.Database, table: str, parent: str, parent_id: int) -> None:
    ids = [r[0] for r in db.execute(
        f"SELECT id FROM {table} WHERE {parent} = ? ORDER BY position, id", [parent_id])]
    for position, row_id in enumerate(ids):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])


def _place(db: sqlite_utils.Database, table: str, parent: str, parent_id: int,
           row_id: int, position: int | None) -> None:
    """Put a row at ``position`` among its siblings (at the end when None)."""
    ids = [r[0] for r in db.execute(
        f"SELECT id FROM {table} WHERE {parent} = ? AND id != ? ORDER BY position, id",
        [parent_id, row_id])]
    position = len(ids) if position is None else max(0, min(position, len(ids)))
    ids.insert(position, row_id)
    for index, each in enumerate(ids):
        db.execute(f"UPDATE {table} SET position = ?, {parent} = ? WHERE id = ?",
                   [index, parent_id, each])


def insert_section(db, briefing_id: int, heading: str, position: int | None = None,
                   section_id: int | None = None) -> int:
    new_id = db.execute(
        "INSERT INTO sections (id, briefing_id, position, heading) VALUES (?, ?, ?, ?)",
        [section_id, briefing_id, 1 << 30, heading]).lastrowid
    _place(db, "sections", "briefing_id", briefing_id, new_id, position)
    return new_id


def rename_section(db, section_id: int, heading: str) -> None:
    db.execute("UPDATE sections SET heading = ? WHERE id = ?", [heading, section_id])


def move_section(db, section_id: int, position: int) -> None:
    briefing_id = section_briefing(db, section_id)
    _place(db, "sections", "briefing_id", briefing_id, section_id, position)


def delete_section(db, section_id: int) -> None:
    briefing_id = section_briefing(db, section_id)
    db.execute("DELETE FROM sections WHERE id = ?", [section_id])
    _renumber(db, "sections", "briefing_id", briefing_id)


def section_briefing(db, section_id: int) -> int:
    row = db.execute("SELECT briefing_id FROM sections WHERE id = ?", [section_id]).fetchone()
    if row is None:
        raise KeyError(f"section {section_id}")
    return row[0]


def insert_item(db, section_id: int, excerpt_id: int | None, note: str,
                position: int | None = None, item_id: int | None = None) -> int:
    new_id = db.execute(
        "INSERT INTO items (id, section_id, position, excerpt_id, note) VALUES (?, ?, ?, ?, ?)",
        [item_id, section_id, 1 << 30, excerpt_id, note]).lastrowid
    _place(db, "items", "section_id", section_id, new_id, position)
    return new_id


def item_row(db, item_id: int) -> dict | None:
    rows = list(db.query(
        "SELECT id, section_id, position, excerpt_id, note FROM items WHERE id = ?", [item_id]))
    return rows[0] if rows else None


def set_item_note(db, item_id: int, note: str) -> None:
    db.execute("UPDATE items SET note = ? WHERE id = ?", [note, item_id])


def move_item(db, item_id: int, section_id: int, position: int) -> None:
    old_section = item_row(db, item_id)["section_id"]
    _place(db, "items", "section_id", section_id, item_id, position)
    if old_section != section_id:
        _renumber(db, "items", "section_id", old_section)


def delete_item(db, item_id: int) -> None:
    row = item_row(db, item_id)
    if row is None:
        return
    db.execute("DELETE FROM items WHERE id = ?", [item_id])
    _renumber(db, "items", "section_id", row["section_id"])


def briefing_of_item(db, item_id: int) -> int:
    row = db.execute("SELECT s.briefing_id FROM items i JOIN sections s ON s.id = i.section_id "
                     "WHERE i.id = ?", [item_id]).fetchone()
    if row is None:
        raise KeyError(f"item {item_id}")
    return row[0]


def snapshot(db: sqlite_utils.Database, briefing_id: int) -> Briefing | None:
    """The whole briefing with its excerpts and the citations of their articles."""
    info = get_info(db, briefing_id)
    if info is None:
        return None
    items_by_section: dict[int, list[Item]] = {}
    article_ids: list[int] = []
    for row in db.execute(
        """SELECT i.id, i.section_id, i.position, i.note, e.id, e.article_id, e.start, e."end",
                  e.quote, e.prefix, e.suffix, e.created_at
           FROM items i JOIN sections s ON s.id = i.section_id
           LEFT JOIN excerpts e ON e.id = i.excerpt_id
           WHERE s.briefing_id = ? ORDER BY s.position, i.position, i.id""", [briefing_id]):
        excerpt = Excerpt(*row[4:]) if row[4] is not None else None
        if excerpt and excerpt.article_id not in article_ids:
            article_ids.append(excerpt.article_id)
        items_by_section.setdefault(row[1], []).append(Item(row[0], row[1], row[2], row[3], excerpt))
    sections = tuple(
        Section(sid, briefing_id, pos, heading, tuple(items_by_section.get(sid, ())))
        for sid, pos, heading in db.execute(
            "SELECT id, position, heading FROM sections WHERE briefing_id = ? ORDER BY position, id",
            [briefing_id]))
    citations = []
    for article_id in article_ids:
        row = db.execute(
            """SELECT a.id, a.title, s.outlet, s.author, s.published, s.url FROM articles a
               LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""", [article_id]).fetchone()
        citations.append(Citation(*row))
    return Briefing(info, sections, tuple(citations))
