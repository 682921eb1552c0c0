"""The browse index gives the same answers as the library's SQL, under any filter."""

from __future__ import annotations

import random

import pytest

from dossier.model import PARAGRAPH, Block
from dossier.storage import articles_repo, catalog_repo
from dossier.storage.browse_index import NEWEST, OLDEST, OUTLET, TITLE, BrowseIndex
from dossier.storage.database import transaction
from dossier.storage.filters import ArticleFilter
from dossier.text.folding import fold

OUTLETS = ["العربية", "بي بي سي عربي", "فرانس 24", None]
TOPICS = ["economy", "energy", "water", "diplomacy"]


def _fill(lib, count: int, rng: random.Random) -> None:
    codes = [c.code for c in lib.countries()][:12]
    slugs = [t.slug for t in lib.topics() if t.slug in TOPICS] or [t.slug for t in lib.topics()][:4]
    with transaction(lib.db):
        for n in range(count):
            day = None if rng.random() < 0.1 else f"20{rng.randint(16, 18)}-{rng.randint(1, 3):02d}-{rng.randint(1, 4):02d}"
            body = f"نص المقال رقم {n}"
            article_id = articles_repo.insert(lib.db, articles_repo.NewArticle(
                title=rng.choice(["أخبار", "إسرائيل", "اقتصاد", "مصر"]) + f" {n}", title_derived=False,
                section_label=None, body=body, blocks=(Block(PARAGRAPH, 0, len(body)),), language="ar",
                body_hash=f"h{n}", source_file=None, imported_at="2025-01-01T00:00:00",
                outlet=rng.choice(OUTLETS), author=None, url=None, published=day))
            found = {c: ((0, 1),) for c in rng.sample(codes, rng.randint(0, 3))}
            articles_repo.set_auto_tags(lib.db, article_id, "article_countries", "code", found, new=True)
            topics = {t: ((0, 1),) for t in rng.sample(slugs, rng.randint(0, 2))}
            articles_repo.set_auto_tags(lib.db, article_id, "article_topics", "slug", topics, new=True)
            if found and rng.random() < 0.2:  # the analyst's own choices
                articles_repo.set_manual_tag(lib.db, article_id, "article_countries", "code",
                                             next(iter(found)), False)
            if rng.random() < 0.1:
                articles_repo.set_manual_tag(lib.db, article_id, "article_topics", "slug",
                                             rng.choice(slugs), True)


def _random_filter(rng: random.Random, index: BrowseIndex) -> ArticleFilter:
    facets = index.facets()

    def pick(kind):
        keys = [f.key for f in facets[kind]]
        return tuple(rng.sample(keys, min(len(keys), rng.choice([0, 0, 1, 2]))))
    days = sorted({f"20{y}-0{m}-0{d}" for y in (16, 17, 18) for m in (1, 2, 3) for d in (1, 2, 3, 4)})
    low = rng.choice([None, *days])
    high = rng.choice([None, *[d for d in days if low is None or d >= low]])
    return ArticleFilter(countries=pick("countries"), topics=pick("topics"), outlets=pick("outlets"),
                         date_from=low if rng.random() < 0.3 else None,
                         date_to=high if rng.random() < 0.3 else None)


@pytest.fixture
def filled(library):
    _fill(library, 400, random.Random(5))
    return library


def test_index_agrees_with_sql_under_random_filters(filled):
    db = filled.db
    index = BrowseIndex.build(db)
    rng = random.Random(11)
    for flt in [ArticleFilter()] + [_random_filter(rng, index) for _ in range(150)]:
        assert index.count(flt) == articles_repo.count(db, flt), flt
        assert index.ids(flt, NEWEST) == [s.id for s in articles_repo.summaries(db, flt)], flt
        facets = index.facets(flt)
        assert facets["countries"] == catalog_repo.country_facets(db, flt), flt
        assert facets["topics"] == catalog_repo.topic_facets(db, flt), flt
        assert facets["outlets"] == catalog_repo.outlet_facets(db, flt), flt


def test_index_orders_and_sets(filled):
    db = filled.db
    index = BrowseIndex.build(db)
    summaries = {s.id: s for s in articles_repo.summaries(db)}
    oldest = index.ids(None, OLDEST)
    dated = [summaries[i].published for i in oldest if summaries[i].published]
    assert dated == sorted(dated) and len(oldest) == len(summaries)
    assert all(summaries[i].published is None for i in oldest[len(dated):])
    by_outlet = [summaries[i].outlet or "\uffff" for i in index.ids(None, OUTLET)]
    assert by_outlet == sorted(by_outlet, key=fold)
    with pytest.raises(LookupError):
        index.ids(None, TITLE)
    index.load_order(TITLE, db)
    titles = [fold(summaries[i].title) for i in index.ids(None, TITLE)]
    assert titles == sorted(titles)
    # Within a set of articles (a search's hits): counts and facets of that set only.
    some = sorted(summaries)[::7]
    within = index.mask_of(some + [10**6])
    assert index.count(None, within) == len(some)
    assert index.ids(None, NEWEST, within) == [i for i in index.ids() if i in set(some)]
    counted = sum(f.count for f in index.facets(None, within)["outlets"])
    assert counted == len(some)


def test_summaries_for_keeps_the_order_asked(filled):
    ids = [s.id for s in articles_repo.summaries(filled.db)][::-3][:50] + [10**6]
    assert [s.id for s in articles_repo.summaries_for(filled.db, ids)] == ids[:-1]


def test_typed_dates_become_bounds():
    from dossier.storage.filters import date_bound

    assert date_bound("") is None and date_bound("  ") is None
    assert date_bound("2018") == "2018-01-01" and date_bound("2018", end=True) == "2018-12-31"
    assert date_bound("2024-02", end=True) == "2024-02-29" and date_bound("2023/2/5") == "2023-02-05"
    assert date_bound("٢٠١٨-٠٦-٣٠") == "2018-06-30"
    for bad in ("2025-02-30", "2025-13", "2025-00-10", "18", "yesterday", "2018-06-30x"):
        with pytest.raises(ValueError):
            date_bound(bad)


def test_the_start_up_read_lists_as_the_index_does(filled):
    everything = [s.id for s in articles_repo.summaries(filled.db)]
    for limit in (1, 50, len(everything) - 3, len(everything) + 10):
        assert articles_repo.newest_ids(filled.db, limit) == everything[:limit]
