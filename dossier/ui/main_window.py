"""The main window: navigation panes, the article list or search hits, the reader and the
briefing composer side by side, with the menus, the status bar and the remembered state.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QScrollArea, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from .about_dialog import AboutDialog
from .article_browser import ArticleBrowser
from .article_curation import ArticleCuration
from .file_dialogs import FileDialogs
from .find_bar import FindBar
from .i18n import I18n
from ..storage.browse_index import NEWEST, SORTS
from .browse_loader import BrowseLoader
from .compose_mode import ComposeMode
from .main_menus import MainMenus
from .navigation_panel import NavigationPanel
from .read_only_notice import ReadOnlyNotice
from .reader_view import ReaderView
from .session_state import SessionState
from .settings import ZOOM_STEPS, Settings
from .undo_stack import UndoStack
from .worker import Worker

try:
    from .briefing_panel import BriefingPanel
except ImportError:  # the composer is built alongside; the window works without it
    BriefingPanel = None


def import_in_worker(path, items: list[str], progress):
    """The import on its own connection: the window's belongs to the UI thread."""
    from ..library import Library

    with Library(path, seed=False) as library:
        return library.import_paths(items, progress)


class MainWindow(QMainWindow):
    def __init__(self, library, settings: Settings | None = None, i18n: I18n | None = None,
                 dialogs=None, parent=None):
        super().__init__(parent)
        self.library = library
        self.settings = settings or Settings()
        self.i18n = i18n or I18n()
        self.dialogs = dialogs or FileDialogs(self)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.undo_stack = UndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.import_pool = QThreadPool(self)
        self.import_pool.setMaxThreadCount(1)  # one writer at a time
        self.import_dialog = None  # an ImportDialog, made on the first import
        self.about_dialog: AboutDialog | None = None
        self.importing = False
        self._data_version = self._library_version()

        self.loader = BrowseLoader(library, self)
        self.library_total = 0
        self.sort = NEWEST
        self._browse_facets: dict | None = None  # the panes' counts without a search
        self.navigation = NavigationPanel(self)
        self.browser = ArticleBrowser(library, self)
        self.browser.share_index(lambda: self.loader.index)
        self.reader = ReaderView(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addExcerptButton")
        self.reader_caption = QLabel(self)
        self.reader_caption.setStyleSheet("font-weight: bold;")
        self.briefing = self._make_briefing_panel()
        # The composer is tall; scrolling it keeps small screens usable.
        self.briefing_area = QScrollArea(self)
        self.briefing_area.setObjectName("briefingArea")
        self.briefing_area.setWidgetResizable(True)
        self.briefing_area.setFrameShape(QFrame.Shape.NoFrame)
        self.briefing_area.setWidget(self.briefing)

        reader_box = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.reader_caption, 1)
        top.addWidget(self.add_button)
        column = QVBoxLayout(reader_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.reader, 1)
        self.find_bar = FindBar(self.reader, reader_box)
        column.addWidget(self.find_bar)
        self.reader.articleShown.connect(self.find_bar.article_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch, least in ((self.navigation, 0, 140), (self.browser, 1, 180),
                                       (reader_box, 2, 220), (self.briefing_area, 1, 200)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
            widget.setMinimumWidth(least)
        self.splitter.setSizes([210, 390, 410, 270])
        self.setCentralWidget(self.splitter)
        self.compose_mode = ComposeMode(self.splitter, [self.navigation, self.browser], reader_box,
                                        self.briefing_area, self)
        self.compose_mode.toggled.connect(self.set_compose_mode)
        top.addWidget(self.compose_mode.toggle)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        if library.read_only:  # edits will be refused: say so before the first one
            self.statusBar().addPermanentWidget(ReadOnlyNotice(library.read_only, self))
        self.menus = MainMenus(self)
        self.curation = ArticleCuration(self, column)

        self.loader.loaded.connect(self._state_loaded)
        self.loader.failed.connect(self.show_message)
        self.navigation.filterChanged.connect(self._filter_changed)
        self.browser.articleChosen.connect(self.open_article)
        self.browser.countsChanged.connect(self.update_counts)
        self.browser.sortRequested.connect(self.set_sort)
        self.browser.hitFacetsChanged.connect(self._hit_facets)
        self.browser.filter_bar.removeRequested.connect(self.navigation.unchoose)
        self.browser.filter_bar.clearRequested.connect(self.navigation.clear)
        self.reader.excerptRequested.connect(self.add_excerpt)
        self.add_button.clicked.connect(self.add_selection_to_briefing)

        self.navigation.set_names(library.countries(), library.topics())
        self.session = SessionState(self)
        flt = self.session.restore_browsing()
        if flt.is_empty and self.sort == NEWEST:
            # The usual start: plain indexed reads at once, the index after the first paint.
            self.loader.load_now(painted=self.browser.article_view.viewport())
        else:
            self.loader.load(flt, self.sort)
        self.zoom_step = 0
        self._restore_state()
        self.set_zoom(self.settings.zoom_step())
        self.session.restore_reading()
        self.retranslate()

    # Composition
    def _make_briefing_panel(self) -> QWidget:
        if BriefingPanel is None:
            placeholder = QLabel(self)
            placeholder.setObjectName("briefingPlaceholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            return placeholder
        panel = BriefingPanel(self.library, self.undo_stack, self)
        panel.jumpRequested.connect(self.open_article)
        panel.statusMessage.connect(self.show_message)
        panel.attach_reader(self.reader)
        panel.excerpt_list.error_text = self.browser.error_text
        return panel

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def has_panel(self) -> bool:
        return BriefingPanel is not None and isinstance(self.briefing, BriefingPanel)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # Language
    def set_language(self, language: str) -> None:
        """Switch at once: every widget retranslates and mirrors; nothing is reloaded."""
        self.settings.set_language(language)
        if self.i18n.language != language:
            self.i18n.set_language(language)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_changed()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dossier") + " — " + self.library.path.name + "[*]")
        self.menus.retranslate()
        self.curation.retranslate()
        self.navigation.retranslate()
        self.navigation.set_language(self.i18n.language)
        self.browser.retranslate()
        self.browser.filter_bar.set_chips(self.navigation.chips())
        self.add_button.setText(self.tr("Add to briefing"))
        self.add_button.setToolTip(self.tr("Add the selected passage to the open briefing (Ctrl+E)"))
        self.find_bar.retranslate()
        self.compose_mode.retranslate()
        self._update_reader_caption()
        if self.has_panel():
            self.briefing.retranslate()
        else:
            self.briefing.setText(self.tr("The briefing composer is not available."))
        for dialog in (self.import_dialog, self.about_dialog):
            if dialog is not None:
                dialog.retranslate()
        self.update_counts()

    # Browsing
    def _filter_changed(self, flt) -> None:
        self.browser.filter_bar.set_chips(self.navigation.chips())
        self.loader.load(flt, self.sort)

    def set_sort(self, sort: str) -> None:
        """Order the article list: newest, oldest, title or outlet."""
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        self.sort = sort
        self.menus.show_sort(sort)
        self.browser.show_sort(sort)
        self.loader.load(self.navigation.current_filter(), sort)

    def _state_loaded(self, state) -> None:
        if state.filter != self.navigation.current_filter() or state.sort != self.sort:
            return  # ticks changed again; their own load is on its way
        self.library_total = state.library_total
        self._browse_facets = state.facets
        if not self.browser.query():  # while searching, the panes count the hits
            self.navigation.apply_facets(state.facets)
        self.browser.apply_state(state)
        self.browser.filter_bar.set_chips(self.navigation.chips())
        self.session.list_loaded()

    def _hit_facets(self, facets) -> None:
        """The panes count the hits while a search is on, the articles again after it."""
        facets = facets if facets is not None else self._browse_facets
        if facets is not None:
            self.navigation.apply_facets(facets)
            self.browser.filter_bar.set_chips(self.navigation.chips())

    def update_counts(self) -> None:
        shown, total = self.browser.shown_count(), self.library_total
        # Counted nouns take the plural form their number asks for (Arabic has six).
        if self.browser.query():
            text = (self.tr("Matches: %1").replace("%1", str(shown)) + " · "
                    + self.tr("%n article(s) in the library", "", total))
        else:
            text = self.tr("%1 of %n article(s) shown", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    def find(self) -> None:
        """Ctrl+F: find in the article when reading it (the reader or its find bar has the
        focus), else search the library."""
        focus = QApplication.focusWidget()
        reading = focus is not None and (focus is self.reader or self.find_bar.isAncestorOf(focus))
        if reading and self.reader.article is not None:
            self.find_bar.open_bar()
        else:
            self.focus_search()

    # Zoom: the reader and the lists, 10% a step
    def zoom(self, delta: int) -> None:
        self.set_zoom(self.zoom_step + delta)

    def set_zoom(self, step: int) -> None:
        step = max(ZOOM_STEPS.start, min(ZOOM_STEPS.stop - 1, step))
        self.zoom_step = step
        self.settings.set_zoom_step(step)
        size = round(QApplication.font().pointSizeF() * 1.1 ** step, 1)
        self.reader.set_point_size(size)
        views = [self.browser.article_view, self.browser.result_view, *self.navigation.views.values()]
        for view in views:
            font = view.font()
            font.setPointSizeF(size)
            view.setFont(font)

    def focus_search(self) -> None:
        self.browser.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.browser.search_box.selectAll()

    def _library_version(self) -> int:
        return self.library.db.execute("PRAGMA data_version").fetchone()[0]

    def refresh_if_changed(self) -> None:
        """Another window or the command line wrote to the library: show it."""
        if self.library.ensure_locks():  # a new connection: everything is read again
            self.refresh()
            return
        version = self._library_version()
        if version != self._data_version:
            self.refresh()

    def refresh(self) -> None:
        """Read everything shown again (after an import, another program's write, or this
        window's own change of articles or tags)."""
        self._data_version = self._library_version()
        self.loader.invalidate()
        self.browser.forget_counts()
        self.loader.load(self.navigation.current_filter(), self.sort)
        if self.browser.query():
            self.browser.run_search()
        if self.reader.article is not None:
            self.reader.set_excerpts(self.library.excerpts_for(self.reader.article.id))
        if self.has_panel():
            self.briefing.reload()  # briefings and excerpts another window or the CLI wrote

    # Reading and excerpting
    def open_article(self, article_id: int, start: int = -1, end: int = -1) -> bool:
        article = self.library.article(article_id)
        if article is None:
            self.statusBar().showMessage(self.tr("That article is no longer in the library."), 5000)
            return False
        self.reader.show_article(article, self.library.excerpts_for(article_id))
        self.curation.article_shown(article)
        self._update_reader_caption()
        if 0 <= start < end:
            self.reader.select_span(start, end)
        return True

    def _update_reader_caption(self) -> None:
        self.reader_caption.setText(self.tr("Reader"))
        self.reader_caption.setToolTip(self.tr("Select a passage, then add it to the briefing "
                                               "with the button, Ctrl+E, the context menu or by dragging it"))

    def add_selection_to_briefing(self) -> bool:
        span = self.reader.selected_span()
        if span is None:
            self.statusBar().showMessage(self.tr("Select a passage of the article first."), 5000)
            return False
        return self.add_excerpt(self.reader.article.id, *span)

    def add_excerpt(self, article_id: int, start: int, end: int) -> bool:
        if not self.has_panel():
            self.statusBar().showMessage(self.tr("The briefing composer is not available."), 5000)
            return False
        return bool(self.briefing.add_excerpt(article_id, start, end))

    def set_compose_mode(self, active: bool) -> None:
        """Writing mode: the composer beside the reader, with most of the window."""
        self.compose_mode.set_active(bool(active) and self.has_panel())
        self.menus.compose.setChecked(self.compose_mode.active)

    def new_briefing(self) -> None:
        if self.has_panel():
            self.briefing.new_briefing()

    def export_pdf(self) -> None:
        if self.has_panel():
            self.briefing.export_pdf()
        else:
            self.statusBar().showMessage(self.tr("The briefing composer is not available."), 5000)

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()

    # Importing
    def import_files(self) -> None:
        self.start_import(self.dialogs.choose_import_files(self) or [])

    def import_folder(self) -> None:
        folder = self.dialogs.choose_import_folder(self)
        self.start_import([folder] if folder else [])

    def start_import(self, items: list[str]) -> bool:
        if not items:
            return False
        if self.importing:
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        self.importing = True
        if self.import_dialog is None:
            from .import_dialog import ImportDialog  # the importer's modules load with it

            self.import_dialog = ImportDialog(self)
        self.import_dialog.report = None
        self.import_dialog.progress.show()
        self.import_dialog.progress.setRange(0, 0)
        self.import_dialog.retranslate()
        self.import_dialog.show()
        path = self.library.path
        worker = Worker(lambda progress: import_in_worker(path, items, progress))
        worker.progress.connect(self._import_progress)
        worker.finished.connect(self._import_finished)
        worker.failed.connect(self._import_failed)
        worker.start(self.import_pool)
        return True

    def _import_progress(self, done: int, total: int, label: str) -> None:
        self.import_dialog.set_progress(done, total, label)
        self.statusBar().showMessage(self.tr("Importing… %1/%2").replace("%1", str(done))
                                     .replace("%2", str(total)))

    def _import_finished(self, report) -> None:
        self.importing = False
        self.import_dialog.set_report(report)
        self.statusBar().showMessage(self.tr("%1, %2, %3")
                                     .replace("%1", self.tr("%n article(s) imported", "", report.imported))
                                     .replace("%2", self.tr("%n duplicate(s)", "", report.duplicates))
                                     .replace("%3", self.tr("%n rejected", "", report.rejected)), 8000)
        self.refresh()

    def _import_failed(self, error) -> None:
        self.importing = False
        self.import_dialog.set_failure(str(error))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        items = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if items and self.start_import(items):
            event.acceptProposedAction()

    # State
    def _restore_state(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.compose_mode.fit(self.width())  # columns as they will be shown, then their sizes
        for splitter in (self.splitter, self.navigation.splitter):
            saved = self.settings.splitter_state(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)
        if self.has_panel():
            self._open_first_briefing(self.settings.last_briefing_id())

    def _open_first_briefing(self, wanted: int | None) -> None:
        known = [info.id for info in self.library.briefings.list()]
        if wanted in known:
            self.briefing.open_briefing(wanted)
        elif known:
            self.briefing.open_briefing(known[0])

    def save_state(self) -> None:
        self.session.save()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for splitter in (self.splitter, self.navigation.splitter):
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        # Writing mode is left on the next launch: keep the columns of the usual layout.
        self.settings.set_splitter_state(self.splitter.objectName(), self.compose_mode.normal_state())
        if self.has_panel():
            self.settings.set_last_briefing_id(self.briefing.current_briefing_id())
        self.settings.sync()

    def resizeEvent(self, event) -> None:
        self.compose_mode.fit(event.size().width())
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        self.save_state()
        self.browser.wait_for_search()
        self.loader.cancel()
        self.loader.wait()
        self.import_pool.waitForDone()
        super().closeEvent(event)

