"""Edits in the real window: what a keystroke costs, what a busy library does to an edit,
and excerpts edited as the analyst's material (bounds in the reader, note, delete, the
library's list)."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import seed_id, show_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dossier.ui import commands
from dossier.ui.briefing_panel import EXCERPTS_TAB, SELECTION_TAB

pytest_plugins = ["ui_fixtures"]


@pytest.fixture
def window(make_window, qtbot):
    return show_window(make_window(language="en"), qtbot, 1366, 768, writing=True)


def _snapshot(window):
    return window.library.briefings.get(window.briefing.current_briefing_id())


def _select(window, section_row, item_row=None):
    model = window.briefing.outline_model
    index = model.index(section_row, 0)
    if item_row is not None:
        index = model.index(item_row, 0, index)
    window.briefing.outline.setFocus()
    window.briefing.outline.setCurrentIndex(index)


class Statements:
    """Every statement the window's connection runs while it is recorded."""

    def __init__(self, db):
        self.db, self.seen = db, []

    def __enter__(self):
        self.db.conn.set_trace_callback(self.seen.append)
        return self.seen

    def __exit__(self, *exc):
        self.db.conn.set_trace_callback(None)


def test_typing_a_title_is_one_small_write_and_leaves_the_reader_alone(window, qtbot, library):
    window.open_article(seed_id(library, "000"))
    rebuilt = []
    window.reader.document().contentsChange.connect(lambda *args: rebuilt.append(args))
    panel = window.briefing
    title = panel.fields["title"]
    title.setFocus()
    title.selectAll()
    text = "Central Asia briefing, weekly notes"
    assert len(text) == 35
    with Statements(library.db) as seen:
        qtbot.keyClicks(title, text)
        while_typing = list(seen)
        qtbot.waitUntil(lambda: not panel.pending)
    writes = [s for s in seen if s.split()[0].upper() in ("UPDATE", "INSERT", "DELETE")]
    assert while_typing == []
    # One UPDATE in its transaction, between setting and restoring how long it may wait:
    # 5 statements for 35 keystrokes, 0.14 a keystroke (it was 14).
    assert len(seen) <= 5, seen
    assert writes == [s for s in seen if s.startswith("UPDATE briefings SET title")]
    assert len(writes) == 1
    assert rebuilt == []
    assert library.briefings.info(panel.current_briefing_id()).title == text
    assert panel.chooser.currentText() == text
    assert window.undo_stack.count() == 1


def test_typing_a_note_is_one_small_write(window, qtbot, library):
    panel = window.briefing
    _select(window, 0, 1)
    assert panel.tabs.currentIndex() == SELECTION_TAB
    note = panel.editor.note
    note.setFocus()
    note.selectAll()
    with Statements(library.db) as seen:
        qtbot.keyClicks(note, "A note on the water agreement")
        qtbot.waitUntil(lambda: not panel.pending)
    assert len([s for s in seen if s.startswith("UPDATE items SET note")]) == 1
    assert len(seen) <= 6, seen
    item = _snapshot(window).sections[0].items[1]
    assert item.note == "A note on the water agreement"
    assert panel.outline_model.index(1, 1, panel.outline_model.index(0, 0)).data() == item.note
    window.undo_stack.undo()
    assert _snapshot(window).sections[0].items[1].note != item.note


@pytest.fixture
def busy(library, monkeypatch):
    """Another program holding the library's write lock until released."""
    monkeypatch.setattr(commands, "WAIT_MS", 50)
    other = sqlite3.connect(str(library.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_an_excerpt_refused_by_a_busy_library_leaves_no_undo_step(window, qtbot, library, busy):
    article_id = seed_id(library, "003")
    window.open_article(article_id)
    body = library.article(article_id).body
    start = body.index("تجميع")
    window.reader.select_span(start, body.index(".", start) + 1)
    _select(window, 1)
    before = _snapshot(window)
    assert not window.add_selection_to_briefing()
    assert window.undo_stack.count() == 0
    assert "busy" in window.briefing.warning.text() and window.briefing.warning.isVisible()
    busy.execute("ROLLBACK")
    assert _snapshot(window) == before
    assert window.add_selection_to_briefing()
    assert window.undo_stack.count() == 1 and not window.briefing.warning.isVisible()


def test_an_undo_refused_by_a_busy_library_moves_the_stack_back(window, qtbot, library, monkeypatch):
    _select(window, 0, 0)
    window.briefing.outline_edits.delete_current()
    after = _snapshot(window)
    monkeypatch.setattr(commands, "WAIT_MS", 50)
    other = sqlite3.connect(str(library.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: window.undo_stack.index() == 1)
        assert window.undo_stack.canUndo() and not window.undo_stack.canRedo()
        assert "busy" in window.briefing.warning.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _snapshot(window) == after
    window.undo_stack.undo()
    assert len(_snapshot(window).sections[0].items) == len(after.sections[0].items) + 1


def test_an_excerpt_extended_in_the_reader_snaps_to_whole_words(window, qtbot, library):
    panel = window.briefing
    _select(window, 0, 0)
    excerpt = panel.outline_model.sections()[0].items[0].excerpt
    qtbot.mouseClick(panel.editor.jump, Qt.MouseButton.LeftButton)
    assert window.reader.article.id == excerpt.article_id
    assert window.reader.selected_span() == (excerpt.start, excerpt.end)
    body = library.article(excerpt.article_id).body
    # The analyst drags the selection two letters into the first word and past the end.
    window.reader.select_span(excerpt.start + 2, excerpt.end + 10)
    qtbot.mouseClick(panel.editor.bounds, Qt.MouseButton.LeftButton)
    changed = _snapshot(window).sections[0].items[0].excerpt
    assert changed.start == excerpt.start
    assert changed.end >= excerpt.end + 9 and not body[changed.end - 1].isspace()
    assert not (body[changed.end:changed.end + 1].isalnum())
    assert panel.editor.quote.toPlainText() == body[changed.start:changed.end]
    assert (changed.start, changed.end) in [(e.start, e.end) for e in window.reader.excerpts]
    window.undo_stack.undo()
    assert _snapshot(window).sections[0].items[0].excerpt == excerpt
    assert (excerpt.start, excerpt.end) in [(e.start, e.end) for e in window.reader.excerpts]


def test_the_reader_menu_edits_the_excerpt_under_the_pointer(window, qtbot, library):
    panel = window.briefing
    excerpt = panel.outline_model.sections()[1].items[0].excerpt
    window.open_article(excerpt.article_id)
    reader = window.reader
    inside = reader.doc_ranges(excerpt.start + 3, excerpt.start + 4)[0][0]
    assert reader.excerpt_at(inside) == excerpt
    actions = {text: (slot, enabled) for text, slot, enabled in reader.excerpt_actions(excerpt)}
    assert list(actions) == ["Change the excerpt to the selection", "Write the excerpt's note",
                             "Delete the excerpt"]
    assert not actions["Change the excerpt to the selection"][1]  # nothing selected yet
    actions["Write the excerpt's note"][0]()
    assert panel.outline.currentIndex().data(Qt.ItemDataRole.UserRole + 1).excerpt == excerpt
    assert panel.editor.note.hasFocus() or QApplication.focusWidget() is panel.editor.note
    before = _snapshot(window)
    actions["Delete the excerpt"][0]()
    assert excerpt.id not in [e.id for e in reader.excerpts]
    assert all(i.excerpt is None or i.excerpt.id != excerpt.id
               for s in _snapshot(window).sections for i in s.items)
    window.undo_stack.undo()
    assert _snapshot(window) == before and excerpt in reader.excerpts


def test_the_excerpts_of_the_library_are_searched_and_put_into_the_briefing(window, qtbot, library):
    panel = window.briefing
    panel.tabs.setCurrentIndex(EXCERPTS_TAB)
    listing = panel.excerpt_list
    qtbot.waitUntil(lambda: listing.model.rowCount() == 6)
    assert listing.status.text() == "6 excerpts in the library"
    qtbot.keyClicks(listing.search_box, "COP-14")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.status.text() == "1 excerpt found"
    assert "COP-14" in listing.model.entry(0).excerpt.quote
    listing.view.setCurrentIndex(listing.model.index(0, 0))
    _select(window, 2)  # the section it goes to
    panel.tabs.setCurrentIndex(EXCERPTS_TAB)
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    last = _snapshot(window).sections[2].items[-1]
    assert last.excerpt.id == listing.model.entry(0).id
    qtbot.waitUntil(lambda: listing.model.entry(0).briefings == (_snapshot(window).info.title,))
    listing.search_box.setText("-كازاخستان")  # a query with nothing to find
    qtbot.waitUntil(lambda: listing.status.styleSheet() != "")
    assert listing.model.rowCount() == 0
    assert listing.status.text() == window.browser.error_text("only_excluded", "")


def test_a_new_excerpt_goes_to_the_selected_section_or_asks(window, qtbot, library):
    panel = window.briefing
    article_id = seed_id(library, "002")
    asked = []
    answer = [None]
    panel.dialogs.choose_section = lambda parent, title, text, headings: asked.append(headings) or answer[0]
    panel.outline.setCurrentIndex(panel.outline_model.index(-1, 0))  # nothing selected
    before = _snapshot(window)
    assert not panel.add_excerpt(article_id, 0, 30)  # cancelled
    assert len(asked) == 1 and _snapshot(window) == before and window.undo_stack.count() == 0
    answer[0] = 0
    assert panel.add_excerpt(article_id, 0, 30)
    assert len(_snapshot(window).sections[0].items) == len(before.sections[0].items) + 1
    _select(window, 2, 0)  # after the selected item, without asking
    assert panel.add_excerpt(article_id, 40, 80)
    assert _snapshot(window).sections[2].items[1].excerpt.article_id == article_id
    assert len(asked) == 2


def test_counts_take_the_plural_forms_of_each_language(window, qtbot):
    listing = window.briefing.excerpt_list
    window.briefing.tabs.setCurrentIndex(EXCERPTS_TAB)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 6)
    window.set_language("ar")
    assert listing.status.text() == "6 مقتطفات في المكتبة"  # Arabic's form for 3 to 10
    listing.search_box.setText("COP-14")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.status.text() == "عُثر على مقتطف واحد"
    window.set_language("en")
    assert listing.status.text() == "1 excerpt found"


def test_what_another_program_wrote_is_shown_when_the_window_is_activated(window, library):
    from dossier.library import Library

    briefing_id = window.briefing.current_briefing_id()
    with Library(library.path, seed=False) as other:
        other.briefings.add_section(briefing_id, "من نافذة أخرى")
        excerpt = other.briefings.get(briefing_id).sections[0].items[0].excerpt
        other.briefings.delete_excerpt(excerpt.id)
    window.briefing.tabs.setCurrentIndex(EXCERPTS_TAB)
    window.refresh_if_changed()
    sections = window.briefing.outline_model.sections()
    assert sections[-1].heading == "من نافذة أخرى"
    listed = window.briefing.excerpt_list.model
    assert excerpt.id not in [listed.entry(row).id for row in range(listed.rowCount())]
    assert listed.rowCount() == 5
