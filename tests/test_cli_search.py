"""``dossier search``: order, paging, the exact total and excerpt search from the command line."""

from __future__ import annotations

import json

import pytest

from test_cli import db, run  # noqa: F401  (the fixture and helper of the CLI tests)


def _page(capsys, db, *args):  # noqa: F811
    code, out, err = run(capsys, "--db", db, "search", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_sort_and_offset_page_through_every_hit(capsys, db):  # noqa: F811
    everything = _page(capsys, db, "كازاخستان", "--limit", "50")
    assert everything["total"] == len(everything["hits"]) == 5
    pages = [h["article_id"] for offset in range(0, 5, 2)
             for h in _page(capsys, db, "كازاخستان", "--limit", "2", "--offset", str(offset))["hits"]]
    assert pages == [h["article_id"] for h in everything["hits"]]
    newest = _page(capsys, db, "كازاخستان", "--sort", "newest")["hits"]
    dated = [h["published"] for h in newest if h["published"]]
    assert dated == sorted(dated, reverse=True)


def test_text_output_names_the_total(capsys, db):  # noqa: F811
    code, out, _ = run(capsys, "--db", db, "search", "كازاخستان", "--limit", "1")
    assert code == 0 and out.startswith("5 matches (1-1 shown, by relevance)")


def test_excerpts_are_searched_from_the_command_line(capsys, db):  # noqa: F811
    code, out, err = run(capsys, "--db", db, "search", "أوستيورت", "--excerpts", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and "أوستيورت" in hits[0]["quote"] and hits[0]["matches"]


def test_a_bad_order_is_a_one_line_error(capsys, db):  # noqa: F811
    with pytest.raises(SystemExit) as ended:
        run(capsys, "--db", db, "search", "x", "--sort", "sideways")
    err = capsys.readouterr().err
    assert ended.value.code == 2 and "sideways" in err and len(err.strip().splitlines()) == 1
