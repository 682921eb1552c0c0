"""Articles, their sources and their country and topic tags."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from ..model import Article, ArticleSummary, Block, Source
from ..search import index_store
from .filters import ArticleFilter, filter_sql


@dataclass(frozen=True)
class NewArticle:
    """Everything needed to store one article."""

    title: str
    title_derived: bool
    section_label: str | None
    body: str
    blocks: tuple[Block, ...]
    language: str
    body_hash: str
    source_file: str | None
    imported_at: str
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    # The search index columns, when a worker process already made them.
    index_row: tuple[str, ...] | None = None
    # The blocks as stored (see ``structure_of``), when a worker process made them: a
    # string crosses between processes far faster than a tuple of Block objects.
    structure: str | None = None


def structure_of(blocks) -> str:
    """The stored form of an article's blocks."""
    return json.dumps([[b.kind, b.start, b.end] for b in blocks])


def find_by_hash(db: sqlite_utils.Database, body_hash: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE body_hash = ?", [body_hash]).fetchone()
    return row[0] if row else None


def source_id(db: sqlite_utils.Database, art) -> int | None:
    """The source row of (outlet, author, url, published), shared by the articles that
    have the same four; made when new."""
    if not (art.outlet or art.author or art.url or art.published):
        return None
    values = [art.outlet, art.author, art.url, art.published]
    row = db.execute(
        "SELECT id FROM sources WHERE outlet IS ? AND author IS ? AND url IS ? AND published IS ?",
        values,
    ).fetchone()
    if row:
        return row[0]
    return db.execute(
        "INSERT INTO sources (outlet, author, url, published) VALUES (?, ?, ?, ?)", values
    ).lastrowid


_INSERT = """INSERT INTO articles (id, source_id, title, title_derived, section_label, body,
                 structure, language, body_hash, source_file, imported_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def _row(article_id: int | None, source: int | None, art: NewArticle) -> tuple:
    return (article_id, source, art.title, int(art.title_derived), art.section_label, art.body,
            art.structure or structure_of(art.blocks), art.language, art.body_hash, art.source_file,
            art.imported_at)


def insert(db: sqlite_utils.Database, art: NewArticle) -> int:
    """Store an article and its index entry; the caller holds the transaction."""
    article_id = db.execute(_INSERT, _row(None, source_id(db, art), art)).lastrowid
    index_store.add_article(db, article_id, art.title, art.body, art.index_row)
    return article_id


def next_id(db: sqlite_utils.Database) -> int:
    """The id the next article stored gets (SQLite's own choice for a rowid: one more than
    the largest), so a batch can be stored under ids known beforehand."""
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]


def insert_many(db: sqlite_utils.Database, articles: list[tuple[int, int | None, NewArticle]]) -> None:
    """Store (id, source id, article) rows and their index entries, in one statement for
    the rows; the caller holds the transaction and chose the ids (``next_id`` onwards)."""
    db.conn.executemany(_INSERT, [_row(*a) for a in articles])
    for article_id, _, art in articles:
        index_store.add_article(db, article_id, art.title, art.body, art.index_row)


def ids_by_hash(db: sqlite_utils.Database, hashes) -> dict[str, int]:
    """The stored articles among these identity hashes: hash -> id."""
    hashes, found = list(hashes), {}
    for start in range(0, len(hashes), _IN_LIST):
        chunk = hashes[start:start + _IN_LIST]
        found.update(db.execute(f"SELECT body_hash, id FROM articles WHERE body_hash IN "
                                f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return found


_IN_LIST = 500  # values bound in one IN (...): well under SQLite's limit on variables


def index_article(db: sqlite_utils.Database, article_id: int, title: str, body: str) -> None:
    """The article's search index entry (also used to repair a library's index)."""
    index_store.add_article(db, article_id, title, body)


def _unindex_article(db: sqlite_utils.Database, article_id: int, title: str, body: str) -> None:
    # A contentless index forgets a row only when given back exactly what it indexed.
    columns = index_store.ARTICLE_COLUMNS
    db.execute(f"INSERT INTO articles_fts (articles_fts, rowid, {', '.join(columns)}) "
               f"VALUES ('delete', ?{', ?' * len(columns)})",
               [article_id, *index_store.article_row(title, body)])


@dataclass(frozen=True)
class SourceFields:
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None


def set_source(db: sqlite_utils.Database, article_id: int, fields: SourceFields) -> None:
    """Point the article at the source row of these details (other articles keep theirs)."""
    db.execute("UPDATE articles SET source_id = ? WHERE id = ?", [source_id(db, fields), article_id])


def set_title(db: sqlite_utils.Database, article_id: int, title: str, derived: bool) -> None:
    old_title, body = db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()
    if old_title == title:
        db.execute("UPDATE articles SET title_derived = ? WHERE id = ?", [int(derived), article_id])
        return
    _unindex_article(db, article_id, old_title, body)
    db.execute("UPDATE articles SET title = ?, title_derived = ? WHERE id = ?", [title, int(derived), article_id])
    index_store.add_article(db, article_id, title, body)


def replace_text(db: sqlite_utils.Database, article_id: int, art: NewArticle) -> None:
    """Put a new parse of the article in place (title, body, structure, identity, index)."""
    old_title, old_body = db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()
    _unindex_article(db, article_id, old_title, old_body)
    db.execute(
        """UPDATE articles SET title = ?, title_derived = ?, section_label = ?, body = ?,
               structure = ?, language = ?, body_hash = ? WHERE id = ?""",
        [art.title, int(art.title_derived), art.section_label, art.body,
         art.structure or structure_of(art.blocks), art.language, art.body_hash,
         article_id])
    index_store.add_article(db, article_id, art.title, art.body, art.index_row)


def tag_rows(found: dict[str, tuple[tuple[int, int], ...]]) -> tuple[tuple[str, int, str], ...]:
    """Automatic tags as stored: (value, mentions, offsets as JSON); made where the
    article is prepared, so the writer only inserts them."""
    return tuple((value, len(offsets), json.dumps([list(o) for o in offsets]))
                 for value, offsets in found.items())


def set_auto_tags(db: sqlite_utils.Database, article_id: int, table: str, key: str,
                  found: dict[str, tuple[tuple[int, int], ...]], new: bool = False) -> None:
    """Replace the automatic tags of one kind; the analyst's own choices stay.

    ``new`` says the article was just inserted, so it has no tags to replace yet.
    """
    chosen: set[str] = set()
    if not new:
        db.execute(f"DELETE FROM {table} WHERE article_id = ? AND choice = 'auto'", [article_id])
        chosen = {row[0] for row in db.execute(
            f"SELECT {key} FROM {table} WHERE article_id = ?", [article_id])}
    add_auto_tags(db, table, key, [(article_id, *row) for row in tag_rows(found) if row[0] not in chosen])


def add_auto_tags(db: sqlite_utils.Database, table: str, key: str, rows) -> None:
    """Insert automatic tags of new articles: (article id, value, mentions, offsets JSON)."""
    db.conn.executemany(
        f"INSERT INTO {table} (article_id, {key}, mentions, offsets, choice) "
        "VALUES (?, ?, ?, ?, 'auto')", rows)


def set_manual_tag(db: sqlite_utils.Database, article_id: int, table: str, key: str,
                   value: str, present: bool) -> None:
    choice = "added" if present else "removed"
    updated = db.execute(
        f"UPDATE {table} SET choice = ? WHERE article_id = ? AND {key} = ?",
        [choice, article_id, value],
    ).rowcount
    if not updated:
        db.execute(
            f"INSERT INTO {table} (article_id, {key}, choice) VALUES (?, ?, ?)",
            [article_id, value, choice],
        )


_SUMMARY_SELECT = """
SELECT a.id, a.title, a.source_file, s.published, s.outlet, s.author,
  (SELECT group_concat(code) FROM (SELECT code FROM article_countries
     WHERE article_id = a.id AND choice != 'removed' ORDER BY mentions DESC, code)),
  (SELECT group_concat(slug) FROM (SELECT slug FROM article_topics
     WHERE article_id = a.id AND choice != 'removed' ORDER BY mentions DESC, slug))
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
"""


def _summary(row) -> ArticleSummary:
    return ArticleSummary(
        id=row[0], title=row[1], source_file=row[2], published=row[3], outlet=row[4],
        author=row[5], countries=tuple(row[6].split(",")) if row[6] else (),
        topics=tuple(row[7].split(",")) if row[7] else (),
    )


def summaries(db: sqlite_utils.Database, flt: ArticleFilter | None = None,
              limit: int = -1, offset: int = 0) -> list[ArticleSummary]:
    """Articles in the filter, newest first (undated last), then by id."""
    where, params = filter_sql(flt)
    rows = db.execute(
        _SUMMARY_SELECT + f" WHERE {where} ORDER BY s.published IS NULL, s.published DESC, a.id"
        " LIMIT ? OFFSET ?",
        params + [limit, offset],
    )
    return [_summary(row) for row in rows]


def newest_ids(db: sqlite_utils.Database, limit: int) -> list[int]:
    """The first ``limit`` ids of the whole library newest first (as ``summaries`` orders
    them), read down the date index: a fraction of a millisecond however large it is."""
    ids = [row[0] for row in db.execute(
        """SELECT a.id FROM sources s JOIN articles a ON a.source_id = s.id
           WHERE s.published IS NOT NULL ORDER BY s.published DESC, a.id LIMIT ?""", [limit])]
    if len(ids) < limit:  # then the undated, by id
        ids += [row[0] for row in db.execute(
            """SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id
               WHERE s.published IS NULL ORDER BY a.id LIMIT ?""", [limit - len(ids)])]
    return ids


def summaries_for(db: sqlite_utils.Database, ids: list[int]) -> list[ArticleSummary]:
    """The summaries of ``ids``, in that order (ids no longer in the library are left out)."""
    found: dict[int, ArticleSummary] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(_SUMMARY_SELECT + f" WHERE a.id IN ({marks})", chunk):
            found[row[0]] = _summary(row)
    return [found[i] for i in ids if i in found]


def count(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> int:
    where, params = filter_sql(flt)
    return db.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]


def get(db: sqlite_utils.Database, article_id: int) -> Article | None:
    row = db.execute(
        """SELECT a.id, a.title, a.body, a.structure, a.language, a.source_file, a.body_hash,
                  a.imported_at, a.section_label, s.id, s.outlet, s.author, s.url, s.published
           FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    source = Source(row[9], row[10], row[11], row[12], row[13]) if row[9] is not None else None
    countries, mentions = [], []
    for code, offsets in db.execute(
        "SELECT code, offsets FROM article_countries WHERE article_id = ? AND choice != 'removed'"
        " ORDER BY mentions DESC, code", [article_id]):
        countries.append(code)
        mentions.extend((code, s, e) for s, e in json.loads(offsets))
    topics = [r[0] for r in db.execute(
        "SELECT slug FROM article_topics WHERE article_id = ? AND choice != 'removed'"
        " ORDER BY mentions DESC, slug", [article_id])]
    return Article(
        id=row[0], title=row[1], body=row[2],
        blocks=tuple(Block(k, s, e) for k, s, e in json.loads(row[3])),
        language=row[4], source=source, source_file=row[5], body_hash=row[6],
        imported_at=row[7], section_label=row[8], countries=tuple(countries),
        topics=tuple(topics), mentions=tuple(sorted(mentions, key=lambda m: m[1])),
    )
