"""``dossier check``: is the library whole, and what can be mended safely.

Four checks, each reported as ok or with what is wrong:

- the file (``PRAGMA integrity_check``): damage found only in indexes is repaired by
  rebuilding them (an index holds nothing that is not in its table); any other damage is
  reported, with the advice to restore a copy;
- references (``PRAGMA foreign_key_check``): tag rows of an article that is gone are
  removed (they describe nothing); other dangling rows are reported and left, because
  removing them could lose an analyst's work;
- the article search index against the articles, and the excerpt index against the
  excerpts: a missing entry is added; an entry for a row that is gone can only be
  removed by rebuilding the whole index from the rows, which is done.

Repairs happen only when asked (``repair=True``), in one transaction each.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import sqlite_utils

from .articles_repo import index_article
from .database import read_only, transaction
from .excerpts_repo import index_excerpt

_INDEX_ONLY = re.compile(r"(missing from index|wrong # of entries in index|"
                         r"non-unique entry in index|out of order.*index)", re.I)
_DERIVED_TABLES = {"article_countries", "article_topics", "originals", "article_edits", "article_repeats"}


@dataclass(frozen=True)
class Finding:
    check: str        # "file", "references", "article index", "excerpt index"
    ok: bool
    detail: str
    repaired: bool = False


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return all(f.ok or f.repaired for f in self.findings)


def check_library(db: sqlite_utils.Database, repair: bool = False) -> CheckReport:
    findings = [_file(db, repair)]
    if findings[0].ok or findings[0].repaired:
        findings += [_references(db, repair),
                     _index(db, "article index", "articles", "articles_fts", repair),
                     _index(db, "excerpt index", "excerpts", "excerpts_fts", repair)]
    return CheckReport(tuple(findings))


def _integrity(db) -> list[str]:
    return [row[0] for row in db.execute("PRAGMA integrity_check(100)")]


def _file(db, repair: bool) -> Finding:
    try:
        problems = _integrity(db)
    except sqlite3.DatabaseError as exc:
        return Finding("file", False, f"it cannot be read through ({exc}): restore a copy of the library")
    if problems == ["ok"]:
        return Finding("file", True, "ok")
    detail = f"{len(problems)} problem(s), first: {problems[0]}"
    if repair and all(_INDEX_ONLY.search(p) for p in problems):
        with transaction(db):
            db.execute("REINDEX")
        if _integrity(db) == ["ok"]:
            return Finding("file", False, f"{detail}; indexes rebuilt", repaired=True)
    advice = "" if repair else "; run with --repair to rebuild damaged indexes"
    if not all(_INDEX_ONLY.search(p) for p in problems):
        advice = "; the damage is in the data itself: restore a copy of the library"
    return Finding("file", False, detail + advice)


def _references(db, repair: bool) -> Finding:
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return Finding("references", True, "ok")
    derived = [(table, rowid) for table, rowid, _, _ in rows if table in _DERIVED_TABLES]
    others = sorted({table for table, _, _, _ in rows if table not in _DERIVED_TABLES})
    detail = f"{len(rows)} row(s) point at rows that are gone ({', '.join(sorted({r[0] for r in rows}))})"
    if repair and derived:
        with transaction(db):
            for table, rowid in derived:
                db.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
        if not others:
            return Finding("references", False, f"{detail}; removed", repaired=True)
        return Finding("references", False, f"{detail}; tag rows removed, left: {', '.join(others)}")
    return Finding("references", False, detail)


def _ids(db, sql: str) -> set[int]:
    return {row[0] for row in db.execute(sql)}


def _index(db, name: str, table: str, fts: str, repair: bool) -> Finding:
    rows = _ids(db, f"SELECT id FROM {table}")
    try:
        entries = _ids(db, f"SELECT rowid FROM {fts}")
        if not read_only(db):  # the index's own check is a write statement
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        broken = False
    except sqlite3.DatabaseError:
        entries, broken = set(), True
    missing, extra = rows - entries, entries - rows
    if not (missing or extra or broken):
        unchecked = "; its inner structure is checked only where the library can be written"
        return Finding(name, True, f"ok ({len(rows)} entries{unchecked if read_only(db) else ''})")
    detail = (f"{len(missing)} missing, {len(extra)} for rows that are gone"
              + (", the index itself is damaged" if broken else ""))
    if not repair:
        return Finding(name, False, detail + "; run with --repair to rebuild it")
    with transaction(db):
        if extra or broken:
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('delete-all')")
            missing = rows
        _reindex(db, table, sorted(missing))
    return Finding(name, False, f"{detail}; {'rebuilt' if extra or broken else 'added'}",
                   repaired=True)


def _reindex(db, table: str, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        if table == "articles":
            for row in db.execute(f"SELECT id, title, body FROM articles WHERE id IN ({marks})",
                                  chunk).fetchall():
                index_article(db, *row)
        else:
            for row in db.execute(f"SELECT id, quote FROM excerpts WHERE id IN ({marks})",
                                  chunk).fetchall():
                index_excerpt(db, *row)
