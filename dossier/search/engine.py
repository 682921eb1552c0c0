"""Arabic-aware full-text search over articles and excerpts: every match ranked and counted.

One FTS5 query finds every matching article, scores each with bm25 over the index's
levels (``dossier.search.fts``), counts them and returns the page asked for, in
relevance, newest or oldest order; a filter from the panes is applied in the same
query. Only the articles on the page are read, to place highlights and snippets.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

import sqlite_utils

from dossier.model import SearchHit
from dossier.search.forms import TermForms, term_forms
from dossier.search.fts import ARTICLES, EXCERPTS, to_match
from dossier.search.matcher import Matcher
from dossier.search.query import QueryError, Term, parse
from dossier.storage.filters import ArticleFilter, filter_sql
from dossier.text.clitics import ARTICLE, without_article
from dossier.text.stems import stem
from dossier.text.variants import (MIN_NAME, consonant_count, transcribed_adjective,
                                   variant_key, vowel_spellings)

SNIPPET_CHARS = 220
SORTS = ("relevance", "newest", "oldest")
# A word is read as a name when the library writes it with the article at most this
# share of the times it writes it at all (ترامب: never; الحكومة: most times), or when
# its skeleton is this long: Arabic words seldom share five consonants in a row
# (الروهينجا, الإنستغرام, قرغيزستان), names written several ways do. A final ه is not
# counted: معلمة has four consonants, and its skeleton is معلومة's.
NAME_ARTICLE_SHARE = 0.1
NAME_KEY = 5

_ORDER = {
    "relevance": "m.score, m.id DESC",
    "newest": "s.published IS NULL, s.published DESC, m.id DESC",
    "oldest": "s.published IS NULL, s.published, m.id",
}


def snippet(body: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[str, int]:
    """A window of ``body`` around the first match, cut at spaces; and its start offset."""
    if not spans:
        end = min(len(body), width)
        cut = body.rfind(" ", 0, end) if end < len(body) else end
        return body[: cut if cut > width // 2 else end], 0
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        space = body.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(body), start + width)
    if end < len(body):
        space = body.rfind(" ", max(first + 1, start), end)
        end = space if space != -1 and space > spans[0][1] else end
    return body[start:end], start


@dataclass(frozen=True)
class SearchPage:
    """One page of hits and the exact number of hits in all."""

    total: int
    hits: tuple[SearchHit, ...]
    offset: int = 0
    sort: str = "relevance"


@dataclass(frozen=True)
class ExcerptHit:
    excerpt_id: int
    article_id: int
    quote: str
    matches: tuple[tuple[int, int], ...]  # offsets in the quote
    score: float = 0.0


class _Forms:
    """Each term's forms, deciding once per word whether the library writes it as a name."""

    def __init__(self, db: sqlite_utils.Database):
        self._db = db
        self._names: dict[str, bool] = {}
        self._terms: dict[Term, TermForms] = {}

    def name_like(self, word: str) -> bool:
        if word not in self._names:
            self._names[word] = self._name_like(word)
        return self._names[word]

    def _name_like(self, word: str) -> bool:
        bare = without_article(word)
        if len(bare) < MIN_NAME or not ("\u0621" <= bare[0] <= "\u064a"):
            return False
        if consonant_count(variant_key(bare) or "") >= NAME_KEY:
            return True
        counts = dict(self._db.execute(
            "SELECT term, doc FROM articles_vocab WHERE term IN (?, ?)", [bare, ARTICLE + bare]))
        plain = counts.get(bare, 0)
        # A spelling the library does not hold at all: its variants are all it can find.
        return plain == 0 or counts.get(ARTICLE + bare, 0) <= NAME_ARTICLE_SHARE * plain

    def spellings(self, word: str) -> tuple[str, ...]:
        """For the adjective of a transcribed name, the stems of its other spellings that
        the library holds: such adjectives always take the article, so they never read
        as names, and their skeleton is too short to be one name's (سوفياتي, بصفتي)."""
        bare = without_article(word)
        if self.name_like(word) or not transcribed_adjective(bare):
            return ()
        candidates = sorted(vowel_spellings(stem(bare)))
        if not candidates:
            return ()
        marks = ", ".join("?" * len(candidates))
        return tuple(sorted(row[0] for row in self._db.execute(
            f"SELECT term FROM articles_vocab WHERE term IN ({marks})", candidates)))

    def __call__(self, term: Term) -> TermForms:
        if term not in self._terms:
            self._terms[term] = term_forms(term, self.name_like, spellings=self.spellings)
        return self._terms[term]


def _fail(exc: sqlite3.OperationalError) -> QueryError:
    return QueryError("unsearchable", f"This search cannot be run: {exc}")


def search_articles(db: sqlite_utils.Database, text: str, flt: ArticleFilter | None = None,
                    limit: int = 50, offset: int = 0, sort: str = "relevance") -> SearchPage:
    """A page of ranked hits for the query ``text`` and the number of hits in all.

    Raises QueryError for a query with nothing to find or an unknown sort.
    """
    if sort not in _ORDER:
        raise QueryError("sort", f"Unknown order {sort!r}: use one of {', '.join(SORTS)}.")
    node = parse(text)
    forms = _Forms(db)
    within, params = _within(flt)
    dates = "" if sort == "relevance" else (
        " LEFT JOIN articles a ON a.id = m.id LEFT JOIN sources s ON s.id = a.source_id")
    weights = ", ".join(str(w) for w in ARTICLES.weights)
    try:
        rows = db.execute(
            f"""SELECT m.id, m.score, count(*) OVER () FROM (
                    SELECT rowid AS id, bm25(articles_fts, {weights}) AS score
                    FROM articles_fts WHERE articles_fts MATCH ?{within}) AS m{dates}
                ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?""",
            [to_match(node, forms), *params, max(limit, 0), max(offset, 0)]).fetchall()
        total = rows[0][2] if rows else _count(db, node, forms, within, params, offset)
    except sqlite3.OperationalError as exc:
        raise _fail(exc) from exc
    matcher = Matcher(node, forms)
    return SearchPage(total, tuple(_hit(db, matcher, article_id, score) for article_id, score, _ in rows),
                      offset, sort)


def _within(flt: ArticleFilter | None) -> tuple[str, list]:
    """The pane filter as tests on each match's rowid, and their parameters.

    The unary + keeps each a plain test: as an index constraint, FTS5 would run the whole
    MATCH once per article in the filter. Countries and topics are read from their link
    tables alone; reaching them through ``articles`` would read each article's row, text
    and all, which costs more than the search.
    """
    if flt is None or flt.is_empty:
        return "", []
    tests, params = [], []
    for values, links, key in ((flt.countries, "article_countries", "code"),
                               (flt.topics, "article_topics", "slug")):
        if values:
            marks = ", ".join("?" * len(values))
            tests.append(f" AND +rowid IN (SELECT article_id FROM {links} "
                         f"WHERE choice != 'removed' AND {key} IN ({marks}))")
            params.extend(values)
    where, more = filter_sql(replace(flt, countries=(), topics=()))
    if where != "1":
        tests.append(f" AND +rowid IN (SELECT a.id FROM articles a INDEXED BY articles_source WHERE {where})")
        params.extend(more)
    return "".join(tests), params


def match_ids(db: sqlite_utils.Database, text: str) -> list[int]:
    """The ids of every article the query ``text`` matches, unranked (for counting by pane)."""
    node = parse(text)
    try:
        return [row[0] for row in db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [to_match(node, _Forms(db))])]
    except sqlite3.OperationalError as exc:
        raise _fail(exc) from exc


def hit_facets(db: sqlite_utils.Database, text: str, flt: ArticleFilter | None,
               index) -> dict[str, list]:
    """Each pane's counts among the hits of ``text``, under the other panes' selections.

    ``index`` is the library's BrowseIndex (``dossier.storage.browse_index``).
    """
    return index.facets(flt, within=index.mask_of(match_ids(db, text)))


def _count(db, node, forms, within: str, params: list, offset: int) -> int:
    if offset <= 0:
        return 0
    return db.execute(f"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?{within}",
                      [to_match(node, forms), *params]).fetchone()[0]


def _hit(db, matcher: Matcher, article_id: int, score: float) -> SearchHit:
    title, body, published, outlet = db.execute(
        """SELECT a.title, a.body, s.published, s.outlet FROM articles a
           LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""", [article_id]).fetchone()
    spans = matcher.spans(body)
    snip, snip_start = snippet(body, spans)
    return SearchHit(article_id=article_id, title=title, snippet=snip, snippet_start=snip_start,
                     matches=tuple(spans), score=-score, published=published, outlet=outlet)


def search_excerpts(db: sqlite_utils.Database, text: str, limit: int = 50,
                    offset: int = 0) -> list[ExcerptHit]:
    """Excerpts matching the query ``text``, best first."""
    node = parse(text)
    forms = _Forms(db)
    weights = ", ".join(str(w) for w in EXCERPTS.weights)
    try:
        rows = db.execute(
            f"""SELECT e.id, e.article_id, e.quote, m.score FROM (
                    SELECT rowid AS id, bm25(excerpts_fts, {weights}) AS score
                    FROM excerpts_fts WHERE excerpts_fts MATCH ?) AS m
                JOIN excerpts e ON e.id = m.id ORDER BY m.score, e.id DESC LIMIT ? OFFSET ?""",
            [to_match(node, forms, EXCERPTS), max(limit, 0), max(offset, 0)]).fetchall()
    except sqlite3.OperationalError as exc:
        raise _fail(exc) from exc
    matcher = Matcher(node, forms)
    return [ExcerptHit(excerpt_id, article_id, quote, tuple(matcher.spans(quote)), -score)
            for excerpt_id, article_id, quote, score in rows]
