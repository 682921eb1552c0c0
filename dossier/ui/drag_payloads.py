"""What a drag carries between the window's views: a passage of an article, excerpts of
the library, articles, or a section or item of the outline; each as JSON in its own
format, beside plain text for other programs."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

PASSAGE_MIME = "application/x-dossier-excerpt"  # {"article_id", "start", "end"}
EXCERPTS_MIME = "application/x-dossier-excerpts"  # {"excerpt_ids": [...]}
ARTICLES_MIME = "application/x-dossier-articles"  # {"article_ids": [...]}
OUTLINE_MIME = "application/x-dossier-outline"  # {"briefing_id", "kind", "id"}


def put(mime: QMimeData, fmt: str, payload: dict) -> QMimeData:
    mime.setData(fmt, json.dumps(payload).encode("utf-8"))
    return mime


def read(mime: QMimeData | None, fmt: str) -> dict | None:
    """The payload of ``fmt``, or None when it is absent or malformed."""
    if mime is None or not mime.hasFormat(fmt):
        return None
    try:
        value = json.loads(bytes(mime.data(fmt)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def ids(payload: dict | None, key: str) -> list[int]:
    """A list of ids from a payload; empty when anything in it is not an id."""
    values = payload.get(key) if payload else None
    if not isinstance(values, list) or not all(isinstance(v, int) and not isinstance(v, bool)
                                               for v in values):
        return []
    return values


def articles_mime(article_ids: list[int], text: str = "") -> QMimeData:
    mime = put(QMimeData(), ARTICLES_MIME, {"article_ids": list(article_ids)})
    if text:
        mime.setText(text)
    return mime


def excerpts_mime(excerpt_ids: list[int], text: str = "") -> QMimeData:
    mime = put(QMimeData(), EXCERPTS_MIME, {"excerpt_ids": list(excerpt_ids)})
    if text:
        mime.setText(text)
    return mime
