"""The window on a library it cannot write: a "Read-only" mark in the status bar saying
why, browsing and reading as usual, and an edit refused with that reason and no step
left on the undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel

from conftest import seed_id, show_window
from dossier.library import Library
from fault_fixtures import small_disk  # noqa: F401 (fixture)
from read_only_fixtures import listing, read_only_library  # noqa: F401 (fixture)

pytest_plugins = ["ui_fixtures"]


@pytest.fixture
def read_only_window(qtbot, read_only_library, ui_settings, i18n):
    from dossier.ui.main_window import MainWindow

    path, reason = read_only_library
    before = listing(path.parent)
    library = Library(path)
    i18n.set_language("en")
    window = MainWindow(library, ui_settings, i18n)
    yield show_window(window, qtbot, 1366, 768, writing=True), reason
    window.close()
    window.loader.wait()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    library.close()
    assert listing(path.parent) == before  # nothing written beside the file


@pytest.mark.parametrize("read_only_library", ["mount", "folder"], indirect=True)
def test_the_window_marks_a_read_only_library_and_refuses_an_edit(read_only_window, i18n, qtbot):
    window, reason = read_only_window
    notice = window.statusBar().findChild(QLabel, "readOnlyNotice")
    assert notice is not None and notice.isVisible() and notice.text() == "Read-only"
    assert {"mount": "read-only disk", "folder": "folder does not allow writing"}[reason] in notice.toolTip()

    library = window.library
    article_id = seed_id(library, "003")
    window.open_article(article_id)
    assert window.reader.article.id == article_id  # reading works as usual
    body = library.article(article_id).body
    start = body.index("تجميع")
    window.reader.select_span(start, body.index(".", start) + 1)
    outline = window.briefing.outline
    outline.setFocus()
    outline.setCurrentIndex(window.briefing.outline_model.index(1, 0))  # its section, asked of no one
    briefing_id = window.briefing.current_briefing_id()
    before = library.briefings.get(briefing_id)
    assert not window.add_selection_to_briefing()
    assert window.undo_stack.count() == 0
    warning = window.briefing.warning.text()
    assert "open for reading only" in warning and "nothing was changed" in warning
    assert library.briefings.get(briefing_id) == before

    i18n.set_language("ar")  # the mark follows the language
    qtbot.waitUntil(lambda: notice.text() == "للقراءة فقط")
    assert "مجلّد المكتبة" in notice.toolTip() or "قرص للقراءة فقط" in notice.toolTip()
