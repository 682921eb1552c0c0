"""Excerpts: a quote from an article with its offsets and the text around it."""

from __future__ import annotations

import sqlite_utils

from ..model import Excerpt
from ..search import index_store

_COLUMNS = 'id, article_id, start, "end", quote, prefix, suffix, created_at'


def insert(db: sqlite_utils.Database, article_id: int, start: int, end: int, quote: str,
           prefix: str, suffix: str, created_at: str, excerpt_id: int | None = None) -> int:
    """A new excerpt (with a given id when one is put back on undo)."""
    excerpt_id = db.execute(
        'INSERT INTO excerpts (id, article_id, start, "end", quote, prefix, suffix, created_at) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [excerpt_id, article_id, start, end, quote, prefix, suffix, created_at],
    ).lastrowid
    index_store.add_excerpt(db, excerpt_id, quote)
    return excerpt_id


def index_excerpt(db: sqlite_utils.Database, excerpt_id: int, quote: str) -> None:
    """The excerpt's search index entry (also used to repair a library's index)."""
    index_store.add_excerpt(db, excerpt_id, quote)


def get(db: sqlite_utils.Database, excerpt_id: int) -> Excerpt | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM excerpts WHERE id = ?", [excerpt_id]).fetchone()
    return Excerpt(*row) if row else None


def for_article(db: sqlite_utils.Database, article_id: int) -> list[Excerpt]:
    return [Excerpt(*row) for row in db.execute(
        f'SELECT {_COLUMNS} FROM excerpts WHERE article_id = ? ORDER BY start, "end"',
        [article_id])]


def find_same(db: sqlite_utils.Database, article_id: int, start: int, end: int) -> int | None:
    row = db.execute(
        'SELECT id FROM excerpts WHERE article_id = ? AND start = ? AND "end" = ?',
        [article_id, start, end]).fetchone()
    return row[0] if row else None


def set_bounds(db: sqlite_utils.Database, excerpt_id: int, start: int, end: int, quote: str,
               prefix: str, suffix: str) -> None:
    old = db.execute("SELECT quote FROM excerpts WHERE id = ?", [excerpt_id]).fetchone()
    if old is None:
        raise KeyError(f"excerpt {excerpt_id}")
    index_store.remove_excerpt(db, excerpt_id, old[0])
    db.execute('UPDATE excerpts SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ? '
               "WHERE id = ?", [start, end, quote, prefix, suffix, excerpt_id])
    index_store.add_excerpt(db, excerpt_id, quote)


def delete(db: sqlite_utils.Database, excerpt_id: int) -> None:
    """Remove an excerpt; the items quoting it must be gone first."""
    row = db.execute("SELECT quote FROM excerpts WHERE id = ?", [excerpt_id]).fetchone()
    if row is None:
        return
    index_store.remove_excerpt(db, excerpt_id, row[0])
    db.execute("DELETE FROM excerpts WHERE id = ?", [excerpt_id])


def recent_ids(db: sqlite_utils.Database, limit: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM excerpts ORDER BY id DESC LIMIT ?", [limit])]


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM excerpts").fetchone()[0]


def entries(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple]:
    """For each excerpt id: (excerpt, article title, outlet, published, briefing titles)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT e.id, e.article_id, e.start, e."end", e.quote, e.prefix, e.suffix,
                   e.created_at, a.title, s.outlet, s.published
            FROM excerpts e JOIN articles a ON a.id = e.article_id
            LEFT JOIN sources s ON s.id = a.source_id WHERE e.id IN ({marks})""", ids).fetchall()
    used: dict[int, list[str]] = {}
    for excerpt_id, title in db.execute(
            f"""SELECT DISTINCT i.excerpt_id, b.title FROM items i
                JOIN sections s ON s.id = i.section_id JOIN briefings b ON b.id = s.briefing_id
                WHERE i.excerpt_id IN ({marks}) ORDER BY b.id""", ids):
        used.setdefault(excerpt_id, []).append(title)
    return {row[0]: (Excerpt(*row[:8]), row[8], row[9], row[10], tuple(used.get(row[0], ())))
            for row in rows}


def items_quoting(db: sqlite_utils.Database, excerpt_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM items WHERE excerpt_id = ? ORDER BY id",
                                     [excerpt_id])]
