"""Order of sections and items: any sequence of edits gives the order a plain list would,
undo puts everything back exactly, and adding costs one row however long the section.
Quote anchoring stays linear on an adversarial article."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import seed_id
from dossier.briefing.excerpts import QuoteNotFound, find_quote, snap_to_words
from dossier.storage import briefings_repo
from dossier.storage.database import transaction

# An edit: ("add", index or None), ("move", which, index), ("delete", which), ("undo",)
_edits = st.lists(st.one_of(
    st.tuples(st.just("add"), st.one_of(st.none(), st.integers(-1, 12))),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 12)),
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("undo")),
), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_edits)
def test_item_order_follows_a_plain_list_and_undo_is_exact(empty_library, edits):
    b = empty_library.briefings
    bid = b.create("ترتيب")
    section = b.add_section(bid, "قسم")
    expected: list[int] = []
    history = []  # (the list before, the undo call)
    for edit in edits:
        before = list(expected)
        if edit[0] == "add":
            item = b.add_note(section, f"n{len(expected)}", edit[1])
            index = len(expected) if edit[1] is None else max(0, min(edit[1], len(expected)))
            expected.insert(index, item)
            history.append((before, lambda item=item: b.delete_item(item)))
        elif edit[0] == "move" and expected:
            item = expected[edit[1] % len(expected)]
            old = b.move_item(item, section, edit[2])
            expected.remove(item)
            expected.insert(min(edit[2], len(expected)), item)
            history.append((before, lambda item=item, old=old: b.move_item(item, *old)))
        elif edit[0] == "delete" and expected:
            removed = b.delete_item(expected.pop(edit[1] % len(expected)))
            history.append((before, lambda removed=removed: b.restore_item(removed)))
        elif edit[0] == "undo" and history:
            expected, undo = history.pop()
            undo()
        items = b.get(bid).sections[0].items
        assert [i.id for i in items] == expected
        assert [i.position for i in items] == list(range(len(expected)))


def test_sections_move_and_come_back_in_order(empty_library):
    b = empty_library.briefings
    bid = b.create("أقسام")
    ids = [b.add_section(bid, f"s{n}") for n in range(5)]
    first = b.add_section(bid, "أول", 0)
    middle = b.add_section(bid, "وسط", 3)
    order = [first] + ids[:2] + [middle] + ids[2:]
    assert [s.id for s in b.get(bid).sections] == order
    assert [s.position for s in b.get(bid).sections] == list(range(7))
    assert b.move_section(first, 6) == 0
    assert b.move_section(first, 0) == 6
    removed = b.delete_section(middle)
    assert removed.position == 3
    b.restore_section(removed)
    assert [s.id for s in b.get(bid).sections] == order


def _writes(db, action) -> list[str]:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_adding_to_a_long_section_writes_one_row(empty_library):
    db = empty_library.db
    b = empty_library.briefings
    bid = b.create("طويل")
    section = b.add_section(bid, "قسم")
    with transaction(db):
        ids = briefings_repo.append_items(db, section, [(None, f"n{n}") for n in range(3000)])
    assert [i.id for i in b.get(bid).sections[0].items] == ids
    # Each added item is one INSERT and one UPDATE of the briefing's time stamp: the
    # siblings are never renumbered.
    for position in (None, 0, 1500, 2999):
        writes = _writes(db, lambda: b.add_note(section, "جديد", position))
        assert len(writes) == 2, writes
    assert len(_writes(db, lambda: b.move_item(ids[10], section, 2000))) == 2
    assert len(_writes(db, lambda: b.delete_item(ids[11]))) == 2


def test_keys_are_spread_again_when_one_gap_is_used_up(empty_library):
    db = empty_library.db
    b = empty_library.briefings
    bid = b.create("فجوة")
    section = b.add_section(bid, "قسم")
    a, z = b.add_note(section, "a"), b.add_note(section, "z")
    inserted = [b.add_note(section, f"m{n}", 1) for n in range(40)]  # always right after a
    items = [i.id for i in b.get(bid).sections[0].items]
    assert items == [a] + inserted[::-1] + [z]
    keys = [r[0] for r in db.execute("SELECT position FROM items WHERE section_id = ? "
                                     "ORDER BY position", [section])]
    assert len(set(keys)) == len(keys)


def test_a_library_with_dense_old_positions_still_orders_and_inserts(empty_library):
    db = empty_library.db
    b = empty_library.briefings
    bid = b.create("قديم")
    section = b.add_section(bid, "قسم")
    ids = [b.add_note(section, str(n)) for n in range(4)]
    with transaction(db):  # positions as libraries written before sparse keys hold them
        for n, item in enumerate(ids):
            db.execute("UPDATE items SET position = ? WHERE id = ?", [n, item])
    new = b.add_note(section, "بين", 2)
    assert [i.id for i in b.get(bid).sections[0].items] == ids[:2] + [new] + ids[2:]


def test_an_adversarial_quote_is_anchored_without_backtracking():
    # The same two words 40,000 times; the quote is the first 4,000 words with the last one
    # changed, so it almost matches at every start. A backtracking search took 9 s here.
    body = " ".join(["قال الرئيس"] * 40000)
    quote = " ".join(body.split()[:3999] + ["المستشار"])
    with pytest.raises(QuoteNotFound):
        find_quote(body, quote)
    # The same quote with the changed word put into the article, after odd whitespace.
    cut = body.index(" ", 30000)
    spaced = body[:cut] + "\n\u00a0 " + " ".join(body[cut:].split()[:3998 - len(body[:cut].split())]
                                                 + ["المستشار"]) + " " + body[cut:]
    anchor = find_quote(spaced, quote)
    assert anchor.quote.split() == quote.split() and anchor.start > 0
    assert spaced[anchor.end - len("المستشار"):anchor.end] == "المستشار"


def test_quote_found_nearest_a_place_and_across_any_whitespace():
    body = "ألف باء\nجيم.  ألف\u00a0باء جيم. ألف باء جيم."
    assert find_quote(body, "ألف باء جيم").start == 0
    assert find_quote(body, "ألف باء جيم", near=13).start == 14
    assert find_quote(body, "ألف باء جيم", near=len(body)).start == body.rindex("ألف")
    found = find_quote(body, "جيم.   ألف")
    assert body[found.start:found.end] == "جيم.  ألف"


def test_snapping_a_selection_to_whole_words():
    body = "قال الرئيس توكاييف إن التعاون مستمر"
    start = body.index("لرئيس")  # the selection missed the first letter
    end = body.index("توكاييف") + 3
    assert body[slice(*snap_to_words(body, start, end))] == "الرئيس توكاييف"
    assert snap_to_words(body, 0, len(body)) == (0, len(body))
    with_marks = "كَتَبَ الطالبُ"
    assert snap_to_words(with_marks, 2, 4) == (0, 6)


def test_sample_briefing_quotes_anchor_where_they_did(library):
    body = library.article(seed_id(library, "004")).body
    anchor = find_quote(body, "بقيمة   1.3 مليار\nدولار (1.18 مليار يورو)")
    assert body[anchor.start:anchor.end] == "بقيمة 1.3 مليار دولار (1.18 مليار يورو)"
