"""The briefing file: JSON to share and script briefings.

    {"title", "subtitle"?, "author"?, "classification"?, "date"? (YYYY-MM-DD), "summary"?,
     "sections": [{"heading", "items": [{"article": ID, "quote": TEXT, "note"?: TEXT}
                                        or {"note": TEXT}]}]}

Import is all-or-nothing: the whole file is checked and every quote found before the
first row is written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlite_utils

from dossier.briefing.excerpts import QuoteNotFound, find_quote
from dossier.clock import now_iso
from dossier.model import Briefing
from dossier.safe_output import OutputError, write_bytes
from dossier.storage import briefings_repo, excerpts_repo
from dossier.storage.database import transaction

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPTIONAL_TEXT = ("subtitle", "author", "classification", "summary")


class BriefingFileError(ValueError):
    """A briefing file that cannot be imported; the message names the place."""


def _text(value, where: str, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise BriefingFileError(f"{where} must be {'a non-empty' if required else 'a'} string")
    return value


def validate(data) -> dict:
    """Check the shape of a parsed briefing file; returns it with defaults filled in."""
    if not isinstance(data, dict):
        raise BriefingFileError("the file must hold one JSON object")
    info = {"title": _text(data.get("title"), '"title"', required=True)}
    for key in _OPTIONAL_TEXT:
        info[key] = _text(data.get(key), f'"{key}"')
    date = data.get("date")
    if date is not None and (not isinstance(date, str) or not _DATE.match(date)):
        raise BriefingFileError('"date" must be YYYY-MM-DD')
    info["date"] = date
    sections = data.get("sections", [])
    if not isinstance(sections, list):
        raise BriefingFileError('"sections" must be a list')
    checked = []
    for s_index, section in enumerate(sections, 1):
        where = f"section {s_index}"
        if not isinstance(section, dict):
            raise BriefingFileError(f"{where} must be an object")
        heading = _text(section.get("heading"), f"{where}: \"heading\"", required=True)
        items = section.get("items", [])
        if not isinstance(items, list):
            raise BriefingFileError(f'{where}: "items" must be a list')
        checked_items = []
        for i_index, item in enumerate(items, 1):
            place = f"{where}, item {i_index}"
            if not isinstance(item, dict):
                raise BriefingFileError(f"{place} must be an object")
            note = _text(item.get("note"), f'{place}: "note"')
            if "quote" in item or "article" in item:
                article = item.get("article")
                if not isinstance(article, int) or isinstance(article, bool):
                    raise BriefingFileError(f'{place}: "article" must be an article id (a number)')
                quote = _text(item.get("quote"), f'{place}: "quote"', required=True)
                checked_items.append({"article": article, "quote": quote, "note": note})
            elif "note" in item:
                checked_items.append({"note": note})
            else:
                raise BriefingFileError(f'{place} needs "article" and "quote", or a "note"')
        checked.append({"heading": heading, "items": checked_items})
    info["sections"] = checked
    return info


def import_file(db: sqlite_utils.Database, path: Path | str) -> int:
    """Import a briefing file; returns the new briefing's id, or raises and writes nothing."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingFileError(f"cannot read {path}: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BriefingFileError(f"{path} is not valid JSON: line {exc.lineno}: {exc.msg}") from exc
    return import_data(db, data)


def import_data(db: sqlite_utils.Database, data) -> int:
    spec = validate(data)
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
                anchors[(s_index, i_index)] = find_quote(bodies[article_id], item["quote"])
            except QuoteNotFound as exc:
                raise BriefingFileError(f"{place}: {exc} (article {article_id})") from exc
    now = now_iso()
    with transaction(db):
        briefing_id = briefings_repo.insert_briefing(db, spec, now)
        for s_index, section in enumerate(spec["sections"], 1):
            section_id = briefings_repo.insert_section(db, briefing_id, section["heading"])
            for i_index, item in enumerate(section["items"], 1):
                excerpt_id = None
                anchor = anchors.get((s_index, i_index))
                if anchor is not None:
                    excerpt_id = excerpts_repo.find_same(db, item["article"], anchor.start, anchor.end)
                    if excerpt_id is None:
                        excerpt_id = excerpts_repo.insert(
                            db, item["article"], anchor.start, anchor.end, anchor.quote,
                            anchor.prefix, anchor.suffix, now)
                briefings_repo.insert_item(db, section_id, excerpt_id, item["note"])
    return briefing_id


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
