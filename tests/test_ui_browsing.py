"""Browsing in the real window: dates, sorting and panes worked from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from ui_helpers import settled, show_active

from dossier.storage.filters import ArticleFilter
from dossier.text.folding import fold

pytest_plugins = ["ui_fixtures"]




def _listed(window) -> list[int]:
    model = window.browser.articles
    return [model.summary(row).id for row in range(model.rowCount())]


def test_date_range_typed_narrows_the_list_and_its_chip_removes_it(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    dates = window.navigation.dates
    edit = dates.from_edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(edit, "2025-02-30")  # no such day: marked, nothing filtered
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert dates.date_range() == (None, None) and "background" in edit.styleSheet()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "2025")  # a year: from its first day
    QTest.keyClick(edit, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert edit.text() == "2025-01-01"
    flt = window.navigation.current_filter()
    assert flt.date_from == "2025-01-01" and flt.date_to is None
    expected = library.article_count(ArticleFilter(date_from="2025-01-01"))
    assert window.browser.articles.total() == expected == 1
    chips = window.browser.filter_bar._chips
    assert [c.text() for c in chips] == ["from \u20662025-01-01\u2069  ✕"]
    # Every pane counts under the date range too.
    counted = sum(f.count for f in window.navigation.models["sources"]._facets)
    assert counted == 1
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert window.navigation.current_filter().is_empty
    assert window.browser.articles.total() == 5
    assert edit.text() == ""
    # A month typed as the end of the range: to its last day; picked from the calendar too.
    dates.to_edit.setFocus()
    QTest.keyClicks(dates.to_edit, "2024-08")
    QTest.keyClick(dates.to_edit, Qt.Key.Key_Tab)
    settled(qtbot, window)
    assert window.navigation.current_filter().date_to == "2024-08-31"
    assert window.browser.articles.total() == 1
    calendar = dates.to_edit.calendar
    calendar.setSelectedDate(QDate(2024, 8, 5))

    def pick_in_open_calendar():
        # Runs inside the popup's own event loop, as a click would.
        assert calendar.isVisible()
        view = calendar.findChild(QTableView)
        cell = view.visualRect(view.currentIndex()).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTimer.singleShot(50, pick_in_open_calendar)
    QTimer.singleShot(5000, dates.to_edit.menu.hide)  # never hang the suite
    qtbot.mouseClick(dates.to_edit.picker, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert window.navigation.current_filter().date_to == "2024-08-05"
    assert window.browser.articles.total() == 0


def test_list_sorts_by_header_click_and_by_menu(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    summaries = {s.id: s for s in library.articles()}
    header = window.browser.article_view.header()
    title_x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(
        title_x, header.height() // 2))
    qtbot.waitUntil(lambda: window.sort == "title" and not window.loader.busy)
    titles = [fold(summaries[i].title) for i in _listed(window)]
    assert titles == sorted(titles) and len(titles) == 5
    assert header.sortIndicatorSection() == 0
    assert window.menus.sort_actions["title"].isChecked()

    window.menus.sort_actions["oldest"].trigger()
    qtbot.waitUntil(lambda: window.sort == "oldest" and not window.loader.busy)
    dates = [summaries[i].published for i in _listed(window)]
    assert dates[:2] == ["2024-08-09", "2025-07-09"] and dates[2:] == [None, None, None]
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # The sort holds under a filter.
    window.navigation.choose("countries", {"KZ"})
    settled(qtbot, window)
    listed = _listed(window)
    assert listed and all("KZ" in summaries[i].countries for i in listed)
    dated = [summaries[i].published for i in listed if summaries[i].published]
    assert dated == sorted(dated)


def test_panes_tick_from_the_keyboard(qtbot, make_window, library):
    window = make_window(language="en")
    show_active(qtbot, window)
    view = window.navigation.views["countries"]
    model = window.navigation.models["countries"]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Home)
    QTest.keyClick(view, Qt.Key.Key_Down)
    second = model.facet(1).key
    QTest.keyClick(view, Qt.Key.Key_Space)
    settled(qtbot, window)
    assert window.navigation.current_filter().countries == (second,)
    assert window.browser.articles.total() == library.article_count(ArticleFilter(countries=(second,)))
    # The keyboard's place stays on the ticked country when the counts reorder the pane.
    assert model.facet(view.currentIndex().row()).key == second
    QTest.keyClick(view, Qt.Key.Key_Return)
    settled(qtbot, window)
    assert window.navigation.current_filter().is_empty
    # Tab goes on to the next pane.
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert window.navigation.views["topics"].hasFocus()


def test_counts_read_in_each_languages_plural_forms(i18n, ui_app):
    from PySide6.QtCore import QCoreApplication

    from dossier.model import Facet
    from dossier.ui.facet_list_model import FacetListModel

    def tooltips(language):
        i18n.set_language(language)
        model = FacetListModel("countries")
        model.set_facets([Facet(f"K{n}", "بلد", "Land", n) for n in (1, 2, 5, 11, 100)])
        return [model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(5)]

    assert tooltips("en") == ["1 article", "2 articles", "5 articles", "11 articles", "100 articles"]
    arabic = tooltips("ar")
    # One, two, a few, many and a hundred each take their own form in Arabic.
    assert arabic == ["مقالة واحدة", "مقالتان", "5 مقالات", "11 مقالةً", "100 مقالة"]
    status = QCoreApplication.translate("MainWindow", "%1 of %n article(s) shown", "", 2)
    assert status.replace("%1", "2") == "عرض 2 من مقالتين"


def test_chips_wrap_on_a_narrow_list_and_keep_their_names(qtbot, make_window, library):
    window = make_window(language="ar")
    window.resize(900, 600)
    show_active(qtbot, window)
    window.navigation.choose("countries", {"KZ", "UZ"})
    window.navigation.dates.set_range("2024-01-01", "2025-12-31")
    settled(qtbot, window)
    bar = window.browser.filter_bar
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in bar._chips))
    chips = bar._chips
    assert len(chips) == 4
    for chip in chips:
        assert chip.width() >= chip.sizeHint().width()  # not squeezed
        assert bar.rect().contains(chip.geometry())
    assert len({chip.y() for chip in chips}) > 1  # more than one line
    # Right to left: the first chip starts at the right.
    assert chips[0].geometry().right() > chips[1].geometry().right() or chips[1].y() > chips[0].y()
    # Nothing left over from earlier chips.
    visible = [w for w in bar.findChildren(type(chips[0])) if w.isVisible()]
    assert sorted(id(w) for w in visible) == sorted(id(c) for c in chips)


def test_a_search_counts_its_hits_with_the_windows_own_index(qtbot, make_window, library):
    from ui_helpers import type_text

    window = make_window(language="en")
    show_active(qtbot, window)
    settled(qtbot, window)
    qtbot.waitUntil(lambda: window.loader.index is not None and not window.loader.busy)
    with qtbot.waitSignal(window.browser.hitFacetsChanged, timeout=20_000) as counted:
        type_text(window.browser.search_box, "كازاخستان")
    assert counted.args[0] is not None
    total = sum(f.count for f in counted.args[0]["sources"])
    assert total == window.browser.results.rowCount() > 0
    assert window.browser._indexes._built is None  # no second copy was read
