"""The composer as a writing surface on the real window: room at every window size, the
binder's rows and tools all in reach, and the selected item in full beside it."""

from __future__ import annotations

import pytest
from conftest import show_window
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from dossier.ui.briefing_panel import BRIEFING_TAB, EXCERPTS_TAB, SELECTION_TAB

pytest_plugins = ["ui_fixtures"]


def _writing(make_window, qtbot, width: int, height: int, language: str = "en"):
    return show_window(make_window(language=language), qtbot, width, height, writing=True)


def _on_screen(window, widget) -> bool:
    """Shown, with a real size, wholly inside the window."""
    if not widget.isVisible() or widget.width() < 8 or widget.height() < 8:
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    # A pixel of slack: mirrored (right-to-left) geometry rounds one pixel outward.
    return window.rect().adjusted(-1, -1, 1, 1).contains(QRect(top_left, widget.size()))


def _rows_visible(panel) -> float:
    outline = panel.outline
    row = outline.sizeHintForRow(0) or outline.fontMetrics().height()
    return outline.viewport().height() / row


SELECTIONS = {
    "nothing": lambda model: None,
    "section": lambda model: model.index(1, 0),
    "excerpt": lambda model: model.index(1, 0, model.index(0, 0)),
    "note": lambda model: model.index(1, 0, model.index(2, 0)),
}


@pytest.mark.parametrize("chosen", SELECTIONS)
def test_ten_outline_rows_at_1366x768_whatever_is_selected(make_window, qtbot, chosen):
    window = _writing(make_window, qtbot, 1366, 768)
    panel = window.briefing
    index = SELECTIONS[chosen](panel.outline_model)
    if index is not None:
        panel.outline.setFocus()
        panel.outline.setCurrentIndex(index)
        QApplication.processEvents()
    assert _rows_visible(panel) >= 10
    assert _on_screen(window, panel.outline)


@pytest.mark.parametrize("size", [(900, 600), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_everything_is_within_reach(make_window, qtbot, size, language):
    window = _writing(make_window, qtbot, *size, language=language)
    panel = window.briefing
    model = panel.outline_model
    panel.outline.setFocus()
    panel.outline.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    QApplication.processEvents()
    assert panel.tabs.currentIndex() == SELECTION_TAB
    editor = panel.editor
    for widget in (panel.chooser, panel.outline, editor.quote, editor.source, editor.note,
                   editor.jump, editor.bounds, window.reader):
        assert _on_screen(window, widget), widget.objectName()
    # Up, Down and Show in article are buttons of their own, never in an overflow menu.
    for action in (panel.act_up, panel.act_down, panel.act_jump, panel.act_add_section,
                   panel.act_add_note, panel.act_delete, panel.act_new, panel.act_export):
        assert _on_screen(window, panel.binder.button_for(action)), action.objectName()
    assert editor.note.height() >= 3 * editor.note.fontMetrics().lineSpacing()
    assert editor.note.width() >= 250
    # The quote is shown whole, wrapped, not elided.
    assert editor.quote.toPlainText() == model.sections()[0].items[0].excerpt.quote
    panel.tabs.setCurrentIndex(BRIEFING_TAB)
    for widget in (*panel.fields.values(), panel.summary):
        assert _on_screen(window, widget)
    panel.tabs.setCurrentIndex(EXCERPTS_TAB)
    for widget in (panel.excerpt_list.search_box, panel.excerpt_list.view, panel.excerpt_list.add_button):
        assert _on_screen(window, widget)


def test_a_bigger_window_gives_the_composer_more_room(make_window, qtbot):
    sizes = []
    for width, height in ((1366, 768), (1920, 1080)):
        panel = _writing(make_window, qtbot, width, height).briefing
        panel.outline.setFocus()
        panel.outline.setCurrentIndex(panel.outline_model.index(0, 0, panel.outline_model.index(0, 0)))
        QApplication.processEvents()
        sizes.append((panel.width(), panel.editor.note.width(), _rows_visible(panel)))
    (small_width, small_note, small_rows), (big_width, big_note, big_rows) = sizes
    assert big_width > small_width * 1.3 and big_note > small_note and big_rows > small_rows


def test_writing_mode_gives_the_composer_most_of_the_window_and_gives_it_back(make_window, qtbot):
    window = make_window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    normal = window.splitter.sizes()
    assert window.navigation.isVisible() and window.browser.isVisible()
    window.menus.compose.trigger()
    QApplication.processEvents()
    assert window.menus.compose.isChecked()
    assert not window.navigation.isVisible() and not window.browser.isVisible()
    assert window.briefing.width() > 0.55 * window.width()
    window.menus.compose.trigger()
    QApplication.processEvents()
    assert window.navigation.isVisible() and window.splitter.sizes() == normal


def test_a_narrow_composer_puts_the_editor_under_the_binder(make_window, qtbot):
    window = make_window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    panel = window.briefing
    assert panel.width() < 520
    assert panel.splitter.orientation().name == "Vertical"
    assert _rows_visible(panel) >= 6
    window.set_compose_mode(True)
    QApplication.processEvents()
    assert panel.splitter.orientation().name == "Horizontal"
