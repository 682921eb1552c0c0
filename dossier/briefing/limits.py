"""How large a briefing may be: generous for real work, small enough that no file can
make an import, an export or the window run for minutes or exhaust memory."""

from __future__ import annotations

MAX_LINE_CHARS = 1_000       # title, subtitle, author, classification, section heading
MAX_SUMMARY_CHARS = 50_000
MAX_NOTE_CHARS = 20_000
MAX_QUOTE_CHARS = 20_000     # some pages of an article
MAX_SECTIONS = 1_000
MAX_ITEMS = 50_000           # in the whole briefing
MAX_FILE_BYTES = 64 * 1024 * 1024
