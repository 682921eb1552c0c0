"""The main window's menus and actions: File, Edit, View (with the language) and Help."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..storage.browse_index import NEWEST, OLDEST, OUTLET, SORTS, TITLE

# Each language is named in itself, so it can be found whatever the current language.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


class MainMenus(QObject):
    """Builds the menu bar of ``window`` (a MainWindow) and retranslates it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.edit_menu.setObjectName("editMenu")
        self.view_menu.setObjectName("viewMenu")

        self.import_files = self._action(self.file_menu, "importFiles", window.import_files,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_folder = self._action(self.file_menu, "importFolder", window.import_folder)
        self.file_menu.addSeparator()
        self.new_briefing = self._action(self.file_menu, "newBriefing", window.new_briefing,
                                         QKeySequence.StandardKey.New)
        self.export_pdf = self._action(self.file_menu, "exportPdf", window.export_pdf,
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E))
        self.file_menu.addSeparator()
        self.quit = self._action(self.file_menu, "quit", window.close,
                                 QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Our own actions over the stack (not createUndoAction) so their texts follow a
        # language switch: the stack's actions keep the words of the language at creation.
        stack = window.undo_stack
        self.undo = self._action(self.edit_menu, "undo", stack.undo, QKeySequence.StandardKey.Undo)
        self.redo = self._action(self.edit_menu, "redo", stack.redo, QKeySequence.StandardKey.Redo)
        stack.canUndoChanged.connect(self._update_undo)
        stack.canRedoChanged.connect(self._update_undo)
        stack.undoTextChanged.connect(self._update_undo)
        stack.redoTextChanged.connect(self._update_undo)
        self.edit_menu.addSeparator()
        self.add_excerpt = self._action(self.edit_menu, "addExcerpt", window.add_selection_to_briefing,
                                        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        # Ctrl+F finds in the article while reading it, else searches the library; the
        # library search also has keys of its own, and the find bar its next/previous.
        self.find = self._action(self.edit_menu, "find", window.find, QKeySequence.StandardKey.Find)
        self.find_next = self._action(self.edit_menu, "findNext", window.find_bar.next,
                                      QKeySequence.StandardKey.FindNext)
        self.find_previous = self._action(self.edit_menu, "findPrevious", window.find_bar.previous,
                                          QKeySequence.StandardKey.FindPrevious)
        self.search_library = self._action(self.edit_menu, "searchLibrary", window.focus_search,
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.search_library.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K),
                                          QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F)])

        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, window)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == window.i18n.language)
            action.setData(code)
            self.languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.languages.triggered.connect(self._language_chosen)
        self.sort_menu = self.view_menu.addMenu("")
        self.sort_menu.setObjectName("sortMenu")
        self.sorts = QActionGroup(self)
        self.sort_actions: dict[str, QAction] = {}
        for sort in SORTS:
            action = QAction(window)
            action.setObjectName(f"sort_{sort}")
            action.setCheckable(True)
            action.setChecked(sort == NEWEST)
            action.setData(sort)
            self.sorts.addAction(action)
            self.sort_menu.addAction(action)
            self.sort_actions[sort] = action
        self.sorts.triggered.connect(lambda action: window.set_sort(action.data()))
        self.view_menu.addSeparator()
        self.zoom_in = self._action(self.view_menu, "zoomIn", lambda: window.zoom(1))
        # Ctrl+= too: on most keyboards "+" needs Shift.
        self.zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn),
                                   QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)])
        self.zoom_out = self._action(self.view_menu, "zoomOut", lambda: window.zoom(-1),
                                     QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_reset = self._action(self.view_menu, "zoomReset", lambda: window.set_zoom(0),
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.view_menu.addSeparator()
        self.refresh = self._action(self.view_menu, "refresh", window.refresh, QKeySequence.StandardKey.Refresh)
        self.compose = self._action(self.view_menu, "composeMode", window.set_compose_mode,
                                    QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B))
        self.compose.setCheckable(True)
        self.about = self._action(self.help_menu, "about", window.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, menu, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _update_undo(self, *_args) -> None:
        stack = self.window.undo_stack
        if not shiboken6.isValid(stack):  # the window is being torn down
            return
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def show_sort(self, sort: str) -> None:
        self.sort_actions[sort].setChecked(True)

    def _language_chosen(self, action: QAction) -> None:
        self.window.set_language(action.data())

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.import_files.setText(self.tr("&Import Articles…"))
        self.import_folder.setText(self.tr("Import a &Folder…"))
        self.new_briefing.setText(self.tr("&New Briefing"))
        self.export_pdf.setText(self.tr("&Export Briefing (PDF or Word)…"))
        self.quit.setText(self.tr("&Quit"))
        self.add_excerpt.setText(self.tr("&Add Selection to Briefing"))
        self.find.setText(self.tr("&Find in Article…"))
        self.find_next.setText(self.tr("Find &Next"))
        self.find_previous.setText(self.tr("Find Pre&vious"))
        self.search_library.setText(self.tr("&Search the Library…"))
        self.refresh.setText(self.tr("&Refresh"))
        self.zoom_in.setText(self.tr("Zoom &In"))
        self.zoom_out.setText(self.tr("Zoom &Out"))
        self.zoom_reset.setText(self.tr("&Actual Size"))
        self.sort_menu.setTitle(self.tr("&Sort Articles By"))
        for sort, text in ((NEWEST, self.tr("&Newest First")), (OLDEST, self.tr("&Oldest First")),
                           (TITLE, self.tr("&Title")), (OUTLET, self.tr("&Source"))):
            self.sort_actions[sort].setText(text)
        self.compose.setText(self.tr("&Writing Mode"))
        self.compose.setStatusTip(self.tr("Give the briefing composer most of the window, beside the reader"))
        self.about.setText(self.tr("&About Dossier"))
        self._update_undo()
        for code, action in self.language_actions.items():
            action.setChecked(code == self.window.i18n.language)
