"""Find within the open article: a bar under the reader with the words, next, previous and
how many.

Matching folds both sides as search does (hamza and alef forms, ta marbuta, tashkeel,
tatweel, digits, Latin case), so "اسيا" finds "آسيا"; matches are found in the article
body and shown through the reader's own map, so a match across a display block's cut is
found and selected whole. Every match is tinted, the current one selected; Enter and F3
go to the next, Shift+Enter and Shift+F3 to the previous, Escape closes the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from ..text.folding import fold, fold_with_map

MAX_MATCHES = 10_000  # beyond this, the count says "more than"
TINTED = 1_000  # matches tinted at once, around the current one
MATCH_COLOR = QColor("#fed7aa")


def find_spans(body: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """Body offsets of each non-overlapping match of ``query``, folded, up to ``limit``."""
    needle = fold(query.strip())
    if not needle:
        return []
    folded = fold_with_map(body)
    spans, at = [], 0
    while len(spans) < limit:
        found = folded.text.find(needle, at)
        if found < 0:
            break
        spans.append(folded.source_span(found, found + len(needle)))
        at = found + len(needle)
    return spans


class FindBar(QWidget):
    """Finds in ``reader`` (a ReaderView); ``closed()`` when the analyst leaves it."""

    closed = Signal()

    def __init__(self, reader, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self._article_id: int | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("findText")
        self.text.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("findPrevious")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("findNext")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(4)
        self.caption = QLabel(self)
        self.caption.setBuddy(self.text)
        for widget in (self.caption, self.text, self.previous_button, self.next_button):
            row.addWidget(widget)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.close_button)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self.find)
        self.text.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Find:"))
        self.text.setPlaceholderText(self.tr("Words in this article"))
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_count()

    # Opening and closing
    def open_bar(self) -> None:
        """Show the bar with the reader's selection (if short) as the words to find."""
        selected = self.reader.textCursor().selectedText().strip()
        if selected and len(selected) <= 100 and "\u2029" not in selected:
            self.text.setText(selected)
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        self.find()

    def close_bar(self) -> None:
        self.hide()
        self.reader.setExtraSelections([])
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def eventFilter(self, watched, event) -> bool:
        # The field would take Shift+Enter as Enter, and Escape for nothing.
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    # Finding
    def article_changed(self) -> None:
        """The reader shows another article, or the same one rebuilt (new marks, zoom):
        find again there; the same article keeps its current match, unselected."""
        if not self.isVisible():
            self.spans, self.current = [], -1
            return
        article = self.reader.article
        same = article is not None and article.id == self._article_id
        if same:
            self.spans = find_spans(article.body, self.text.text())
            self.current = min(self.current, len(self.spans) - 1)
            self._tint()
            self._show_count()
        else:
            self.find()

    def find(self, *_args) -> None:
        article = self.reader.article
        self._article_id = article.id if article is not None else None
        self.spans = find_spans(article.body, self.text.text()) if article is not None else []
        self.current = -1
        if self.spans:
            # Start from where the analyst is reading.
            top = self.reader.top_offset()
            self.current = next((i for i, (start, _end) in enumerate(self.spans) if start >= top), 0)
        self._show_current()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.spans:
            self.current = (self.current + delta) % len(self.spans)
        self._show_current()

    def _show_current(self) -> None:
        self._tint()
        if 0 <= self.current < len(self.spans):
            self.reader.select_span(*self.spans[self.current])
        self._show_count()

    def _tint(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(MATCH_COLOR)
        low = max(0, self.current - TINTED // 2)
        selections = []
        for start, end in self.spans[low:low + TINTED]:
            for a, b in self.reader.doc_ranges(start, end):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.reader.document())
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor, selection.format = cursor, fmt
                selections.append(selection)
        self.reader.setExtraSelections(selections)

    def _show_count(self) -> None:
        if not self.text.text().strip():
            self.count_label.setText("")
        elif not self.spans:
            self.count_label.setText(self.tr("Not found"))
        elif len(self.spans) >= MAX_MATCHES:
            self.count_label.setText(self.tr("%1 of more than %2")
                                     .replace("%1", str(self.current + 1)).replace("%2", str(MAX_MATCHES)))
        else:
            # "%1 of %n": the plural follows the number of matches.
            self.count_label.setText(self.tr("%1 of %n match(es)", "", len(self.spans))
                                     .replace("%1", str(self.current + 1)))
        self.count_label.setStyleSheet("color: #b91c1c;" if self.text.text().strip() and not self.spans else "")
