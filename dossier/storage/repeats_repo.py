"""Near-duplicate stories: their sketch keys, and the link of a repeat to its original.

A repeat points at the first story imported (an original is never itself a repeat),
so a story told by three outlets is one original with two repeats.
"""

from __future__ import annotations

import sqlite_utils


def add_keys(db: sqlite_utils.Database, article_id: int, keys) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO near_keys (key, article_id) VALUES (?, ?)",
                        [(key, article_id) for key in keys])


def drop_keys(db: sqlite_utils.Database, article_id: int) -> None:
    db.execute("DELETE FROM near_keys WHERE article_id = ?", [article_id])


def candidates(db: sqlite_utils.Database, keys, least: int, limit: int = 5,
               other_than: int | None = None) -> list[int]:
    """Articles sharing at least ``least`` of ``keys``, most shared first."""
    keys = list(keys)
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    rows = db.execute(
        f"SELECT article_id, count(*) AS shared FROM near_keys WHERE key IN ({marks}) "
        "GROUP BY article_id HAVING shared >= ? ORDER BY shared DESC, article_id LIMIT ?",
        [*keys, least, limit + 1])
    return [r[0] for r in rows if r[0] != other_than][:limit]


def link(db: sqlite_utils.Database, article_id: int, original_id: int, resemblance: float) -> None:
    """Link a newly imported article to its original. A plain INSERT: a REPLACE would
    make SQLite open a statement journal, at which the full-text index writes out its
    pending terms, so each repeat found would cost a flush and a later merge."""
    db.execute("INSERT INTO article_repeats (article_id, original_id, resemblance) "
               "VALUES (?, ?, ?)", [article_id, original_id, resemblance])


def original_of(db: sqlite_utils.Database, article_id: int) -> tuple[int, float] | None:
    row = db.execute("SELECT original_id, resemblance FROM article_repeats WHERE article_id = ?",
                     [article_id]).fetchone()
    return (row[0], row[1]) if row else None


def root(db: sqlite_utils.Database, article_id: int) -> int:
    found = original_of(db, article_id)
    return found[0] if found else article_id


def repeats_of(db: sqlite_utils.Database, article_id: int) -> list[tuple[int, float]]:
    return [(r[0], r[1]) for r in db.execute(
        "SELECT article_id, resemblance FROM article_repeats WHERE original_id = ? ORDER BY article_id",
        [article_id])]


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM article_repeats").fetchone()[0]
