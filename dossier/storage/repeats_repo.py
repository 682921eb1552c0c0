"""Near-duplicate stories: their sketch keys, and the link of a repeat to its original.

A repeat points at the first story imported (an original is never itself a repeat),
so a story told by three outlets is one original with two repeats.
"""

from __future__ import annotations

from collections import Counter

import sqlite_utils


def add_keys(db: sqlite_utils.Database, article_id: int, keys) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO near_keys (key, article_id) VALUES (?, ?)",
                        [(key, article_id) for key in keys])


def drop_keys(db: sqlite_utils.Database, article_id: int) -> None:
    db.execute("DELETE FROM near_keys WHERE article_id = ?", [article_id])


class KeyPostings:
    """The articles holding each of some sketch keys: the library's, read once for a
    batch of new articles, then the batch's own as each is written. A new article's
    candidates come from memory, and the batch's keys are written at the end in one
    statement, in key order (``write``)."""

    def __init__(self, db: sqlite_utils.Database, keys):
        self.articles: dict[int, list[int]] = {}
        self.added: list[tuple[int, int]] = []
        keys = list(set(keys))
        for start in range(0, len(keys), _IN_LIST):
            chunk = keys[start:start + _IN_LIST]
            for key, article_id in db.execute(
                    f"SELECT key, article_id FROM near_keys WHERE key IN ({', '.join('?' * len(chunk))})",
                    chunk):
                self.articles.setdefault(key, []).append(article_id)

    def candidates(self, keys, least: int, limit: int = 5, other_than: int | None = None) -> list[int]:
        """Articles sharing at least ``least`` of ``keys``, most shared first (then the
        oldest)."""
        shared: Counter = Counter()
        for key in set(keys):
            holders = self.articles.get(key)
            if holders:
                shared.update(holders)
        found = [a for a, n in shared.items() if n >= least and a != other_than]
        return sorted(found, key=lambda a: (-shared[a], a))[:limit]

    def add(self, article_id: int, keys) -> None:
        for key in set(keys):
            self.articles.setdefault(key, []).append(article_id)
            self.added.append((key, article_id))

    def write(self, db: sqlite_utils.Database) -> None:
        db.conn.executemany("INSERT OR IGNORE INTO near_keys (key, article_id) VALUES (?, ?)",
                            sorted(self.added))
        self.added = []


_IN_LIST = 500  # values bound in one IN (...)


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
