"""What an edit of briefings or excerpts changed, so each view refreshes only what it shows
(a field typed into repaints the field, not the outline; a note, not the reader)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    briefing_id: int | None = None  # the briefing edited (None: none in particular)
    fields: tuple[tuple[str, object], ...] = ()  # briefing fields, with their new values
    notes: tuple[tuple[int, str], ...] = ()  # item notes, with their new text
    outline: bool = False  # sections or items added, moved, renamed, removed or re-quoted
    articles: frozenset[int] = field(default_factory=frozenset)  # articles whose excerpts changed
    briefings: bool = False  # a briefing created, deleted or put back
    focus: tuple[str, int] | None = None  # ("section" | "item", id) to select afterwards
