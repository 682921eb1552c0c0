"""The library file: first run, import, idempotence, bad files, tags, consistency."""

from __future__ import annotations


import pytest

from conftest import SEEDS, seed_id
from dossier.library import Library
from dossier.storage.database import LibraryError, schema_version
from dossier.storage.filters import ArticleFilter
from dossier.storage.schema import SCHEMA_VERSION


def test_first_run_imports_the_seeds_and_a_sample_briefing(library):
    articles = library.articles()
    assert len(articles) == 5
    assert sorted(a.source_file for a in articles) == sorted(p.name for p in SEEDS.glob("*.txt"))
    briefings = library.briefings.list()
    assert len(briefings) == 1
    sample = library.briefings.get(briefings[0].id)
    quotes = [i.excerpt for s in sample.sections for i in s.items if i.excerpt]
    assert len(quotes) >= 5
    for excerpt in quotes:
        body = library.article(excerpt.article_id).body
        assert body[excerpt.start:excerpt.end] == excerpt.quote
    assert {c.article_id for c in sample.citations} == {q.article_id for q in quotes}


def test_seed_titles_dates_and_countries(library):
    by_file = {a.source_file[:3]: a for a in library.articles()}
    assert by_file["000"].title == "أوزبكستان وكازاخستان شراكة من أجل مستقبل مستدام للمنطقة"
    assert by_file["001"].published == "2025-07-09"
    assert by_file["001"].author == "فاطمة بدوي"
    assert by_file["003"].title.startswith("الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى")
    assert {"UZ", "KZ"} <= set(by_file["000"].countries)
    assert {"UZ", "KZ", "KG", "TJ", "TM", "AZ", "AF"} <= set(by_file["002"].countries)
    assert {"UZ", "KZ", "AZ"} <= set(by_file["004"].countries)
    assert "KZ" in by_file["001"].countries
    assert "environment" in by_file["000"].topics
    assert "trade" in by_file["004"].topics


def test_subheadings_are_kept_as_structure(library):
    article = library.article(seed_id(library, "002"))
    headings = [article.body[b.start:b.end] for b in article.blocks if b.kind == "subheading"]
    assert "الآليات اللازمة لبناء الثقة" in headings


def test_reopening_does_not_seed_twice(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    with Library(path) as again:
        assert again.article_count() == 5
        assert len(again.briefings.list()) == 1


def test_reimport_adds_nothing(library, tmp_path):
    before = library.article_count()
    report = library.import_paths([SEEDS])
    assert report.imported == 0
    assert report.duplicates == 5
    assert library.article_count() == before


def test_same_article_with_a_bom_and_crlf_is_a_duplicate(library, tmp_path):
    text = (SEEDS / "004_499f54f26e117b9c.txt").read_text(encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    report = library.import_paths([tmp_path / "bom.txt"])
    assert report.duplicates == 1


def test_bad_files_are_rejected_one_by_one_and_the_batch_goes_on(empty_library, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "c_good.txt").write_text("عنوان الخبر\n\nنص الخبر عن كازاخستان وأوزبكستان والتعاون في مجال المياه.\n",
                                       encoding="utf-8")
    (folder / "d_huge.txt").write_bytes(("كلمة " * 600_000).encode("utf-8"))
    report = empty_library.import_paths([folder])
    status = {r.path.rsplit("/", 1)[-1]: (r.status, r.code) for r in report.results}
    assert status["a_empty.txt"] == ("rejected", "empty")
    assert status["b_binary.txt"] == ("rejected", "binary")
    assert status["c_good.txt"][0] == "imported"
    assert status["d_huge.txt"] == ("rejected", "too_large")
    assert (report.imported, report.duplicates, report.rejected) == (1, 0, 3)
    assert all(r.message for r in report.results if r.status == "rejected")
    assert empty_library.article_count() == 1
    fts_rows = empty_library.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    assert fts_rows == 1


def test_a_failing_write_leaves_nothing_half_written(empty_library, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("عنوان\n\nنص عن طاجيكستان والمياه والطاقة.\n", encoding="utf-8")
    # The database refuses the article's tags (after its row and index entry were written).
    empty_library.db.execute("""CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.article_countries
        BEGIN SELECT RAISE(ABORT, 'refused while tagging'); END""")
    report = empty_library.import_paths([good])
    assert report.rejected == 1 and report.results[0].code == "storage"
    counts = [empty_library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "sources", "article_countries", "articles_fts")]
    assert counts == [0, 0, 0, 0]


def test_manual_tags_survive_retagging(library):
    article_id = seed_id(library, "000")
    library.set_country(article_id, "CN", True)
    library.set_country(article_id, "KZ", False)
    library.set_topic(article_id, "security", True)
    library.retag()
    article = library.article(article_id)
    assert "CN" in article.countries
    assert "KZ" not in article.countries
    assert "security" in article.topics
    assert article_id not in [a.id for a in library.articles(ArticleFilter(countries=("KZ",)))]


def test_filters_combine_across_panes(library):
    kz = {a.id for a in library.articles(ArticleFilter(countries=("KZ",)))}
    trade = {a.id for a in library.articles(ArticleFilter(topics=("trade",)))}
    both = {a.id for a in library.articles(ArticleFilter(countries=("KZ",), topics=("trade",)))}
    assert both == kz & trade and both
    dated = library.articles(ArticleFilter(date_from="2025-07-01", date_to="2025-07-31"))
    assert [a.source_file[:3] for a in dated] == ["001"]
    facets = {f.key: f.count for f in library.country_facets(ArticleFilter(topics=("trade",)))}
    assert facets["KZ"] == len(both)


def test_schema_version_and_wal(library):
    assert schema_version(library.db) == SCHEMA_VERSION
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_file_that_is_not_a_library_gets_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError) as info:
        Library(bogus)
    assert "notes.sqlite" in str(info.value)


def test_two_connections_share_one_library(tmp_path):
    path = tmp_path / "shared.sqlite"
    first = Library(path)
    second = Library(path)
    try:
        briefing = first.briefings.create("مشترك")
        section = second.briefings.add_section(briefing, "قسم")
        first.briefings.add_note(section, "ملاحظة")
        assert len(second.briefings.get(briefing).sections[0].items) == 1
    finally:
        first.close()
        second.close()


def test_parallel_import_gives_the_same_library(tmp_path):
    from dossier.ingest import importer

    folder = tmp_path / "many"
    folder.mkdir()
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 3):
        text = seed.read_text(encoding="utf-8")
        (folder / f"{n:02d}.txt").write_text(text + f"\nنسخة {n}\n", encoding="utf-8")
    (folder / "zz_bad.txt").write_bytes(b"")
    old_batch = importer._BATCH
    importer._BATCH = 4  # several batches, so the work really is spread
    try:
        with Library(tmp_path / "one.sqlite", seed=False) as one, \
                Library(tmp_path / "two.sqlite", seed=False) as two:
            serial = one.import_paths([folder])
            parallel = two.import_paths([folder], workers=2)
            assert [(r.status, r.title, r.code) for r in serial.results] == \
                [(r.status, r.title, r.code) for r in parallel.results]
            assert parallel.imported == serial.imported > 5 and parallel.rejected == 1
            assert [(a.title, a.countries, a.topics) for a in one.articles()] == \
                [(a.title, a.countries, a.topics) for a in two.articles()]
    finally:
        importer._BATCH = old_batch
