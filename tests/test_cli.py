"""The dossier command: JSON output, one-line errors, the same services as the window."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS
from dossier.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.sqlite")


def test_articles_json(capsys, db):
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    assert set(rows[0]) >= {"id", "title", "source_file", "published", "countries", "topics"}
    dated = {r["source_file"][:3]: r["published"] for r in rows}
    assert dated["001"] == "2025-07-09"


def test_articles_filters(capsys, db):
    _, out, _ = run(capsys, "--db", db, "articles", "--country", "af", "--json")
    assert {r["source_file"][:3] for r in json.loads(out)} == {"002", "003"}


def test_search_json(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "كازاخستان", "--json")
    page = json.loads(out)
    assert code == 0 and page["total"] == len(page["hits"]) == 5
    assert set(page["hits"][0]) >= {"article_id", "title", "snippet", "score"}
    scores = [hit["score"] for hit in page["hits"]]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] > 0


def test_import_json_reports_each_file(capsys, db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    code, out, _ = run(capsys, "--db", db, "import", str(SEEDS), str(bad), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["imported"], data["duplicates"], data["rejected"]) == (0, 5, 1)
    assert [f["reason"] for f in data["files"] if f["status"] == "rejected"] == ["binary"]


def test_briefing_import_export_round_trip(capsys, db, tmp_path):
    out_file = tmp_path / "b.json"
    code, _, _ = run(capsys, "--db", db, "briefing", "export", "1", str(out_file))
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "briefing", "import", str(out_file), "--json")
    assert code == 0 and json.loads(out) == {"briefing_id": 2}
    _, out, _ = run(capsys, "--db", db, "briefings", "--json")
    assert [b["id"] for b in json.loads(out)] == [2, 1]


def test_facet_listings(capsys, db):
    _, out, _ = run(capsys, "--db", db, "countries", "--json")
    counts = {c["code"]: c["articles"] for c in json.loads(out)}
    assert counts["KZ"] == 5 and counts["UZ"] >= 4
    _, out, _ = run(capsys, "--db", db, "topics", "--json")
    assert {t["slug"] for t in json.loads(out)} >= {"environment", "water", "energy", "trade",
                                                     "transport", "diplomacy", "security", "culture"}
    _, out, _ = run(capsys, "--db", db, "sources", "--json")
    assert any(s["author"] == "فاطمة بدوي" for s in json.loads(out))


@pytest.mark.parametrize("args, fragment", [
    (["briefing", "export", "99", "x.json"], "no briefing 99"),
    (["import", "/no/such/folder"], "no such file or folder"),
    (["search", "--", "-كازاخستان"], "exclude"),
    (["briefing", "import", "/no/such.json"], "cannot read"),
    (["export", "42", "-o", "out.pdf"], "no briefing 42"),
])
def test_errors_are_one_line_and_non_zero(capsys, db, args, fragment):
    code, out, err = run(capsys, "--db", db, *args)
    assert code != 0
    assert fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unusable_library_path_is_one_line(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--db", str(blocker / "lib.sqlite"), "articles")
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_module_entry_point_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "dossier", "--db", str(tmp_path / "m.sqlite"),
                             "briefings", "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_import_of_arbitrary_bytes_never_corrupts_the_library(tmp_path_factory, data):
    from dossier.library import Library

    folder = tmp_path_factory.mktemp("bytes")
    (folder / "x.txt").write_bytes(data)
    with Library(folder / "lib.sqlite", seed=False) as lib:
        report = lib.import_paths([folder / "x.txt"])
        assert len(report.results) == 1
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = lib.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert articles == report.imported
        assert lib.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == articles
