"""The inputs an analyst really has, read into records to parse.

- ``.txt``: a saved or copied page, one article (see ``parse``).
- ``.html``/``.htm``: a saved web page. trafilatura finds the main text and the page's
  metadata (headline, author, date, canonical URL, site name); the text then goes
  through the same line rules as a .txt page, so furniture it leaves is removed too.
- ``.jsonl``: a media-monitoring export, one JSON object per line.
- ``.csv``: the same as a table with a header row (comma, semicolon or tab).

Exports name their fields in many ways; the usual names are understood, in English and
Arabic (title/headline/عنوان, body/text/content/نص, outlet/source/publisher/المصدر,
author/byline/الكاتب, date/published/pubDate/التاريخ, url/link/الرابط), and a nested
``{"source": {"name": ...}}`` as news APIs write it. Each row is its own record: a bad
row is refused with its number and a reason while the others are read.

Every record keeps its number in the file (0 for a one-article file, else the line of
JSON Lines or the row of CSV, from 1), so the article can be parsed again from the
file as it was imported.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from dossier.ingest import bylines
from dossier.ingest.decoding import decode
from dossier.ingest.errors import ImportRejected

TEXT, HTML, JSONL, CSV, PASTE = "txt", "html", "jsonl", "csv", "paste"
SUFFIXES = {".txt": TEXT, ".html": HTML, ".htm": HTML, ".jsonl": JSONL, ".ndjson": JSONL, ".csv": CSV}
# Exports hold many articles: they may be larger than one page may be.
MAX_EXPORT_BYTES = 256 * 1024 * 1024

_ALIASES = {
    "title": ("title", "headline", "heading", "name", "عنوان", "العنوان"),
    "body": ("body", "text", "content", "article", "full_text", "fulltext", "article_text",
             "body_text", "story", "نص", "النص", "المحتوى", "المتن"),
    "summary": ("summary", "description", "abstract", "lead", "excerpt", "الملخص", "ملخص"),
    "outlet": ("outlet", "source", "source_name", "publication", "publisher", "media", "medium",
               "site", "sitename", "site_name", "newspaper", "المصدر", "الوسيلة", "الصحيفة", "الموقع"),
    "author": ("author", "authors", "byline", "writer", "creator", "الكاتب", "الكاتبة", "المؤلف"),
    "date": ("date", "published", "published_at", "publishedat", "pubdate", "pub_date",
             "publish_date", "publication_date", "datetime", "time", "timestamp", "created_at",
             "التاريخ", "تاريخ النشر"),
    "url": ("url", "link", "uri", "permalink", "source_url", "article_url", "الرابط", "رابط"),
}


@dataclass(frozen=True)
class Record:
    number: int  # 0 for a one-article file, else the line or row (from 1)
    text: str  # the text to parse
    fields: dict = field(default_factory=dict)  # title, outlet, author, date, url as given


@dataclass(frozen=True)
class BadRecord:
    """A row that cannot be read, with its number and why."""

    number: int
    error: ImportRejected


def format_of(name: str) -> str:
    lower = name.lower()
    for suffix, kind in SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return TEXT


def records(data: bytes, kind: str) -> list[Record | BadRecord]:
    """The records of a file's bytes; a record that cannot be read is a BadRecord whose
    message names it. A file that cannot be read at all raises ImportRejected."""
    if kind == HTML:
        return [_html_record(data)]
    if kind in (JSONL, CSV):
        text = decode(data, limit=MAX_EXPORT_BYTES)
        found = _jsonl_records(text) if kind == JSONL else _csv_records(text)
        if not found:
            raise ImportRejected("no_records", "The export holds no articles.")
        return found
    return [Record(0, decode(data))]


def record_at(data: bytes, kind: str, number: int) -> Record:
    """The record ``number`` of a file again (to parse it again)."""
    for record in records(data, kind):
        if isinstance(record, Record) and record.number == number:
            return record
    raise ImportRejected("no_record", f"The file has no readable record {number} any more.")


def _html_record(data: bytes) -> Record:
    import trafilatura

    try:
        html = decode(data)
    except ImportRejected:
        html = data.decode("utf-8", "replace")  # the page may declare its own charset
    # Recall first: a paragraph the extractor drops is lost to the body (the page itself is
    # kept), while furniture it lets through is removed by our own line rules.
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_recall=True)
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise ImportRejected("no_text", "No article text was found in the page.")
    page = _page_facts(html)
    author = page.get("author") or found.author
    signed = author and bylines.byline(author)
    fields = {"title": found.title, "author": signed.author if signed else author,
              "date": page.get("date") or found.date, "url": found.url, "outlet": found.sitename}
    return Record(0, text, {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()})


_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content", "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='date' or @name='DC.date.issued']/@content",
    "//time[@datetime][1]/@datetime")
_BYLINE_XPATH = ("//*[@itemprop='author' or @rel='author' or contains(@class, 'byline') "
                 "or contains(@class, 'author')]")


def _page_facts(html: str) -> dict:
    """The publication time the page states for machines (trafilatura may guess another
    from the address), and a byline element read by our byline rules ("دبي - العربية.نت")."""
    from lxml import html as lxml_html

    from dossier.ingest.dates import stamp_date

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return {}
    facts = {}
    for xpath in _DATE_XPATHS:
        dates = [stamp_date(value) for value in tree.xpath(xpath)]
        if any(dates):
            facts["date"] = next(d for d in dates if d)
            break
    for element in tree.xpath(_BYLINE_XPATH)[:5]:
        found = bylines.byline(" ".join(element.text_content().split()))
        if found:
            facts["author"] = found.author
            break
    return facts


def _plain(value) -> str | None:
    """A field's text: names inside objects ({"name": ...}) and lists joined."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        value = "، ".join(filter(None, (_plain(v) for v in value)))
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _fields(row: dict) -> dict:
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    found = {}
    for name, aliases in _ALIASES.items():
        for alias in aliases:
            raw = lowered.get(alias)
            value = _plain(raw) if raw is not None else None
            if value:
                found[name] = value
                break
    return found


def _record(number: int, row: dict) -> Record | BadRecord:
    fields = _fields(row)
    body = fields.pop("body", None) or fields.pop("summary", None)
    fields.pop("summary", None)
    if not body:
        return BadRecord(number, ImportRejected(
            "no_text", f"row {number}: no article text (a body, text or content field)"))
    return Record(number, body, fields)


def _jsonl_records(text: str) -> list[Record | BadRecord]:
    found: list[Record | BadRecord] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            found.append(BadRecord(number, ImportRejected("bad_row", f"line {number}: not JSON ({exc.msg})")))
            continue
        if not isinstance(row, dict):
            found.append(BadRecord(number, ImportRejected("bad_row", f"line {number}: not a JSON object")))
            continue
        found.append(_record(number, row))
    return found


def _csv_records(text: str) -> list[Record | BadRecord]:
    head = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(head.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames or not any(
            str(name).strip().lower() in _ALIASES["body"] + _ALIASES["summary"] for name in reader.fieldnames):
        raise ImportRejected("no_text_column", "The table has no column of article text "
                             "(body, text or content).")
    found: list[Record | BadRecord] = []
    try:
        for number, row in enumerate(reader, start=1):
            found.append(_record(number, row))
    except csv.Error as exc:
        number = len(found) + 1
        found.append(BadRecord(number, ImportRejected("bad_row", f"row {number}: {exc}")))
    return found
