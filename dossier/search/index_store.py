"""Writing the full-text index: one row per article and per excerpt, and rebuilding it.

The rows are pure functions of the text (``article_row``), so the import's worker
processes can make them and the single writer only inserts them. The tables are
contentless with positions (``detail=full``): bm25 needs term frequencies and phrases
need positions, and contentless keeps the text stored once, in ``articles``.
"""

from __future__ import annotations

from typing import Callable

import sqlite_utils

from dossier.search.index_text import IndexText, index_text

ARTICLE_COLUMNS = ("title", "body", "title_stem", "body_stem", "title_key", "body_key")
EXCERPT_COLUMNS = ("quote", "quote_stem", "quote_key")
STALE_KEY = "search_index_stale"  # set by a migration that changed what the index holds
# How the tables read the index text (schema migration 7): it is folded words split by
# spaces already, so the ascii tokenizer only splits at the spaces.
TOKENIZER = "ascii"


def _words(fields: IndexText) -> str:
    # Bare forms after the words, so the words keep consecutive positions for phrases.
    return fields.words + " " + fields.bare if fields.bare.strip() else fields.words


def article_row(title: str, body: str, folded_body: str | None = None) -> tuple[str, ...]:
    """The index columns of an article, in ARTICLE_COLUMNS order; ``folded_body`` is
    ``folding.folded_text(body)`` when the caller has it (the import does), which spares
    folding the body again."""
    head, text = index_text(title), index_text(body, folded_body)
    return (_words(head), _words(text), head.stems, text.stems, head.keys, text.keys)


def excerpt_row(quote: str) -> tuple[str, ...]:
    fields = index_text(quote)
    return (_words(fields), fields.stems, fields.keys)


def _insert(db, table: str, columns: tuple[str, ...], rowid: int, row: tuple[str, ...]) -> None:
    db.execute(
        f"INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
        [rowid, *row])


def add_article(db: sqlite_utils.Database, article_id: int, title: str, body: str,
                row: tuple[str, ...] | None = None) -> None:
    """Index an article; ``row`` when a worker already made it."""
    _insert(db, "articles_fts", ARTICLE_COLUMNS, article_id, row or article_row(title, body))


def add_excerpt(db: sqlite_utils.Database, excerpt_id: int, quote: str) -> None:
    _insert(db, "excerpts_fts", EXCERPT_COLUMNS, excerpt_id, excerpt_row(quote))


def remove_excerpt(db: sqlite_utils.Database, excerpt_id: int, quote: str) -> None:
    # A contentless table forgets a row only when given back exactly what it indexed.
    db.execute(
        f"INSERT INTO excerpts_fts (excerpts_fts, rowid, {', '.join(EXCERPT_COLUMNS)}) "
        "VALUES ('delete', ?, ?, ?, ?)", [excerpt_id, *excerpt_row(quote)])


def is_stale(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM meta WHERE key = ?", [STALE_KEY]).fetchone() is not None


def rebuild(db: sqlite_utils.Database, progress: Callable[[int, int, str], object] | None = None) -> int:
    """Index every article and excerpt again (the caller holds the transaction)."""
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
    db.execute("INSERT INTO excerpts_fts (excerpts_fts) VALUES ('delete-all')")
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    done = 0
    for article_id, title, body in db.execute("SELECT id, title, body FROM articles ORDER BY id").fetchall():
        add_article(db, article_id, title, body)
        done += 1
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total, "")
    for excerpt_id, quote in db.execute("SELECT id, quote FROM excerpts").fetchall():
        add_excerpt(db, excerpt_id, quote)
    db.execute("DELETE FROM meta WHERE key = ?", [STALE_KEY])
    return done
