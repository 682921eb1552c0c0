"""Search ranks every match, counts them exactly, pages and sorts them, and finds every
form a writer uses (clitics, suffixes, broken plurals, spelling variants of names).

The library holds real sentences (see ``search_sentences``), one per article.
"""

from __future__ import annotations

import pytest

from dossier.ingest.importer import store
from dossier.ingest.parse import body_hash
from dossier.library import Library
from dossier.model import PARAGRAPH, Block
from dossier.storage.articles_repo import NewArticle
from dossier.storage.database import transaction
from dossier.storage.filters import ArticleFilter
from dossier.tagging.tagger import tag_article
from search_sentences import OIL_BODY, OIL_TITLE, RULE_SENTENCES, SENTENCES


def _add(lib: Library, title: str, body: str, outlet: str, published: str) -> int:
    article = NewArticle(
        title=title, title_derived=False, section_label=None, body=body,
        blocks=(Block(PARAGRAPH, 0, len(body)),), language="ar", body_hash=body_hash(body),
        source_file=None, imported_at="2026-01-01T00:00:00", outlet=outlet, author=None,
        url=None, published=published)
    with transaction(lib.db):
        return store(lib.db, article, tag_article(title, body))


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    library = Library(tmp_path_factory.mktemp("rank") / "rank.sqlite", seed=False)
    ids = {}
    # Import order is not date order: dates run backwards from the first article.
    for n, (name, (outlet, docno, sentence)) in enumerate(SENTENCES.items()):
        ids[name] = _add(library, docno, sentence, outlet, f"2018-{12 - n % 12:02d}-{28 - n:02d}")
    for n, (name, (outlet, docno, sentence)) in enumerate(RULE_SENTENCES.items()):
        ids[name] = _add(library, docno, sentence, outlet, f"2017-{n % 12 + 1:02d}-{10 + n // 12}")
    ids["oil"] = _add(library, OIL_TITLE[2], OIL_BODY, OIL_TITLE[0], "2018-04-16")
    library.ids = ids
    yield library
    library.close()


def _found(lib, query: str) -> set[str]:
    names = {v: k for k, v in lib.ids.items()}
    return {names[h.article_id] for h in lib.search(query, limit=1000).hits}


def test_a_later_more_relevant_article_ranks_first(lib):
    page = lib.search("النفط")
    ids = [h.article_id for h in page.hits]
    assert ids[0] == lib.ids["oil"] and lib.ids["oil"] == max(lib.ids.values())
    assert {lib.ids["naft_passing"], lib.ids["lil_naft"]} <= set(ids)
    scores = [h.score for h in page.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


@pytest.mark.parametrize("query", ["النفط", "في", "الرئيس OR الحكومة", '"الاتحاد السوفيتي"'])
def test_top_ten_is_the_top_of_the_full_ranking_and_pages_add_up(lib, query):
    full = lib.search(query, limit=1000)
    assert full.total == len(full.hits)
    assert [h.article_id for h in lib.search(query, limit=10).hits] == [h.article_id for h in full.hits[:10]]
    pages = [h.article_id for offset in range(0, full.total, 3)
             for h in lib.search(query, limit=3, offset=offset).hits]
    assert pages == [h.article_id for h in full.hits]
    assert lib.search(query, limit=3, offset=full.total + 5) .total == full.total


def test_counts_are_exact_with_and_without_a_filter(lib):
    every = lib.search("في", limit=1000)
    assert every.total == len(every.hits) == len({h.article_id for h in every.hits}) >= 12
    assert lib.search("موسكو", limit=1000).total == 2
    russia = ArticleFilter(countries=("RU",))
    tagged = {a.id for a in lib.articles(russia)}
    page = lib.search("في", russia, limit=1000)
    assert page.total == len(page.hits) == len(tagged & {h.article_id for h in every.hits}) > 0


def test_sort_by_date(lib):
    newest = lib.search("في", limit=1000, sort="newest").hits
    dates = [h.published for h in newest]
    assert dates == sorted(dates, reverse=True)
    oldest = lib.search("في", limit=1000, sort="oldest").hits
    assert [h.article_id for h in oldest] == [h.article_id for h in reversed(newest)]


@pytest.mark.parametrize("query, expected", [
    # Clitics both ways: the bare word finds attached forms, and an attached form the bare.
    ("الحكومة", {"lil_hukuma"}),
    ("للحكومة", {"lil_hukuma"}),
    ("نفط", {"lil_naft", "naft_passing", "oil"}),
    ("للنفط", {"lil_naft", "naft_passing", "oil"}),
    # Suffixes: plural ات, possessive with ta marbuta as ت, nisba gender.
    ("حكومة", {"lil_hukuma", "hukumat", "hukumatuha"}),
    ("الإيرانية", {"irani", "netanyahu"}),
    # Broken plurals from the table, both ways.
    ("سفير", {"safir", "sufara"}),
    ("السفراء", {"safir", "sufara"}),
    ("مشروع", {"mashari"}),
    ("المدارس", {"madrasa"}),
    ("قتيل", {"qatil", "qatla"}),
    # Spelling variants of names.
    ("ترامب", {"tramb", "tarmb"}),
    ("ترمب", {"tramb", "tarmb"}),
    ("بوتين", {"butin", "butn"}),
    ("قيرغيزستان", {"qirghiz", "qrghiz"}),
    ("نتنياهو", {"netanyahu", "netaniahu"}),
])
def test_every_form_is_found(lib, query, expected):
    assert expected <= _found(lib, query)


@pytest.mark.parametrize("query, expected, unwanted", [
    # A phrase whose words carry clitics in the text, or in the query: stems in a row.
    ('"حظر السفر"', {"wa_hazr"}, set()),
    ('"بأسعار النفط"', {"oil"}, {"lil_naft"}),
    # A word the text writes bare whose first letter is also a clitic (ك of كهربائية).
    ('"السيارات الكهربائية"', {"electric_car"}, set()),
    # A dual is a pair named as one: the two Koreas, not one Korea nor Korean.
    ("الكوريتين", {"koreas"}, {"north_korea"}),
    ("كوريا", {"north_korea"}, {"koreas"}),
    # A plural that is also another word is not folded into the singular: قصر (palace).
    ("قاصرات", {"minors"}, {"palace"}),
    # A land in ستان beside its people's adjective.
    ("قرغيزستان", {"kyrgyz", "qirghiz", "qrghiz"}, set()),
    # A final ه typed as ه is the name's own letter: بيليه is not بيل.
    ("بيليه", {"pele"}, {"bale"}),
    # A name typed with a conjunction finds its other spellings (طاجكستان).
    ("وطاجيكستان", {"tajik_short"}, set()),
    # A long name finds the misspelling that drops one of its letters; a land in ستان
    # its people's adjective and the land in يا, not the bakery with the people's skeleton.
    ("قرغيزستان", {"kyrgyz_dropped", "kyrgyzia", "kyrgyz"}, {"greggs"}),
    # ... nor, for Tajikistan, a native verb with the people's skeleton (تأجيج).
    ("طاجيكستان", {"tajik_short"}, {"stoking"}),
    # The feminine ending is not a letter of a name: معلمة is no name, so not معلومة.
    ("معلمة", {"teacher", "the_teacher"}, {"information"}),
    # The adjective of a transcribed name in its other spellings, either gender; not the
    # native word (بصفتي) nor the name (سوفت بنك) that share its skeleton.
    ("السوفياتي", {"soviet", "soviet_era", "soviet_forces"}, {"capacity", "softbank"}),
    ("السوفيتية", {"soviet", "soviet_era", "soviet_forces"}, {"capacity", "softbank"}),
])
def test_rules_find_their_forms_and_keep_apart_other_words(lib, query, expected, unwanted):
    found = _found(lib, query)
    assert expected <= found and not unwanted & found


def test_a_phrase_highlight_covers_the_words_with_their_clitics(lib):
    hit = next(h for h in lib.search('"حظر السفر"').hits if h.article_id == lib.ids["wa_hazr"])
    body = lib.article(hit.article_id).body
    assert [body[s:e] for s, e in hit.matches] == ["وحظر السفر"]


def test_the_typed_spelling_ranks_above_its_variants(lib):
    for query, typed, variant in (("ترمب", "tarmb", "tramb"), ("ترامب", "tramb", "tarmb"),
                                  ("بوتن", "butn", "butin")):
        ids = [h.article_id for h in lib.search(query).hits]
        assert ids.index(lib.ids[typed]) < ids.index(lib.ids[variant])


def test_exact_form_ranks_above_stem(lib):
    ids = [h.article_id for h in lib.search("حكومات").hits]
    assert ids[0] == lib.ids["hukumat"]


@pytest.mark.parametrize("query, name, word", [
    ("سفير", "sufara", "السفراء"),
    ("ترامب", "tarmb", "ترمب"),
    ("الحكومة", "hukumatuha", "حكومتها"),
    ("الحكومة", "lil_hukuma", "للحكومة"),
    ("قتيل", "qatla", "قتلى"),
    ('"الاتحاد السوفيتي"', "sovieti", "الاتحاد السوفيتي"),
])
def test_highlights_land_on_the_word_as_written(lib, query, name, word):
    hit = next(h for h in lib.search(query, limit=1000).hits if h.article_id == lib.ids[name])
    body = lib.article(hit.article_id).body
    assert word in {body[s:e] for s, e in hit.matches}


def test_a_word_in_no_text_finds_nothing(lib):
    assert lib.search("زنجبيل").total == 0


def test_pane_counts_are_the_counts_of_the_hits(lib):
    from dossier.search.engine import hit_facets
    from dossier.storage.browse_index import COUNTRIES, BrowseIndex

    index = BrowseIndex.build(lib.db)
    facets = hit_facets(lib.db, "في", None, index)
    hits = {h.article_id for h in lib.search("في", limit=1000).hits}
    for facet in facets[COUNTRIES]:
        tagged = {a.id for a in lib.articles(ArticleFilter(countries=(facet.key,)))}
        assert facet.count == len(tagged & hits)
    russia = ArticleFilter(countries=("RU",))
    assert index.count(russia, index.mask_of(hits)) == lib.search("في", russia).total
