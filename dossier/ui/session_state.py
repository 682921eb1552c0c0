"""The analyst's session, kept between launches: the filter and sort of the list and its
place, the search, the open article and the passage at the top of the reader.

Saved with the window's other state when it closes; restored when it opens, each part
once what it needs is there (the list's place once the list for the remembered filter
has arrived, the reader's place once the reader has its size). Whatever no longer exists
(an article deleted since) is quietly left out.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractItemView


class SessionState(QObject):
    """Saves and restores the session of ``window`` (a MainWindow) in its settings."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self._list_article: int | None = None

    # Restoring
    def restore_browsing(self):
        """The remembered filter and sort, set before the first list is read."""
        window = self.window
        flt = self.settings.article_filter()
        window.navigation.blockSignals(True)
        try:
            window.navigation.set_filter(flt)
        finally:
            window.navigation.blockSignals(False)
        window.sort = self.settings.article_sort()
        window.menus.show_sort(window.sort)
        window.browser.show_sort(window.sort)
        self._list_article = self.settings.list_article_id()
        return window.navigation.current_filter()

    def restore_reading(self) -> None:
        """The search and the open article; the reader's place once it is shown."""
        window = self.window
        search = self.settings.search_text()
        if search:
            window.browser.search_box.setText(search)
        article_id = self.settings.last_article_id()
        if article_id is not None and window.library.article(article_id) is not None:
            offset = self.settings.reader_offset()
            window.open_article(article_id)
            # After the first layout at the window's size, so the place is the same passage.
            QTimer.singleShot(0, lambda: self._restore_reader(article_id, offset))

    def _restore_reader(self, article_id: int, offset: int) -> None:
        reader = self.window.reader
        if reader.article is not None and reader.article.id == article_id and offset > 0:
            reader.scroll_to_offset(offset)

    def list_loaded(self) -> None:
        """The list for the current filter arrived: put it back at its remembered place once."""
        article_id = self._list_article
        if article_id is None:
            return
        articles = self.window.browser.articles
        row = articles.position_of(article_id)
        if row < 0 and articles.ids() is None:
            # Only the first rows are known (the start-up read): ask for the whole list.
            self.window.loader.load(self.window.navigation.current_filter(), self.window.sort)
            return
        self._list_article = None
        if row < 0:
            return
        articles.fetch_to(row)
        view = self.window.browser.article_view
        view.scrollTo(articles.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    # Saving
    def save(self) -> None:
        window, settings = self.window, self.settings
        settings.set_article_filter(window.navigation.current_filter())
        settings.set_article_sort(window.sort)
        settings.set_search_text(window.browser.search_box.text())
        reader = window.reader
        settings.set_last_article_id(reader.article.id if reader.article is not None else None)
        settings.set_reader_offset(reader.top_offset() if reader.article is not None else 0)
        view = window.browser.article_view
        top = view.indexAt(QPoint(4, 4))
        settings.set_list_article_id(window.browser.articles.summary(top.row()).id
                                     if top.isValid() else None)
