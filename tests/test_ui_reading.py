"""Reading in the real window: find in the article, zoom."""

from __future__ import annotations

from conftest import seed_id
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import show_active, type_text

from dossier.text.folding import fold

pytest_plugins = ["ui_fixtures"]




def _click_into_reader(qtbot, window) -> None:
    viewport = window.reader.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    qtbot.waitUntil(window.reader.hasFocus)


def test_find_in_article_with_its_own_keys(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    article_id = seed_id(library, "003")
    body = library.article(article_id).body
    expected = fold(body).count(fold("آسيا"))
    assert expected >= 5
    # Ctrl+F in the article list searches the library.
    window.browser.article_view.setFocus()
    QTest.keyClick(window.browser.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.search_box.hasFocus() and not window.find_bar.isVisible()
    # Reading, Ctrl+F finds in the article.
    window.open_article(article_id)
    _click_into_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.text.hasFocus()
    type_text(bar.text, "اسيا")  # folded: finds آسيا
    assert len(bar.spans) == expected
    assert all(fold(body[s:e]) == fold("آسيا") for s, e in bar.spans)
    first = bar.current
    assert window.reader.selected_span() == bar.spans[first]
    assert bar.count_label.text() == f"{first + 1} of {expected} matches"
    QTest.keyClick(bar.text, Qt.Key.Key_Return)
    assert window.reader.selected_span() == bar.spans[(first + 1) % expected]
    QTest.keyClick(bar.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.selected_span() == bar.spans[first]
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert bar.current == (first + 1) % expected
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == first
    assert len(window.reader.extraSelections()) == expected  # every match tinted
    # The library search keeps a shortcut of its own while reading.
    QTest.keyClick(bar.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.search_box.hasFocus()
    bar.text.setFocus()
    QTest.keyClick(bar.text, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.hasFocus()
    assert window.reader.extraSelections() == []
    # Nothing to find: said so, in one word.
    QTest.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar.text.clear()
    type_text(bar.text, "zzzz")
    assert bar.spans == [] and bar.count_label.text() == "Not found"


def test_find_counts_in_arabic_plural_forms(qtbot, make_window, library):
    window = make_window(language="ar")
    show_active(qtbot, window)
    window.open_article(seed_id(library, "003"))
    _click_into_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    texts = {}
    for word in ("آسيا", "كازاخستان", "الوسطى"):
        bar.text.clear()
        type_text(bar.text, word)
        texts[len(bar.spans)] = bar.count_label.text()
    assert all("match" not in text for text in texts.values())  # translated
    assert len(set(texts.values())) == len(texts)


def test_zoom_keys_scale_reader_and_lists_and_keep_the_place(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    article_id = seed_id(library, "002")
    window.open_article(article_id)
    reader = window.reader
    base_reader = reader.font().pointSizeF()
    base_list = window.browser.article_view.font().pointSizeF()
    reader.scroll_to_offset(600)
    top = reader.top_offset()
    assert top > 0
    _click_into_reader(qtbot, window)
    QTest.keyClick(reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(reader, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert reader.font().pointSizeF() > base_reader * 1.15
    assert window.browser.article_view.font().pointSizeF() > base_list * 1.15
    assert window.navigation.views["countries"].font().pointSizeF() > base_list * 1.15
    # The same passage stays at the top (within a line of text).
    assert abs(reader.top_offset() - top) < 80
    QTest.keyClick(reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.font().pointSizeF() < base_reader
    QTest.keyClick(reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.font().pointSizeF() == base_reader
    assert window.browser.article_view.font().pointSizeF() == base_list
    assert window.settings.zoom_step() == 0
