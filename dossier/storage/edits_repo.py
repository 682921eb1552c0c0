"""The analyst's corrections of an article's details, kept through every re-parse.

One row per corrected field (title, outlet, author, published, url). A NULL value says
the analyst cleared what parsing found. The article's own columns and its source row
always show the corrected values; these rows remember which ones the analyst chose.
"""

from __future__ import annotations

import sqlite_utils

FIELDS = ("title", "outlet", "author", "published", "url")


def get(db: sqlite_utils.Database, article_id: int) -> dict[str, str | None]:
    return {field: value for field, value in db.execute(
        "SELECT field, value FROM article_edits WHERE article_id = ?", [article_id])}


def put(db: sqlite_utils.Database, article_id: int, field: str, value: str | None, edited_at: str) -> None:
    if field not in FIELDS:
        raise ValueError(f"not an article detail: {field}")
    db.execute(
        "INSERT INTO article_edits (article_id, field, value, edited_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (article_id, field) DO UPDATE SET value = excluded.value, "
        "edited_at = excluded.edited_at", [article_id, field, value, edited_at])


def drop(db: sqlite_utils.Database, article_id: int, field: str) -> None:
    db.execute("DELETE FROM article_edits WHERE article_id = ? AND field = ?", [article_id, field])
