"""The analyst corrects the machine: an article's details, its countries and topics.

Every correction is kept apart from what parsing and tagging found (``article_edits``;
the ``choice`` of a tag row), so re-tagging and re-parsing never undo it, and it shows at
once where the article is read and cited. Each service returns what it changed, with
what was there before, so the window can undo it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from .ingest.dates import date_line, stamp_date
from .storage import articles_repo, edits_repo
from .tagging import gazetteer

FIELDS = edits_repo.FIELDS  # title, outlet, author, published, url
COUNTRY, TOPIC = "country", "topic"


class CurationError(ValueError):
    """A correction that cannot be made; the message is one line for people."""


@dataclass(frozen=True)
class DetailsChange:
    article_id: int
    before: dict  # field -> value shown before
    after: dict  # field -> value shown now
    edits_before: dict  # the analyst's earlier corrections, to put back on undo


@dataclass(frozen=True)
class TagChange:
    article_id: int
    kind: str  # COUNTRY or TOPIC
    key: str  # ISO code or topic slug
    present: bool  # what the analyst chose
    before: str | None  # the row's choice before ('auto', 'added', 'removed') or None


def current_details(db: sqlite_utils.Database, article_id: int) -> dict:
    row = db.execute(
        """SELECT a.title, s.outlet, s.author, s.published, s.url
           FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
        [article_id]).fetchone()
    if row is None:
        raise CurationError(f"no article {article_id}")
    return dict(zip(FIELDS, row))


def clean_detail(field: str, value: str | None) -> str | None:
    """A detail as it will be stored (a date as YYYY-MM-DD); CurationError if it cannot be."""
    return _clean(field, value)


def _clean(field: str, value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    if field == "published" and value:
        iso = stamp_date(value) or date_line(value)
        if iso is None:
            raise CurationError(f"{value!r} is not a date (write it as YYYY-MM-DD)")
        return iso
    if field == "title" and not value:
        raise CurationError("an article needs a title")
    return value


def apply_details(db: sqlite_utils.Database, article_id: int, shown: dict) -> None:
    """Show these details on the article (title, and its source row)."""
    articles_repo.set_title(db, article_id, shown["title"], derived=False)
    articles_repo.set_source(db, article_id, articles_repo.SourceFields(
        shown["outlet"], shown["author"], shown["url"], shown["published"]))


def edit_details(db: sqlite_utils.Database, article_id: int, changes: dict, now: str) -> DetailsChange:
    """Correct some of an article's details (None or "" clears one); the caller holds
    the transaction."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise CurationError(f"not an article detail: {', '.join(sorted(unknown))}")
    before = current_details(db, article_id)
    edits_before = edits_repo.get(db, article_id)
    after = dict(before)
    for field, value in changes.items():
        after[field] = _clean(field, value)
        edits_repo.put(db, article_id, field, after[field], now)
    if after != before:
        apply_details(db, article_id, after)
    return DetailsChange(article_id, before, after, edits_before)


def undo_details(db: sqlite_utils.Database, change: DetailsChange) -> None:
    """Put back the details and the corrections as they were before ``change``."""
    for field in FIELDS:
        if field in change.edits_before:
            edits_repo.put(db, change.article_id, field, change.edits_before[field], "")
        else:
            edits_repo.drop(db, change.article_id, field)
    apply_details(db, change.article_id, change.before)


def _table(kind: str) -> tuple[str, str]:
    return ("article_countries", "code") if kind == COUNTRY else ("article_topics", "slug")


def set_tag(db: sqlite_utils.Database, article_id: int, kind: str, key: str, present: bool) -> TagChange:
    table, column = _table(kind)
    row = db.execute(f"SELECT choice FROM {table} WHERE article_id = ? AND {column} = ?",
                     [article_id, key]).fetchone()
    articles_repo.set_manual_tag(db, article_id, table, column, key, present)
    return TagChange(article_id, kind, key, present, row[0] if row else None)


def undo_tag(db: sqlite_utils.Database, change: TagChange) -> None:
    table, column = _table(change.kind)
    if change.before is None:
        db.execute(f"DELETE FROM {table} WHERE article_id = ? AND {column} = ?",
                   [change.article_id, change.key])
    else:
        db.execute(f"UPDATE {table} SET choice = ? WHERE article_id = ? AND {column} = ?",
                   [change.before, change.article_id, change.key])


def parse_tag_changes(tokens: list[str], topic_slugs) -> list[tuple[str, str, bool]]:
    """``+KZ -CN +water -energy`` as (kind, key, present); CurationError names a bad one."""
    found = []
    slugs = set(topic_slugs)
    for token in tokens:
        sign, key = token[:1], token[1:].strip()
        if sign not in "+-" or not key:
            raise CurationError(f"{token!r}: write +CODE or -CODE, +topic or -topic")
        if key in slugs:
            found.append((TOPIC, key, sign == "+"))
        elif gazetteer.country(key) is not None:
            found.append((COUNTRY, key.upper(), sign == "+"))
        else:
            raise CurationError(f"{key!r} is neither a country code (e.g. KZ) nor a topic "
                                f"({', '.join(sorted(slugs))})")
    return found
