"""Countries, topics and outlets: their names and how many articles each holds."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from ..model import Country, Facet, Topic
from .filters import UNKNOWN_OUTLET, ArticleFilter, filter_sql


def _sync_names(db: sqlite_utils.Database, table: str, key: str, rows: list[tuple]) -> None:
    """Insert or rename (key, Arabic name, English name) rows."""
    db.conn.executemany(
        f"INSERT INTO {table} ({key}, name_ar, name_en) VALUES (?, ?, ?) ON CONFLICT({key}) "
        "DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en", rows)


def sync_countries(db: sqlite_utils.Database, countries: list[Country]) -> None:
    _sync_names(db, "countries", "code", [(c.code, c.name_ar, c.name_en) for c in countries])


def sync_topics(db: sqlite_utils.Database, topics: list[Topic]) -> None:
    _sync_names(db, "topics", "slug", [(t.slug, t.name_ar, t.name_en) for t in topics])


def countries(db: sqlite_utils.Database) -> list[Country]:
    return [Country(*row) for row in db.execute(
        "SELECT code, name_ar, name_en FROM countries ORDER BY code")]


def topics(db: sqlite_utils.Database) -> list[Topic]:
    return [Topic(*row) for row in db.execute(
        "SELECT slug, name_ar, name_en FROM topics ORDER BY slug")]


def _tag_facets(db: sqlite_utils.Database, flt: ArticleFilter | None, links: str, key: str,
                names: str) -> list[Facet]:
    # A tag row is unique per article, so a plain count; with no filter, the covering
    # index alone answers (see migration 3).
    where, params = filter_sql(flt)
    within = "" if where == "1" else f"AND l.article_id IN (SELECT a.id FROM articles a WHERE {where})"
    rows = db.execute(
        f"""SELECT n.{key}, n.name_ar, n.name_en, c.n
            FROM (SELECT l.{key} AS k, count(*) AS n FROM {links} l
                  WHERE l.choice != 'removed' {within} GROUP BY l.{key}) c
            JOIN {names} n ON n.{key} = c.k
            ORDER BY c.n DESC, n.name_ar""", params)
    return [Facet(*row) for row in rows]


def country_facets(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> list[Facet]:
    """Countries with articles, counted under the other panes' selections."""
    return _tag_facets(db, replace(flt, countries=()) if flt else None,
                       "article_countries", "code", "countries")


def topic_facets(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> list[Facet]:
    """Topics with articles, counted under the other panes' selections."""
    return _tag_facets(db, replace(flt, topics=()) if flt else None,
                       "article_topics", "slug", "topics")


def outlet_facets(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> list[Facet]:
    """Outlets (the key is the outlet name, UNKNOWN_OUTLET for articles without one)."""
    where, params = filter_sql(replace(flt, outlets=()) if flt else None)
    rows = db.execute(
        f"""SELECT COALESCE(s.outlet, '') AS o, count(*) AS n
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id
            WHERE {where} GROUP BY o ORDER BY n DESC, o""", params)
    return [Facet(key, key, key, n) if key != UNKNOWN_OUTLET else Facet(key, "", "", n)
            for key, n in rows]


def sources(db: sqlite_utils.Database) -> list[dict]:
    """Every source record with its article count (for the CLI and the sources list)."""
    return [dict(row) for row in db.query(
        """SELECT s.id, s.outlet, s.author, s.url, s.published, count(a.id) AS articles
           FROM sources s LEFT JOIN articles a ON a.source_id = s.id
           GROUP BY s.id ORDER BY s.outlet, s.published""")]
