"""Undo commands on excerpts themselves, which every item quoting them shares: changing
an excerpt's bounds in its article, and deleting it (with the items that quote it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..briefing.briefings import RemovedExcerpt
from ..briefing.changes import Change
from ..model import Excerpt
from .commands import BriefingCommand


class SetExcerptBoundsCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Change excerpt")

    def __init__(self, ctx, briefing_id, excerpt: Excerpt, start: int, end: int):
        super().__init__(ctx, briefing_id)
        self.excerpt = excerpt
        self.bounds = (start, end)

    def _change(self) -> Change:
        return Change(self.briefing_id, outline=True, articles=frozenset({self.excerpt.article_id}))

    def do(self):
        self.excerpt = self.briefings.set_excerpt_bounds(self.excerpt.id, *self.bounds)
        return self._change()

    def undo_it(self):
        self.briefings.put_excerpt_back(self.excerpt)
        return self._change()


class DeleteExcerptCommand(BriefingCommand):
    TEXT = QT_TRANSLATE_NOOP("Commands", "Delete excerpt")

    def __init__(self, ctx, briefing_id, excerpt_id: int):
        super().__init__(ctx, briefing_id)
        self.excerpt_id = excerpt_id
        self.removed: RemovedExcerpt | None = None

    def _change(self) -> Change:
        return Change(self.briefing_id, outline=True,
                      articles=frozenset({self.removed.excerpt.article_id}))

    def do(self):
        self.removed = self.briefings.delete_excerpt(self.excerpt_id)
        return self._change()

    def undo_it(self):
        self.briefings.restore_excerpt(self.removed)
        return self._change()
