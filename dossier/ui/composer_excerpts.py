"""Excerpts in the composer: a new one from a passage of the reader (into the selected
section, or the one the analyst names), one of the library's list put into the briefing,
and an excerpt's own edits (its bounds from the reader's selection, its deletion), which
every item quoting it shares. It also keeps the reader's marks in step with them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..model import Excerpt
from .briefing_outline_model import ROW_ROLE as OUTLINE_ROW_ROLE
from .excerpt_commands import DeleteExcerptCommand, SetExcerptBoundsCommand


class ComposerExcerpts(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.reader = None

    def attach_reader(self, reader) -> None:
        """Work with the window's reader: its excerpt menu acts here, and a change of an
        article's excerpts re-marks it."""
        self.reader = reader
        reader.excerptBoundsRequested.connect(self.change_bounds)
        reader.excerptDeleteRequested.connect(self.delete)
        reader.excerptFocusRequested.connect(self.show_in_briefing)

    def refresh_reader(self, article_ids) -> None:
        article = getattr(self.reader, "article", None)
        if article is not None and article.id in article_ids:
            self.reader.set_excerpts(self.panel.library.excerpts_for(article.id))

    def _say(self, text: str) -> None:
        self.panel.statusMessage.emit(text)

    def _selected_excerpt(self) -> Excerpt | None:
        return getattr(self.panel.outline.currentIndex().data(OUTLINE_ROW_ROLE), "excerpt", None)

    # New excerpts
    def add_passage(self, article_id: int, start: int, end: int) -> bool:
        """Quote an article's passage into the selected section, or the one the analyst
        names when none is selected and there is more than one."""
        target = self._target()
        if target is None:
            return False
        if not self.panel.outline_model.add_passage(article_id, start, end, *target):
            self._say(self.tr("The selection could not be added to the briefing."))
            return False
        self._say(self.tr("Excerpt added to the briefing."))
        return True

    def add_from_library(self, excerpt_id: int) -> bool:
        target = self._target()
        return target is not None and self.panel.outline_model.add_library_excerpts([excerpt_id], *target)

    def _target(self) -> tuple[int | None, int | None] | None:
        """(section row, position) for something new: after the selected item, at the end
        of the selected section, or of the section chosen; None when there is no briefing
        open or the analyst cancels."""
        panel = self.panel
        if panel.current_briefing_id() is None:
            self._say(self.tr("Open or create a briefing first."))
            return None
        panel.flush_pending()
        section_row, item_row = panel.selected_rows()
        if section_row is not None:
            return section_row, None if item_row is None else item_row + 1
        sections = panel.outline_model.sections()
        if len(sections) <= 1:
            return (0 if sections else None), None
        headings = [s.heading or self.tr("Untitled section") for s in sections]
        chosen = panel.dialogs.choose_section(panel, self.tr("Add to which section?"),
                                              self.tr("No section is selected. Add the excerpt to:"),
                                              headings)
        return None if chosen is None else (chosen, None)

    # An excerpt's own edits
    def use_reader_selection(self) -> bool:
        """Extend or trim the selected item's excerpt to the passage selected in the reader."""
        excerpt = self._selected_excerpt()
        article = getattr(self.reader, "article", None)
        span = self.reader.selected_span() if article is not None else None
        if excerpt is None or span is None or article.id != excerpt.article_id:
            self.panel.report(self.tr("Select the new extent of the excerpt in its article first "
                                      "(Show in article opens it)."))
            return False
        return self.change_bounds(excerpt.id, *span)

    def change_bounds(self, excerpt_id: int, start: int, end: int) -> bool:
        excerpt = self._find(excerpt_id)
        if excerpt is None:
            return False
        panel = self.panel
        if panel.run(SetExcerptBoundsCommand(panel.ctx, panel.current_briefing_id(), excerpt, start, end)):
            self._say(self.tr("Excerpt changed."))
            return True
        return False

    def delete_selected(self) -> bool:
        excerpt = self._selected_excerpt()
        return excerpt is not None and self.delete(excerpt.id)

    def delete(self, excerpt_id: int) -> bool:
        """Delete an excerpt and the items quoting it (one undo step)."""
        panel = self.panel
        if panel.run(DeleteExcerptCommand(panel.ctx, panel.current_briefing_id(), excerpt_id)):
            self._say(self.tr("Excerpt deleted. Undo brings it back."))
            return True
        return False

    def show_in_briefing(self, excerpt_id: int) -> bool:
        """Select the item of the open briefing that quotes the excerpt, ready for its note."""
        panel = self.panel
        for section in panel.outline_model.sections():
            for item in section.items:
                if item.excerpt is not None and item.excerpt.id == excerpt_id:
                    panel.write_note_of(item.id)
                    return True
        self._say(self.tr("The open briefing does not quote this excerpt."))
        return False

    def _find(self, excerpt_id: int) -> Excerpt | None:
        article = getattr(self.reader, "article", None)
        shown = self.panel.library.excerpts_for(article.id) if article is not None else []
        in_outline = (i.excerpt for s in self.panel.outline_model.sections() for i in s.items
                      if i.excerpt is not None)
        return next((e for e in (*shown, *in_outline) if e.id == excerpt_id), None)
