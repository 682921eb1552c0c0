"""Every excerpt in the library with its article: the analyst's material, listed newest
first or found by a search of the quotes (the search engine's own excerpt search)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from dossier.model import Excerpt
from dossier.search.engine import search_excerpts
from dossier.storage import excerpts_repo


@dataclass(frozen=True)
class ExcerptEntry:
    excerpt: Excerpt
    title: str  # of its article
    outlet: str | None
    published: str | None
    briefings: tuple[str, ...] = ()  # titles of the briefings that quote it
    matches: tuple[tuple[int, int], ...] = ()  # what a search found, as offsets in the quote

    @property
    def id(self) -> int:
        return self.excerpt.id


def excerpt_entries(db: sqlite_utils.Database, query: str = "", limit: int = 500) -> list[ExcerptEntry]:
    """The newest excerpts, or those matching ``query`` best first (QueryError for a query
    with nothing to find)."""
    if not query.strip():
        ids = excerpts_repo.recent_ids(db, limit)
        matches: dict[int, tuple] = {}
    else:
        hits = search_excerpts(db, query, limit)
        ids = [hit.excerpt_id for hit in hits]
        matches = {hit.excerpt_id: hit.matches for hit in hits}
    rows = excerpts_repo.entries(db, ids)
    return [ExcerptEntry(*rows[i], matches=tuple(matches.get(i, ()))) for i in ids if i in rows]


def excerpt_count(db: sqlite_utils.Database) -> int:
    return excerpts_repo.count(db)
