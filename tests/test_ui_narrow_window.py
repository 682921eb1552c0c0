"""The usual layout at the three window sizes, in both languages, on the real window:
nothing clipped, no sideways scrolling, and in a narrow window the composer one click
away behind the reader's toggle instead of squeezed into a fourth column."""

from __future__ import annotations

import pytest
from conftest import show_window
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLabel,
                               QLineEdit, QTabBar, QWidget)

pytest_plugins = ["ui_fixtures"]

SIZES = [(900, 600), (1366, 768), (1920, 1080)]


def _inside_window(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    # A pixel of slack: mirrored (right-to-left) geometry rounds one pixel outward.
    return window.rect().adjusted(-1, -1, 1, 1).contains(QRect(top_left, widget.size()))


def _scrolled_content(widget: QWidget) -> bool:
    """Inside a list, a text view or a scroll area's page: scrolling reaches it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(window) -> list[str]:
    """Every control shown outside scrolled content: wholly in the window and given at
    least the width its text needs."""
    problems = []
    kinds = (QAbstractButton, QLabel, QLineEdit, QComboBox, QTabBar)
    for widget in window.centralWidget().findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or _scrolled_content(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r}"
        if not _inside_window(window, widget):
            problems.append(f"{name} outside the window")
        elif isinstance(widget, QTabBar):
            if widget.tabRect(widget.count() - 1).united(widget.tabRect(0)).width() > widget.width():
                problems.append(f"{name}: tabs do not fit")
        elif isinstance(widget, QAbstractButton) and widget.width() < widget.sizeHint().width() - 1:
            problems.append(f"{name} narrower than its text")
    return problems


def _sideways_scrollbars(window) -> list[str]:
    return [area.objectName() or type(area).__name__ for area in window.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


def _rows_visible(outline) -> float:
    return outline.viewport().height() / (outline.sizeHintForRow(0) or outline.fontMetrics().height())


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES)
def test_nothing_clipped_and_no_sideways_scrolling(make_window, qtbot, size, language):
    window = show_window(make_window(language=language), qtbot, *size)
    assert window.has_panel()
    narrow = size[0] < 1100
    assert window.briefing_area.isVisible() is not narrow
    assert window.compose_mode.toggle.isVisible() is narrow
    assert _clipped(window) == []
    assert _sideways_scrollbars(window) == []
    for widget in (window.navigation, window.browser.search_box, window.browser.article_view, window.reader):
        assert widget.isVisible() and _inside_window(window, widget)
    if not narrow:
        assert window.briefing.outline.isVisible() and _inside_window(window, window.briefing.outline)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_900x600_the_outline_is_one_click_away(make_window, qtbot, language):
    window = show_window(make_window(language=language), qtbot, 900, 600)
    toggle = window.compose_mode.toggle
    assert _inside_window(window, toggle) and toggle.text()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.compose_mode.active and window.menus.compose.isChecked() and toggle.isChecked()
    panel = window.briefing
    for widget in (panel.chooser, panel.outline, panel.tabs, window.reader, toggle):
        assert widget.isVisible() and _inside_window(window, widget), widget.objectName()
    assert _rows_visible(panel.outline) >= 8
    assert _clipped(window) == [] and _sideways_scrollbars(window) == []
    # The same click puts the usual three columns back.
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.compose_mode.active and not window.menus.compose.isChecked()
    assert window.navigation.isVisible() and window.browser.isVisible()
    assert not window.briefing_area.isVisible()


def test_resizing_folds_the_composer_away_and_back(make_window, qtbot):
    window = show_window(make_window(language="en"), qtbot, 1366, 768)
    wide = window.briefing_area.width()
    assert wide >= window.briefing_area.minimumWidth()
    window.resize(900, 600)
    QApplication.processEvents()
    assert not window.briefing_area.isVisible() and window.compose_mode.toggle.isVisible()
    assert sum(window.splitter.sizes()) <= window.width()
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.briefing_area.isVisible() and not window.compose_mode.toggle.isVisible()
    assert window.briefing_area.width() >= window.briefing_area.minimumWidth()
    qtbot.waitUntil(lambda: _sideways_scrollbars(window) == [])  # once the layout has settled


def test_writing_mode_left_in_a_narrow_window_keeps_the_composer_folded(make_window, qtbot):
    window = show_window(make_window(language="en"), qtbot, 1366, 768, writing=True)
    window.resize(900, 600)
    QApplication.processEvents()
    assert window.briefing_area.isVisible() and window.compose_mode.toggle.isChecked()
    window.menus.compose.trigger()
    QApplication.processEvents()
    assert not window.briefing_area.isVisible() and window.navigation.isVisible()
    assert not window.compose_mode.toggle.isChecked()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_list_lays_out_each_title_once_and_fits_it_to_its_column(make_window, qtbot, language):
    from dossier.ui.article_list_model import TITLE

    window = show_window(make_window(language=language), qtbot, 900, 600)
    view = window.browser.article_view
    delegate = view.itemDelegate()
    view.viewport().repaint()
    first = delegate.laid_out()
    titles = [key for key in first if key[0] == view.model().index(0, TITLE).data()]
    assert titles, "the first title was not laid out"
    view.viewport().repaint()  # selection, focus, the window shown again: no new layout
    again = delegate.laid_out()
    assert again.keys() == first.keys() and all(again[k] is first[k] for k in first)
    column = view.columnWidth(TITLE)
    for (text, width, _font, _elide), static in first.items():
        assert width < column and static.size().width() <= width + 1
        shown = static.text()
        # Elided at the title's end, whichever way it runs (a joiner keeps the last
        # letter's joined form before the ellipsis).
        assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1].rstrip("\u200d")))
