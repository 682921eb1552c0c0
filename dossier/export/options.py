"""The export's options, result and errors, and how a running export is cancelled.

Cancelling: the caller either sets `ExportOptions.cancel` (a `threading.Event`, handy
for a Cancel button on another thread) or returns False from its progress callback.
Either way the export stops at the next page, removes its temporary file and raises
`ExportCancelled`; the target file is left as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
DIGITS = ("latin", "arabic")
FILE_FORMATS = {"pdf": ".pdf", "docx": ".docx"}  # format -> the suffix that selects it

Progress = Callable[[int, int, str], object]


class ExportError(Exception):
    """The export could not be written; the message is one line for the user."""


class ExportCancelled(ExportError):
    """The export was cancelled before it finished."""


@dataclass(frozen=True)
class ExportOptions:
    page_size: str = "A4"
    digits: str = "latin"  # page numbers, dates and markers: "latin" (123) or "arabic" (١٢٣)
    # "pdf" or "docx" (Word): what the window saves. `export_briefing` writes what the
    # target's suffix names, so a caller keeps the two in step (see `suffix`).
    file_format: str = "pdf"
    cancel: threading.Event | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}")
        if self.digits not in DIGITS:
            raise ValueError(f"digits must be one of {', '.join(DIGITS)}")
        if self.file_format not in FILE_FORMATS:
            raise ValueError(f"file_format must be one of {', '.join(FILE_FORMATS)}")

    @property
    def suffix(self) -> str:
        return FILE_FORMATS[self.file_format]

    @property
    def page_dimensions(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    # Characters no bundled face has, drawn as boxes (their text still copies), in
    # code point order: the caller tells the user, since a box is easy to miss.
    missing: tuple[str, ...] = ()

    def missing_note(self) -> str:
        """One line naming the characters drawn as boxes ("" when there are none)."""
        if not self.missing:
            return ""
        names = ", ".join(f"U+{ord(ch):04X}" for ch in self.missing[:12])
        more = f" and {len(self.missing) - 12} more" if len(self.missing) > 12 else ""
        return (f"{len(self.missing)} character(s) no bundled font has were drawn as boxes: "
                f"{names}{more}")


class Reporter:
    """Calls the progress callback and turns a cancel request into ExportCancelled."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None):
        self._progress = progress
        self._cancel = cancel

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelled("export cancelled")
        if self._progress is not None and self._progress(done, total, label) is False:
            raise ExportCancelled("export cancelled")
