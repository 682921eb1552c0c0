"""The analyst's corrections in the window: an article's details and its countries and
topics from the reader, the link to the story it repeats, hiding repeats in the list,
text pasted from the clipboard as a new article, and a look at what import removed.

It adds its actions to the window's Edit, File and View menus and a bar under the
reader's caption, so the window only creates it, tells it which article is shown and
asks it to retranslate. Corrections go on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ..clock import now_iso
from ..curation import CurationError
from .article_commands import ArticleCommand
from .article_details_dialog import ArticleDetailsDialog
from .commands import REFUSALS
from .flow_layout import FlowLayout
from .read_only_notice import refusal_text
from .removed_lines_dialog import RemovedLinesDialog
from .repeat_link import RepeatLink
from .tag_editor_dialog import TagEditorDialog


class ArticleCuration(QObject):
    def __init__(self, window, reader_layout):
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.article = None
        self.dialog: QDialog | None = None

        self.bar = QWidget(window)
        self.bar.setObjectName("curationBar")
        self.details_button = QPushButton(self.bar)
        self.details_button.setObjectName("articleDetailsButton")
        self.tags_button = QPushButton(self.bar)
        self.tags_button.setObjectName("articleTagsButton")
        self.removed_button = QPushButton(self.bar)
        self.removed_button.setObjectName("articleRemovedButton")
        self.repeat_link = RepeatLink(self.bar)
        # The buttons flow onto a second row and the link goes under them: the reader pane
        # may be narrow (compose mode at 900x600).
        buttons = FlowLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.tags_button)
        buttons.addWidget(self.removed_button)
        column = QVBoxLayout(self.bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(buttons)
        column.addWidget(self.repeat_link)
        reader_layout.insertWidget(1, self.bar)
        self.details_button.clicked.connect(self.edit_details)
        self.tags_button.clicked.connect(self.edit_tags)
        self.removed_button.clicked.connect(self.show_removed)
        self.repeat_link.openRequested.connect(window.open_article)

        menus = window.menus
        self.details_action = self._action(menus.edit_menu, "editArticleDetails", self.edit_details,
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D))
        self.tags_action = self._action(menus.edit_menu, "editArticleTags", self.edit_tags,
                                        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_T))
        self.paste_action = self._action(menus.file_menu, "pasteArticle", self.paste_article,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_V),
                                         before=menus.new_briefing)
        self.removed_action = self._action(menus.view_menu, "showRemovedLines", self.show_removed)
        self.hide_repeats_action = self._action(menus.view_menu, "hideRepeats", self.set_hide_repeats)
        self.hide_repeats_action.setCheckable(True)
        self.article_shown(None)
        self.retranslate()

    def _action(self, menu, name: str, slot, shortcut: QKeySequence | None = None, before=None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Correct the article's title, outlet, author, date or address"))
        self.tags_button.setText(self.tr("Countries and topics…"))
        self.tags_button.setToolTip(self.tr("Add or remove a country or a topic of the article"))
        self.removed_button.setText(self.tr("Removed lines…"))
        self.removed_button.setToolTip(self.tr("See what import left out of the body, and the file as it was read"))
        self.removed_action.setText(self.tr("What Import &Removed…"))
        self.details_action.setText(self.tr("Article &Details…"))
        self.tags_action.setText(self.tr("Article &Countries and Topics…"))
        self.paste_action.setText(self.tr("&Paste as New Article"))
        self.paste_action.setStatusTip(self.tr("Import the text on the clipboard as an article"))
        self.hide_repeats_action.setText(self.tr("&Hide Repeated Stories"))
        self.hide_repeats_action.setStatusTip(self.tr("Leave out of the list the articles that repeat another story"))
        self.repeat_link.retranslate()

    # The article in the reader
    def article_shown(self, article) -> None:
        self.article = article
        enabled = article is not None
        for widget in (self.details_button, self.tags_button, self.removed_button, self.details_action,
                       self.tags_action, self.removed_action):
            widget.setEnabled(enabled)
        original = None
        repeats = 0
        if article is not None:
            found = self.library.repeat_of(article.id)
            if found is not None:
                other = self.library.article(found[0])
                original = (found[0], other.title if other else "", found[1])
            repeats = len(self.library.repeats(article.id))
        self.repeat_link.show_for(original, repeats)

    def _changed(self, article_id: int) -> None:
        self.window.refresh()
        if self.article is not None and self.article.id == article_id:
            self.window.open_article(article_id)

    def _push(self, text: str, apply, revert, article_id: int) -> bool:
        try:
            done = apply()
        except CurationError as exc:
            self.window.show_message(str(exc))
            return False
        except REFUSALS as exc:
            self.window.show_message(refusal_text(exc) or self.tr("The library refused the change: %1")
                                     .replace("%1", str(exc)))
            return False
        self.window.undo_stack.push(ArticleCommand(text, done, apply, revert, lambda: self._changed(article_id)))
        self._changed(article_id)
        return True

    # Details
    def edit_details(self) -> QDialog | None:
        """Open the details of the shown article; applied when the dialog is accepted."""
        if self.article is None:
            return None
        source = self.article.source
        current = {"title": self.article.title, "outlet": source and source.outlet,
                   "author": source and source.author, "published": source and source.published,
                   "url": source and source.url}
        dialog = ArticleDetailsDialog(current, self.window)
        article_id = self.article.id
        dialog.accepted.connect(lambda: self.apply_details(article_id, dialog.changes()))
        return self._open(dialog)

    def apply_details(self, article_id: int, changes: dict) -> bool:
        if not changes:
            return False
        return self._push(self.tr("Edit article details"),
                          lambda: self.library.edit_article(article_id, **changes),
                          self.library.undo_edit, article_id)

    # Countries and topics
    def edit_tags(self) -> QDialog | None:
        if self.article is None:
            return None
        english = self.window.i18n.language == "en"
        dialog = TagEditorDialog(self.library.countries(), self.library.topics(), self.article,
                                 english, self.window)
        article_id = self.article.id
        dialog.accepted.connect(lambda: self.apply_tags(article_id, dialog.changes()))
        return self._open(dialog)

    def apply_tags(self, article_id: int, changes: list) -> bool:
        if not changes:
            return False
        return self._push(self.tr("Change countries and topics"),
                          lambda: self.library.change_tags(article_id, changes),
                          self.library.undo_tags, article_id)

    # What import removed (read only: nothing goes on the undo stack)
    def show_removed(self) -> QDialog | None:
        if self.article is None:
            return None
        article_id = self.article.id
        dialog = RemovedLinesDialog(self.library.original(article_id), self.library.original_text(article_id),
                                    self.window)
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        # Window-modal and not blocking: the event loop (and a test) keeps running.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setLayoutDirection(self.window.layoutDirection())
        self.dialog = dialog
        dialog.open()
        return dialog

    # Pasting and repeats
    def paste_article(self) -> int | None:
        """The clipboard's text imported as an article, which is then opened."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.show_message(self.tr("The clipboard holds no text to import."))
            return None
        try:
            report = self.library.import_text(text, f"pasted {now_iso()[:19].replace(':', '-')}.txt")
        except REFUSALS as exc:
            self.window.show_message(self.tr("The library refused the change: %1").replace("%1", str(exc)))
            return None
        from ..ingest.importer import DUPLICATE, IMPORTED

        result = report.results[0]
        if result.status == IMPORTED:
            self.window.show_message(self.tr("The pasted text is now an article."))
        elif result.status == DUPLICATE:
            self.window.show_message(self.tr("That text is already in the library."))
        else:
            self.window.show_message(self.tr("The pasted text was not imported: %1")
                                     .replace("%1", result.message or ""))
            return None
        self.window.refresh()
        self.window.open_article(result.article_id)
        return result.article_id

    def set_hide_repeats(self, hide: bool) -> None:
        self.hide_repeats_action.setChecked(bool(hide))
        self.window.navigation.set_hide_repeats(bool(hide))
