"""The session comes back on relaunch: filter, sort, search, the open article and the
places in the list and the reader, and the zoom."""

from __future__ import annotations

import random

from conftest import seed_id
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from test_browse_index import _fill
from ui_helpers import settled, show_active, type_text

from dossier.storage.filters import ArticleFilter

pytest_plugins = ["ui_fixtures"]




def test_relaunch_restores_filter_sort_search_article_and_zoom(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    view = window.navigation.views["countries"]
    model = window.navigation.models["countries"]
    rect = view.visualRect(model.index(model.row_of("KZ"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settled(qtbot, window)
    dates = window.navigation.dates
    qtbot.mouseClick(dates.to_edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dates.to_edit, "2025-06")
    QTest.keyClick(dates.to_edit, Qt.Key.Key_Return)
    settled(qtbot, window)
    window.menus.sort_actions["title"].trigger()
    qtbot.waitUntil(lambda: not window.loader.busy and window.browser.articles.ids() is not None)
    article_id = seed_id(library, "002")
    window.open_article(article_id)
    window.reader.scroll_to_offset(900)
    offset = window.reader.top_offset()
    assert offset > 500
    type_text(window.browser.search_box, "كازاخستان")
    window.set_zoom(2)
    flt = window.navigation.current_filter()
    assert flt == ArticleFilter(countries=("KZ",), date_to="2025-06-30")
    window.close()

    again = make_window()
    show_active(qtbot, again)
    settled(qtbot, again)
    assert again.navigation.current_filter() == flt
    assert again.browser.filter_bar.chip_texts() == window.browser.filter_bar.chip_texts()
    assert again.sort == "title" and again.menus.sort_actions["title"].isChecked()
    assert again.browser.articles.total() == library.article_count(flt)
    assert again.browser.search_box.text() == "كازاخستان"
    qtbot.waitUntil(lambda: again.browser.results.rowCount() > 0)
    assert again.reader.article.id == article_id
    qtbot.waitUntil(lambda: abs(again.reader.top_offset() - offset) < 80)
    assert again.zoom_step == 2
    assert again.reader.font().pointSizeF() > window.reader.font().pointSizeF() / 1.3


def test_relaunch_puts_the_list_back_at_its_place(qtbot, make_window, library):
    _fill(library, 400, random.Random(3))
    window = make_window(language="en")
    show_active(qtbot, window)
    view = window.browser.article_view
    articles = window.browser.articles
    articles.fetch_to(250)
    view.scrollTo(articles.index(240, 0), view.ScrollHint.PositionAtTop)
    top = articles.summary(view.indexAt(QPoint(4, 4)).row()).id
    window.close()

    again = make_window()
    show_active(qtbot, again)
    qtbot.waitUntil(lambda: again.browser.articles.ids() is not None and not again.loader.busy)
    row = again.browser.article_view.indexAt(QPoint(4, 4)).row()
    assert again.browser.articles.summary(row).id == top
    assert row >= 200
