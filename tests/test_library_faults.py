"""Opening and writing a library under faults: not ours, damaged, too new, busy,
read-only, full. Each gives one line, and nothing is changed or lost."""

from __future__ import annotations

import json
import os
import sqlite3
import threading

import pytest

from conftest import SEEDS, run_cli as run
from dossier.library import Library
from dossier.storage import database
from dossier.storage.database import (LibraryBusy, LibraryDamaged, LibraryError, LibraryTooNew,
                                      NotALibrary)
from dossier.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from fault_fixtures import digest, small_disk  # noqa: F401 (fixture)



def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _companions(path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if os.path.exists(f"{path}{s}")]


def _other_program_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Amal', '123')")
    conn.close()


@pytest.mark.parametrize("command", [["articles"], ["search", "كازاخستان"], ["import", SEEDS]])
def test_another_programs_database_is_refused_untouched(capsys, tmp_path, command):
    other = tmp_path / "contacts.db"
    _other_program_database(other)
    before = digest(other)
    code, _, err = run(capsys, "--db", other, *command)
    assert code == 1 and one_line(err) and "not a Dossier library" in err
    assert digest(other) == before and _companions(other) == []
    with sqlite3.connect(other) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_an_empty_database_of_another_program_is_refused(tmp_path):
    other = tmp_path / "tagged.db"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(NotALibrary):
        Library(other)
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_file_that_is_no_database_is_refused_untouched(capsys, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 200)
    before = digest(notes)
    code, _, err = run(capsys, "--db", notes, "briefings")
    assert code == 1 and one_line(err) and "not a Dossier library" in err
    assert digest(notes) == before and _companions(notes) == []


def test_a_folder_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "--db", tmp_path, "briefings")
    assert code == 1 and one_line(err) and "folder" in err


def _legacy_library(path):
    """A library as the first version wrote it: schema 1 and no application id."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO articles (title, body, structure, language, body_hash, imported_at) "
                 "VALUES ('عنوان', 'نص', '[]', 'ar', 'h1', '2025-01-01')")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_a_library_of_the_first_version_opens_and_is_marked(tmp_path):
    path = tmp_path / "old.sqlite"
    _legacy_library(path)
    with Library(path, seed=False) as lib:
        assert lib.article_count() == 1
        assert lib.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert database.schema_version(lib.db) == SCHEMA_VERSION


def test_a_library_from_a_newer_version_is_refused_untouched(capsys, tmp_path):
    path = tmp_path / "new.sqlite"
    Library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = digest(path)
    code, _, err = run(capsys, "--db", path, "articles")
    assert code == 1 and one_line(err) and "newer Dossier" in err
    assert digest(path) == before
    with pytest.raises(LibraryTooNew):
        Library(path)


def test_a_damaged_library_is_refused_with_a_message_that_says_so(capsys, tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the first page's tree, where the tables are listed
    path.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", path, "articles")
    assert code == 1 and one_line(err) and "damaged" in err
    with pytest.raises(LibraryDamaged):
        Library(path)


@pytest.fixture
def writer_holding_the_lock(tmp_path, monkeypatch):
    """A library whose write lock another connection holds; our waits are short."""
    path = tmp_path / "busy.sqlite"
    Library(path).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 150)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('held', '1')")
    yield path
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize("command", [
    ["articles"], ["search", "كازاخستان"], ["countries"], ["topics"], ["sources"],
    ["briefings"], ["briefing", "show", "1"],
])
def test_reads_never_wait_for_the_write_lock(capsys, writer_holding_the_lock, command):
    code, out, err = run(capsys, "--db", writer_holding_the_lock, *command)
    assert code == 0, err
    assert out


def test_a_write_to_a_busy_library_says_so_in_one_line(capsys, writer_holding_the_lock, tmp_path):
    spec = tmp_path / "b.json"
    spec.write_text(json.dumps({"title": "x", "sections": []}), encoding="utf-8")
    for command in (["briefing", "import", spec], ["retag"]):
        code, _, err = run(capsys, "--db", writer_holding_the_lock, *command)
        assert code == 1 and one_line(err) and "busy" in err, command
    with pytest.raises(LibraryBusy):
        with Library(writer_holding_the_lock) as lib:
            lib.briefings.create("x")


def _article_files(folder, count):
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(seeds[n % len(seeds)] + f"\nنسخة رقم {n}\n",
                                             encoding="utf-8")


def test_a_full_disk_during_import_is_one_line_and_the_library_intact(capsys, small_disk, tmp_path):
    path = small_disk.path / "lib.sqlite"
    Library(path).close()
    small_disk.fill(leave=256 * 1024)
    _article_files(tmp_path / "many", 120)  # about 1.2 MB of text for 256 KiB
    code, _, err = run(capsys, "--db", path, "import", tmp_path / "many")
    assert code == 1 and one_line(err) and "full" in err
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert articles >= 5  # the seeds, and whole batches at most
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == articles
        untagged = conn.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                                "(SELECT article_id FROM article_countries)").fetchone()[0]
        assert untagged == 0
    finally:
        conn.close()


def test_a_full_disk_during_briefing_import_is_one_line(capsys, small_disk, tmp_path):
    path = small_disk.path / "lib.sqlite"
    Library(path).close()
    filler = small_disk.fill()
    spec = tmp_path / "big.json"
    items = [{"note": "ملاحظة طويلة " * 40} for _ in range(400)]
    spec.write_text(json.dumps({"title": "x", "sections": [{"heading": "h", "items": items}]}),
                    encoding="utf-8")
    code, _, err = run(capsys, "--db", path, "briefing", "import", spec)
    assert code == 1 and one_line(err) and "full" in err
    filler.unlink()
    with Library(path) as lib:
        assert [b.id for b in lib.briefings.list()] == [1]
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_library_errors_are_one_class_for_callers():
    assert all(issubclass(e, LibraryError) for e in (LibraryBusy, LibraryDamaged, NotALibrary))


def test_a_malformed_lexicon_of_the_analyst_is_one_line(capsys, tmp_path):
    from dossier import paths

    folder = paths.user_data_dir() / "topics"
    folder.mkdir(parents=True)
    (folder / "mine.txt").write_text("# ar: موضوعي\nكلمة, وكلمة/أخرى\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite", "articles")
    assert code == 1 and one_line(err) and "mine.txt" in err and "line 2" in err
    (folder / "mine.txt").write_bytes(b"\xff\xfe\x00bad")
    code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite", "articles")
    assert code == 1 and one_line(err) and "UTF-8" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_or_a_huge_file_among_the_analysts_lexicons_is_one_line(capsys, tmp_path):
    from dossier import paths

    folder = paths.user_data_dir() / "topics"
    folder.mkdir(parents=True)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)

    def unblock():
        # Were the FIFO opened for a blocking read, a writer coming and going ends the
        # read with nothing (and the assertions below fail) instead of hanging the suite.
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass  # no reader waiting: the open did not block

    watchdog = threading.Timer(5, unblock)
    watchdog.start()
    try:
        code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite", "articles")
    finally:
        watchdog.cancel()
    assert code == 1 and one_line(err) and "pipe.txt" in err and "not a regular file" in err
    fifo.unlink()
    huge = folder / "huge.txt"
    huge.write_text("# ar: كبير\n# en: Huge\n" + "كلمة\n" * 200_000, encoding="utf-8")
    code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite", "articles")
    assert code == 1 and one_line(err) and "huge.txt" in err and "limit" in err
    huge.write_text("# ar: صغير\n# en: Small\nكلمة\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite", "topics")
    assert code == 0, err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_or_device_is_no_library(capsys, tmp_path):
    os.mkfifo(tmp_path / "pipe.sqlite")
    code, _, err = run(capsys, "--db", tmp_path / "pipe.sqlite", "articles")
    assert code == 1 and one_line(err) and "not a regular file" in err
    code, _, err = run(capsys, "--db", os.devnull, "articles")
    assert code == 1 and one_line(err) and "not a regular file" in err


def test_a_full_disk_during_retag_is_one_line_and_the_library_intact(capsys, small_disk):
    path = small_disk.path / "lib.sqlite"
    Library(path).close()
    with sqlite3.connect(path) as conn:  # tags to write back: every auto tag removed
        conn.execute("DELETE FROM article_countries WHERE choice = 'auto'")
    conn.close()
    filler = small_disk.fill()
    code, _, err = run(capsys, "--db", path, "retag")
    assert code == 1 and one_line(err) and "full" in err
    filler.unlink()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM article_countries").fetchone()[0] == 0
    conn.close()
