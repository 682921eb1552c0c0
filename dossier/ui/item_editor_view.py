"""The selected part of the briefing in full, beside the binder: an excerpt's quote wrapped
and readable with its citation and a roomy note editor; a note alone; or a section's
heading. It only shows and reports; the composer turns reports into undo commands.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

from ..model import Citation, Item, Section

EMPTY, SECTION, ITEM = range(3)


def _direction(text: str) -> Qt.LayoutDirection:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.RightToLeft


def citation_text(citation: Citation | None) -> str:
    if citation is None:
        return ""
    # The sources are Arabic press, so their parts take the Arabic comma.
    parts = (citation.outlet, citation.author, f"«{citation.title}»" if citation.title else "",
             citation.published)
    return "، ".join(p for p in parts if p)


class ItemEditorView(QWidget):
    noteEdited = Signal(int, str)  # item id, the note as typed
    headingEdited = Signal(int, str)  # section id, the heading as typed
    editingFinished = Signal()  # the analyst left the note or heading: save it now
    jumpRequested = Signal()
    boundsRequested = Signal()
    deleteExcerptRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entry: Section | Item | None = None
        self._showing = False
        self.pages = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.pages)
        self.layout().setContentsMargins(0, 0, 0, 0)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.hint)

        section_page = QWidget()
        self.heading_label = QLabel()
        self.heading = QLineEdit()
        self.heading.setObjectName("sectionHeading")
        self.heading.textEdited.connect(self._heading_typed)
        self.heading.editingFinished.connect(self.editingFinished)
        self.section_count = QLabel()
        column = QVBoxLayout(section_page)
        for widget in (self.heading_label, self.heading, self.section_count):
            column.addWidget(widget)
        column.addStretch(1)
        self.pages.addWidget(section_page)

        item_page = QWidget()
        self.source = QLabel()
        self.source.setObjectName("itemSource")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote = QTextBrowser()
        self.quote.setObjectName("itemQuote")
        self.quote.setOpenLinks(False)
        # As tall as the quote (within what the page gives it): the rest goes to the note.
        self.quote.document().documentLayout().documentSizeChanged.connect(self._fit_quote)
        font = QFont(self.quote.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.quote.setFont(font)
        self.jump = QPushButton()
        self.jump.setObjectName("showInArticle")
        self.jump.clicked.connect(self.jumpRequested)
        self.bounds = QPushButton()
        self.bounds.setObjectName("useReaderSelection")
        self.bounds.clicked.connect(self.boundsRequested)
        self.delete_excerpt = QPushButton()
        self.delete_excerpt.setObjectName("deleteExcerpt")
        self.delete_excerpt.clicked.connect(self.deleteExcerptRequested)
        buttons = QHBoxLayout()
        for button in (self.jump, self.bounds, self.delete_excerpt):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setObjectName("itemNote")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.note.textChanged.connect(self._orient_note)
        self.note.installEventFilter(self)
        column = QVBoxLayout(item_page)
        column.addWidget(self.source)
        column.addWidget(self.quote, 3)
        column.addLayout(buttons)
        column.addWidget(self.note_label)
        column.addWidget(self.note, 2)
        self.pages.addWidget(item_page)
        self.show_entry(None)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Select a section or an item in the outline to see it here "
                                  "in full and write its note."))
        self.heading_label.setText(self.tr("Section heading:"))
        self.note_label.setText(self.tr("Note:"))
        self.note.setPlaceholderText(self.tr("What the reader should take from this"))
        self.jump.setText(self.tr("Show in article"))
        self.jump.setToolTip(self.tr("Open the article at this excerpt"))
        self.bounds.setText(self.tr("Use reader selection"))
        self.bounds.setToolTip(self.tr("Extend or trim the excerpt to the passage selected in "
                                       "the reader (whole words)"))
        self.delete_excerpt.setText(self.tr("Delete excerpt"))
        self.delete_excerpt.setToolTip(self.tr("Delete the excerpt from the library and from "
                                               "every briefing that quotes it"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.editingFinished.emit()
        return super().eventFilter(watched, event)

    # Showing
    def show_entry(self, entry: Section | Item | None, citation: Citation | None = None) -> None:
        """Show a section or an item; the text being typed is kept when it is the same one."""
        same = _key(entry) == _key(self.entry) and entry is not None
        self.entry = entry
        self._showing = True
        try:
            if isinstance(entry, Section):
                self.pages.setCurrentIndex(SECTION)
                if not (same and self.heading.hasFocus()):
                    self.heading.setText(entry.heading)
                self._show_count()
            elif isinstance(entry, Item):
                self.pages.setCurrentIndex(ITEM)
                self._show_item(entry, citation, keep_note=same and self.note.hasFocus())
            else:
                self.pages.setCurrentIndex(EMPTY)
        finally:
            self._showing = False

    def _show_item(self, item: Item, citation: Citation | None, keep_note: bool) -> None:
        excerpt = item.excerpt
        for widget in (self.source, self.quote, self.jump, self.bounds, self.delete_excerpt):
            widget.setVisible(excerpt is not None)
        if excerpt is not None:
            option = QTextOption(self.quote.document().defaultTextOption())
            option.setTextDirection(_direction(excerpt.quote))
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self.quote.document().setDefaultTextOption(option)
            if self.quote.toPlainText() != excerpt.quote:
                self.quote.setPlainText(excerpt.quote)
            self.source.setText(citation_text(citation))
        if not keep_note and self.note.toPlainText() != item.note:
            self.note.setPlainText(item.note)
        self._orient_note()

    def _show_count(self) -> None:
        if isinstance(self.entry, Section):
            count = len(self.entry.items)
            self.section_count.setText(self.tr("%n item(s) in this section", "", count))

    def _fit_quote(self, size) -> None:
        frame = 2 * self.quote.frameWidth()
        least = self.quote.fontMetrics().lineSpacing() * 3
        self.quote.setMaximumHeight(max(least, int(size.height())) + frame + 2)

    def _orient_note(self) -> None:
        # Each note runs in its own script's direction, whatever the interface's.
        text = self.note.toPlainText()
        direction = _direction(text) if text.strip() else self.layoutDirection()
        option = self.note.document().defaultTextOption()
        if option.textDirection() != direction or not option.alignment() & Qt.AlignmentFlag.AlignAbsolute:
            option.setTextDirection(direction)
            # The plain-text layout takes its alignment literally: give it the start side.
            side = (Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                    else Qt.AlignmentFlag.AlignLeft)
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
            self.note.document().setDefaultTextOption(option)

    # Reporting
    def _note_typed(self) -> None:
        if not self._showing and isinstance(self.entry, Item):
            self.noteEdited.emit(self.entry.id, self.note.toPlainText())

    def _heading_typed(self, text: str) -> None:
        if not self._showing and isinstance(self.entry, Section):
            self.headingEdited.emit(self.entry.id, text)


def _key(entry) -> tuple[str, int] | None:
    if entry is None:
        return None
    return ("section" if isinstance(entry, Section) else "item", entry.id)
