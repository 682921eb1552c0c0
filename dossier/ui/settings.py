"""What the window remembers between runs, behind typed accessors over one QSettings.

Only UI state lives here (geometry, splitters, language, the last open briefing); the
library file holds everything the analyst made.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

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
