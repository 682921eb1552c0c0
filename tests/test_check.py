"""`dossier check`: reports what is wrong with a library and mends what is safe."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import SEEDS, run_cli as run
from dossier.library import Library
from dossier.search.index_store import ARTICLE_COLUMNS, article_row



@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    return path


def _checks(capsys, db, *extra) -> tuple[int, dict]:
    code, out, err = run(capsys, "--db", db, "check", "--json", *extra)
    assert "Traceback" not in err
    data = json.loads(out)
    return code, {c["check"]: c for c in data["checks"]}


def test_a_whole_library_checks_ok(capsys, db):
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "library is whole" in out
    code, checks = _checks(capsys, db)
    assert code == 0 and all(c["ok"] for c in checks.values())
    assert set(checks) == {"file", "references", "article index", "excerpt index"}


def _raw(db) -> sqlite3.Connection:
    return sqlite3.connect(db, isolation_level=None)


def test_a_missing_index_entry_is_reported_then_added(capsys, db):
    conn = _raw(db)
    article_id, title, body = conn.execute("SELECT id, title, body FROM articles WHERE body LIKE '%كازاخستان%' "
                                           "ORDER BY id LIMIT 1").fetchone()
    columns = ", ".join(ARTICLE_COLUMNS)
    conn.execute(f"INSERT INTO articles_fts (articles_fts, rowid, {columns}) VALUES ('delete', ?{', ?' * 6})",
                 [article_id, *article_row(title, body)])
    conn.close()
    code, checks = _checks(capsys, db)
    assert code == 1 and checks["article index"]["detail"].startswith("1 missing")
    code, checks = _checks(capsys, db, "--repair")
    assert code == 0 and checks["article index"]["repaired"]
    assert _checks(capsys, db)[0] == 0
    with Library(db) as lib:
        assert article_id in {h.article_id for h in lib.search("كازاخستان").hits}


def test_rows_of_a_vanished_article_are_removed_and_the_index_rebuilt(capsys, tmp_path):
    db = tmp_path / "plain.sqlite"
    with Library(db, seed=False) as lib:
        lib.import_paths([SEEDS])
    conn = _raw(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    gone = conn.execute("SELECT article_id FROM article_countries LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM articles WHERE id = ?", [gone])
    conn.close()
    code, checks = _checks(capsys, db)
    assert code == 1
    assert "article_countries" in checks["references"]["detail"]
    assert "1 for rows that are gone" in checks["article index"]["detail"]
    code, checks = _checks(capsys, db, "--repair")
    assert code == 0 and checks["references"]["repaired"] and checks["article index"]["repaired"]
    conn = _raw(db)
    assert conn.execute("SELECT count(*) FROM article_countries WHERE article_id = ?", [gone]).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()


def test_a_dangling_excerpt_is_reported_and_left(capsys, db):
    conn = _raw(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    article = conn.execute("SELECT article_id FROM excerpts LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM articles WHERE id = ?", [article])
    excerpts = conn.execute("SELECT count(*) FROM excerpts").fetchone()[0]
    conn.close()
    code, checks = _checks(capsys, db, "--repair")
    assert code == 1 and "excerpts" in checks["references"]["detail"]
    with _raw(db) as conn:
        assert conn.execute("SELECT count(*) FROM excerpts").fetchone()[0] == excerpts


def _index_page(db, name: str) -> tuple[int, int]:
    conn = _raw(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    conn.close()
    return (root - 1) * page_size, page_size


def test_damage_in_an_index_is_repaired_by_rebuilding_it(capsys, db):
    # Point one entry of a one-page index at a row id that does not exist.
    start, size = _index_page(db, "articles_source")
    data = bytearray(db.read_bytes())
    page = data[start:start + size]
    assert page[0] == 0x0A  # an index leaf
    cell = int.from_bytes(page[8:10], "big")
    payload_end = cell + 1 + page[cell]  # one-byte payload size, then the record
    data[start + payload_end - 1] = 0x7F
    db.write_bytes(bytes(data))
    code, checks = _checks(capsys, db)
    assert code == 1 and "missing from index articles_source" in checks["file"]["detail"]
    code, checks = _checks(capsys, db, "--repair")
    assert code == 0 and checks["file"]["repaired"]


def test_damage_in_the_data_is_reported_not_repaired(capsys, db):
    start, size = _index_page(db, "articles")  # the table itself
    data = bytearray(db.read_bytes())
    data[start + 8:start + 24] = b"\xff" * 16  # its page header and first cell pointers
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", db, "check", "--repair")
    assert code == 1 and "Traceback" not in err
    assert "restore a copy" in out + err


def test_a_library_too_damaged_to_open_is_one_line(capsys, db):
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "restore a copy" in err
