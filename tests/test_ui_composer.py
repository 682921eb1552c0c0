"""The briefing composer panel on a real library: outline, edits, undo, drops, export."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QThreadPool, QRunnable
from dossier.ui.undo_stack import UndoStack
from PySide6.QtWidgets import QLineEdit, QPushButton

from conftest import seed_id
from dossier.export import ExportOptions
from dossier.ui.briefing_outline_model import COL_NOTE, COL_TEXT, EXCERPT_MIME, ROW_ROLE
from dossier.ui.briefing_panel import BriefingPanel
from dossier.ui.export_dialog import default_file_name


class Dialogs:
    """Answers the panel's questions the way a test says."""

    def __init__(self):
        self.save_path = None
        self.options = ExportOptions()
        self.confirm_answer = True
        self.confirms, self.errors, self.opened, self.suggested = [], [], [], []

    def save_file(self, parent, caption, suggested, name_filter):
        self.suggested.append(suggested)
        return None if self.save_path is None else str(self.save_path)

    def export_options(self, parent, options):
        return self.options

    def confirm(self, parent, title, text):
        self.confirms.append(text)
        return self.confirm_answer

    def error(self, parent, title, text):
        self.errors.append(text)

    def open_file(self, path):
        self.opened.append(path)


@pytest.fixture
def panel(qtbot, library):
    stack = UndoStack()
    widget = BriefingPanel(library, stack, dialogs=Dialogs())
    widget.stack = stack  # the test's handle on the window's stack
    qtbot.addWidget(widget)
    widget.open_briefing(library.briefings.list()[0].id)
    return widget


def snap(panel):
    return panel.library.briefings.get(panel.current_briefing_id())


def item_index(panel, section_row, item_row, column=COL_TEXT):
    model = panel.outline_model
    return model.index(item_row, column, model.index(section_row, 0))


def drag(panel, index) -> QMimeData:
    return panel.outline_model.mimeData([index])


def test_opening_the_sample_shows_sections_and_items(panel):
    briefing = snap(panel)
    model = panel.outline_model
    assert model.rowCount() == len(briefing.sections) == 3
    for srow, section in enumerate(briefing.sections):
        assert model.index(srow, COL_TEXT).data() == section.heading
        assert model.rowCount(model.index(srow, 0)) == len(section.items)
    first = briefing.sections[0].items[0]
    assert item_index(panel, 0, 0).data(ROW_ROLE) == first
    assert item_index(panel, 0, 0).data() == " ".join(first.excerpt.quote.split())
    assert item_index(panel, 0, 0, COL_NOTE).data() == first.note
    note_only = briefing.sections[2].items[-1]
    assert note_only.excerpt is None and item_index(panel, 2, 1).data() == note_only.note
    assert panel.fields["title"].text() == briefing.info.title
    assert panel.summary.toPlainText() == briefing.info.summary
    assert panel.chooser.currentText() == briefing.info.title


def test_models_pass_the_model_tester(panel, qtmodeltester):
    qtmodeltester.check(panel.outline_model)
    qtmodeltester.check(panel.list_model)
    panel.excerpt_list.reload()
    assert panel.excerpt_list.model.rowCount() == 6
    qtmodeltester.check(panel.excerpt_list.model)
    panel.new_briefing()  # an empty outline too
    qtmodeltester.check(panel.outline_model)


def test_editing_a_note_persists_and_undoes(panel):
    before = snap(panel)
    index = item_index(panel, 0, 1, COL_NOTE)
    assert panel.outline_model.setData(index, "ملاحظة جديدة")
    after = snap(panel)
    assert after.sections[0].items[1].note == "ملاحظة جديدة"
    assert item_index(panel, 0, 1, COL_NOTE).data() == "ملاحظة جديدة"
    panel.stack.undo()
    assert snap(panel) == before
    panel.stack.redo()
    assert snap(panel) == after


def test_renaming_a_section_in_its_editor(panel, qtbot):
    panel.show()
    index = panel.outline_model.index(1, COL_TEXT)
    panel.outline.setCurrentIndex(index)
    panel.outline_edits.edit_current()
    editor = panel.outline.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Summits")  # key events carry ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: snap(panel).sections[1].heading == "Summits")
    assert panel.outline.currentIndex().data() == "Summits"


def test_typing_in_a_field_is_saved_after_a_pause_as_one_undo_step(panel, qtbot):
    title = panel.fields["title"]
    old = snap(panel).info.title
    title.selectAll()
    qtbot.keyClicks(title, "Brief")
    assert panel.chooser.currentText() == "Brief"  # the list follows the typing at once
    assert panel.library.briefings.info(panel.current_briefing_id()).title == old  # not yet written
    qtbot.waitUntil(lambda: panel.library.briefings.info(panel.current_briefing_id()).title == "Brief")
    qtbot.keyClicks(title, "ing")
    panel.stack.undo()  # saves what is being typed first, then undoes the whole run
    assert snap(panel).info.title == old and title.text() == old
    assert panel.stack.count() == 1 and panel.stack.redoText() == "Edit title"
    panel.stack.redo()
    assert snap(panel).info.title == "Briefing" and title.text() == "Briefing"


def test_date_is_validated(panel, qtbot):
    date_edit = panel.fields["date"]
    date_edit.setText("٢٠٢٥-٠٣-١٨")  # Arabic-Indic digits are read too
    date_edit.editingFinished.emit()
    assert snap(panel).info.date == "2025-03-18"
    date_edit.setText("2025-13-40")
    with qtbot.waitSignal(panel.statusMessage):
        date_edit.editingFinished.emit()
    assert snap(panel).info.date == "2025-03-18" and date_edit.text() == "2025-03-18"


def test_drag_and_drop_reorders_sections_and_items(panel):
    model = panel.outline_model
    ids = [s.id for s in snap(panel).sections]
    assert model.dropMimeData(drag(panel, model.index(2, 0)), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [s.id for s in snap(panel).sections] == [ids[2], ids[0], ids[1]]
    assert model.dropMimeData(drag(panel, model.index(0, 0)), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert [s.id for s in snap(panel).sections] == [ids[0], ids[1], ids[2]]

    items = [i.id for i in snap(panel).sections[0].items]
    section = model.index(0, 0)
    assert model.dropMimeData(drag(panel, item_index(panel, 0, 0)), Qt.DropAction.MoveAction, 3, 0, section)
    assert [i.id for i in snap(panel).sections[0].items] == [items[1], items[2], items[0]]
    assert panel.outline.currentIndex().data(ROW_ROLE).id == items[0]  # the selection follows
    # A drop where it already is changes nothing.
    assert not model.dropMimeData(drag(panel, item_index(panel, 0, 2)), Qt.DropAction.MoveAction,
                                  -1, 0, section)


def test_moving_an_item_between_sections(panel):
    model = panel.outline_model
    before = snap(panel)
    moving = before.sections[0].items[0]
    target = model.index(1, 0)
    assert model.canDropMimeData(drag(panel, item_index(panel, 0, 0)), Qt.DropAction.MoveAction, 1, 0, target)
    model.dropMimeData(drag(panel, item_index(panel, 0, 0)), Qt.DropAction.MoveAction, 1, 0, target)
    after = snap(panel)
    assert [i.id for i in after.sections[1].items][1] == moving.id
    assert moving.id not in [i.id for i in after.sections[0].items]
    panel.stack.undo()
    assert snap(panel) == before

    # The keyboard way: Down at a section's last item crosses into the next section.
    panel.outline.setCurrentIndex(item_index(panel, 0, 2))
    last = before.sections[0].items[2].id
    panel.outline_edits.move_current(1)
    assert snap(panel).sections[1].items[0].id == last
    panel.outline_edits.move_current(-1)
    assert snap(panel) == before
    panel.outline.setCurrentIndex(model.index(0, 0))
    panel.outline_edits.move_current(1)
    assert [s.id for s in snap(panel).sections][1] == before.sections[0].id


def test_undo_and_redo_restore_every_state_exactly(panel, library, qtbot):
    states = [snap(panel)]
    model = panel.outline_model
    article = seed_id(library, "003")

    def step(action):
        action()
        states.append(snap(panel))

    step(lambda: qtbot.keyClicks(panel.fields["subtitle"], " (new)") or panel.flush_pending())
    step(lambda: panel.summary.setPlainText("ملخص آخر") or panel.flush_pending())
    step(panel.outline_edits.add_section)
    step(lambda: model.setData(model.index(1, COL_TEXT), "قسم جديد"))
    step(lambda: model.dropMimeData(drag(panel, model.index(1, 0)), Qt.DropAction.MoveAction, 0, 0,
                                    QModelIndex()))
    step(lambda: panel.outline.setCurrentIndex(model.index(0, 0)) or panel.outline_edits.add_note())
    step(lambda: model.setData(panel.outline.currentIndex(), "رأي المحلل"))  # the new note
    step(lambda: panel.add_excerpt(article, 10, 60))
    step(lambda: model.dropMimeData(drag(panel, item_index(panel, 1, 1)), Qt.DropAction.MoveAction,
                                    0, 0, model.index(0, 0)))
    step(lambda: panel.outline.setCurrentIndex(item_index(panel, 1, 0)) or panel.outline_edits.delete_current())
    step(lambda: panel.outline.setCurrentIndex(model.index(1, 0)) or panel.outline_edits.delete_current())
    assert [n for n, (a, b) in enumerate(zip(states, states[1:])) if a == b] == []
    assert panel.stack.count() == len(states) - 1

    for expected in reversed(states[:-1]):
        panel.stack.undo()
        assert snap(panel) == expected
    for expected in states[1:]:
        panel.stack.redo()
        assert snap(panel) == expected
    assert model.snapshot() == states[-1]


def test_add_excerpt_quotes_exactly_into_the_selected_section(panel, library):
    article_id = seed_id(library, "004")
    body = library.article(article_id).body
    start = body.index("أعلنت")
    end = body.index("دولار", start) + len("دولار")
    panel.outline.setCurrentIndex(panel.outline_model.index(0, 0))
    assert panel.add_excerpt(article_id, start, end)
    added = snap(panel).sections[0].items[-1]
    assert added.excerpt.quote == body[start:end]
    assert (added.excerpt.article_id, added.excerpt.start, added.excerpt.end) == (article_id, start, end)
    assert panel.outline.currentIndex().data(ROW_ROLE) == added


def test_add_excerpt_needs_an_open_briefing_and_makes_a_first_section(panel, library, qtbot):
    article_id = seed_id(library, "001")
    panel.open_briefing(None)
    with qtbot.waitSignal(panel.statusMessage):
        assert not panel.add_excerpt(article_id, 0, 30)
    panel.new_briefing()
    panel.stack.clear()
    assert panel.add_excerpt(article_id, 0, 30)
    sections = snap(panel).sections
    assert len(sections) == 1 and len(sections[0].items) == 1
    panel.stack.undo()  # the new section and its excerpt are one step
    assert snap(panel).sections == ()
    assert not panel.add_excerpt(article_id, 5, 5)


def test_dropping_an_excerpt_from_the_reader(panel, library):
    article_id = seed_id(library, "002")
    body = library.article(article_id).body
    data = QMimeData()
    data.setData(EXCERPT_MIME, json.dumps({"article_id": article_id, "start": 0, "end": 25}).encode())
    model = panel.outline_model
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, model.index(1, 0))
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, model.index(1, 0))
    first = snap(panel).sections[1].items[0]
    assert first.excerpt.quote == body[0:25].strip()
    bad = QMimeData()
    bad.setData(EXCERPT_MIME, b"not json")
    assert not model.canDropMimeData(bad, Qt.DropAction.CopyAction, 0, 0, model.index(1, 0))


def test_jump_from_an_item_to_the_article(panel, qtbot):
    excerpt = snap(panel).sections[1].items[0].excerpt
    panel.outline.setCurrentIndex(item_index(panel, 1, 0))
    with qtbot.waitSignal(panel.jumpRequested) as blocker:
        panel.outline.doubleClicked.emit(item_index(panel, 1, 0))
    assert blocker.args == [excerpt.article_id, excerpt.start, excerpt.end]


def test_deleting_a_briefing_asks_first_and_undo_brings_it_back(panel):
    briefing_id = panel.current_briefing_id()
    panel.outline_model.setData(item_index(panel, 0, 0, COL_NOTE), "x")
    before = panel.library.briefings.get(briefing_id)
    panel.dialogs.confirm_answer = False
    assert not panel.delete_briefing()
    assert panel.current_briefing_id() == briefing_id
    panel.dialogs.confirm_answer = True
    assert panel.delete_briefing()
    assert panel.library.briefings.list() == [] and panel.current_briefing_id() is None
    panel.stack.undo()
    assert panel.current_briefing_id() == briefing_id
    assert panel.library.briefings.get(briefing_id).sections == before.sections
    panel.stack.undo()  # the earlier note edit still finds its item
    assert snap(panel).sections[0].items[0].note != "x"
    panel.stack.redo()
    panel.stack.redo()
    assert panel.library.briefings.list() == [] and panel.current_briefing_id() is None


class _Hold(QRunnable):
    """Keeps a one-thread pool busy until released, so a test can act before a job runs."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def run(self):
        self.release.wait(10)


def test_export_writes_the_pdf_off_the_ui_thread_and_offers_to_open_it(panel, tmp_path, qtbot):
    panel.dialogs.save_path = tmp_path / "موجز"
    panel.dialogs.options = ExportOptions(page_size="Letter", digits="arabic")
    assert panel.export_pdf()
    with qtbot.waitSignal(panel.export_run.finished, timeout=20000) as blocker:
        pass
    pdf = tmp_path / "موجز.pdf"
    assert blocker.args == [str(pdf)]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert panel.dialogs.opened == [str(pdf)]
    assert panel.dialogs.suggested[0].endswith(default_file_name(snap(panel).info.title))
    assert panel.export_options.page_size == "Letter"


def test_export_failure_is_reported_and_leaves_no_file(panel, tmp_path, qtbot):
    target = tmp_path / "missing" / "out.pdf"
    panel.dialogs.save_path = target
    panel.export_pdf()
    with qtbot.waitSignal(panel.export_run.failed, timeout=20000):
        pass
    assert len(panel.dialogs.errors) == 1 and not target.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and panel.export_run is None


def test_cancelled_export_leaves_no_file(panel, tmp_path, qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    hold = _Hold()
    pool.start(hold)
    panel.thread_pool = pool
    panel.dialogs.save_path = tmp_path / "cancelled.pdf"
    assert panel.export_pdf()
    run = panel.export_run
    run.progress_dialog.findChild(QPushButton).click()  # its Cancel button
    hold.release.set()
    with qtbot.waitSignal(run.cancelled, timeout=20000):
        pass
    pool.waitForDone()
    assert list(tmp_path.iterdir()) and not (tmp_path / "cancelled.pdf").exists()
    assert not list(tmp_path.glob(".cancelled.pdf*")) and panel.dialogs.errors == []


def test_retranslate_and_file_names(panel):
    panel.retranslate()
    assert panel.act_export.text()
    assert default_file_name('a/b: "c"?') == "a b c.pdf"
    assert default_file_name("  ") == "briefing.pdf"


def test_a_real_drop_on_the_outline_view(panel, library, qtbot):
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    panel.resize(600, 800)
    panel.show()
    qtbot.waitExposed(panel)
    article_id = seed_id(library, "003")
    data = QMimeData()
    data.setData(EXCERPT_MIME, json.dumps({"article_id": article_id, "start": 0, "end": 40}).encode())
    point = panel.outline.visualRect(panel.outline_model.index(2, 0)).center()
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = panel.outline.viewport()
    for event in (QDragEnterEvent(point, *args), QDragMoveEvent(point, *args)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(point.toPointF(), *args))
    items = snap(panel).sections[2].items
    assert len(items) == 3 and items[-1].excerpt.article_id == article_id
    assert panel.outline.currentIndex().data(ROW_ROLE) == items[-1]


def test_the_export_options_dialog(qtbot):
    from dossier.ui.export_dialog import ExportDialog

    dialog = ExportDialog(ExportOptions(page_size="Letter", digits="arabic"))
    qtbot.addWidget(dialog)
    assert dialog.options() == ExportOptions(page_size="Letter", digits="arabic")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("A4"))
    dialog.retranslate()  # keeps the choice
    assert dialog.options() == ExportOptions(page_size="A4", digits="arabic")
