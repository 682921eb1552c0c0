"""Searching in the window: the exact number of hits, every hit reachable by scrolling,
a choice of order, and panes that count the hits while a search is on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from dossier.storage.filters import ArticleFilter
from search_sentences import add_sentences

pytest_plugins = ["ui_fixtures"]


@pytest.fixture
def big_window(make_window, library):
    add_sentences(library, copies=5)
    return make_window(language="en")


def _search(qtbot, browser, text: str) -> None:
    browser.search_box.setText(text)
    browser.run_search()
    qtbot.waitUntil(lambda: not browser.searching, timeout=10000)


def test_the_count_is_exact_and_every_hit_is_reachable(qtbot, big_window, library):
    browser = big_window.browser
    _search(qtbot, browser, "في")
    total = library.search("في").total
    assert total > 60 and browser.results.total() == total
    assert browser.results.rowCount() < total  # the rest come as the list scrolls
    assert f"Matches: {total} " in big_window.count_label.text()
    big_window.show()
    qtbot.waitExposed(big_window)
    view = browser.result_view
    for _ in range(20):
        view.scrollToBottom()
        QApplication.processEvents()
        if browser.results.rowCount() == total:
            break
    assert browser.results.rowCount() == total
    ids = [browser.results.hit(row).article_id for row in range(total)]
    assert ids == [h.article_id for h in library.search("في", limit=total).hits]


def test_the_order_can_be_chosen(qtbot, big_window):
    browser = big_window.browser
    _search(qtbot, browser, "في")
    assert browser.sort_box.isVisibleTo(big_window) and browser.hit_sort() == "relevance"
    browser.sort_box.setCurrentIndex(1)  # newest first
    qtbot.waitUntil(lambda: not browser.searching and browser.results.sort == "newest", timeout=10000)
    dates = [browser.results.hit(row).published for row in range(browser.results.rowCount())]
    assert dates == sorted(dates, reverse=True)
    browser.sort_box.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not browser.searching and browser.results.sort == "oldest", timeout=10000)
    dates = [browser.results.hit(row).published for row in range(browser.results.rowCount())]
    assert dates == sorted(dates)


def test_panes_count_the_hits_while_searching(qtbot, big_window, library):
    from dossier.ui.facet_list_model import COUNTRIES

    model = big_window.navigation.models[COUNTRIES]
    before = {model.facet(row).key: model.facet(row).count for row in range(model.rowCount())}
    browser = big_window.browser
    with qtbot.waitSignal(browser.hitFacetsChanged, timeout=10000):
        _search(qtbot, browser, "موسكو")
    counted = {model.facet(row).key: model.facet(row).count for row in range(model.rowCount())}
    hits = {h.article_id for h in library.search("موسكو", limit=1000).hits}
    expected = {}
    for key in before:
        n = len(hits & {a.id for a in library.articles(ArticleFilter(countries=(key,)))})
        if n:
            expected[key] = n
    assert counted == expected and counted != before
    browser.search_box.clear()
    counts = {model.facet(row).key: model.facet(row).count for row in range(model.rowCount())}
    assert counts == before
