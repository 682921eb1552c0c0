"""What the window remembers between runs, behind typed accessors over one QSettings.

Only UI state lives here (geometry, splitters, language, zoom, the last open briefing, and
the session: the open article and where it was read, the search, the filter, the sort and
the list's place); the library file holds everything the analyst made.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from ..storage.browse_index import NEWEST, SORTS
from ..storage.filters import ArticleFilter, date_bound

ORGANISATION = "Dossier"
APPLICATION = "Dossier"
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"
ZOOM_STEPS = range(-4, 9)


class Settings:
    """Typed reads and writes of the window's state; tests pass their own QSettings file."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    @classmethod
    def at(cls, filename: str) -> "Settings":
        return cls(QSettings(filename, QSettings.Format.IniFormat))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, (bytes, bytearray)) and value:
            return QByteArray(bytes(value))
        return None

    # Window
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", value)

    # Language
    def language(self) -> str:
        value = self.store.value("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        self.store.setValue("ui/language", code)

    # Work
    def last_briefing_id(self) -> int | None:
        value = self.store.value("work/last_briefing_id")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_briefing_id(self, briefing_id: int | None) -> None:
        if briefing_id is None:
            self.store.remove("work/last_briefing_id")
        else:
            self.store.setValue("work/last_briefing_id", int(briefing_id))

    # The session: what was open, restored on the next launch
    def last_article_id(self) -> int | None:
        return self._optional_id("session/article")

    def set_last_article_id(self, article_id: int | None) -> None:
        self._set_optional("session/article", article_id)

    def reader_offset(self) -> int:
        """The body offset at the top of the reader."""
        return self._int("session/reader_offset", 0, range(0, 1 << 40))

    def set_reader_offset(self, offset: int) -> None:
        self.store.setValue("session/reader_offset", int(offset))

    def list_article_id(self) -> int | None:
        """The article at the top of the list (its scroll position)."""
        return self._optional_id("session/list_article")

    def set_list_article_id(self, article_id: int | None) -> None:
        self._set_optional("session/list_article", article_id)

    def search_text(self) -> str:
        value = self.store.value("session/search", "")
        return value if isinstance(value, str) else ""

    def set_search_text(self, text: str) -> None:
        self.store.setValue("session/search", text)

    def article_filter(self) -> ArticleFilter:
        """The panes' ticks and the date range; anything unreadable counts as no filter."""
        try:
            data = json.loads(self.store.value("session/filter", "{}") or "{}")
            return ArticleFilter(**{key: tuple(str(v) for v in data.get(key, ()))
                                    for key in ("countries", "topics", "outlets")},
                                 date_from=date_bound(data.get("date_from") or ""),
                                 date_to=date_bound(data.get("date_to") or "", end=True))
        except (TypeError, ValueError, AttributeError):
            return ArticleFilter()

    def set_article_filter(self, flt: ArticleFilter) -> None:
        self.store.setValue("session/filter", json.dumps(
            {"countries": list(flt.countries), "topics": list(flt.topics), "outlets": list(flt.outlets),
             "date_from": flt.date_from, "date_to": flt.date_to}, ensure_ascii=False))

    def article_sort(self) -> str:
        value = self.store.value("session/sort", NEWEST)
        return value if value in SORTS else NEWEST

    def set_article_sort(self, sort: str) -> None:
        self.store.setValue("session/sort", sort if sort in SORTS else NEWEST)

    def _optional_id(self, key: str) -> int | None:
        value = self._int(key, -1, range(1, 1 << 62))
        return None if value < 0 else value

    def _set_optional(self, key: str, value: int | None) -> None:
        if value is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, int(value))

    # Zoom of the reader and the lists, in steps of 10% (0: the normal size)
    def zoom_step(self) -> int:
        return self._int("ui/zoom", 0, ZOOM_STEPS)

    def set_zoom_step(self, step: int) -> None:
        self.store.setValue("ui/zoom", int(step))

    def _int(self, key: str, default: int, bounds: range | None = None) -> int:
        try:
            value = int(self.store.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if bounds is None or value in bounds else default

    def sync(self) -> None:
        self.store.sync()
