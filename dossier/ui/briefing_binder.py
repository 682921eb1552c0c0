"""The composer's binder: which briefing is open, and its outline of sections and items as
a tree that takes every row of height it is given, with the outline's tools as a row of
buttons that always fits (icons, their words in tooltips), so none hides in an overflow.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QToolButton, QTreeView, QVBoxLayout, QWidget)

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

    def set_actions(self, briefing_actions: list[QAction], outline_actions: list[QAction]) -> None:
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
