"""Excerpts: a quote from an article with its offsets and the text around it."""

from __future__ import annotations

import sqlite_utils

from ..model import Excerpt
from ..search.index_text import index_text

_COLUMNS = 'id, article_id, start, "end", quote, prefix, suffix, created_at'


def insert(db: sqlite_utils.Database, article_id: int, start: int, end: int, quote: str,
           prefix: str, suffix: str, created_at: str) -> int:
    excerpt_id = db.execute(
        'INSERT INTO excerpts (article_id, start, "end", quote, prefix, suffix, created_at) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [article_id, start, end, quote, prefix, suffix, created_at],
    ).lastrowid
    index_excerpt(db, excerpt_id, quote)
    return excerpt_id


def index_excerpt(db: sqlite_utils.Database, excerpt_id: int, quote: str) -> None:
    """The excerpt's search index entry (also used to repair a library's index)."""
    db.execute("INSERT INTO excerpts_fts (rowid, quote) VALUES (?, ?)",
               [excerpt_id, index_text(quote)])


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


def delete_if_unused(db: sqlite_utils.Database, excerpt_id: int) -> bool:
    """Remove an excerpt no item refers to any more; True if it was removed."""
    used = db.execute("SELECT 1 FROM items WHERE excerpt_id = ? LIMIT 1", [excerpt_id]).fetchone()
    if used:
        return False
    row = db.execute("SELECT quote FROM excerpts WHERE id = ?", [excerpt_id]).fetchone()
    if row is None:
        return False
    db.execute("INSERT INTO excerpts_fts (excerpts_fts, rowid, quote) VALUES ('delete', ?, ?)",
               [excerpt_id, index_text(row[0])])
    db.execute("DELETE FROM excerpts WHERE id = ?", [excerpt_id])
    return True
