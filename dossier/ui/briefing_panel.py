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

from PySide6.QtCore import QEvent, QModelIndex, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QFrame, QInputDialog, QLabel, QMessageBox, QScrollArea,
                               QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget)

from ..briefing.briefings import BriefingError
from ..briefing.changes import Change
from ..export import ExportOptions
from ..model import Item, Section
from . import commands as cmd
from .briefing_binder import BriefingBinder
from .briefing_fields_view import BriefingFieldsView
from .briefing_list_model import BriefingListModel
from .briefing_outline_model import COL_TEXT, BriefingOutlineModel
from .briefing_outline_model import ID_ROLE as OUTLINE_ID_ROLE
from .briefing_outline_model import ROW_ROLE as OUTLINE_ROW_ROLE
from .excerpt_commands import DeleteExcerptCommand, SetExcerptBoundsCommand
from .excerpt_list_view import ExcerptListView
from .export_dialog import ExportDialog, ExportRun
from .file_dialogs import save_file_name
from .item_editor_view import ItemEditorView
from .pending_edits import PendingEdits
from .undo_stack import UndoStack

SIDE_BY_SIDE_WIDTH = 520  # narrower than this, the editor goes under the binder
BINDER_SHARE = 0.36  # of the width side by side; of the height one above the other: 0.55
SELECTION_TAB, BRIEFING_TAB, EXCERPTS_TAB = range(3)


class BriefingDialogs:
    """The questions the composer asks, with Qt's standard dialogs; tests pass their own."""

    def save_file(self, parent, caption: str, suggested: str, name_filter: str) -> str | None:
        return save_file_name(parent, caption, suggested, name_filter)

    def export_options(self, parent, options: ExportOptions) -> ExportOptions | None:
        return ExportDialog.ask(parent, options)

    def confirm(self, parent, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes

    def choose_section(self, parent, title: str, text: str, headings: list[str]) -> int | None:
        """The index of the heading chosen, or None when the analyst cancels."""
        chosen, ok = QInputDialog.getItem(parent, title, text, headings, 0, False)
        return headings.index(chosen) if ok and chosen in headings else None

    def error(self, parent, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_file(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


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
        self.export_options = ExportOptions()
        self.export_run: ExportRun | None = None
        self.thread_pool: QThreadPool | None = None  # None: Qt's global pool
        self.reader = None
        self._briefing_id: int | None = None
        self._info = None
        self._syncing_list = False
        self._collapsed: set[int] = set()
        self._proportioned = False
        self.ctx = cmd.CommandContext(self.briefings, undo_stack, self._apply, self._report)
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
        self.editor.jumpRequested.connect(self.jump_to_current)
        self.editor.boundsRequested.connect(self.use_reader_selection)
        self.editor.deleteExcerptRequested.connect(self.delete_current_excerpt)

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
        self.excerpt_list.addRequested.connect(self.add_library_excerpt)
        self.excerpt_list.jumpRequested.connect(self.jumpRequested)
        self.excerpt_list.deleteRequested.connect(self.delete_excerpt)

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

        self._make_actions()
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

    def _make_actions(self) -> None:
        icon = self.style().standardIcon
        pixmap = QStyle.StandardPixmap
        self.act_new = self._action("newBriefing", self.new_briefing, icon(pixmap.SP_FileIcon))
        self.act_delete_briefing = self._action("deleteBriefing", self.delete_briefing,
                                                icon(pixmap.SP_TrashIcon))
        self.act_export = self._action("exportBriefing", self.export_pdf,
                                       icon(pixmap.SP_DialogSaveButton))
        self.act_add_section = self._action("addSection", self.add_section,
                                            icon(pixmap.SP_FileDialogNewFolder))
        self.act_add_note = self._action("addNote", self.add_note,
                                         icon(pixmap.SP_FileDialogDetailedView))
        self.act_edit = self._action("editEntry", self.edit_current, None, QKeySequence(Qt.Key.Key_F2))
        self.act_delete = self._action("removeEntry", self.delete_current,
                                       icon(pixmap.SP_DialogDiscardButton),
                                       QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_up = self._action("moveUp", lambda: self.move_current(-1), icon(pixmap.SP_ArrowUp),
                                   QKeySequence("Ctrl+Up"))
        self.act_down = self._action("moveDown", lambda: self.move_current(1),
                                     icon(pixmap.SP_ArrowDown), QKeySequence("Ctrl+Down"))
        self.act_jump = self._action("showInArticle", self.jump_to_current,
                                     icon(pixmap.SP_FileDialogContentsView), QKeySequence("Ctrl+J"))
        self.binder.set_actions(
            [self.act_new, self.act_delete_briefing, self.act_export],
            [self.act_add_section, self.act_add_note, self.act_delete, None, self.act_up,
             self.act_down, None, self.act_jump])
        self.outline.addAction(self.act_edit)

    def _action(self, name: str, slot, icon=None, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def retranslate(self) -> None:
        self.fields_view.retranslate()
        self.editor.retranslate()
        self.excerpt_list.retranslate()
        self.binder.label.setText(self.tr("Briefing:"))
        for index, text in ((SELECTION_TAB, self.tr("Selected")), (BRIEFING_TAB, self.tr("Briefing")),
                            (EXCERPTS_TAB, self.tr("Excerpts"))):
            self.tabs.setTabText(index, text)
        for action, text, tip in (
            (self.act_new, self.tr("New"), self.tr("Create a new briefing")),
            (self.act_delete_briefing, self.tr("Delete"), self.tr("Delete the open briefing")),
            (self.act_export, self.tr("Export PDF…"), self.tr("Export the briefing as a PDF")),
            (self.act_add_section, self.tr("Add section"), self.tr("Add a section after the selected one")),
            (self.act_add_note, self.tr("Add note"), self.tr("Add a note to the selected section")),
            (self.act_edit, self.tr("Edit"), self.tr("Edit the heading or the note")),
            (self.act_delete, self.tr("Remove"), self.tr("Remove the selected section or item")),
            (self.act_up, self.tr("Up"), self.tr("Move the selection up (Ctrl+Up)")),
            (self.act_down, self.tr("Down"), self.tr("Move the selection down (Ctrl+Down)")),
            (self.act_jump, self.tr("Show in article"), self.tr("Show the excerpt in its article (Ctrl+J)")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
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
            self._refresh_reader(change.articles)
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

    def _report(self, text: str) -> None:
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
    def _selection(self) -> tuple[int | None, int | None]:
        """The selected section's row and the selected item's row in it (or None)."""
        index = self.outline.currentIndex()
        if not index.isValid():
            return None, None
        if index.parent().isValid():
            return index.parent().row(), index.row()
        return index.row(), None

    def add_section(self) -> None:
        if self._briefing_id is None:
            return
        section_row, _ = self._selection()
        position = None if section_row is None else section_row + 1
        command = cmd.AddSectionCommand(self.ctx, self._briefing_id, self.tr("New section"), position)
        if self.run(command):
            self._edit_later("section", command.section_id)

    def add_note(self) -> None:
        if self._briefing_id is None:
            return
        section_row, item_row = self._selection()
        sections = self.outline_model.sections()
        section = sections[len(sections) - 1 if section_row is None else section_row] if sections else None
        position = None if item_row is None else item_row + 1
        command = cmd.add_note_command(self.ctx, self._briefing_id, section.id if section else None,
                                       "", position, "" if section else self.tr("New section"))
        if self.run(command):
            self.tabs.setCurrentIndex(SELECTION_TAB)
            self.editor.note.setFocus()

    def _edit_later(self, kind: str, entry_id: int | None) -> None:
        index = self.outline_model.index_of(kind, entry_id) if entry_id else QModelIndex()
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.edit(index)

    def edit_current(self) -> None:
        index = self.outline.currentIndex()
        entry = index.data(OUTLINE_ROW_ROLE)
        if isinstance(entry, Section):
            self.outline.edit(index.siblingAtColumn(COL_TEXT))
        elif isinstance(entry, Item):
            self.tabs.setCurrentIndex(SELECTION_TAB)
            self.editor.note.setFocus()

    def delete_current(self) -> None:
        key = self._current_key()
        if key is None or self._briefing_id is None:
            return
        if key[0] == "section":
            self.run(cmd.DeleteSectionCommand(self.ctx, self._briefing_id, key[1]))
        else:
            self.run(cmd.DeleteItemCommand(self.ctx, self._briefing_id, key[1]))

    def move_current(self, delta: int) -> None:
        """Move the selected section or item one place; items cross into the next section."""
        section_row, item_row = self._selection()
        sections = self.outline_model.sections()
        if section_row is None:
            return
        bid = self._briefing_id
        if item_row is None:
            target = section_row + delta
            if 0 <= target < len(sections):
                self.run(cmd.MoveSectionCommand(self.ctx, bid, sections[section_row].id, target))
            return
        section = sections[section_row]
        item = section.items[item_row]
        if 0 <= item_row + delta < len(section.items):
            self.run(cmd.MoveItemCommand(self.ctx, bid, item.id, section.id, item_row + delta))
        elif 0 <= section_row + delta < len(sections):
            neighbour = sections[section_row + delta]
            self.run(cmd.MoveItemCommand(self.ctx, bid, item.id, neighbour.id,
                                         len(neighbour.items) if delta < 0 else 0))

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
            self.edit_current()

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

    # Excerpts
    def attach_reader(self, reader) -> None:
        """Work with the window's reader: its excerpt menu acts here, and a change of an
        article's excerpts re-marks it."""
        self.reader = reader
        reader.excerptBoundsRequested.connect(self.change_excerpt_bounds)
        reader.excerptDeleteRequested.connect(self.delete_excerpt)
        reader.excerptFocusRequested.connect(self.show_excerpt_in_briefing)

    def _refresh_reader(self, article_ids) -> None:
        article = getattr(self.reader, "article", None)
        if article is not None and article.id in article_ids:
            self.reader.set_excerpts(self.library.excerpts_for(article.id))

    def add_excerpt(self, article_id: int, start: int, end: int) -> bool:
        """Quote an article's passage into the selected section, or the one the analyst
        names when none is selected and there is more than one."""
        if self._briefing_id is None:
            self.statusMessage.emit(self.tr("Open or create a briefing first."))
            return False
        target = self._section_for_new_item()
        if target is False:
            return False
        section_row, position = target
        if not self.outline_model.add_passage(article_id, start, end, section_row, position):
            self.statusMessage.emit(self.tr("The selection could not be added to the briefing."))
            return False
        self.statusMessage.emit(self.tr("Excerpt added to the briefing."))
        return True

    def add_library_excerpt(self, excerpt_id: int) -> bool:
        if self._briefing_id is None:
            self.statusMessage.emit(self.tr("Open or create a briefing first."))
            return False
        target = self._section_for_new_item()
        if target is False:
            return False
        self.flush_pending()
        return self.outline_model.add_library_excerpts([excerpt_id], *target)

    def _section_for_new_item(self):
        """(section row, position) for something new: after the selected item, at the end
        of the selected section, or of the one chosen; False when the analyst cancels."""
        section_row, item_row = self._selection()
        if section_row is not None:
            return section_row, None if item_row is None else item_row + 1
        sections = self.outline_model.sections()
        if len(sections) <= 1:
            return (0 if sections else None), None
        headings = [s.heading or self.tr("Untitled section") for s in sections]
        chosen = self.dialogs.choose_section(self, self.tr("Add to which section?"),
                                             self.tr("No section is selected. Add the excerpt to:"),
                                             headings)
        return False if chosen is None else (chosen, None)

    def use_reader_selection(self) -> bool:
        """Extend or trim the selected item's excerpt to the passage selected in the reader."""
        excerpt = getattr(self.outline.currentIndex().data(OUTLINE_ROW_ROLE), "excerpt", None)
        article = getattr(self.reader, "article", None)
        span = self.reader.selected_span() if article is not None else None
        if excerpt is None or span is None or article.id != excerpt.article_id:
            self._report(self.tr("Select the new extent of the excerpt in its article first "
                                 "(Show in article opens it)."))
            return False
        return self.change_excerpt_bounds(excerpt.id, *span)

    def change_excerpt_bounds(self, excerpt_id: int, start: int, end: int) -> bool:
        excerpt = next((e for e in self.library.excerpts_for(self.reader.article.id)
                        if e.id == excerpt_id), None) if self.reader and self.reader.article else None
        excerpt = excerpt or self._excerpt_in_outline(excerpt_id)
        if excerpt is None:
            return False
        if self.run(SetExcerptBoundsCommand(self.ctx, self._briefing_id, excerpt, start, end)):
            self.statusMessage.emit(self.tr("Excerpt changed."))
            return True
        return False

    def delete_current_excerpt(self) -> bool:
        excerpt = getattr(self.outline.currentIndex().data(OUTLINE_ROW_ROLE), "excerpt", None)
        return excerpt is not None and self.delete_excerpt(excerpt.id)

    def delete_excerpt(self, excerpt_id: int) -> bool:
        """Delete an excerpt and the items quoting it (one undo step)."""
        if self.run(DeleteExcerptCommand(self.ctx, self._briefing_id, excerpt_id)):
            self.statusMessage.emit(self.tr("Excerpt deleted. Undo brings it back."))
            return True
        return False

    def show_excerpt_in_briefing(self, excerpt_id: int) -> bool:
        """Select the item of the open briefing that quotes the excerpt, ready for its note."""
        for section in self.outline_model.sections():
            for item in section.items:
                if item.excerpt is not None and item.excerpt.id == excerpt_id:
                    self._select(("item", item.id))
                    self.tabs.setCurrentIndex(SELECTION_TAB)
                    self.editor.note.setFocus()
                    return True
        self.statusMessage.emit(self.tr("The open briefing does not quote this excerpt."))
        return False

    def _excerpt_in_outline(self, excerpt_id: int):
        return next((i.excerpt for s in self.outline_model.sections() for i in s.items
                     if i.excerpt is not None and i.excerpt.id == excerpt_id), None)

    # Export
    def export_pdf(self) -> bool:
        """Ask for options and a file, then write the PDF off the UI thread."""
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
