"""The analyst corrects the machine in the real window: details and tags from the reader
(with undo), the near-duplicate link and hiding repeats, pasting text as an article.

Paragraphs from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian Journal for
Science and Engineering 46(8), 2021): SK-middleEast-3165-20180729 (Sky News Arabia).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import seed_id
from tests.ui_fixtures import *  # noqa: F401,F403

from tests.real_press import PARAS, TITLE


def _ok(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_details_edited_from_the_reader_and_undone(make_window, library, qtbot):
    window = make_window(language="en")
    article_id = seed_id(library, "002")
    window.open_article(article_id)
    assert window.curation.details_button.isEnabled()
    qtbot.mouseClick(window.curation.details_button, Qt.MouseButton.LeftButton)
    dialog = window.curation.dialog
    # QTest types ASCII only: the Arabic outlet is set as a paste would set it.
    dialog.fields["outlet"].setText("سكاي نيوز عربية")
    dialog.fields["published"].clear()
    qtbot.keyClicks(dialog.fields["published"], "not a date")
    _ok(dialog, qtbot)
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.error.text()  # refused, said at once
    dialog.fields["published"].clear()
    qtbot.keyClicks(dialog.fields["published"], "2018-07-29")
    _ok(dialog, qtbot)
    source = library.article(article_id).source
    assert (source.outlet, source.published) == ("سكاي نيوز عربية", "2018-07-29")
    assert "سكاي نيوز عربية" in window.reader.toPlainText()
    window.undo_stack.undo()
    source = library.article(article_id).source
    assert source is None or source.outlet != "سكاي نيوز عربية"
    window.undo_stack.redo()
    assert library.article(article_id).source.outlet == "سكاي نيوز عربية"
    qtbot.waitUntil(lambda: not window.loader.busy)


def test_a_country_and_a_topic_added_and_removed_from_the_reader(make_window, library, qtbot):
    window = make_window(language="en")
    article_id = seed_id(library, "004")
    window.open_article(article_id)
    before = library.article(article_id)
    assert "UZ" in before.countries
    window.curation.tags_action.trigger()
    dialog = window.curation.dialog
    qtbot.keyClicks(dialog.search, "Mali")
    proxy = dialog.finder
    found = {proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(proxy.rowCount())}
    assert set(found) == {"ML", "SO"}  # Mali, and Somalia holds "mali"
    proxy.setData(proxy.index(found["ML"], 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    countries = dialog.countries
    countries.setData(countries.index(countries.row_of("UZ"), 0), Qt.CheckState.Unchecked,
                      Qt.ItemDataRole.CheckStateRole)
    topics = dialog.topics
    topics.setData(topics.index(topics.row_of("water"), 0), Qt.CheckState.Checked,
                   Qt.ItemDataRole.CheckStateRole)
    _ok(dialog, qtbot)
    after = library.article(article_id)
    assert "ML" in after.countries and "UZ" not in after.countries and "water" in after.topics
    library.retag()
    assert "UZ" not in library.article(article_id).countries  # the choice survives retagging
    window.undo_stack.undo()
    assert "UZ" in library.article(article_id).countries and "ML" not in library.article(article_id).countries
    qtbot.waitUntil(lambda: not window.loader.busy)


def test_pasted_text_opens_as_an_article_and_its_repeat_links_to_it(make_window, library, qtbot):
    window = make_window(language="en")
    QApplication.clipboard().setText("\n".join([TITLE, *PARAS]))
    first = window.curation.paste_article()
    assert window.reader.article.id == first and window.reader.article.title == TITLE
    assert window.curation.repeat_link.isHidden()
    # The same story with a few words changed, pasted again.
    QApplication.clipboard().setText("\n".join([TITLE, PARAS[0].replace("جاهدا", "بكل قوته"), *PARAS[1:]]))
    second = window.curation.paste_article()
    assert second != first and library.repeat_of(second)[0] == first
    link = window.curation.repeat_link
    assert not link.isHidden() and f'href="{first}"' in link.text()
    link.linkActivated.emit(str(first))
    assert window.reader.article.id == first
    assert "repeated by 1" in window.curation.repeat_link.text()
    # Hiding repeats leaves the second out of the list.
    window.curation.hide_repeats_action.trigger()
    assert window.navigation.current_filter().hide_repeats
    ids = {a.id for a in library.articles(window.navigation.current_filter())}
    assert first in ids and second not in ids
    QApplication.clipboard().setText("   ")
    assert window.curation.paste_article() is None
    qtbot.waitUntil(lambda: not window.loader.busy)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_curation_strings_are_translated(make_window, language):
    window = make_window(language=language)
    text = window.curation.details_button.text()
    assert text and (("…" in text) if language == "en" else any("\u0600" <= c <= "\u06ff" for c in text))
    assert window.curation.paste_action.text()
