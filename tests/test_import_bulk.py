"""Bulk imports: the writer commits several jobs at once with the search index holding
more in memory, and puts that setting back; what workers send is what one process makes."""

from __future__ import annotations

import pytest

from dossier.ingest import importer
from dossier.library import Library
from dossier.storage import originals_repo
from test_import_workers import _folder


def _index_hash_setting(lib) -> list:
    return lib.db.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchall()


@pytest.fixture
def small_bulk(monkeypatch):
    # Jobs of two files, two jobs a commit, and every commit a bulk one.
    monkeypatch.setattr(importer, "_BATCH", 2)
    monkeypatch.setattr(importer, "_JOBS_PER_COMMIT", 2)
    monkeypatch.setattr(importer, "_BULK_RECORDS", 1)


def test_workers_give_the_library_one_process_gives(tmp_path, small_bulk):
    folder = _folder(tmp_path)
    with Library(tmp_path / "one.sqlite", seed=False) as one, \
            Library(tmp_path / "two.sqlite", seed=False) as two:
        serial = one.import_paths([folder])
        parallel = two.import_paths([folder], workers=2)
        assert [(r.status, r.title, r.near_duplicate_of) for r in serial.results] == \
            [(r.status, r.title, r.near_duplicate_of) for r in parallel.results]
        assert parallel.imported == serial.imported > 5
        assert parallel.near_duplicates == serial.near_duplicates > 0
        for article_id in parallel.article_ids:
            mine, theirs = one.article(article_id), two.article(article_id)
            assert (theirs.body, theirs.blocks, theirs.countries) == (mine.body, mine.blocks, mine.countries)
        query = serial.results[0].title.split()[0]
        hits = [h.article_id for h in two.search(query).hits]
        assert hits and hits == [h.article_id for h in one.search(query).hits]
        # The index's memory setting was put back at every commit.
        assert _index_hash_setting(two) in ([], [(1 << 20,)])


def test_a_failed_bulk_commit_leaves_the_setting_and_the_other_files(tmp_path, small_bulk, monkeypatch):
    folder = _folder(tmp_path, copies=1)
    real_link = originals_repo.link

    def link(db, article_id, file_id, record, meta, removed):
        name = db.execute("SELECT source_file FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        if name.endswith("01.txt"):  # in the bulk commit, and again when retried alone
            raise ValueError("refused")
        real_link(db, article_id, file_id, record, meta, removed)

    monkeypatch.setattr(originals_repo, "link", link)
    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        report = lib.import_paths([folder])
        assert report.rejected == 1 and report.imported == len(list(folder.iterdir())) - 1
        assert lib.article_count() == report.imported
        assert _index_hash_setting(lib) in ([], [(1 << 20,)])
