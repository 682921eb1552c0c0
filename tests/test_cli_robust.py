"""The command under bad input: arguments anywhere, huge numbers, hostile text, bugs."""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import run_cli as run
from dossier import cli, paths
from dossier.cli import main

ESC_TITLE = "\x1b[31mعنوان\x07 الخبر\x1b]0;pwned\x07\x9b2J"
BODY = ("كازاخستان تعلن خطة جديدة للمياه في آسيا الوسطى، وقال الوزير إن المشروع سيبدأ "
        "العام المقبل بتمويل من عدة دول.")
RAW_CONTROLS = ("\x1b", "\x07", "\x9b")



@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.sqlite")


@pytest.mark.parametrize("command", [
    ["articles"], ["search", "كازاخستان"], ["countries"], ["topics"], ["sources"],
    ["briefings"], ["briefing", "show", "1"], ["retag"],
])
def test_db_is_accepted_after_the_command_name(capsys, db, command):
    code, _, err = run(capsys, *command, "--db", db)
    assert code == 0, err
    assert os.path.exists(db)


def test_db_after_the_command_wins_over_nothing_and_before_is_kept(capsys, tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert run(capsys, "--db", first, "briefings")[0] == 0
    assert run(capsys, "briefings", "--db", second)[0] == 0
    assert first.exists() and second.exists()


@pytest.mark.parametrize("args", [
    ["briefing", "show", str(2 ** 63)],
    ["briefing", "show", str(-(2 ** 63) - 1)],
    ["briefing", "export", str(2 ** 64), "x.json"],
    ["export", "9" * 5000, "-o", "x.pdf"],
    ["search", "x", "--limit", str(2 ** 63)],
    ["search", "x", "--limit", "-1"],
    ["briefing", "show", "abc"],
])
def test_numbers_out_of_range_are_one_line(capsys, db, args):
    code, _, err = _run_exit(capsys, db, args)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _run_exit(capsys, db, args):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", db, *args])
    out, err = capsys.readouterr()
    return stopped.value.code, out, err


def test_the_largest_id_is_simply_not_found(capsys, db):
    code, _, err = run(capsys, "--db", db, "briefing", "show", str(2 ** 63 - 1))
    assert code == 1 and "no briefing" in err


def test_import_of_an_empty_path_is_an_error(capsys, db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "here.txt").write_text(BODY, encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", "")
    assert code == 1 and "empty path" in err
    _, out, _ = run(capsys, "--db", db, "articles", "--json")
    assert len(json.loads(out)) == 5


@pytest.fixture
def hostile(capsys, db, tmp_path):
    """A library with an article whose title and file name hold terminal controls."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = "e\x1b[2Jvil.txt" if sys.platform != "win32" else "evil.txt"
    (folder / name).write_text(f"{ESC_TITLE}\n\n{BODY}\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", folder)
    assert code == 0, err
    return out


def test_import_output_escapes_controls_in_file_names(hostile):
    assert not any(c in hostile for c in RAW_CONTROLS)
    assert "\\x1b[2J" in hostile


@pytest.mark.parametrize("command", [["articles"], ["search", "بتمويل"]])
def test_listings_escape_controls_in_titles(capsys, db, hostile, command):
    code, out, _ = run(capsys, "--db", db, *command)
    assert code == 0 and "\\x1b[31m" in out and "\\x07" in out and "\\x9b" in out
    assert not any(c in out for c in RAW_CONTROLS)
    code, out, _ = run(capsys, "--db", db, *command, "--json")
    assert not any(c in out for c in RAW_CONTROLS)
    data = json.loads(out)
    rows = data["hits"] if command[0] == "search" else data  # search gives hits and a total
    assert ESC_TITLE in {row["title"] for row in rows}  # the text itself is kept


def test_briefing_show_escapes_controls(capsys, db, hostile, tmp_path):
    _, out, _ = run(capsys, "--db", db, "articles", "--json")
    article = next(r["id"] for r in json.loads(out) if r["title"] == ESC_TITLE)
    spec = {"title": "عنوان\x1b[5m", "sections": [{"heading": "قسم\x07", "items": [
        {"article": article, "quote": "تعلن خطة جديدة للمياه", "note": "ملاحظة\x9b"}]}]}
    (tmp_path / "b.json").write_text(json.dumps(spec), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "briefing", "import", tmp_path / "b.json", "--json")
    assert code == 0, err
    briefing = json.loads(out)["briefing_id"]
    code, out, _ = run(capsys, "--db", db, "briefing", "show", briefing)
    assert code == 0 and "\\x1b[5m" in out and "\\x07" in out
    assert not any(c in out for c in RAW_CONTROLS)


def test_an_unexpected_error_is_one_line_and_logged(capsys, db, monkeypatch):
    def broken(lib, args):
        raise ZeroDivisionError("a bug\nwith a second line")

    monkeypatch.setitem(cli._COMMANDS, "briefings", broken)
    code, _, err = run(capsys, "--db", db, "briefings")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    log = (paths.user_data_dir() / "dossier.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError" in log
    assert str(paths.user_data_dir() / "dossier.log") in err
