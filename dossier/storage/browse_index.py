"""The library's articles as bit sets, so that browsing answers at the speed of a click.

Each country, topic and outlet holds the set of its articles as one integer (bit i is
article id i). A filter is then a few ANDs and ORs, and the panes' counts under it are
one AND and one bit count per value: about a millisecond for 100,000 articles, whatever
is ticked. The list in any order is one pass over an order computed once. The answers
are the same as the SQL ones (catalog_repo, articles_repo; a test compares them).

The index is a snapshot, read in one transaction (a few hundred milliseconds for
100,000 articles, off the UI thread); its owner reads a new one when the library changed.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass, replace

import sqlite_utils

from ..model import Facet
from ..text.folding import fold
from .filters import UNKNOWN_OUTLET, ArticleFilter

NEWEST, OLDEST, TITLE, OUTLET = "newest", "oldest", "title", "outlet"
SORTS = (NEWEST, OLDEST, TITLE, OUTLET)
COUNTRIES, TOPICS, OUTLETS = "countries", "topics", "outlets"


def _mask(ids, size: int) -> int:
    bits = bytearray(size // 8 + 1)
    for i in ids:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


def _union(masks) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


@dataclass(frozen=True)
class _Pane:
    masks: dict[str, int]
    names: dict[str, tuple[str, str]]  # key -> (Arabic, English)


class BrowseIndex:
    """Counts, facets and ordered ids under any ArticleFilter; read-only once built."""

    def __init__(self, size: int, dated: list[tuple[str, int]], undated: list[int],
                 panes: dict[str, _Pane], outlet_of: array, repeats: int = 0):
        self.size = size  # one more than the largest article id
        self._dated = dated  # (published, id), oldest first, ties by id
        self._dates = [p for p, _ in dated]
        self._undated = undated  # ids without a date, ascending
        self._panes = panes
        self._outlet_of = outlet_of  # article id -> number of its outlet in sorted_outlets
        self._all = _mask((i for _, i in dated), size) | _mask(undated, size)
        self._repeats = repeats  # the stories that repeat another (article_repeats)
        self._orders: dict[str, list[int]] = {}
        self._date_masks: OrderedDict[tuple, int] = OrderedDict()

    # Reading
    @classmethod
    def build(cls, db: sqlite_utils.Database) -> "BrowseIndex":
        """Read the whole catalogue in one snapshot."""
        conn = db.conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # deferred: a read transaction, no lock on writers
        try:
            rows = conn.execute(
                """SELECT a.id, s.published, COALESCE(s.outlet, '')
                   FROM articles a LEFT JOIN sources s ON s.id = a.source_id""").fetchall()
            size = max((r[0] for r in rows), default=0) + 1
            panes = {COUNTRIES: cls._read_pane(conn, "article_countries", "code", "countries", size),
                     TOPICS: cls._read_pane(conn, "article_topics", "slug", "topics", size)}
            repeats = _mask((r[0] for r in conn.execute("SELECT article_id FROM article_repeats")
                             if r[0] < size), size)
        finally:
            if own:
                conn.execute("COMMIT")
        by_outlet: dict[str, list[int]] = {}
        dated, undated = [], []
        for article_id, published, outlet in rows:
            by_outlet.setdefault(outlet, []).append(article_id)
            if published is None:
                undated.append(article_id)
            else:
                dated.append((published, article_id))
        dated.sort()
        undated.sort()
        panes[OUTLETS] = _Pane({o: _mask(ids, size) for o, ids in by_outlet.items()},
                               {o: (o, o) if o != UNKNOWN_OUTLET else ("", "") for o in by_outlet})
        # Outlets in alphabetical order (folded), the unknown one last.
        ranked = sorted(by_outlet, key=lambda o: (o == UNKNOWN_OUTLET, fold(o), o))
        outlet_of = array("I", bytes(4 * size))
        for rank, outlet in enumerate(ranked):
            for article_id in by_outlet[outlet]:
                outlet_of[article_id] = rank
        return cls(size, dated, undated, panes, outlet_of, repeats)

    @staticmethod
    def _read_pane(conn, links: str, key: str, names: str, size: int) -> _Pane:
        masks = {}
        for value, ids in conn.execute(
                f"SELECT {key}, group_concat(article_id) FROM {links} "
                f"WHERE choice != 'removed' GROUP BY {key}"):
            masks[value] = _mask(map(int, ids.split(",")), size)
        labels = {row[0]: (row[1], row[2]) for row in conn.execute(
            f"SELECT {key}, name_ar, name_en FROM {names}")}
        return _Pane(masks, {k: labels.get(k, (k, k)) for k in masks})

    # Filtering
    def _date_mask(self, date_from: str | None, date_to: str | None) -> int:
        key = (date_from, date_to)
        mask = self._date_masks.get(key)
        if mask is None:
            low = bisect_left(self._dates, date_from) if date_from else 0
            high = bisect_right(self._dates, date_to) if date_to else len(self._dates)
            mask = _mask((i for _, i in self._dated[low:high]), self.size)
            self._date_masks[key] = mask
            while len(self._date_masks) > 8:
                self._date_masks.popitem(last=False)
        else:
            self._date_masks.move_to_end(key)
        return mask

    def _pane_mask(self, pane: str, chosen: tuple[str, ...]) -> int:
        masks = self._panes[pane].masks
        return _union(masks.get(key, 0) for key in chosen)

    def mask(self, flt: ArticleFilter | None) -> int:
        """The set of articles in ``flt``."""
        out = self._all
        if flt is None:
            return out
        for pane, chosen in ((COUNTRIES, flt.countries), (TOPICS, flt.topics), (OUTLETS, flt.outlets)):
            if chosen:
                out &= self._pane_mask(pane, chosen)
        if flt.date_from or flt.date_to:
            out &= self._date_mask(flt.date_from, flt.date_to)
        if flt.hide_repeats:
            out &= ~self._repeats
        return out

    def count(self, flt: ArticleFilter | None = None, within: int | None = None) -> int:
        mask = self.mask(flt)
        return (mask if within is None else mask & within).bit_count()

    def facets(self, flt: ArticleFilter | None = None, within: int | None = None) -> dict[str, list[Facet]]:
        """Each pane's values with their counts under the other panes' selections (and,
        if given, within a set of articles such as a search's hits)."""
        flt = flt or ArticleFilter()
        out = {}
        for pane, cleared in ((COUNTRIES, replace(flt, countries=())),
                              (TOPICS, replace(flt, topics=())),
                              (OUTLETS, replace(flt, outlets=()))):
            base = self.mask(cleared)
            if within is not None:
                base &= within
            names = self._panes[pane].names
            counted = []
            for key, mask in self._panes[pane].masks.items():
                n = (mask & base).bit_count()
                if n:
                    counted.append(Facet(key, *names[key], n))
            tie = (lambda f: f.key) if pane == OUTLETS else (lambda f: f.label_ar)
            counted.sort(key=lambda f: (-f.count, tie(f)))
            out[pane] = counted
        return out

    def names(self, pane: str, key: str) -> tuple[str, str] | None:
        """The (Arabic, English) names of a pane's value, if the library has it."""
        return self._panes[pane].names.get(key)

    def mask_of(self, ids) -> int:
        """A set of articles given by id (ids outside the library are left out)."""
        return _mask((i for i in ids if 0 <= i < self.size), self.size) & self._all

    # Listing
    def order(self, sort: str = NEWEST) -> list[int]:
        """Every article id in the order ``sort`` (newest first: undated last, then by id)."""
        if sort not in self._orders:
            if sort == NEWEST:
                # Newest first; on the same day the smaller id first, as the SQL lists it.
                days: dict[str, list[int]] = {}
                for published, article_id in self._dated:
                    days.setdefault(published, []).append(article_id)
                order = [i for day in sorted(days, reverse=True) for i in days[day]]
                self._orders[sort] = order + self._undated
            elif sort == OLDEST:
                self._orders[sort] = [i for _, i in self._dated] + self._undated
            elif sort == OUTLET:
                # By outlet, newest first within each (a stable sort keeps that order).
                self._orders[sort] = sorted(self.order(NEWEST), key=self._outlet_of.__getitem__)
            elif sort == TITLE:
                raise LookupError("titles are not loaded: call load_order(TITLE, db) first")
            else:
                raise ValueError(f"unknown sort {sort!r}")
        return self._orders[sort]

    def has_order(self, sort: str) -> bool:
        return sort in self._orders or sort != TITLE

    def load_order(self, sort: str, db: sqlite_utils.Database) -> None:
        """Orders that need more than the index holds (titles) are read once, here."""
        if sort == TITLE and TITLE not in self._orders:
            bits = self._all.to_bytes(self.size // 8 + 1, "little")
            # Only the snapshot's articles: one written since is not in the other orders.
            rows = sorted((fold(title), article_id)
                          for article_id, title in db.execute("SELECT id, title FROM articles")
                          if article_id < self.size and bits[article_id >> 3] >> (article_id & 7) & 1)
            self._orders[TITLE] = [article_id for _, article_id in rows]

    def _ids_in(self, mask: int, order: list[int], limit: int | None = None) -> list[int]:
        bits = mask.to_bytes(self.size // 8 + 1, "little")
        out = []
        for i in order:
            if bits[i >> 3] >> (i & 7) & 1:
                out.append(i)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def ids(self, flt: ArticleFilter | None = None, sort: str = NEWEST, within: int | None = None,
            limit: int | None = None) -> list[int]:
        """The ids of the articles in ``flt`` (and ``within``), in the order ``sort``."""
        mask = self.mask(flt)
        if within is not None:
            mask &= within
        return self._ids_in(mask, self.order(sort), limit)
