"""What import removed, seen from the reader of the real window: the removed lines with
their kinds in the page's order, the file as it was read, and an article with nothing
removed saying so.

Sentences from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian Journal for
Science and Engineering 46(8), 2021): BB-culture-134-20180429 (BBC Arabic), dressed as a
saved page with a dateline, a share row and a "read also" box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui_fixtures import *  # noqa: F401,F403

HEADLINE = "كاني ويست يدافع عن ترامب بأغنية جديدة"
PARAGRAPHS = (
    "بعد أسبوع من نشره تغريدات مثيرة للجدل على تويتر حول دعمه للرئيس الأمريكي دونالد ترامب، "
    "كشف المغني \"كاني ويست\" عن تقديم أغنية جديدة يدافع فيها عن أرائه السياسية ويرد على منتقديه.",
    "ودائما ما انتقد \"تي.آى.\" صديقه ويست لدعمه ترامب وإعلان تأييده سياسيا.",
    "لكن ويست يتمسك بموقفه في مواجهة الانتقادات ويصر على أنه \"يناضل من أجل الناس\".",
)
FURNISHED = [HEADLINE, "", "29 أبريل/ نيسان 2018", "", "شارك هذه الصفحة عبر فيسبوك", ""]
FURNISHED += [line for p in PARAGRAPHS for line in (p, "")]
FURNISHED += ["اقرأ أيضا", "", "المزيد من بي بي سي"]


def _import(library, folder, name: str, lines: list[str]) -> int:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = library.import_paths([path]).results[0]
    assert result.article_id is not None, result.message
    return result.article_id


def _rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.table.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_removed_lines_and_the_file_shown_from_the_reader(make_window, library, qtbot, tmp_path):
    article_id = _import(library, tmp_path, "kanye.txt", FURNISHED)
    window = make_window(language="en")
    window.open_article(article_id)
    assert window.curation.removed_button.isEnabled()
    qtbot.mouseClick(window.curation.removed_button, Qt.MouseButton.LeftButton)
    dialog = window.curation.dialog
    assert dialog.objectName() == "removedLinesDialog" and dialog.isVisible()
    assert _rows(dialog) == [
        ("1", "Headline", HEADLINE),
        ("3", "Date line", "29 أبريل/ نيسان 2018"),
        ("5", "Share buttons", "شارك هذه الصفحة عبر فيسبوك"),
        ("13", "“Read also” box", "اقرأ أيضا"),
        ("15", "Another story's link", "المزيد من بي بي سي"),
    ]
    assert not dialog.table.isHidden() and "5" in dialog.summary.text()
    # Arabic text starts on its own side (the right) in an English window.
    text = dialog.table.model().index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(text) & Qt.AlignmentFlag.AlignTrailing
    # The file as read: every line, furniture included.
    shown = dialog.text.toPlainText()
    assert shown.split("\n")[:len(FURNISHED)] == FURNISHED
    assert "kanye.txt" in dialog.file_label.text()
    # Read only: nothing went on the undo stack.
    assert window.undo_stack.count() == 0
    dialog.close()
    qtbot.waitUntil(lambda: not window.loader.busy)


def test_an_article_with_nothing_removed_says_so(make_window, library, qtbot, tmp_path):
    # Opens with a sentence: the title is derived and every line stays in the body.
    article_id = _import(library, tmp_path, "plain.txt", [PARAGRAPHS[0], "", PARAGRAPHS[1]])
    assert library.original(article_id).removed == ()
    window = make_window(language="ar")
    window.open_article(article_id)
    dialog = window.curation.show_removed()
    assert dialog.table.isHidden() and dialog.table.model().rowCount() == 0
    summary = dialog.summary.text()
    assert summary and any("\u0600" <= c <= "\u06ff" for c in summary)
    assert summary != "Import removed nothing: every line of the page is in the body."
    assert PARAGRAPHS[1] in dialog.text.toPlainText()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.close()
    qtbot.waitUntil(lambda: not window.loader.busy)


def test_no_article_shown_means_nothing_to_show(make_window):
    window = make_window(language="en")
    window.curation.article_shown(None)
    assert not window.curation.removed_button.isEnabled()
    assert window.curation.show_removed() is None
