"""The library's excerpts, searchable: the analyst's material, from which an excerpt goes
into the open briefing (a button, a double-click on its quote column, or a drag onto a
section of the outline), is shown in its article, or is deleted.

It reloads only when it is shown and something changed since, so edits elsewhere cost
nothing while it is out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeView, QVBoxLayout, QWidget)

from ..search.query import QueryError
from .excerpt_list_model import ARTICLE, QUOTE, SOURCE, USED, ExcerptListModel

DEBOUNCE_MS = 250
LIMIT = 500


class ExcerptListView(QWidget):
    addRequested = Signal(int)  # excerpt id
    jumpRequested = Signal(int, int, int)  # article id, start, end
    deleteRequested = Signal(int)  # excerpt id

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self._stale = True
        # How a query the search refuses is explained: the window passes the article
        # search's own words, so both searches say it alike.
        self.error_text = lambda code, message: message
        self.search_box = QLineEdit()
        self.search_box.setObjectName("excerptSearch")
        self.search_box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("excerptStatus")
        self.status.setWordWrap(True)
        self.model = ExcerptListModel(self)
        self.view = QTreeView()
        self.view.setObjectName("excerptList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)  # Amiri's widest ligature would set a huge minimum
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ARTICLE, 140), (SOURCE, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(USED, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addLibraryExcerpt")
        self.jump_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.jump_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_box)
        column.addWidget(self.status)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self.timer.start())
        self.view.doubleClicked.connect(lambda _index: self._add())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self._add)
        self.jump_button.clicked.connect(self._jump)
        self.delete_button.clicked.connect(self._delete)
        self._update_buttons()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search the excerpts of the library"))
        self.add_button.setText(self.tr("Add to briefing"))
        self.add_button.setToolTip(self.tr("Put the selected excerpt into the selected section "
                                           "(or drag it onto a section)"))
        self.jump_button.setText(self.tr("Show in article"))
        self.delete_button.setText(self.tr("Delete excerpt"))
        self.model.retranslate()
        self._show_status("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Loading
    def mark_stale(self) -> None:
        """The library's excerpts changed: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self.timer.stop()
        self._stale = False
        chosen = self.current_entry()
        query = self.search_box.text()
        try:
            entries = self.library.excerpt_entries(query, LIMIT)
        except QueryError as exc:
            self.model.set_entries([])
            self._show_status(self.error_text(exc.code, str(exc)), error=True)
            return
        self.model.set_entries(entries)
        self._show_status(query)
        row = self.model.row_of(chosen.id) if chosen else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, QUOTE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def _show_status(self, query: str, error: bool = False) -> None:
        if error:
            self.status.setText(query)
            self.status.setStyleSheet("color: #b91c1c;")
            return
        self.status.setStyleSheet("")
        count = self.model.rowCount()
        if self.search_box.text().strip():
            self.status.setText(self.tr("%n excerpt(s) found", "", count))
        else:
            self.status.setText(self.tr("%n excerpt(s) in the library", "", count))

    # Acting on the selection
    def current_entry(self):
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.view.selectionModel().hasSelection()
        for button in (self.add_button, self.jump_button, self.delete_button):
            button.setEnabled(chosen)

    def _add(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        for entry in filter(None, map(self.model.entry, rows)):
            self.addRequested.emit(entry.id)

    def _jump(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            excerpt = entry.excerpt
            self.jumpRequested.emit(excerpt.article_id, excerpt.start, excerpt.end)

    def _delete(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.deleteRequested.emit(entry.id)
