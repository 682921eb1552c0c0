"""The composer's binder: which briefing is open, and its outline of sections and items as
a tree that takes every row of height it is given, with the outline's tools as a row of
buttons that always fits (icons, their words in tooltips), so none hides in an overflow.
The binder owns those actions; the composer connects them to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QStyle, QToolButton, QTreeView, QVBoxLayout, QWidget)

from .briefing_outline_model import COL_NOTE, COL_TEXT


class BriefingBinder(QWidget):
    def __init__(self, list_model, outline_model, parent=None):
        super().__init__(parent)
        self.chooser = QComboBox()
        self.chooser.setObjectName("briefingChooser")
        self.chooser.setModel(list_model)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        self.label = QLabel()
        self.label.setBuddy(self.chooser)
        self.briefing_row = QHBoxLayout()
        self.briefing_row.setContentsMargins(0, 0, 0, 0)
        self.briefing_row.addWidget(self.chooser, 1)
        self.tool_row = QHBoxLayout()
        self.tool_row.setContentsMargins(0, 0, 0, 0)
        self.tool_row.setSpacing(2)

        self.outline = QTreeView()
        self.outline.setObjectName("outline")
        self.outline.setModel(outline_model)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setDropIndicatorShown(True)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setWordWrap(False)
        self.outline.setUniformRowHeights(True)
        self.outline.setHeaderHidden(True)
        # The note is written beside the binder, in the editor; the binder shows the quotes.
        self.outline.setColumnHidden(COL_NOTE, True)
        self.outline.header().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(self.briefing_row)
        column.addLayout(self.tool_row)
        column.addWidget(self.outline, 1)
        self._make_actions()

    def _make_actions(self) -> None:
        icon = self.style().standardIcon
        pixmap = QStyle.StandardPixmap
        self.act_new = self._action("newBriefing", icon(pixmap.SP_FileIcon))
        self.act_delete_briefing = self._action("deleteBriefing", icon(pixmap.SP_TrashIcon))
        self.act_export = self._action("exportBriefing", icon(pixmap.SP_DialogSaveButton))
        self.act_add_section = self._action("addSection", icon(pixmap.SP_FileDialogNewFolder))
        self.act_add_note = self._action("addNote", icon(pixmap.SP_FileDialogDetailedView))
        self.act_edit = self._action("editEntry", None, QKeySequence(Qt.Key.Key_F2))
        self.act_delete = self._action("removeEntry", icon(pixmap.SP_DialogDiscardButton),
                                       QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_up = self._action("moveUp", icon(pixmap.SP_ArrowUp), QKeySequence("Ctrl+Up"))
        self.act_down = self._action("moveDown", icon(pixmap.SP_ArrowDown), QKeySequence("Ctrl+Down"))
        self.act_jump = self._action("showInArticle", icon(pixmap.SP_FileDialogContentsView),
                                     QKeySequence("Ctrl+J"))
        self._place([self.act_new, self.act_delete_briefing, self.act_export],
                    [self.act_add_section, self.act_add_note, self.act_delete, None, self.act_up,
                     self.act_down, None, self.act_jump])
        self.outline.addAction(self.act_edit)

    def _action(self, name: str, icon=None, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def retranslate(self) -> None:
        self.label.setText(self.tr("Briefing:"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _place(self, briefing_actions: list[QAction], outline_actions: list[QAction]) -> None:
        """Buttons for the briefing's actions beside the chooser, the outline's above it."""
        for row, actions in ((self.briefing_row, briefing_actions), (self.tool_row, outline_actions)):
            for action in actions:
                if action is None:
                    row.addSpacing(8)
                    continue
                button = QToolButton()
                button.setDefaultAction(action)
                button.setAutoRaise(True)
                button.setIconSize(QSize(18, 18))
                button.setObjectName(action.objectName() + "Button")
                row.addWidget(button)
        self.tool_row.addStretch(1)
        self.outline.addActions([a for a in outline_actions if a is not None])

    def button_for(self, action: QAction) -> QToolButton | None:
        return next((b for b in self.findChildren(QToolButton) if b.defaultAction() is action), None)
