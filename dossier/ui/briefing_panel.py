"""The briefing composer: a binder (which briefing, its outline) beside an editor that
shows the selected part in full (the quote, its citation, a roomy note), the briefing's
own fields, and the library's excerpts. Side by side when there is width, one above the
other in a narrow column.

Every edit is an undo command on the window's one QUndoStack, applied before it is
pushed (a refused edit leaves no step). Each command says what it changed, and the
composer refreshes only that: a field typed into repaints the field and its title in
the list; a note, its row; only a change of the outline re-reads the briefing, and only
a change of excerpts re-marks the reader. Typing is saved after a pause, as one write.
Questions to the analyst go through ``dialogs`` so tests answer them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..briefing.briefings import BriefingError
from ..briefing.changes import Change
from ..model import Item
from . import commands as cmd
from .briefing_binder import BriefingBinder
from .briefing_dialogs import BriefingDialogs
from .briefing_fields_view import BriefingFieldsView
from .briefing_list_model import BriefingListModel
from .briefing_outline_model import COL_TEXT, BriefingOutlineModel
from .briefing_outline_model import ID_ROLE as OUTLINE_ID_ROLE
from .briefing_outline_model import ROW_ROLE as OUTLINE_ROW_ROLE
from .composer_excerpts import ComposerExcerpts
from .composer_outline import OutlineEditing
from .excerpt_list_view import ExcerptListView
from .item_editor_view import ItemEditorView
from .pending_edits import PendingEdits
from .undo_stack import UndoStack

SIDE_BY_SIDE_WIDTH = 520  # narrower than this, the editor goes under the binder
BINDER_SHARE = 0.36  # of the width side by side; of the height one above the other: 0.55
SELECTION_TAB, BRIEFING_TAB, EXCERPTS_TAB = range(3)


class BriefingPanel(QWidget):
    """Compose briefings: pick one, write its fields and outline, export it."""

    jumpRequested = Signal(int, int, int)  # article id, start, end
    statusMessage = Signal(str)
    briefingChanged = Signal(int)  # the open briefing was opened or its outline edited; -1: none
    excerptsChanged = Signal(list)  # ids of articles whose excerpts changed

    def __init__(self, library, undo_stack: QUndoStack, parent=None, dialogs=None):
        super().__init__(parent)
        self.library = library
        self.briefings = library.briefings
        self.undo_stack = undo_stack
        self.dialogs = dialogs or BriefingDialogs()
        self.export_options = None  # the last export's choices (ExportOptions), once there was one
        self.export_run = None
        self.thread_pool: QThreadPool | None = None  # None: Qt's global pool
        self._briefing_id: int | None = None
        self._info = None
        self._syncing_list = False
        self._collapsed: set[int] = set()
        self._proportioned = False
        self.ctx = cmd.CommandContext(self.briefings, undo_stack, self._apply, self.report)
        self.pending = PendingEdits(self._save_pending, self)
        if isinstance(undo_stack, UndoStack):
            undo_stack.add_flusher(self.flush_pending)
        self._build()
        self.retranslate()
        self.refresh_list()
        self._update_actions()

    # Building
    def _build(self) -> None:
        self.list_model = BriefingListModel(self)
        self.outline_model = BriefingOutlineModel(self.library, self.ctx, self)
        self.binder = BriefingBinder(self.list_model, self.outline_model)
        self.chooser = self.binder.chooser
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.outline = self.binder.outline
        self.outline.doubleClicked.connect(self._on_double_click)
        self.outline.selectionModel().currentChanged.connect(self._on_outline_current)
        self.outline.collapsed.connect(lambda i: self._collapsed.add(i.data(OUTLINE_ID_ROLE)))
        self.outline.expanded.connect(lambda i: self._collapsed.discard(i.data(OUTLINE_ID_ROLE)))

        self.editor = ItemEditorView()
        self.editor.noteEdited.connect(lambda item_id, text: self.pending.put(("note", item_id), text))
        self.editor.headingEdited.connect(lambda sid, text: self.pending.put(("heading", sid), text))
        self.editor.editingFinished.connect(self.flush_pending)
        self.excerpts = ComposerExcerpts(self)
        self.outline_edits = OutlineEditing(self)
        self.editor.jumpRequested.connect(self.jump_to_current)
        self.editor.boundsRequested.connect(self.excerpts.use_reader_selection)
        self.editor.deleteExcerptRequested.connect(self.excerpts.delete_selected)

        self.fields_view = BriefingFieldsView()
        self.fields = self.fields_view.fields
        self.summary = self.fields_view.summary
        self.fields_view.fieldEdited.connect(self._field_typed)
        self.fields_view.editingFinished.connect(self.flush_pending)
        self.fields_view.dateRejected.connect(lambda: self.statusMessage.emit(
            self.tr("Write the date as YYYY-MM-DD, for example 2025-03-18.")))
        fields_area = QScrollArea()
        fields_area.setWidgetResizable(True)
        fields_area.setFrameShape(QFrame.Shape.NoFrame)
        fields_area.setWidget(self.fields_view)

        self.excerpt_list = ExcerptListView(self.library)
        self.excerpt_list.addRequested.connect(self.excerpts.add_from_library)
        self.excerpt_list.jumpRequested.connect(self.jumpRequested)
        self.excerpt_list.deleteRequested.connect(self.excerpts.delete)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("composerTabs")
        self.tabs.setDocumentMode(True)
        for widget in (self.editor, fields_area, self.excerpt_list):
            self.tabs.addTab(widget, "")
        self.warning = QLabel()
        self.warning.setObjectName("composerWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b91c1c;")
        self.warning.hide()

        self._connect_actions()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.binder)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.warning)
        column.addWidget(self.splitter, 1)

    def _connect_actions(self) -> None:
        binder, edits = self.binder, self.outline_edits
        for name, slot in (("act_new", self.new_briefing), ("act_delete_briefing", self.delete_briefing),
                           ("act_export", self.export_pdf), ("act_add_section", edits.add_section),
                           ("act_add_note", edits.add_note), ("act_edit", edits.edit_current),
                           ("act_delete", edits.delete_current), ("act_up", lambda: edits.move_current(-1)),
                           ("act_down", lambda: edits.move_current(1)), ("act_jump", self.jump_to_current)):
            action = getattr(binder, name)
            action.triggered.connect(lambda *_, slot=slot: slot())
            setattr(self, name, action)

    def retranslate(self) -> None:
        self.fields_view.retranslate()
        self.editor.retranslate()
        self.excerpt_list.retranslate()
        self.binder.retranslate()
        for index, text in ((SELECTION_TAB, self.tr("Selected")), (BRIEFING_TAB, self.tr("Briefing")),
                            (EXCERPTS_TAB, self.tr("Excerpts"))):
            self.tabs.setTabText(index, text)
        self.list_model.retranslate()
        self.outline_model.retranslate()
        self.outline_model.new_heading = self.tr("New section")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation() or not self._proportioned:
            self._proportioned = True
            self.splitter.setOrientation(orientation)
            length = event.size().width() if wide else event.size().height()
            binder = int(length * (BINDER_SHARE if wide else 0.55))
            self.splitter.setSizes([binder, length - binder])

    def hideEvent(self, event) -> None:
        self.flush_pending()  # closing the window, or leaving the composer
        super().hideEvent(event)

    # Opening and refreshing
    def current_briefing_id(self) -> int | None:
        return self._briefing_id

    def refresh_list(self) -> None:
        self._syncing_list = True
        try:
            self.list_model.set_infos(self.briefings.list())
            self.chooser.setCurrentIndex(self.list_model.row_of(self._briefing_id))
        finally:
            self._syncing_list = False

    def reload(self) -> None:
        """Show the library as it is now (after another window or process wrote to it)."""
        self.flush_pending()
        self.refresh_list()
        self.open_briefing(self._briefing_id, keep=True)
        self.excerpt_list.mark_stale()

    def open_briefing(self, briefing_id: int | None, focus=None, keep: bool = False) -> None:
        self.flush_pending()
        try:
            snapshot = self.briefings.get(briefing_id) if briefing_id is not None else None
        except BriefingError:
            snapshot = None
        if not (keep and snapshot is not None and snapshot.id == self._briefing_id):
            self._collapsed.clear()
        self._briefing_id = snapshot.id if snapshot else None
        self._show(snapshot, focus)
        self.refresh_list()
        self.briefingChanged.emit(self._briefing_id if self._briefing_id is not None else -1)

    def _apply(self, change: Change) -> None:
        """What a command changed, shown: each part of the composer refreshes only that."""
        self.warning.hide()
        if change.briefings:
            self._briefings_changed(change.briefing_id)
        elif change.briefing_id is not None and change.briefing_id != self._briefing_id:
            self.open_briefing(change.briefing_id, change.focus)  # undo in another briefing
        else:
            if change.fields and self._info is not None:
                self._info = replace(self._info, **dict(change.fields))
                self.fields_view.show_info(self._info)
                self.list_model.update_info(self._info)
            for item_id, note in change.notes:
                if (item := self.outline_model.set_note(item_id, note)) is not None:
                    self._show_in_editor(item, focused_only=True)
            if change.outline:
                self._reread(change.focus)
            elif change.focus:
                self._select(change.focus)
        if change.articles:
            self.excerpts.refresh_reader(change.articles)
            self.excerptsChanged.emit(sorted(change.articles))
        if change.articles or change.outline or change.briefings:
            self.excerpt_list.mark_stale()

    def _reread(self, focus) -> None:
        try:
            snapshot = self.briefings.get(self._briefing_id)
        except BriefingError:
            self.open_briefing(None)
            return
        self._show(snapshot, focus)
        self.briefingChanged.emit(self._briefing_id)

    def _briefings_changed(self, briefing_id: int | None) -> None:
        infos = self.briefings.list()
        if any(info.id == briefing_id for info in infos):
            self.open_briefing(briefing_id)
            return
        row = max(self.list_model.row_of(briefing_id), 0)
        self._briefing_id = None
        self.list_model.set_infos(infos)
        following = self.list_model.info_at(min(row, self.list_model.rowCount() - 1))
        self.open_briefing(following.id if following else None)

    def _show(self, snapshot, focus) -> None:
        keep = self._current_key()
        keep_row = self.outline.currentIndex()
        self._info = snapshot.info if snapshot else None
        self.outline_model.set_snapshot(snapshot)
        self.fields_view.show_info(self._info)
        for widget in (self.tabs, self.outline):
            widget.setEnabled(snapshot is not None)
        for row in range(self.outline_model.rowCount()):
            index = self.outline_model.index(row, 0)
            self.outline.setExpanded(index, index.data(OUTLINE_ID_ROLE) not in self._collapsed)
        target = focus if focus and focus[0] in ("section", "item") else keep
        index = self.outline_model.index_of(*target) if target else QModelIndex()
        if not index.isValid() and keep_row.isValid():
            index = self._nearest(keep_row)
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.scrollTo(index)
        self._update_actions()

    def _select(self, focus) -> None:
        index = self.outline_model.index_of(*focus)
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.scrollTo(index)

    def _nearest(self, old: QModelIndex) -> QModelIndex:
        # The selected row went away (deleted or undone): select what took its place.
        model = self.outline_model
        parent = model.index(min(old.parent().row(), model.rowCount() - 1), 0) \
            if old.parent().isValid() else QModelIndex()
        count = model.rowCount(parent)
        if count:
            return model.index(min(old.row(), count - 1), COL_TEXT, parent)
        return parent if parent.isValid() else QModelIndex()

    def _current_key(self) -> tuple[str, int] | None:
        entry = self.outline.currentIndex().data(OUTLINE_ROW_ROLE)
        if entry is None:
            return None
        return ("item" if isinstance(entry, Item) else "section", entry.id)

    def _on_chosen(self, row: int) -> None:
        info = self.list_model.info_at(row)
        if not self._syncing_list and info is not None and info.id != self._briefing_id:
            self.open_briefing(info.id)

    def _on_outline_current(self, *_args) -> None:
        self._update_actions()
        if self.outline.hasFocus():  # the analyst picked it: show it
            self.tabs.setCurrentIndex(SELECTION_TAB)

    def _show_in_editor(self, entry, focused_only: bool = False) -> None:
        if focused_only and (entry is None or self.editor.entry is None
                             or (type(entry), entry.id) != (type(self.editor.entry), self.editor.entry.id)):
            return
        excerpt = getattr(entry, "excerpt", None)
        snapshot = self.outline_model.snapshot()
        citation = snapshot.citation_for(excerpt.article_id) if excerpt and snapshot else None
        self.editor.show_entry(entry, citation)

    def report(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()
        self.statusMessage.emit(text)

    # Typing, saved after a pause
    def _field_typed(self, name: str, value) -> None:
        if self._briefing_id is None or self._info is None:
            return
        self.pending.put(("field", name), value)
        if name == "date":
            self.flush_pending()
        elif name == "title":  # the list shows the title as it is typed
            self.list_model.update_info(replace(self._info, title=value))

    def flush_pending(self) -> None:
        if self.pending:
            self.pending.flush()

    def _save_pending(self, key, value) -> None:
        kind, target = key
        bid = self._briefing_id
        if bid is None:
            return
        if kind == "field":
            old = getattr(self._info, target)
            command = None if value == old else cmd.EditFieldCommand(self.ctx, bid, target, value, old)
        else:
            index = self.outline_model.index_of("item" if kind == "note" else "section", target)
            entry = index.data(OUTLINE_ROW_ROLE)
            if entry is None:
                return
            if kind == "note":
                command = None if value == entry.note else \
                    cmd.EditNoteCommand(self.ctx, bid, target, value, entry.note)
            else:
                value = value.strip()
                command = None if value == entry.heading else \
                    cmd.RenameSectionCommand(self.ctx, bid, target, value, entry.heading)
        if command is not None and not self.ctx.run(command):
            # Kept, to be saved with the next keystroke or when the analyst moves on.
            self.pending.put(key, value)
            self.pending.timer.stop()

    def run(self, command: cmd.BriefingCommand) -> bool:
        self.flush_pending()
        return self.ctx.run(command)

    # Briefings
    def new_briefing(self) -> int:
        self.flush_pending()
        briefing_id = self.briefings.create(self.tr("Untitled briefing"), date=date.today().isoformat())
        self.open_briefing(briefing_id)
        self.tabs.setCurrentIndex(BRIEFING_TAB)
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()
        self.statusMessage.emit(self.tr("New briefing created."))
        return briefing_id

    def delete_briefing(self) -> bool:
        """Delete the open briefing (after asking); Undo brings it back."""
        if self._briefing_id is None:
            return False
        title = self.briefings.info(self._briefing_id).title
        question = self.tr("Delete the briefing “%1”? Undo brings it back.").replace("%1", title)
        if not self.dialogs.confirm(self, self.tr("Delete briefing"), question):
            return False
        if not self.run(cmd.DeleteBriefingCommand(self.ctx, self._briefing_id)):
            return False
        self.statusMessage.emit(self.tr("Briefing deleted."))
        return True

    # The outline
    def selected_rows(self) -> tuple[int | None, int | None]:
        """The selected section's row and the selected item's row in it (or None)."""
        index = self.outline.currentIndex()
        if not index.isValid():
            return None, None
        if index.parent().isValid():
            return index.parent().row(), index.row()
        return index.row(), None

    def write_note_of(self, item_id: int) -> None:
        """Select an item and put the cursor in its note."""
        self._select(("item", item_id))
        self.tabs.setCurrentIndex(SELECTION_TAB)
        self.editor.note.setFocus()

    def jump_to_current(self) -> bool:
        excerpt = getattr(self.outline.currentIndex().data(OUTLINE_ROW_ROLE), "excerpt", None)
        if excerpt is None:
            return False
        self.jumpRequested.emit(excerpt.article_id, excerpt.start, excerpt.end)
        return True

    def _on_double_click(self, index: QModelIndex) -> None:
        entry = index.data(OUTLINE_ROW_ROLE)
        if getattr(entry, "excerpt", None) is not None:
            self.jump_to_current()
        else:
            self.outline_edits.edit_current()

    def _update_actions(self) -> None:
        is_open = self._briefing_id is not None
        entry = self.outline.currentIndex().data(OUTLINE_ROW_ROLE) if is_open else None
        self.act_delete_briefing.setEnabled(is_open)
        for action in (self.act_add_section, self.act_add_note, self.act_export):
            action.setEnabled(is_open)
        for action in (self.act_edit, self.act_delete, self.act_up, self.act_down):
            action.setEnabled(entry is not None)
        self.act_jump.setEnabled(getattr(entry, "excerpt", None) is not None)
        self._show_in_editor(entry)

    # Excerpts (see composer_excerpts)
    def attach_reader(self, reader) -> None:
        self.excerpts.attach_reader(reader)

    def add_excerpt(self, article_id: int, start: int, end: int) -> bool:
        return self.excerpts.add_passage(article_id, start, end)

    # Export
    def export_pdf(self) -> bool:
        """Ask for options and a file, then write the PDF off the UI thread."""
        # The PDF and Word writers (reportlab and the rest) load on the first export, not
        # before the window's first paint.
        from .export_dialog import ExportRun

        self.flush_pending()
        if self._briefing_id is None:
            self.statusMessage.emit(self.tr("Open a briefing to export it."))
            return False
        if self.export_run is not None and self.export_run.worker is not None:
            self.statusMessage.emit(self.tr("An export is already running."))
            return False
        run = ExportRun(self.briefings.get(self._briefing_id), self.dialogs, self, self.export_options,
                        self.thread_pool)
        run.finished.connect(lambda path: self._export_ended(
            self.tr("Exported to %1").replace("%1", path)))
        run.failed.connect(lambda _message: self._export_ended(self.tr("The export failed.")))
        run.cancelled.connect(lambda: self._export_ended(self.tr("Export cancelled.")))
        self.export_run = run
        if not run.start():
            self.export_run = None
            return False
        self.export_options = run.options
        self.statusMessage.emit(self.tr("Exporting…"))
        return True

    def _export_ended(self, message: str) -> None:
        if self.export_run is not None:
            self.export_run.deleteLater()
        self.export_run = None
        self.statusMessage.emit(message)
