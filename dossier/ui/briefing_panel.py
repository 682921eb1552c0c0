"""The briefing composer: the list of briefings, the open one's fields and its outline.

Every edit is an undo command on the window's one QUndoStack; the command changes the
library in one transaction and the panel re-reads the snapshot, so what is shown is
always what is stored. Questions to the analyst go through ``dialogs`` so tests answer them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel, QListView, QMessageBox,
                               QSplitter, QToolBar, QTreeView, QVBoxLayout, QWidget)

from ..briefing.briefings import BriefingError
from dossier.export import ExportOptions
from dossier.model import Item

from . import commands as cmd
from .briefing_fields_view import BriefingFieldsView
from .briefing_list_model import ID_ROLE, BriefingListModel
from .briefing_outline_model import COL_NOTE, COL_TEXT, BriefingOutlineModel
from .briefing_outline_model import ID_ROLE as OUTLINE_ID_ROLE
from .briefing_outline_model import ROW_ROLE as OUTLINE_ROW_ROLE
from .export_dialog import ExportDialog, ExportRun


class BriefingDialogs:
    """The questions the panel asks, with Qt's standard dialogs; tests pass their own."""

    def save_file(self, parent, caption: str, suggested: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
        return path or None

    def export_options(self, parent, options: ExportOptions) -> ExportOptions | None:
        return ExportDialog.ask(parent, options)

    def confirm(self, parent, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes

    def error(self, parent, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_file(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class BriefingPanel(QWidget):
    """Compose briefings: pick one, edit its fields and outline, export it."""

    jumpRequested = Signal(int, int, int)  # article id, start, end
    statusMessage = Signal(str)
    briefingChanged = Signal(int)  # the open briefing was opened or edited; -1 when none

    def __init__(self, library, undo_stack: QUndoStack, parent=None, dialogs=None):
        super().__init__(parent)
        self.library = library
        self.briefings = library.briefings
        self.undo_stack = undo_stack
        self.dialogs = dialogs or BriefingDialogs()
        self.export_options = ExportOptions()
        self.export_run: ExportRun | None = None
        self.thread_pool: QThreadPool | None = None  # None: Qt's global pool
        self._briefing_id: int | None = None
        self._syncing_list = False
        self._collapsed: set[int] = set()
        self._build()
        self.retranslate()
        self.refresh_list()
        self._update_actions()

    # Building
    def _build(self) -> None:
        self.list_model = BriefingListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current)
        self.act_new = self._action(self.new_briefing)
        self.act_delete_briefing = self._action(self.delete_briefing)
        self.list_label = QLabel()

        self.fields_view = BriefingFieldsView()
        self.fields = self.fields_view.fields
        self.summary = self.fields_view.summary
        self.fields_view.fieldEdited.connect(self._edit_field)
        self.fields_view.dateRejected.connect(lambda: self.statusMessage.emit(
            self.tr("Write the date as YYYY-MM-DD, for example 2025-03-18.")))

        self.outline_model = BriefingOutlineModel(self.library, self.undo_stack, self._after_edit, self)
        self.outline = QTreeView()
        self.outline.setModel(self.outline_model)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setDropIndicatorShown(True)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.SelectedClicked)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setWordWrap(False)
        header = self.outline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NOTE, 220)
        self.outline.doubleClicked.connect(self._on_double_click)
        self.outline.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.outline.collapsed.connect(lambda i: self._collapsed.add(i.data(OUTLINE_ID_ROLE)))
        self.outline.expanded.connect(lambda i: self._collapsed.discard(i.data(OUTLINE_ID_ROLE)))

        self.act_add_section = self._action(self.add_section)
        self.act_add_note = self._action(self.add_note)
        self.act_edit = self._action(self.edit_current, QKeySequence(Qt.Key.Key_F2))
        self.act_delete = self._action(self.delete_current, QKeySequence.StandardKey.Delete)
        self.act_up = self._action(lambda: self.move_current(-1), QKeySequence("Ctrl+Up"))
        self.act_down = self._action(lambda: self.move_current(1), QKeySequence("Ctrl+Down"))
        self.act_jump = self._action(self.jump_to_current, QKeySequence("Ctrl+J"))
        self.act_export = self._action(self.export_pdf)
        style = self.style()
        self.act_up.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowUp))
        self.act_down.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowDown))
        self.list_bar = QToolBar()
        self.list_bar.addActions([self.act_new, self.act_delete_briefing])
        self.list_bar.addSeparator()
        self.list_bar.addAction(self.act_export)
        self.outline_bar = QToolBar()
        self.outline_bar.addActions([self.act_add_section, self.act_add_note, self.act_delete])
        self.outline_bar.addSeparator()
        self.outline_bar.addActions([self.act_up, self.act_down])
        self.outline_bar.addSeparator()
        self.outline_bar.addAction(self.act_jump)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.outline.addActions([self.act_add_section, self.act_add_note, self.act_edit,
                                 self.act_delete, self.act_up, self.act_down, self.act_jump])
        self.outline_label = QLabel()
        # The outline elides quotes to one line; the selected one is shown here in full.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_label)
        top_layout.addWidget(self.list_bar)
        top_layout.addWidget(self.list_view)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.fields_view)
        editor_layout.addWidget(self.outline_label)
        editor_layout.addWidget(self.outline_bar)
        editor_layout.addWidget(self.outline, 1)
        editor_layout.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([140, 600])
        QVBoxLayout(self).addWidget(self.splitter)

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda *_: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def retranslate(self) -> None:
        self.fields_view.retranslate()
        self.list_label.setText(self.tr("Briefings"))
        self.outline_label.setText(self.tr("Outline"))
        for action, text, tip in (
            (self.act_new, self.tr("New"), self.tr("Create a new briefing")),
            (self.act_delete_briefing, self.tr("Delete"), self.tr("Delete the selected briefing")),
            (self.act_add_section, self.tr("Add section"), self.tr("Add a section after the selected one")),
            (self.act_add_note, self.tr("Add note"), self.tr("Add a note to the selected section")),
            (self.act_edit, self.tr("Edit"), self.tr("Edit the heading or the note")),
            (self.act_delete, self.tr("Remove"), self.tr("Remove the selected section or item")),
            (self.act_up, self.tr("Up"), self.tr("Move the selection up")),
            (self.act_down, self.tr("Down"), self.tr("Move the selection down")),
            (self.act_jump, self.tr("Show in article"), self.tr("Show the excerpt in its article")),
            (self.act_export, self.tr("Export PDF…"), self.tr("Export the briefing as a PDF")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.list_model.retranslate()
        self.outline_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Opening and refreshing
    def current_briefing_id(self) -> int | None:
        return self._briefing_id

    def refresh_list(self) -> None:
        self._syncing_list = True
        try:
            self.list_model.set_infos(self.briefings.list())
            row = self.list_model.row_of(self._briefing_id)
            selection = self.list_view.selectionModel()
            if row >= 0:
                selection.setCurrentIndex(self.list_model.index(row),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                selection.clear()
        finally:
            self._syncing_list = False

    def reload(self) -> None:
        """Show the library as it is now (after another window or process wrote to it)."""
        if self._briefing_id is None:
            self.refresh_list()
        else:
            self._after_edit(self._briefing_id, None)

    def open_briefing(self, briefing_id: int | None, focus=None) -> None:
        try:
            snapshot = self.briefings.get(briefing_id) if briefing_id is not None else None
        except BriefingError:
            snapshot = None
        self._briefing_id = snapshot.id if snapshot else None
        self._collapsed.clear()
        self._show(snapshot, focus)
        self.refresh_list()
        self.briefingChanged.emit(self._briefing_id if self._briefing_id is not None else -1)

    def _after_edit(self, briefing_id: int, focus) -> None:
        """Called by every command after it changed the library."""
        if briefing_id != self._briefing_id:
            self.open_briefing(briefing_id, focus)
            return
        try:
            snapshot = self.briefings.get(briefing_id)
        except BriefingError:
            self.open_briefing(None)
            return
        self._show(snapshot, focus)
        self.refresh_list()
        self.briefingChanged.emit(briefing_id)

    def _show(self, snapshot, focus) -> None:
        keep = self._current_key()
        keep_row = self.outline.currentIndex()
        self.outline_model.set_snapshot(snapshot)
        self.fields_view.show_info(snapshot.info if snapshot else None)
        self.editor.setEnabled(snapshot is not None)
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

    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing_list and current.isValid() and current.data(ID_ROLE) != self._briefing_id:
            self.open_briefing(current.data(ID_ROLE))

    # Briefings
    def new_briefing(self) -> int:
        briefing_id = self.briefings.create(self.tr("Untitled briefing"), date=date.today().isoformat())
        self.open_briefing(briefing_id)
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
        self._deleted_row = self.list_model.row_of(self._briefing_id)
        self.undo_stack.push(cmd.DeleteBriefingCommand(
            self.briefings, self._briefing_id, self._after_briefing_deleted_or_restored))
        self.statusMessage.emit(self.tr("Briefing deleted."))
        return True

    def _after_briefing_deleted_or_restored(self, briefing_id: int, _focus) -> None:
        infos = self.briefings.list()
        if any(info.id == briefing_id for info in infos):
            self.open_briefing(briefing_id)
            return
        self._briefing_id = None
        self.list_model.set_infos(infos)
        row = getattr(self, "_deleted_row", 0) or 0
        following = self.list_model.info_at(min(row, self.list_model.rowCount() - 1))
        self.open_briefing(following.id if following else None)

    # Fields
    def _push(self, command_class, *args) -> cmd.BriefingCommand:
        command = command_class(self.briefings, self._briefing_id, self._after_edit, *args)
        self.undo_stack.push(command)
        return command

    def _edit_field(self, name: str, value) -> None:
        if self._briefing_id is not None:
            self._push(cmd.EditFieldCommand, name, value)

    # Outline
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
        command = self._push(cmd.AddSectionCommand, self.tr("New section"), position)
        self._edit_later("section", command.section_id, COL_TEXT)

    def add_note(self) -> None:
        if self._briefing_id is None:
            return
        section_row, item_row = self._selection()
        sections = self.outline_model.sections()
        if not sections:
            self.undo_stack.beginMacro(self.tr("Add note"))
            section_id = self._push(cmd.AddSectionCommand, self.tr("New section"), None).section_id
            command = self._push(cmd.AddNoteCommand, section_id, "", None)
            self.undo_stack.endMacro()
        else:
            section = sections[len(sections) - 1 if section_row is None else section_row]
            position = None if item_row is None else item_row + 1
            command = self._push(cmd.AddNoteCommand, section.id, "", position)
        self._edit_later("item", command.item_id, COL_TEXT)

    def _edit_later(self, kind: str, entry_id: int | None, column: int) -> None:
        index = self.outline_model.index_of(kind, entry_id, column) if entry_id else QModelIndex()
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.edit(index)

    def edit_current(self) -> None:
        index = self.outline.currentIndex()
        entry = index.data(OUTLINE_ROW_ROLE)
        if entry is None:
            return
        column = COL_NOTE if getattr(entry, "excerpt", None) else COL_TEXT
        self.outline.edit(index.siblingAtColumn(column))

    def delete_current(self) -> None:
        key = self._current_key()
        if key is None or self._briefing_id is None:
            return
        if key[0] == "section":
            self._push(cmd.DeleteSectionCommand, key[1])
        else:
            self._push(cmd.DeleteItemCommand, key[1])

    def move_current(self, delta: int) -> None:
        """Move the selected section or item one place; items cross into the next section."""
        section_row, item_row = self._selection()
        sections = self.outline_model.sections()
        if section_row is None:
            return
        if item_row is None:
            target = section_row + delta
            if 0 <= target < len(sections):
                self._push(cmd.MoveSectionCommand, sections[section_row].id, target)
            return
        section = sections[section_row]
        item = section.items[item_row]
        if 0 <= item_row + delta < len(section.items):
            self._push(cmd.MoveItemCommand, item.id, section.id, item_row + delta)
        elif 0 <= section_row + delta < len(sections):
            neighbour = sections[section_row + delta]
            self._push(cmd.MoveItemCommand, item.id, neighbour.id,
                       len(neighbour.items) if delta < 0 else 0)

    def jump_to_current(self) -> bool:
        excerpt = getattr(self.outline.currentIndex().data(OUTLINE_ROW_ROLE), "excerpt", None)
        if excerpt is None:
            return False
        self.jumpRequested.emit(excerpt.article_id, excerpt.start, excerpt.end)
        return True

    def _on_double_click(self, index: QModelIndex) -> None:
        entry = index.data(OUTLINE_ROW_ROLE)
        if getattr(entry, "excerpt", None) is not None and index.column() == COL_TEXT:
            self.jump_to_current()
        elif self.outline_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.outline.edit(index)

    def add_excerpt(self, article_id: int, start: int, end: int) -> bool:
        """Quote an article's selection into the selected (or last) section."""
        if self._briefing_id is None:
            self.statusMessage.emit(self.tr("Open or create a briefing first."))
            return False
        section_row, _ = self._selection()
        if not self.outline_model.add_excerpt(article_id, start, end, section_row,
                                              new_heading=self.tr("New section")):
            self.statusMessage.emit(self.tr("The selection could not be added to the briefing."))
            return False
        self.statusMessage.emit(self.tr("Excerpt added to the briefing."))
        return True

    def _update_actions(self) -> None:
        is_open = self._briefing_id is not None
        entry = self.outline.currentIndex().data(OUTLINE_ROW_ROLE) if is_open else None
        self.act_delete_briefing.setEnabled(is_open)
        for action in (self.act_add_section, self.act_add_note, self.act_export):
            action.setEnabled(is_open)
        for action in (self.act_edit, self.act_delete, self.act_up, self.act_down):
            action.setEnabled(entry is not None)
        self.act_jump.setEnabled(getattr(entry, "excerpt", None) is not None)
        self.detail.setText(self._detail_text(entry))
        self.detail.setVisible(bool(self.detail.text()))

    def _detail_text(self, entry) -> str:
        excerpt = getattr(entry, "excerpt", None)
        if excerpt is None:
            return ""
        snapshot = self.outline_model.snapshot()
        citation = snapshot.citation_for(excerpt.article_id) if snapshot else None
        source = ""
        if citation is not None:
            # The sources are Arabic press, so their parts take the Arabic comma.
            parts = (citation.title, citation.outlet, citation.published)
            source = "\n— " + "، ".join(p for p in parts if p)
        return f"«{excerpt.quote}»{source}"

    # Export
    def export_pdf(self) -> bool:
        """Ask for options and a file, then write the PDF off the UI thread."""
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
