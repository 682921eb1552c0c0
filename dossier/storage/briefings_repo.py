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


def update_info(db: sqlite_utils.Database, briefing_id: int, changes: dict, now: str) -> bool:
    """Change some fields; False if there is no such briefing."""
    fields = [f for f in changes if f in INFO_FIELDS]
    assignments = "".join(f"{f} = ?, " for f in fields)
    return db.execute(f"UPDATE briefings SET {assignments}updated_at = ? WHERE id = ?",
                      [changes[f] for f in fields] + [now, briefing_id]).rowcount > 0


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


# Sections and items keep their order in a sparse key: siblings are GAP apart, so adding
# one at the end or between two costs one row written; only when two neighbours have no
# room left between them are that parent's keys spread out again (rare: a gap of GAP
# takes about twenty insertions at one spot to fill). Snapshots number siblings 0, 1, 2...
# from this order, so the key itself is never shown and positions stay plain indexes.
GAP = 1 << 20


def _keys(db, table: str, parent: str, parent_id: int, without: int) -> list[tuple[int, int]]:
    return db.execute(f"SELECT id, position FROM {table} WHERE {parent} = ? AND id != ? "
                      "ORDER BY position, id", [parent_id, without]).fetchall()


def _spread(db, table: str, parent: str, parent_id: int, without: int) -> None:
    for index, (row_id, _key) in enumerate(_keys(db, table, parent, parent_id, without)):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [(index + 1) * GAP, row_id])


def _last_key(db, table: str, parent: str, parent_id: int, without: int) -> int | None:
    # ORDER BY ... LIMIT 1 walks the (parent, position) index from its end: one step.
    row = db.execute(f"SELECT position FROM {table} WHERE {parent} = ? AND id != ? "
                     "ORDER BY position DESC LIMIT 1", [parent_id, without]).fetchone()
    return row[0] if row else None


def _key_for(db, table: str, parent: str, parent_id: int, row_id: int,
             position: int | None) -> int:
    """The key that puts ``row_id`` at index ``position`` among its siblings (None: last)."""
    if position is None:
        last = _last_key(db, table, parent, parent_id, row_id)
        return GAP if last is None else last + GAP
    for _attempt in range(2):
        # The siblings at index position - 1 and position: the row goes between them.
        around = [r[0] for r in db.execute(
            f"SELECT position FROM {table} WHERE {parent} = ? AND id != ? "
            "ORDER BY position, id LIMIT 2 OFFSET ?",
            [parent_id, row_id, max(position - 1, 0)])]
        if position <= 0:
            return around[0] - GAP if around else GAP
        if len(around) < 2:  # at or past the end
            return around[0] + GAP if around else _key_for(db, table, parent, parent_id, row_id, None)
        before, after = around
        if after - before > 1:
            return before + (after - before) // 2
        _spread(db, table, parent, parent_id, row_id)
    raise AssertionError("spreading the keys always leaves room")


def _place(db: sqlite_utils.Database, table: str, parent: str, parent_id: int,
           row_id: int, position: int | None) -> None:
    """Move an existing row to index ``position`` among its siblings (the end when None)."""
    key = _key_for(db, table, parent, parent_id, row_id, position)
    db.execute(f"UPDATE {table} SET position = ?, {parent} = ? WHERE id = ?", [key, parent_id, row_id])


def index_of(db, table: str, parent: str, row_id: int) -> int:
    """A row's index among its siblings (the position a snapshot shows)."""
    row = db.execute(f"SELECT {parent}, position FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise KeyError(f"{table} {row_id}")
    parent_id, key = row
    return db.execute(
        f"SELECT COUNT(*) FROM {table} WHERE {parent} = ? AND (position < ? "
        "OR (position = ? AND id < ?))", [parent_id, key, key, row_id]).fetchone()[0]


def insert_section(db, briefing_id: int, heading: str, position: int | None = None,
                   section_id: int | None = None) -> int:
    key = _key_for(db, "sections", "briefing_id", briefing_id, 0, position)
    return db.execute(
        "INSERT INTO sections (id, briefing_id, position, heading) VALUES (?, ?, ?, ?)",
        [section_id, briefing_id, key, heading]).lastrowid


def rename_section(db, section_id: int, heading: str) -> None:
    db.execute("UPDATE sections SET heading = ? WHERE id = ?", [heading, section_id])


def move_section(db, section_id: int, position: int) -> None:
    briefing_id = section_briefing(db, section_id)
    _place(db, "sections", "briefing_id", briefing_id, section_id, position)


def delete_section(db, section_id: int) -> None:
    # The others keep their keys: a gap in the keys changes no index.
    db.execute("DELETE FROM sections WHERE id = ?", [section_id])


def section_briefing(db, section_id: int) -> int:
    row = db.execute("SELECT briefing_id FROM sections WHERE id = ?", [section_id]).fetchone()
    if row is None:
        raise KeyError(f"section {section_id}")
    return row[0]


def insert_item(db, section_id: int, excerpt_id: int | None, note: str,
                position: int | None = None, item_id: int | None = None) -> int:
    key = _key_for(db, "items", "section_id", section_id, 0, position)
    return db.execute(
        "INSERT INTO items (id, section_id, position, excerpt_id, note) VALUES (?, ?, ?, ?, ?)",
        [item_id, section_id, key, excerpt_id, note]).lastrowid


def append_items(db, section_id: int, items: list[tuple[int | None, str]]) -> list[int]:
    """Add (excerpt id, note) items at the end of a section, in order: the bulk path of
    an import, one key lookup for the lot."""
    last = _last_key(db, "items", "section_id", section_id, 0) or 0
    return [db.execute(
        "INSERT INTO items (section_id, position, excerpt_id, note) VALUES (?, ?, ?, ?)",
        [section_id, last + (n + 1) * GAP, excerpt_id, note]).lastrowid
        for n, (excerpt_id, note) in enumerate(items)]


def item_row(db, item_id: int) -> dict | None:
    """An item's row, with ``position`` as its index in its section."""
    rows = list(db.query("SELECT id, section_id, excerpt_id, note FROM items WHERE id = ?", [item_id]))
    if not rows:
        return None
    return dict(rows[0], position=index_of(db, "items", "section_id", item_id))


def set_item_note(db, item_id: int, note: str, now: str | None = None) -> bool:
    """Set a note (and, given ``now``, its briefing's time stamp); False if no such item."""
    if db.execute("UPDATE items SET note = ? WHERE id = ?", [note, item_id]).rowcount == 0:
        return False
    if now is not None:
        db.execute("UPDATE briefings SET updated_at = ? WHERE id = (SELECT s.briefing_id FROM "
                   "sections s JOIN items i ON i.section_id = s.id WHERE i.id = ?)", [now, item_id])
    return True


def move_item(db, item_id: int, section_id: int, position: int) -> None:
    _place(db, "items", "section_id", section_id, item_id, position)


def delete_item(db, item_id: int) -> None:
    db.execute("DELETE FROM items WHERE id = ?", [item_id])


def briefing_of_item(db, item_id: int) -> int:
    row = db.execute("SELECT s.briefing_id FROM items i JOIN sections s ON s.id = i.section_id "
                     "WHERE i.id = ?", [item_id]).fetchone()
    if row is None:
        raise KeyError(f"item {item_id}")
    return row[0]


def briefings_quoting(db, excerpt_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT s.briefing_id FROM items i JOIN sections s ON s.id = i.section_id "
        "WHERE i.excerpt_id = ? ORDER BY s.briefing_id", [excerpt_id])]


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
        siblings = items_by_section.setdefault(row[1], [])
        siblings.append(Item(row[0], row[1], len(siblings), row[3], excerpt))
    sections = tuple(
        Section(sid, briefing_id, index, heading, tuple(items_by_section.get(sid, ())))
        for index, (sid, heading) in enumerate(db.execute(
            "SELECT id, heading FROM sections WHERE briefing_id = ? ORDER BY position, id",
            [briefing_id])))
    citations = []
    for article_id in article_ids:
        row = db.execute(
            """SELECT a.id, a.title, s.outlet, s.author, s.published, s.url FROM articles a
               LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""", [article_id]).fetchone()
        citations.append(Citation(*row))
    return Briefing(info, sections, tuple(citations))
