"""Which articles the analyst is looking at: the panes' selections as one SQL condition."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

UNKNOWN_OUTLET = ""  # the key of articles whose outlet is not known
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def date_bound(text: str, end: bool = False) -> str | None:
    """A typed date as YYYY-MM-DD: a year or a month stands for its first day, or for its
    last day when it ends a range (``end``); empty means no bound. ValueError if it is
    not a real date."""
    text = text.strip().translate(_DIGITS)
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError("not a date")
    year, month, day = int(match[1]), match[2], match[3]
    months = [int(month)] if month else [12 if end else 1]
    if not 1 <= months[0] <= 12 or year < 1:
        raise ValueError("not a date")
    last = calendar.monthrange(year, months[0])[1]
    day_ = int(day) if day else (last if end else 1)
    if not 1 <= day_ <= last:
        raise ValueError("not a date")
    return f"{year:04d}-{months[0]:02d}-{day_:02d}"


@dataclass(frozen=True)
class ArticleFilter:
    """Countries, topics and outlets: any of the chosen within a pane, all panes together."""

    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    hide_repeats: bool = False  # leave out the stories that repeat another (near-duplicates)

    @property
    def is_empty(self) -> bool:
        return not (self.countries or self.topics or self.outlets or self.date_from or self.date_to
                    or self.hide_repeats)


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


def filter_sql(flt: ArticleFilter | None, alias: str = "a") -> tuple[str, list]:
    """A WHERE fragment (``1`` when empty) over ``articles AS alias`` and its parameters."""
    if flt is None or flt.is_empty:
        return "1", []
    clauses: list[str] = []
    params: list = []
    if flt.countries:
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM article_countries WHERE choice != 'removed' "
            f"AND code IN ({_marks(flt.countries)}))"
        )
        params.extend(flt.countries)
    if flt.topics:
        clauses.append(
            f"{alias}.id IN (SELECT article_id FROM article_topics WHERE choice != 'removed' "
            f"AND slug IN ({_marks(flt.topics)}))"
        )
        params.extend(flt.topics)
    if flt.outlets:
        # An article with no source record at all has an unknown outlet too.
        unknown = f" OR {alias}.source_id IS NULL" if UNKNOWN_OUTLET in flt.outlets else ""
        clauses.append(
            f"({alias}.source_id IN (SELECT id FROM sources WHERE COALESCE(outlet, '') IN "
            f"({_marks(flt.outlets)})){unknown})"
        )
        params.extend(flt.outlets)
    if flt.date_from or flt.date_to:
        clauses.append(
            f"{alias}.source_id IN (SELECT id FROM sources WHERE published IS NOT NULL"
            + (" AND published >= ?" if flt.date_from else "")
            + (" AND published <= ?" if flt.date_to else "")
            + ")"
        )
        params.extend(v for v in (flt.date_from, flt.date_to) if v)
    if flt.hide_repeats:
        clauses.append(f"{alias}.id NOT IN (SELECT article_id FROM article_repeats)")
    return " AND ".join(clauses), params
