"""Countries, topics and outlets: their names and how many articles each holds."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from ..model import Country, Facet, Topic
from .filters import UNKNOWN_OUTLET, ArticleFilter, filter_sql


def sync_countries(db: sqlite_utils.Database, countries: list[Country]) -> None:
    for c in countries:
        db.execute(
            "INSERT INTO countries (code, name_ar, name_en) VALUES (?, ?, ?) ON CONFLICT(code) "
            "DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
            [c.code, c.name_ar, c.name_en],
        )


def sync_topics(db: sqlite_utils.Database, topics: list[Topic]) -> None:
    for t in topics:
        db.execute(
            "INSERT INTO topics (slug, name_ar, name_en) VALUES (?, ?, ?) ON CONFLICT(slug) "
            "DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
            [t.slug, t.name_ar, t.name_en],
        )


def countries(db: sqlite_utils.Database) -> list[Country]:
    return [Country(*row) for row in db.execute(
        "SELECT code, name_ar, name_en FROM countries ORDER BY code")]


def topics(db: sqlite_utils.Database) -> list[Topic]:
    return [Topic(*row) for row in db.execute(
        "SELECT slug, name_ar, name_en FROM topics ORDER BY slug")]


def country_facets(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> list[Facet]:
    """Countries with articles, counted under the other panes' selections."""
    where, params = filter_sql(replace(flt, countries=()) if flt else None)
    rows = db.execute(
        f"""SELECT c.code, c.name_ar, c.name_en, count(DISTINCT a.id) AS n
            FROM article_countries ac JOIN countries c ON c.code = ac.code
            JOIN articles a ON a.id = ac.article_id
            WHERE ac.choice != 'removed' AND {where}
            GROUP BY c.code ORDER BY n DESC, c.name_ar""", params)
    return [Facet(*row) for row in rows]


def topic_facets(db: sqlite_utils.Database, flt: ArticleFilter | None = None) -> list[Facet]:
    where, params = filter_sql(replace(flt, topics=()) if flt else None)
    rows = db.execute(
        f"""SELECT t.slug, t.name_ar, t.name_en, count(DISTINCT a.id) AS n
            FROM article_topics at JOIN topics t ON t.slug = at.slug
            JOIN articles a ON a.id = at.article_id
            WHERE at.choice != 'removed' AND {where}
            GROUP BY t.slug ORDER BY n DESC, t.name_ar""", params)
    return [Facet(*row) for row in rows]


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
