"""Bulk imports: the writer commits several jobs at once with the search index holding
more in memory, and puts that setting back; what the workers send (parsed in one, rows
made in another) is what one process makes; a batch written in a few statements stores
what writing one record at a time stores."""

from __future__ import annotations

import json

import pytest

from dossier.ingest import importer
from dossier.library import Library
from test_import_workers import _folder


def _index_hash_setting(lib) -> list:
    return lib.db.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchall()


_TABLES = ("articles", "sources", "article_countries", "article_topics", "originals",
           "source_files", "article_repeats", "near_keys")


def _dump(lib) -> dict:
    """Every row of the import's tables (but the time of the import)."""
    dump = {}
    for table in _TABLES:
        columns = [r[1] for r in lib.db.execute(f"PRAGMA table_info({table})") if r[1] != "imported_at"]
        dump[table] = lib.db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()
    return dump


@pytest.fixture
def small_bulk(monkeypatch):
    # Jobs of two files, two jobs a commit, and every commit a bulk one.
    monkeypatch.setattr(importer, "_BATCH", 2)
    monkeypatch.setattr(importer, "_JOBS_PER_COMMIT", 2)
    monkeypatch.setattr(importer, "_BULK_RECORDS", 1)


@pytest.mark.parametrize("workers", [2, 3])  # one process a stage; two for the rows
def test_workers_give_the_library_one_process_gives(tmp_path, small_bulk, workers):
    folder = _folder(tmp_path)
    with Library(tmp_path / "one.sqlite", seed=False) as one, \
            Library(tmp_path / "two.sqlite", seed=False) as two:
        serial = one.import_paths([folder])
        parallel = two.import_paths([folder], workers=workers)
        assert [(r.status, r.title, r.near_duplicate_of) for r in serial.results] == \
            [(r.status, r.title, r.near_duplicate_of) for r in parallel.results]
        assert parallel.imported == serial.imported > 5
        assert parallel.near_duplicates == serial.near_duplicates > 0
        assert _dump(two) == _dump(one)
        query = serial.results[0].title.split()[0]
        hits = [h.article_id for h in two.search(query).hits]
        assert hits and hits == [h.article_id for h in one.search(query).hits]
        # The index's memory setting was put back at every commit.
        assert _index_hash_setting(two) in ([], [(1 << 20,)])


def _refuse_originals_of(lib, suffix: str) -> None:
    # A real refusal by the database, in the bulk commit and again when retried alone.
    lib.db.execute(f"""CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.originals
        WHEN (SELECT source_file FROM articles WHERE id = NEW.article_id) LIKE '%{suffix}'
        BEGIN SELECT RAISE(ABORT, 'refused'); END""")


def test_a_failed_bulk_commit_leaves_the_setting_and_the_other_files(tmp_path, small_bulk):
    folder = _folder(tmp_path, copies=1)
    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        _refuse_originals_of(lib, "01.txt")
        report = lib.import_paths([folder])
        assert report.rejected == 1 and report.imported == len(list(folder.iterdir())) - 1
        assert [r.message for r in report.results if r.status == "rejected"] == [
            "could not store it: refused"]
        assert lib.article_count() == report.imported
        assert _index_hash_setting(lib) in ([], [(1 << 20,)])


def _mixed_folder(tmp_path):
    """Near-duplicates in and across batches, an exact duplicate, an export with a row
    that cannot be an article."""
    folder = _folder(tmp_path, copies=2)
    (folder / "03b.txt").write_bytes((folder / "03.txt").read_bytes())  # in the same batch
    (folder / "99.txt").write_bytes((folder / "03.txt").read_bytes())  # in a later one
    rows = [json.dumps({"title": f"عنوان {n}", "text": (folder / f"{n:02d}.txt").read_text(encoding="utf-8"),
                        "outlet": "وكالة", "date": "2018-03-04"}, ensure_ascii=False) for n in (1, 6)]
    (folder / "50.jsonl").write_text("\n".join([rows[0], '{"title": "x"}', rows[1]]) + "\n", encoding="utf-8")
    return folder


def test_a_batch_stores_what_storing_one_record_at_a_time_stores(tmp_path, small_bulk, monkeypatch):
    folder = _mixed_folder(tmp_path)
    store_alone = importer._store_alone
    monkeypatch.setattr(importer, "_store_alone", None)  # the batches must not need it
    files = sorted(folder.iterdir())
    stamp = "2018-01-01T00:00:00Z"
    with Library(tmp_path / "batch.sqlite", seed=False) as batch, \
            Library(tmp_path / "alone.sqlite", seed=False) as alone:
        seen, together, one_by_one = {}, [], []
        for start in range(0, len(files), 5):
            chunk = files[start:start + 5]
            prepared = importer._prepare_chunk((chunk, [None] * len(chunk), None, stamp))
            together += importer._store_batch(batch.db, prepared, seen)
        seen = {}
        prepared = importer._prepare_chunk((files, [None] * len(files), None, stamp))
        one_by_one = [store_alone(alone.db, e, seen) for e in importer._entries(prepared)]
        assert together == one_by_one
        statuses = [r.status for r in together]
        assert {"imported", "duplicate", "rejected"} <= set(statuses)
        assert sum(r.near_duplicate_of is not None for r in together) >= 5
        assert _dump(batch) == _dump(alone)
        for word in ("الرئيس", "عنوان", "نسخة"):
            assert [h.article_id for h in batch.search(word).hits] == \
                [h.article_id for h in alone.search(word).hits]


def test_a_record_whose_text_rows_fail_is_rejected_as_in_one_process(monkeypatch):
    from dossier.ingest import preparing
    from dossier.search import index_store

    def refused(title, body, folded_body=None):
        raise ValueError("no rows")

    monkeypatch.setattr(index_store, "article_row", refused)
    data = "عنوان\n\nنص عن طاجيكستان والمياه والطاقة.\n".encode("utf-8")
    whole = preparing.prepare_file(data, "a.txt").records[0]
    parsed = preparing.prepare_file(data, "a.txt", rows=False).records[0]
    staged = preparing.with_text_rows(parsed, preparing.text_rows_or_error(parsed.article.title,
                                                                          parsed.article.body))
    assert parsed.article is not None
    assert staged.article is None and whole.article is None
    assert (staged.error.code, staged.error.message) == (whole.error.code, whole.error.message) == (
        "unparsed", "could not be parsed (ValueError: no rows)")
