"""The files as they were imported, and what parsing removed from each article.

A file is stored once, zlib-compressed, however many articles it holds (an export's
rows); an article points at its file and record. ``removed`` lists the lines of the
record that are not in the body, with their role (title, dateline, byline, furniture
of some kind), so what was removed can be shown and counted.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Original:
    article_id: int
    file_id: int
    name: str | None
    format: str
    record: int
    meta: dict
    removed: tuple[tuple[int, str, str], ...]  # (line, role, text)


def pack(data: bytes) -> bytes:
    """The stored form of a file's bytes (made in the import workers)."""
    return zlib.compress(data, 1)  # fast: made for every import, read rarely


def add_file(db: sqlite_utils.Database, name: str | None, kind: str, packed: bytes, size: int,
             sha256: str, imported_at: str) -> int:
    return db.execute(
        "INSERT INTO source_files (name, format, size, sha256, content, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", [name, kind, size, sha256, packed, imported_at]).lastrowid


def file_bytes(db: sqlite_utils.Database, file_id: int) -> bytes:
    row = db.execute("SELECT content FROM source_files WHERE id = ?", [file_id]).fetchone()
    if row is None:
        raise KeyError(f"file {file_id}")
    return zlib.decompress(row[0])


def removed_json(removed) -> str:
    """The stored form of an article's removed lines."""
    return json.dumps([list(r) for r in removed], ensure_ascii=False)


def meta_json(meta: dict | None) -> str:
    """The stored form of what the manifest said about a file."""
    return json.dumps(meta or {}, ensure_ascii=False)


_LINK = "INSERT INTO originals (article_id, file_id, record, meta, removed) VALUES (?, ?, ?, ?, ?)"


def link(db: sqlite_utils.Database, article_id: int, file_id: int, record: int, meta: dict,
         removed) -> None:
    db.execute(_LINK, [article_id, file_id, record, meta_json(meta), removed_json(removed)])


def link_many(db: sqlite_utils.Database, rows) -> None:
    """Link new articles to their files: (article id, file id, record, meta JSON, removed JSON)."""
    db.conn.executemany(_LINK, rows)


def set_removed(db: sqlite_utils.Database, article_id: int, removed) -> None:
    db.execute("UPDATE originals SET removed = ? WHERE article_id = ?", [removed_json(removed), article_id])


def get(db: sqlite_utils.Database, article_id: int) -> Original | None:
    row = db.execute(
        """SELECT o.article_id, o.file_id, f.name, f.format, o.record, o.meta, o.removed
           FROM originals o JOIN source_files f ON f.id = o.file_id WHERE o.article_id = ?""",
        [article_id]).fetchone()
    if row is None:
        return None
    return Original(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]),
                    tuple(tuple(r) for r in json.loads(row[6])))


def article_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT article_id FROM originals ORDER BY article_id")]
