"""The analyst corrects the machine (details, countries, topics) and articles are parsed
again from their originals, keeping the analyst's edits, tags and excerpts.

Paragraphs are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian
Journal for Science and Engineering 46(8), 2021): SK-middleEast-3165-20180729.
"""

from __future__ import annotations

import json

import pytest

from dossier.cli import main
from dossier.curation import CurationError
from dossier.ingest import furniture, lines
from dossier.library import Library

from tests.real_press import PARAS, TITLE
QUOTE = "العائلات السورية التي ظلت تنتظر مصير أبنائها"


@pytest.fixture
def plain(tmp_path):
    """A library with one plain .txt page: no outlet, no date, a box of teasers at the end."""
    path = tmp_path / "page.txt"
    path.write_text("\n".join([TITLE, *PARAS, "خبر آخر من الصفحة نفسها", "كلمة"]) + "\n",
                    encoding="utf-8")
    lib = Library(tmp_path / "lib.sqlite", seed=False)
    report = lib.import_paths([path])
    yield lib, report.article_ids[0]
    lib.close()


def test_details_corrected_show_in_the_article_and_its_citation(plain):
    lib, article_id = plain
    assert lib.article(article_id).source is None  # a plain page says no outlet, no date
    change = lib.edit_article(article_id, outlet="سكاي نيوز عربية", published="29/07/2018",
                              author="أبوظبي - سكاي نيوز عربية", url="https://www.skynewsarabia.com/x")
    assert change.after["published"] == "2018-07-29" and change.before["outlet"] is None
    briefing = lib.briefings.create("ملف")
    section = lib.briefings.add_section(briefing, "القسم")
    lib.briefings.add_quote(section, article_id, QUOTE)
    citation = lib.briefings.get(briefing).citations[0]
    assert (citation.outlet, citation.published, citation.author, citation.url) == (
        "سكاي نيوز عربية", "2018-07-29", "أبوظبي - سكاي نيوز عربية", "https://www.skynewsarabia.com/x")
    lib.undo_edit(change)
    assert lib.article(article_id).source is None


def test_a_bad_date_is_refused_in_one_line(plain):
    lib, article_id = plain
    with pytest.raises(CurationError, match="not a date"):
        lib.edit_article(article_id, published="قريبا")
    with pytest.raises(CurationError, match="needs a title"):
        lib.edit_article(article_id, title="  ")


def test_tag_choices_survive_retag_and_reparse(plain):
    lib, article_id = plain
    assert "SY" in lib.article(article_id).countries
    changes = lib.change_tags(article_id, [("country", "KZ", True), ("country", "SY", False),
                                           ("topic", "water", True)])
    lib.retag()
    lib.reparse()
    article = lib.article(article_id)
    assert "KZ" in article.countries and "SY" not in article.countries and "water" in article.topics
    lib.undo_tags(changes)
    article = lib.article(article_id)
    assert "SY" in article.countries and "KZ" not in article.countries


def test_reparse_applies_better_rules_and_keeps_edits_and_excerpts(plain, monkeypatch):
    lib, article_id = plain
    before = lib.article(article_id)
    assert before.body.endswith("خبر آخر من الصفحة نفسها")  # not furniture by today's rules
    briefing = lib.briefings.create("ملف")
    section = lib.briefings.add_section(briefing, "القسم")
    lib.briefings.add_quote(section, article_id, QUOTE)
    lib.edit_article(article_id, outlet="سكاي نيوز عربية")
    old_excerpt = lib.excerpts_for(article_id)[0]

    # The rules improve: that line is now known furniture.
    real = lines.furniture_kind
    monkeypatch.setattr(lines, "furniture_kind",
                        lambda line: "promo" if line == "خبر آخر من الصفحة نفسها" else real(line))
    monkeypatch.setattr(furniture.lines, "furniture_kind", lines.furniture_kind)
    report = lib.reparse()
    assert (report.reparsed, report.kept) == (1, ())
    after = lib.article(article_id)
    assert after.body == "\n".join(PARAS)
    assert after.source.outlet == "سكاي نيوز عربية"  # the analyst's edit is kept
    excerpt = lib.excerpts_for(article_id)[0]
    assert excerpt.id == old_excerpt.id and excerpt.quote == QUOTE
    assert after.body[excerpt.start:excerpt.end] == QUOTE
    assert [h.article_id for h in lib.search("تلغراف").hits] == [article_id]
    removed = {text: role for _n, role, text in lib.original(article_id).removed}
    assert removed["خبر آخر من الصفحة نفسها"] == "promo"
    assert lib.reparse().unchanged == 1  # parsing again changes nothing more


def test_reparse_keeps_the_parse_that_would_lose_an_excerpt(plain, monkeypatch):
    lib, article_id = plain
    briefing = lib.briefings.create("ملف")
    section = lib.briefings.add_section(briefing, "القسم")
    lib.briefings.add_quote(section, article_id, "خبر آخر من الصفحة نفسها")
    real = lines.furniture_kind
    monkeypatch.setattr(lines, "furniture_kind",
                        lambda line: "promo" if line == "خبر آخر من الصفحة نفسها" else real(line))
    report = lib.reparse()
    assert report.reparsed == 0 and report.kept[0][0] == article_id
    assert "no longer be found" in report.kept[0][1]
    assert lib.article(article_id).body.endswith("خبر آخر من الصفحة نفسها")


def _run(capsys, db, *argv) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_command_line_edit_tag_show_and_reparse(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text("\n".join([TITLE, "شارك هذه الصفحة عبر فيسبوك", *PARAS]) + "\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    code, out, _ = _run(capsys, db, "import", str(page), "--json")
    article_id = json.loads(out)["files"][0]["article_id"]
    code, out, _ = _run(capsys, db, "article", "edit", str(article_id), "--outlet", "سكاي نيوز عربية",
                        "--date", "2018-07-29", "--json")
    assert code == 0 and json.loads(out)["outlet"] == "سكاي نيوز عربية"
    code, out, _ = _run(capsys, db, "tag", str(article_id), "+KZ", "-SY", "+water", "-energy", "--json")
    data = json.loads(out)
    assert code == 0 and "KZ" in data["countries"] and "SY" not in data["countries"]
    assert "water" in data["topics"]
    code, out, _ = _run(capsys, db, "article", "show", str(article_id), "--removed", "--json")
    shown = json.loads(out)
    assert {"role": "share", "text": "شارك هذه الصفحة عبر فيسبوك", "line": 1} in shown["removed"]
    assert shown["date"] == "2018-07-29" and shown["file"]["format"] == "txt"
    code, out, _ = _run(capsys, db, "reparse", "--json")
    assert code == 0 and json.loads(out)["kept"] == []
    code, out, _ = _run(capsys, db, "article", "show", str(article_id), "--json")
    assert json.loads(out)["outlet"] == "سكاي نيوز عربية" and "KZ" in json.loads(out)["countries"]
    code, _, err = _run(capsys, db, "tag", str(article_id), "+XX")
    assert code == 1 and err.count("\n") == 1 and "XX" in err
    code, _, err = _run(capsys, db, "article", "edit", str(article_id), "--date", "غدا")
    assert code == 1 and "not a date" in err


def test_pasted_text_becomes_an_article(tmp_path):
    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        report = lib.import_text("\n".join([TITLE, *PARAS]))
        article = lib.article(report.article_ids[0])
        assert article.title == TITLE and article.body == "\n".join(PARAS)
        assert lib.original(article.id) is not None
        again = lib.import_text("\n\n" + "\n".join([TITLE, *PARAS]) + "\n")
        assert again.results[0].status == "duplicate"
