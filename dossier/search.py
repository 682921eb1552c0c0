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

from .folding import fold_with_map
from .model import SearchHit
from .query import And, Not, Or, QueryError, Term, has_phrase, parse, positive_terms, to_fts
from .storage.filters import ArticleFilter, filter_sql

SNIPPET_CHARS = 220
_CLITICS = "(?:[\u0648\u0641]?(?:\u0644\u0644|[\u0628\u0643](?:\u0627\u0644)?|\u0644|\u0627\u0644)?)"
_WORD = r"[^\W_]"
_GAP = r"[\W_]+"


def _word_pattern(word: str, prefix: bool) -> str:
    # Same rule as the index: a bare form keeps at least three letters.
    clitics = _CLITICS if len(word) >= 3 and re.match("[\u0621-\u064a]", word) else ""
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
        folded = fold_with_map(text).text
        return self._eval(self.node, folded)

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


def search_articles(db: sqlite_utils.Database, text: str, flt: ArticleFilter | None = None,
                    limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Ranked hits for the query ``text``; raises QueryError for a query with nothing to find."""
    node = parse(text)
    matcher = Matcher(node)
    must_confirm = has_phrase(node)
    where, params = filter_sql(flt)
    join = "" if where == "1" else "JOIN articles a ON a.id = articles_fts.rowid"
    # Rank and cut in the index first; only the page of hits reads article bodies.
    sql = f"""WITH ranked AS (
                SELECT articles_fts.rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score
                FROM articles_fts {join}
                WHERE articles_fts MATCH ? AND {where}
                ORDER BY score, id LIMIT ? OFFSET ?)
              SELECT a.id, a.title, a.body, s.published, s.outlet, ranked.score
              FROM ranked JOIN articles a ON a.id = ranked.id
              LEFT JOIN sources s ON s.id = a.source_id
              ORDER BY ranked.score, a.id"""
    hits: list[SearchHit] = []
    skipped = 0
    batch = max(limit, 50) * (2 if must_confirm else 1)
    cursor = 0
    while len(hits) < limit:
        try:
            rows = db.execute(sql, [to_fts(node)] + params + [batch, cursor]).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError("unsearchable", f"This search cannot be run: {exc}") from exc
        for article_id, title, body, published, outlet, score in rows:
            if must_confirm and not matcher.matches(title + "\n" + body):
                continue
            if skipped < offset:
                skipped += 1
                continue
            spans = matcher.spans(body)
            snip, start = snippet(body, spans)
            hits.append(SearchHit(
                article_id=article_id, title=title, snippet=snip, snippet_start=start,
                matches=tuple(spans), score=-score, published=published, outlet=outlet,
            ))
            if len(hits) >= limit:
                break
        if len(rows) < batch:
            break
        cursor += batch
    return hits


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
