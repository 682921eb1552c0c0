"""Arabic-aware full-text search over articles and excerpts.

The FTS index finds and ranks candidates; each candidate is then matched again on its
folded text with one regular expression per term, which confirms phrases and gives
the offsets of every match in the original text for snippets and highlighting.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import sqlite_utils

from dossier.text.clitics import MIN_STEM, clitic_pattern
from dossier.text.folding import fold, fold_with_map
from dossier.model import SearchHit
from dossier.search.query import And, Not, Or, QueryError, Term, has_phrase, parse, positive_terms, to_fts
from dossier.storage.filters import ArticleFilter, filter_sql

SNIPPET_CHARS = 220
_CLITICS = clitic_pattern()
_WORD = r"[^\W_]"
_GAP = r"[\W_]+"


def _word_pattern(word: str, prefix: bool) -> str:
    # Same rule as the index: a bare form keeps at least MIN_STEM letters.
    clitics = _CLITICS if len(word) >= MIN_STEM and re.match("[\u0621-\u064a]", word) else ""
    tail = f"{_WORD}*" if prefix else ""
    return f"{clitics}{re.escape(word)}{tail}"


def term_regex(term: Term) -> re.Pattern:
    last = len(term.words) - 1
    parts = [_word_pattern(w, term.prefix and i == last) for i, w in enumerate(term.words)]
    return re.compile(f"(?<!{_WORD})" + _GAP.join(parts) + f"(?!{_WORD})")


class Matcher:
    """A parsed query, ready to confirm and locate matches in any text."""

    def __init__(self, node: object):
        self.node = node
        self._regex = {}
        for term in _all_terms(node):
            self._regex[term] = term_regex(term)

    def matches(self, text: str) -> bool:
        return self._eval(self.node, fold(text))

    def _eval(self, node: object, folded: str) -> bool:
        if isinstance(node, Term):
            return self._regex[node].search(folded) is not None
        if isinstance(node, Or):
            return any(self._eval(p, folded) for p in node.parts)
        if isinstance(node, And):
            return all(
                not self._eval(p.part, folded) if isinstance(p, Not) else self._eval(p, folded)
                for p in node.parts
            )
        raise TypeError(node)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every match of the query's wanted terms, in order."""
        folded = fold_with_map(text)
        found = set()
        for term in positive_terms(self.node):
            for m in self._regex[term].finditer(folded.text):
                found.add(folded.source_span(m.start(), m.end()))
        return sorted(found)


def _all_terms(node: object) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return _all_terms(node.part)
    return [t for part in node.parts for t in _all_terms(part)]


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
class ExcerptHit:
    excerpt_id: int
    article_id: int
    quote: str
    matches: tuple[tuple[int, int], ...]  # offsets in the quote


# Ranking costs about a microsecond per matching article. A word found in most of a
# large library would take longer to rank than a keystroke may wait, so such a query
# ranks the most recently added RANK_WINDOW matches: the ones an analyst reads first.
RANK_WINDOW = 5000


def _rank_floor(db, fts: str, join: str, where: str, params: list, window: int) -> int:
    """The lowest article id among the newest ``window`` matches (0 when fewer match)."""
    row = db.execute(
        f"""SELECT articles_fts.rowid FROM articles_fts {join}
            WHERE articles_fts MATCH ? AND {where}
            ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?""",
        [fts] + params + [window - 1]).fetchone()
    return row[0] if row else 0


def search_articles(db: sqlite_utils.Database, text: str, flt: ArticleFilter | None = None,
                    limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Ranked hits for the query ``text``; raises QueryError for a query with nothing to find."""
    node = parse(text)
    matcher = Matcher(node)
    must_confirm = has_phrase(node)
    where, params = filter_sql(flt)
    join = "" if where == "1" else "JOIN articles a ON a.id = articles_fts.rowid"
    fts = to_fts(node)
    window = max(RANK_WINDOW, (offset + limit) * 8)
    try:
        floor = _rank_floor(db, fts, join, where, params, window)
        # Rank in the index alone; bodies are read only for the hits shown.
        ranked = db.execute(
            f"""SELECT articles_fts.rowid, bm25(articles_fts, 4.0, 1.0) AS score
                FROM articles_fts {join}
                WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? AND {where}
                ORDER BY score, articles_fts.rowid LIMIT ?""",
            [fts, floor] + params + [window if must_confirm else offset + limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError("unsearchable", f"This search cannot be run: {exc}") from exc
    hits: list[SearchHit] = []
    skipped = 0
    step = max(limit, 25)
    for start in range(0 if must_confirm else offset, len(ranked), step):
        for article_id, score in ranked[start:start + step]:
            title, body, published, outlet = _article_text(db, article_id)
            if must_confirm and not matcher.matches(title + "\n" + body):
                continue
            if must_confirm and skipped < offset:
                skipped += 1
                continue
            spans = matcher.spans(body)
            snip, snip_start = snippet(body, spans)
            hits.append(SearchHit(
                article_id=article_id, title=title, snippet=snip, snippet_start=snip_start,
                matches=tuple(spans), score=-score, published=published, outlet=outlet,
            ))
            if len(hits) >= limit:
                return hits
    return hits


def _article_text(db, article_id: int) -> tuple[str, str, str | None, str | None]:
    return db.execute(
        """SELECT a.title, a.body, s.published, s.outlet FROM articles a
           LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""", [article_id]).fetchone()


def search_excerpts(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[ExcerptHit]:
    node = parse(text)
    matcher = Matcher(node)
    rows = db.execute(
        """SELECT e.id, e.article_id, e.quote FROM excerpts_fts JOIN excerpts e
           ON e.id = excerpts_fts.rowid WHERE excerpts_fts MATCH ? ORDER BY rank LIMIT ?""",
        [to_fts(node), limit * 2],
    ).fetchall()
    hits = []
    for excerpt_id, article_id, quote in rows:
        if matcher.matches(quote):
            hits.append(ExcerptHit(excerpt_id, article_id, quote, tuple(matcher.spans(quote))))
    return hits[:limit]
