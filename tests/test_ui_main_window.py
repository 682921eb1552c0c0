"""The real main window over a real library file, driven offscreen as an analyst would."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS, seed_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import settled, show_active

pytest_plugins = ["ui_fixtures"]


def _needs_panel(window):
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")



def _tick(qtbot, window, kind: str, key: str) -> None:
    view = window.navigation.views[kind]
    row = window.navigation.models[kind].row_of(key)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settled(qtbot, window)



def test_new_library_shows_seeds_and_sample_briefing(make_window, library):
    window = make_window()
    assert window.browser.articles.rowCount() == 5
    assert "5" in window.count_label.text()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.font().family() == "Amiri"
    _needs_panel(window)
    sample = library.briefings.list()[0]
    assert window.briefing.current_briefing_id() == sample.id


def test_filter_by_country_and_topic_then_clear(qtbot, make_window, library):
    window = make_window()
    nav, articles = window.navigation, window.browser.articles
    topics = nav.models["topics"]
    water_before = topics.facet(topics.row_of("water")).count
    window.show()
    qtbot.waitExposed(window)
    _tick(qtbot, window, "countries", "TM")
    assert nav.current_filter().countries == ("TM",)
    assert articles.total() == library.article_count(nav.current_filter()) == 3
    assert topics.facet(topics.row_of("water")).count <= water_before
    _tick(qtbot, window, "topics", "diplomacy")
    flt = nav.current_filter()
    assert flt.countries == ("TM",) and flt.topics == ("diplomacy",)
    assert articles.total() == library.article_count(flt) < 3
    assert len(window.browser.filter_bar.chip_texts()) == 2
    assert f"{articles.total()} " in window.count_label.text()
    qtbot.mouseClick(window.browser.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert nav.current_filter().is_empty
    assert articles.total() == 5
    assert topics.facet(topics.row_of("water")).count == water_before
    assert window.browser.filter_bar.chip_texts() == []


def _type(box, text: str) -> None:
    # Key events cannot carry Arabic letters in the test harness; insert them one by one.
    for letter in text:
        box.insert(letter)


def test_search_shows_highlighted_hits_and_errors(qtbot, make_window):
    from dossier.ui.search_results_model import MATCHES_ROLE

    window = make_window()
    browser = window.browser
    _type(browser.search_box, "سمرقند")
    qtbot.waitUntil(lambda: browser.results.rowCount() > 0 and not browser.searching, timeout=5000)
    assert browser.stack.currentWidget() is browser.result_view
    index = browser.results.index(0, 0)
    hit = browser.results.hit(0)
    spans = index.data(MATCHES_ROLE)
    assert spans and all("سمرقند" in hit.snippet[a:b] for a, b in spans)
    assert window.count_label.text().startswith(("Matches", "النتائج"))
    browser.search_box.clear()
    _type(browser.search_box, "-كازاخستان")
    qtbot.waitUntil(lambda: bool(browser.error) and not browser.searching, timeout=5000)
    assert browser.error_label.isVisibleTo(window)
    assert browser.results.rowCount() == 0
    browser.search_box.clear()
    assert browser.stack.currentWidget() is browser.article_view and not browser.error


def test_open_article_in_reader(qtbot, make_window, library):
    window = make_window()
    article_id = seed_id(library, "001")
    row = window.browser.articles.row_of(article_id)
    view = window.browser.article_view
    rect = view.visualRect(window.browser.articles.index(row, 0))
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article = library.article(article_id)
    text = window.reader.toPlainText()
    assert window.reader.article.id == article_id
    assert text.startswith(article.title)
    assert "تحديات بيئية" in text
    heading = window.reader.document().findBlock(window.reader.doc_ranges(
        *next((b.start, b.end) for b in article.blocks if b.kind == "subheading"))[0][0])
    assert heading.blockFormat().headingLevel() == 2
    assert heading.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_excerpt_by_shortcut_lands_in_briefing(qtbot, make_window, library):
    window = make_window()
    _needs_panel(window)
    show_active(qtbot, window)
    article_id = seed_id(library, "003")
    window.open_article(article_id)
    body = library.article(article_id).body
    start = body.index("تجميع")
    end = body.index(".", start) + 1
    assert window.reader.select_span(start, end)
    window.reader.setFocus()
    briefing_id = window.briefing.current_briefing_id()
    before = library.briefings.get(briefing_id)
    count = sum(len(s.items) for s in before.sections)
    asked = []
    # No section is selected in the outline, so the composer asks which one.
    window.briefing.dialogs.choose_section = lambda parent, title, text, headings: asked.append(headings) or 1
    qtbot.keyClick(window.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    after = library.briefings.get(briefing_id)
    assert asked == [[s.heading for s in before.sections]]
    assert sum(len(s.items) for s in after.sections) == count + 1
    assert after.sections[1].items[-1].excerpt.quote == body[start:end].strip()
    assert window.isWindowModified()
    assert window.menus.undo.isEnabled()
    window.menus.undo.trigger()
    undone = library.briefings.get(briefing_id)
    assert sum(len(s.items) for s in undone.sections) == count
    assert not window.isWindowModified()


def test_language_switch_keeps_work(qtbot, make_window, library):
    window = make_window(language="ar")
    menus = window.menus
    arabic_title = menus.file_menu.title()
    assert arabic_title != "&File"
    nav = window.navigation
    nav.choose("countries", {"KZ"})
    settled(qtbot, window)
    window.open_article(seed_id(library, "002"))
    window.browser.search_box.setText("")
    menus.language_actions["en"].trigger()
    assert menus.file_menu.title() == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert nav.current_filter().countries == ("KZ",)
    assert nav.models["countries"].label_of("KZ") == "Kazakhstan"
    assert window.reader.article.id == seed_id(library, "002")
    assert window.settings.language() == "en"
    menus.language_actions["ar"].trigger()
    assert menus.file_menu.title() == arabic_title
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert nav.current_filter().countries == ("KZ",)


def test_restart_restores_geometry_splitters_and_briefing(qtbot, make_window, library):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    # Within the test screen (800x600): restoring clamps a window to its screen.
    window.resize(780, 560)
    QApplication.processEvents()  # laid out narrow: the composer column folded away
    window.splitter.setSizes([150, 190, 230, 210])
    sizes = window.splitter.sizes()
    other = None
    if window.has_panel():
        other = library.briefings.create("Second briefing")
        window.briefing.open_briefing(other)
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert (again.size().width(), again.size().height()) == (780, 560)
    assert again.splitter.sizes() == sizes
    if other is not None:
        assert again.briefing.current_briefing_id() == other


def test_import_folder_by_file_action(qtbot, make_window, tmp_path, library):
    from ui_fixtures import AnsweringDialogs

    folder = tmp_path / "incoming"
    folder.mkdir()
    source = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    (folder / "new.txt").write_text(source.replace("أوزبكستان", "أوزبكستان الشقيقة", 3), encoding="utf-8")
    shutil.copy(next(SEEDS.glob("000_*.txt")), folder / "again.txt")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    dialogs = AnsweringDialogs()
    dialogs.folder = str(folder)
    window = make_window(dialogs=dialogs)
    window.menus.import_folder.trigger()
    qtbot.waitUntil(lambda: not window.importing, timeout=10000)
    qtbot.waitUntil(lambda: window.browser.articles.total() == 6)
    dialog = window.import_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert (dialog.imported.text(), dialog.duplicates.text(), dialog.rejected.text()) == ("1", "1", "1")
    assert "blank.txt" in dialog.details.toPlainText()
    assert window.browser.articles.total() == 6 == library.article_count()
    assert "6" in window.count_label.text()


def test_dropped_files_are_imported(qtbot, make_window, tmp_path, library):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    source = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    dropped = tmp_path / "dropped.txt"
    dropped.write_text(source.replace("القمة", "القمة الإقليمية", 2), encoding="utf-8")
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.importing, timeout=10000)
    qtbot.waitUntil(lambda: window.browser.articles.total() == 6)
    assert window.import_dialog.imported.text() == "1"


def test_latest_search_wins(qtbot, make_window):
    window = make_window()
    browser = window.browser
    browser.search_box.setText("سمرقند")
    browser.run_search()
    browser.search_box.setText("طشقند")
    browser.run_search()
    qtbot.waitUntil(lambda: not browser.searching, timeout=5000)
    assert browser.results.query == "طشقند"
