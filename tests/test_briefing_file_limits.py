"""Briefing files that are wrong in every way a tester tried: one line each, nothing written."""

from __future__ import annotations

import json
import os
import sys
import threading

import pytest

from conftest import seed_id
from dossier.briefing import limits
from dossier.briefing.briefing_file import BriefingFileError, import_data, import_file
from dossier.export.compose import arabic_date

TABLES = ("briefings", "sections", "items", "excerpts")


def _counts(library):
    return [library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]


def _refused(library, tmp_path, text: str | bytes) -> str:
    path = tmp_path / "b.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    before = _counts(library)
    with pytest.raises(BriefingFileError) as info:
        import_file(library.db, path)
    assert _counts(library) == before
    message = str(info.value)
    assert "\n" not in message and len(message) < 300
    return message


def _one_item(**item) -> str:
    return json.dumps({"title": "t", "sections": [{"heading": "h", "items": [item]}]})


@pytest.mark.parametrize("day", ["2025-00-10", "2025-02-30", "2025-13-01", "2025-04-31", "0000-01-01"])
def test_dates_that_do_not_exist_are_refused(library, tmp_path, day):
    message = _refused(library, tmp_path, json.dumps({"title": "t", "date": day}))
    assert '"date"' in message


def test_month_zero_never_prints_as_december():
    assert "ديسمبر" not in arabic_date("2025-00-10")
    assert arabic_date("2025-12-10") == "10 ديسمبر 2025"


@pytest.mark.parametrize("text, place", [
    ('{"title": "\\ud800"}', '"title"'),
    ('{"title": "t", "sections": [{"heading": "a\\udfff"}]}', 'section 1: "heading"'),
    ('{"title": "t", "sections": [{"heading": "h", "items": [{"note": "x\\ud83d"}]}]}',
     'section 1, item 1: "note"'),
])
def test_a_lone_surrogate_is_refused_naming_its_place(library, tmp_path, text, place):
    message = _refused(library, tmp_path, text)
    assert place in message and "surrogate" in message


@pytest.mark.parametrize("number", [2 ** 63, 2 ** 64, -(2 ** 63) - 1, 0, -1])
def test_article_ids_beyond_sqlite_are_refused(library, tmp_path, number):
    message = _refused(library, tmp_path, _one_item(article=number, quote="q"))
    assert "section 1, item 1" in message and '"article"' in message


def test_a_number_too_long_to_read_is_refused(library, tmp_path):
    text = '{"title": "t", "sections": [{"heading": "h", "items": [{"article": ' + "9" * 5000 + ', "quote": "q"}]}]}'
    assert "not a briefing file" in _refused(library, tmp_path, text)


def test_deeply_nested_json_is_refused(library, tmp_path):
    message = _refused(library, tmp_path, "[" * 200_000 + "]" * 200_000)
    assert "nested" in message


@pytest.mark.parametrize("field, limit", [
    ("title", limits.MAX_LINE_CHARS), ("summary", limits.MAX_SUMMARY_CHARS),
])
def test_over_long_fields_are_refused_with_the_limit(library, tmp_path, field, limit):
    data = {"title": "t", field: "ا" * (limit + 1)}
    message = _refused(library, tmp_path, json.dumps(data))
    assert f'"{field}"' in message and f"{limit:,}" in message


def test_over_long_notes_and_quotes_name_their_item(library, tmp_path):
    article = seed_id(library, "004")
    message = _refused(library, tmp_path, _one_item(note="n" * (limits.MAX_NOTE_CHARS + 1)))
    assert 'section 1, item 1: "note"' in message
    message = _refused(library, tmp_path,
                       _one_item(article=article, quote="q" * (limits.MAX_QUOTE_CHARS + 1)))
    assert 'section 1, item 1: "quote"' in message


def test_too_many_items_and_sections_are_refused(library, tmp_path):
    items = [{"note": "n"}] * (limits.MAX_ITEMS + 1)
    message = _refused(library, tmp_path, json.dumps({"title": "t", "sections": [{"heading": "h", "items": items}]}))
    assert f"{limits.MAX_ITEMS:,}" in message
    sections = [{"heading": "h"}] * (limits.MAX_SECTIONS + 1)
    assert "sections" in _refused(library, tmp_path, json.dumps({"title": "t", "sections": sections}))


def test_a_file_that_is_not_utf8_is_refused(library, tmp_path):
    assert "UTF-8" in _refused(library, tmp_path, b'{"title": "\xff\xfe"}')


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs")
def test_a_fifo_is_refused_without_waiting(library, tmp_path):
    pipe = tmp_path / "b.json"
    os.mkfifo(pipe)
    box = {}

    def attempt():
        try:
            import_file(library.db, pipe)
        except BriefingFileError as exc:
            box["error"] = str(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive() and "not a regular file" in box["error"]


def test_many_quotes_of_one_article_share_their_excerpts(library):
    article = seed_id(library, "004")
    body = library.article(article).body
    words = body.split()
    quotes = [" ".join(words[i:i + 4]) for i in range(0, 400, 4)]
    items = [{"article": article, "quote": q} for q in quotes] * 3
    briefing_id = import_data(library.db, {"title": "t", "sections": [{"heading": "h", "items": items}]})
    briefing = library.briefings.get(briefing_id)
    excerpts = {item.excerpt.id for item in briefing.sections[0].items}
    assert len(briefing.sections[0].items) == 300 and len(excerpts) <= 100
