"""The briefing file: JSON to share and script briefings.

    {"title", "subtitle"?, "author"?, "classification"?, "date"? (YYYY-MM-DD), "summary"?,
     "sections": [{"heading", "items": [{"article": ID, "quote": TEXT, "note"?: TEXT}
                                        or {"note": TEXT}]}]}

Import is all-or-nothing: the whole file is checked and every quote found before the
first row is written, and the rows are then written in one transaction. Everything is
checked with a one-line error naming the place: real dates, article ids SQLite can hold,
text without half surrogate pairs, the limits of dossier/briefing/limits.py, the
nesting of the JSON; the file must be a regular file of at most 64 MiB.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import sqlite_utils

from dossier.briefing.excerpts import QuoteNotFound, find_quote
from dossier.briefing.limits import (MAX_FILE_BYTES, MAX_ITEMS, MAX_LINE_CHARS, MAX_NOTE_CHARS,
                                     MAX_QUOTE_CHARS, MAX_SECTIONS, MAX_SUMMARY_CHARS)
from dossier.clock import now_iso
from dossier.ingest.files import display_name, read_file
from dossier.ingest.parse import ImportRejected
from dossier.model import Briefing
from dossier.safe_output import OutputError, write_bytes
from dossier.storage import briefings_repo, excerpts_repo
from dossier.storage.database import transaction

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_OPTIONAL_TEXT = ("subtitle", "author", "classification", "summary")
_TEXT_LIMITS = {"title": MAX_LINE_CHARS, "subtitle": MAX_LINE_CHARS, "author": MAX_LINE_CHARS,
                "classification": MAX_LINE_CHARS, "summary": MAX_SUMMARY_CHARS,
                "heading": MAX_LINE_CHARS, "note": MAX_NOTE_CHARS, "quote": MAX_QUOTE_CHARS}
_ID_MAX = 2 ** 63 - 1


class BriefingFileError(ValueError):
    """A briefing file that cannot be imported; the message names the place."""


def _text(value, key: str, where: str, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise BriefingFileError(f"{where} must be {'a non-empty' if required else 'a'} string")
    if len(value) > _TEXT_LIMITS[key]:
        raise BriefingFileError(f"{where} is {len(value):,} characters long; "
                                f"the limit is {_TEXT_LIMITS[key]:,}")
    if _SURROGATE.search(value):
        # JSON can spell half of a character pair ("\ud800"); no text holds one alone.
        raise BriefingFileError(f"{where} holds an invalid character (half of a surrogate pair)")
    return value


def _date(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise BriefingFileError('"date" must be a real date written YYYY-MM-DD')


def _article_id(value, place: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _ID_MAX:
        raise BriefingFileError(f'{place}: "article" must be an article id (a number from 1 to {_ID_MAX})')
    return value


def validate(data) -> dict:
    """Check the shape of a parsed briefing file; returns it with defaults filled in."""
    if not isinstance(data, dict):
        raise BriefingFileError("the file must hold one JSON object")
    info = {"title": _text(data.get("title"), "title", '"title"', required=True)}
    for key in _OPTIONAL_TEXT:
        info[key] = _text(data.get(key), key, f'"{key}"')
    info["date"] = _date(data.get("date"))
    sections = data.get("sections", [])
    if not isinstance(sections, list):
        raise BriefingFileError('"sections" must be a list')
    if len(sections) > MAX_SECTIONS:
        raise BriefingFileError(f"the file has {len(sections):,} sections; the limit is {MAX_SECTIONS:,}")
    total = sum(len(s.get("items") or ()) for s in sections
                if isinstance(s, dict) and isinstance(s.get("items"), list))
    if total > MAX_ITEMS:
        raise BriefingFileError(f"the file has {total:,} items; the limit is {MAX_ITEMS:,}")
    info["sections"] = [_section(section, s_index) for s_index, section in enumerate(sections, 1)]
    return info


def _section(section, s_index: int) -> dict:
    where = f"section {s_index}"
    if not isinstance(section, dict):
        raise BriefingFileError(f"{where} must be an object")
    heading = _text(section.get("heading"), "heading", f'{where}: "heading"', required=True)
    items = section.get("items", [])
    if not isinstance(items, list):
        raise BriefingFileError(f'{where}: "items" must be a list')
    checked_items = []
    for i_index, item in enumerate(items, 1):
        place = f"{where}, item {i_index}"
        if not isinstance(item, dict):
            raise BriefingFileError(f"{place} must be an object")
        note = _text(item.get("note"), "note", f'{place}: "note"')
        if "quote" in item or "article" in item:
            article = _article_id(item.get("article"), place)
            quote = _text(item.get("quote"), "quote", f'{place}: "quote"', required=True)
            checked_items.append({"article": article, "quote": quote, "note": note})
        elif "note" in item:
            checked_items.append({"note": note})
        else:
            raise BriefingFileError(f'{place} needs "article" and "quote", or a "note"')
    return {"heading": heading, "items": checked_items}


def import_file(db: sqlite_utils.Database, path: Path | str) -> int:
    """Import a briefing file; returns the new briefing's id, or raises and writes nothing."""
    try:
        raw = read_file(path, limit=MAX_FILE_BYTES)
    except ImportRejected as exc:
        raise BriefingFileError(f"cannot read {display_name(path)}: {exc.message}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingFileError(f"{display_name(path)} is not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingFileError(f"{display_name(path)} is not valid JSON: line {exc.lineno}: {exc.msg}") from None
    except RecursionError:
        raise BriefingFileError(f"{display_name(path)} is nested too deeply to be a briefing file") from None
    except ValueError as exc:  # e.g. a number of more digits than Python converts
        raise BriefingFileError(f"{display_name(path)} is not a briefing file: {exc}") from None
    return import_data(db, data)


def import_data(db: sqlite_utils.Database, data) -> int:
    spec = validate(data)
    anchors = _anchors(db, spec)
    now = now_iso()
    with transaction(db):
        known = _existing_excerpts(db, {a for (a, _, _) in anchors.values()})
        briefing_id = briefings_repo.insert_briefing(db, spec, now)
        for s_index, section in enumerate(spec["sections"], 1):
            section_id = briefings_repo.insert_section(db, briefing_id, section["heading"])
            rows = []
            for i_index, item in enumerate(section["items"], 1):
                excerpt_id = None
                if (s_index, i_index) in anchors:
                    article_id, _, anchor = anchors[(s_index, i_index)]
                    key = (article_id, anchor.start, anchor.end)
                    excerpt_id = known.get(key)
                    if excerpt_id is None:
                        excerpt_id = known[key] = excerpts_repo.insert(
                            db, article_id, anchor.start, anchor.end, anchor.quote,
                            anchor.prefix, anchor.suffix, now)
                rows.append((excerpt_id, item["note"]))
            briefings_repo.append_items(db, section_id, rows)
    return briefing_id


def _anchors(db: sqlite_utils.Database, spec: dict) -> dict:
    """Every quote found in its article, before anything is written (reads only)."""
    bodies: dict[int, str] = {}
    anchors = {}
    for s_index, section in enumerate(spec["sections"], 1):
        for i_index, item in enumerate(section["items"], 1):
            if "article" not in item:
                continue
            place = f"section {s_index}, item {i_index}"
            article_id = item["article"]
            if article_id not in bodies:
                row = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
                if row is None:
                    raise BriefingFileError(f"{place}: there is no article {article_id}")
                bodies[article_id] = row[0]
            try:
                anchor = find_quote(bodies[article_id], item["quote"])
            except QuoteNotFound as exc:
                raise BriefingFileError(f"{place}: {exc} (article {article_id})") from exc
            anchors[(s_index, i_index)] = (article_id, place, anchor)
    return anchors


def _existing_excerpts(db: sqlite_utils.Database, article_ids: set[int]) -> dict:
    """(article, start, end) -> excerpt id for the articles quoted: one read, so that a
    file of many quotes of one article does not scan its excerpts once per quote."""
    known = {}
    for article_id in article_ids:
        for excerpt_id, start, end in db.execute(
                'SELECT id, start, "end" FROM excerpts WHERE article_id = ?', [article_id]):
            known.setdefault((article_id, start, end), excerpt_id)
    return known


def to_data(briefing: Briefing) -> dict:
    info = briefing.info
    data: dict = {"title": info.title}
    for key in _OPTIONAL_TEXT:
        if getattr(info, key):
            data[key] = getattr(info, key)
    if info.date:
        data["date"] = info.date
    data["sections"] = []
    for section in briefing.sections:
        items = []
        for item in section.items:
            if item.excerpt is not None:
                entry = {"article": item.excerpt.article_id, "quote": item.excerpt.quote}
                if item.note:
                    entry["note"] = item.note
            else:
                entry = {"note": item.note}
            items.append(entry)
        data["sections"].append({"heading": section.heading, "items": items})
    return data


def export_file(briefing: Briefing, path: Path | str) -> None:
    """Write the briefing file atomically, by the rules of dossier/safe_output.py."""
    text = json.dumps(to_data(briefing), ensure_ascii=False, indent=2) + "\n"
    try:
        write_bytes(path, text.encode("utf-8"))
    except OutputError as exc:
        raise BriefingFileError(str(exc)) from None
