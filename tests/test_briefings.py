"""Briefings: editing with inverses, quotes anchored by text, the briefing file round trip."""

from __future__ import annotations

import json

import pytest

from conftest import seed_id
from dossier.briefing.briefing_file import BriefingFileError, export_file, import_file, to_data
from dossier.briefing.briefings import BriefingError
from dossier.briefing.excerpts import QuoteNotFound, find_quote


def test_quote_is_found_whitespace_tolerant(library):
    body = library.article(seed_id(library, "004")).body
    anchor = find_quote(body, "بقيمة   1.3 مليار\nدولار (1.18 مليار يورو)")
    assert body[anchor.start:anchor.end] == "بقيمة 1.3 مليار دولار (1.18 مليار يورو)"
    assert anchor.prefix.endswith("جديدة ") and anchor.suffix.startswith("، كما")
    with pytest.raises(QuoteNotFound):
        find_quote(body, "نص غير موجود في المقال")


def test_edit_sections_and_items_with_inverses(library):
    b = library.briefings
    bid = b.create("موجز اختبار", author="وحدة")
    s1 = b.add_section(bid, "أول")
    s2 = b.add_section(bid, "ثان")
    article = seed_id(library, "002")
    i1 = b.add_quote(s1, article, "الآليات اللازمة لبناء الثقة", note="عنوان فرعي")
    i2 = b.add_note(s1, "ملاحظة وحدها")
    i3 = b.add_excerpt(s2, article, 0, 40, note="بداية المقال")
    snap = b.get(bid)
    assert [s.heading for s in snap.sections] == ["أول", "ثان"]
    assert [i.id for i in snap.sections[0].items] == [i1, i2]

    old_section, old_position = b.move_item(i2, s2, 0)
    assert [i.id for i in b.get(bid).sections[1].items] == [i2, i3]
    b.move_item(i2, old_section, old_position)
    assert [i.id for i in b.get(bid).sections[0].items] == [i1, i2]

    assert b.set_note(i1, "جديدة") == "عنوان فرعي"
    removed = b.delete_item(i1)
    assert [i.id for i in b.get(bid).sections[0].items] == [i2]
    b.restore_item(removed)
    restored = b.get(bid).sections[0].items
    assert [i.id for i in restored] == [i1, i2] and restored[0].note == "جديدة"

    gone = b.delete_section(s1)
    assert [s.id for s in b.get(bid).sections] == [s2]
    b.restore_section(gone)
    again = b.get(bid)
    assert [s.id for s in again.sections] == [s1, s2]
    assert [i.id for i in again.sections[0].items] == [i1, i2]

    assert b.move_section(s2, 0) == 1
    assert [s.id for s in b.get(bid).sections] == [s2, s1]
    assert b.rename_section(s2, "الثاني") == "ثان"
    before = b.update(bid, title="عنوان جديد", date="2026-01-02")
    assert before.title == "موجز اختبار" and b.info(bid).date == "2026-01-02"


def test_items_cannot_move_to_another_briefing(library):
    b = library.briefings
    one, two = b.create("أ"), b.create("ب")
    s1, s2 = b.add_section(one, "س"), b.add_section(two, "ص")
    item = b.add_note(s1, "ن")
    with pytest.raises(BriefingError):
        b.move_item(item, s2, 0)


def test_briefing_file_round_trip(library, tmp_path):
    sample_id = library.briefings.list()[0].id
    out = tmp_path / "sample.json"
    export_file(library.briefings.get(sample_id), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] and data["sections"][0]["items"][0]["quote"]
    new_id = import_file(library.db, out)
    assert new_id != sample_id
    assert to_data(library.briefings.get(new_id)) == data


def test_briefing_import_is_all_or_nothing(library, tmp_path):
    article = seed_id(library, "004")
    bad = {"title": "ناقص", "sections": [
        {"heading": "أ", "items": [{"article": article, "quote": "مشاريع مشتركة جديدة"}]},
        {"heading": "ب", "items": [{"note": "ملاحظة"},
                                   {"article": article, "quote": "جملة ليست في المقال"}]},
    ]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    counts = [library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("briefings", "sections", "items", "excerpts")]
    with pytest.raises(BriefingFileError) as info:
        import_file(library.db, path)
    assert "section 2, item 2" in str(info.value)
    assert counts == [library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("briefings", "sections", "items", "excerpts")]


@pytest.mark.parametrize("data, message", [
    ([], "one JSON object"),
    ({"sections": []}, '"title"'),
    ({"title": "t", "date": "21/11/2026"}, "YYYY-MM-DD"),
    ({"title": "t", "sections": [{"heading": "h", "items": [{"article": "x", "quote": "q"}]}]},
     "article id"),
    ({"title": "t", "sections": [{"heading": "h", "items": [{"article": 99999, "quote": "q"}]}]},
     "no article 99999"),
    ({"title": "t", "sections": [{"items": []}]}, '"heading"'),
])
def test_briefing_file_errors_name_the_problem(library, tmp_path, data, message):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BriefingFileError) as info:
        import_file(library.db, path)
    assert message in str(info.value)


def test_broken_json_is_reported_with_its_line(library, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"title": "x",\n "sections": [}', encoding="utf-8")
    with pytest.raises(BriefingFileError) as info:
        import_file(library.db, path)
    assert "line 2" in str(info.value)


def test_deleted_briefing_is_restored_with_its_ids(library):
    b = library.briefings
    sample_id = b.list()[0].id
    before = b.get(sample_id)
    snap = b.delete(sample_id)
    assert sample_id not in [i.id for i in b.list()]
    b.restore(snap)
    after = b.get(sample_id)
    assert after.sections == before.sections and after.info == before.info


def test_briefing_list_order_is_stable_while_editing(library):
    b = library.briefings
    first = b.create("أول")
    second = b.create("ثان")
    b.update(first, title="أول معدل")
    assert [i.id for i in b.list()][:2] == [second, first]


def test_an_excerpt_taken_mid_word_is_widened_to_whole_words(library):
    b = library.briefings
    article = seed_id(library, "004")
    body = library.article(article).body
    section = b.get(b.list()[0].id).sections[0].id
    start = body.index("أوزبكستان") + 1  # the selection missed the first letter
    end = body.index("وكازاخستان") + 4
    item = b.add_excerpt(section, article, start, end)
    quote = next(i for s in b.get(b.list()[0].id).sections for i in s.items if i.id == item).excerpt.quote
    assert quote == "أوزبكستان وكازاخستان"


def test_excerpt_bounds_change_for_every_briefing_and_undo_exactly(library):
    b = library.briefings
    sample = b.list()[0].id
    other = b.create("موجز آخر")
    excerpt = b.get(sample).sections[0].items[0].excerpt
    b.add_existing_excerpt(b.add_section(other, "قسم"), excerpt.id, note="ثانية")
    before = (b.get(sample), b.get(other))
    body = library.article(excerpt.article_id).body
    old = b.set_excerpt_bounds(excerpt.id, excerpt.start + 2, excerpt.end + 12)
    assert old == excerpt
    changed = b.get(other).sections[0].items[0].excerpt
    assert changed.start == excerpt.start  # snapped back to the start of its word
    assert changed.end > excerpt.end and changed.quote == body[changed.start:changed.end]
    assert not body[changed.end].isalnum()
    assert b.get(sample).sections[0].items[0].excerpt == changed
    assert [h.excerpt_id for h in library.search_excerpts(changed.quote.split()[-1])] == [excerpt.id]
    b.put_excerpt_back(old)
    assert (b.get(sample), b.get(other)) == before


def test_deleting_an_excerpt_takes_its_items_and_undo_puts_all_back(library):
    b = library.briefings
    sample = b.list()[0].id
    other = b.create("موجز آخر")
    section = b.add_section(other, "قسم")
    b.add_note(section, "قبل")
    excerpt = b.get(sample).sections[0].items[1].excerpt
    b.add_existing_excerpt(section, excerpt.id, note="في الوسط")
    b.add_note(section, "بعد")
    before = (b.get(sample), b.get(other))
    removed = b.delete_excerpt(excerpt.id)
    assert len(removed.items) == 2
    assert all(i.excerpt is None or i.excerpt.id != excerpt.id
               for s in b.get(sample).sections + b.get(other).sections for i in s.items)
    assert excerpt.id not in [h.excerpt_id for h in library.search_excerpts(excerpt.quote.split()[2])]
    b.restore_excerpt(removed)
    assert (b.get(sample), b.get(other)) == before
    assert excerpt.id in [h.excerpt_id for h in library.search_excerpts(excerpt.quote.split()[2])]


def test_the_excerpt_library_lists_and_searches_every_excerpt(library):
    b = library.briefings
    entries = library.excerpt_entries()
    sample = b.get(b.list()[0].id)
    quoted = {i.excerpt.id for s in sample.sections for i in s.items if i.excerpt}
    assert {e.id for e in entries} == quoted
    assert [e.id for e in entries] == sorted(quoted, reverse=True)  # newest first
    first = entries[0]
    assert first.title == library.article(first.excerpt.article_id).title
    assert first.briefings == (sample.info.title,)
    found = library.excerpt_entries("أوستيورت")
    assert len(found) == 1 and "أوستيورت" in found[0].excerpt.quote
    start, end = found[0].matches[0]
    assert "أوستيورت" in found[0].excerpt.quote[start:end + 2]
    # An excerpt no briefing quotes any more is still the analyst's material.
    item = sample.sections[0].items[0]
    b.delete_item(item.id)
    still = {e.id: e for e in library.excerpt_entries()}
    assert still[item.excerpt.id].briefings == ()
