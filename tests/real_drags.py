"""Drags with the real mouse on the real window: a passage of the reader, an article of the
list, an excerpt of the library's list, and rows of the outline itself, onto a section.

Each drag is Qt's own: a press on the source and a move past the drag distance make the
source widget build its drag data and run a real QDrag, whose exec() turns a nested event
loop; a timer inside that loop moves the pointer over the target and releases it there,
and Qt delivers the drag and the drop. The offscreen platform the rest of the suite uses
has no drag loop (its QDrag.exec() returns at once), so test_ui_drags.py runs this file
in a child process on the minimal platform, which has one.
"""

from __future__ import annotations

import os

import pytest
from conftest import seed_id, show_window
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dossier.ui.briefing_panel import EXCERPTS_TAB

pytest_plugins = ["ui_fixtures"]

if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
    pytest.skip("needs a platform with a drag loop (test_ui_drags.py runs this on one)",
                allow_module_level=True)

LEFT = Qt.MouseButton.LeftButton


def _send(widget, kind: QEvent.Type, pos: QPoint, buttons) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else LEFT
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def real_drag(source, start: QPoint, target, end: QPoint) -> list[str]:
    """Drag with the mouse from ``start`` in ``source`` to ``end`` in ``target``; returns
    what happened inside the drag loop (empty if no drag began)."""
    seen: list[str] = []

    def inside_the_drag() -> None:
        seen.append("drag loop")
        _send(target, QEvent.Type.MouseMove, end + QPoint(0, 3), LEFT)
        _send(target, QEvent.Type.MouseMove, end, LEFT)
        _send(target, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    QTimer.singleShot(0, inside_the_drag)
    QTest.mousePress(source, LEFT, Qt.KeyboardModifier.NoModifier, start)
    step = QApplication.startDragDistance() + 8
    QTest.mouseMove(source, start + QPoint(step // 2, 1))
    QTest.mouseMove(source, start + QPoint(step, 2))  # the drag runs to its end in here
    QTest.mouseRelease(source, LEFT, Qt.KeyboardModifier.NoModifier, start + QPoint(step, 2))
    QApplication.processEvents()
    return seen


def _window(make_window, qtbot, writing=False):
    return show_window(make_window(), qtbot, 1366, 768, writing)


def _section_point(panel, row: int) -> QPoint:
    rect = panel.outline.visualRect(panel.outline_model.index(row, 0))
    assert rect.isValid() and panel.outline.viewport().rect().contains(rect.center())
    return rect.center()


def _snapshot(window):
    return window.library.briefings.get(window.briefing.current_briefing_id())


def test_a_passage_dragged_from_the_reader_lands_in_the_section_under_the_pointer(make_window, qtbot, library):
    window = _window(make_window, qtbot, writing=True)
    article_id = seed_id(library, "003")
    window.open_article(article_id)
    body = library.article(article_id).body
    start = body.index("الاجتماع التشاوري")
    end = body.index(".", start) + 1
    reader = window.reader
    assert reader.select_span(start, end)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_ranges(start + 6, start + 7)[0][0])
    press = reader.cursorRect(cursor).center()
    before = _snapshot(window)
    panel = window.briefing
    assert real_drag(reader.viewport(), press, panel.outline.viewport(), _section_point(panel, 2))
    after = _snapshot(window)
    added = after.sections[2].items[-1]
    assert len(after.sections[2].items) == len(before.sections[2].items) + 1
    assert (added.excerpt.article_id, added.excerpt.start, added.excerpt.end) == (article_id, start, end)
    window.undo_stack.undo()
    assert _snapshot(window) == before


def test_an_article_dragged_from_the_list_brings_its_lead_paragraph(make_window, qtbot, library):
    window = _window(make_window, qtbot)
    view = window.browser.article_view
    article_id = seed_id(library, "004")
    row = window.browser.articles.row_of(article_id)
    press = view.visualRect(window.browser.articles.index(row, 0)).center()
    panel = window.briefing
    before = _snapshot(window)
    assert real_drag(view.viewport(), press, panel.outline.viewport(), _section_point(panel, 1))
    after = _snapshot(window)
    assert len(after.sections[1].items) == len(before.sections[1].items) + 1
    lead = library.article(article_id).blocks[0]
    excerpt = after.sections[1].items[-1].excerpt
    assert (excerpt.article_id, excerpt.start, excerpt.end) == (article_id, lead.start, lead.end)


def test_an_excerpt_dragged_from_the_library_list(make_window, qtbot, library):
    window = _window(make_window, qtbot, writing=True)
    panel = window.briefing
    other = library.briefings.create("موجز جديد")
    library.briefings.add_section(other, "قسم")
    panel.open_briefing(other)
    panel.tabs.setCurrentIndex(EXCERPTS_TAB)
    qtbot.waitUntil(lambda: panel.excerpt_list.model.rowCount() > 0)
    entries = panel.excerpt_list.model
    view = panel.excerpt_list.view
    press = view.visualRect(entries.index(2, 0)).center()
    assert real_drag(view.viewport(), press, panel.outline.viewport(), _section_point(panel, 0))
    items = _snapshot(window).sections[0].items
    assert [i.excerpt.id for i in items] == [entries.entry(2).id]
    assert panel.tabs.currentIndex() == EXCERPTS_TAB  # the list stays where the analyst is


def test_reordering_the_outline_with_the_mouse(make_window, qtbot, library):
    window = _window(make_window, qtbot, writing=True)
    panel = window.briefing
    model = panel.outline_model
    before = _snapshot(window)
    moving = before.sections[0].items[0]
    press = panel.outline.visualRect(model.index(0, 0, model.index(0, 0))).center()
    assert real_drag(panel.outline.viewport(), press, panel.outline.viewport(), _section_point(panel, 2))
    after = _snapshot(window)
    assert after.sections[2].items[-1].id == moving.id
    assert moving.id not in [i.id for i in after.sections[0].items]
    # A section dropped on the first one takes its place.
    press = _section_point(panel, 2)
    assert real_drag(panel.outline.viewport(), press, panel.outline.viewport(), _section_point(panel, 0))
    assert [s.id for s in _snapshot(window).sections] == [before.sections[2].id, before.sections[0].id,
                                                          before.sections[1].id]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _snapshot(window) == before
