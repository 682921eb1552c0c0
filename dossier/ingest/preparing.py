"""Everything an import does before writing, for one file: read its records, parse, tag,
hash, sketch, and pack the file's bytes to be kept.

This runs in the import's worker processes, so the single writer only inserts rows:
folding the body once serves the identity hash and the near-duplicate sketch. It comes
in two parts, which the import can run in different processes: parsing and tagging
(``parsed_record``), then what the article's words give (``text_rows``: identity hash,
search index row, sketch). What a worker sends back is made cheap to pass between
processes (``for_transfer``): strings and bytes, not thousands of small objects.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from dossier.clock import now_iso
from dossier.ingest import formats, near_duplicates
from dossier.ingest.dates import date_line, stamp_date
from dossier.ingest.errors import ImportRejected
from dossier.ingest.parse import ParsedArticle, identity_hash, parse_article
from dossier.search import index_store
from dossier.storage import articles_repo, originals_repo
from dossier.tagging import tagger as tagging
from dossier.text.folding import folded_text


@dataclass(frozen=True)
class PreparedRecord:
    """One article ready to be written, or why a record cannot be one."""

    name: str  # the file name, with "#N" for a row of an export
    record: int
    article: articles_repo.NewArticle | None = None
    tags: object = None
    removed: tuple[tuple[int, str, str], ...] = ()
    meta: dict = field(default_factory=dict)
    keys: tuple[int, ...] = ()
    error: ImportRejected | None = None
    shingles: bytes = b""  # near_duplicates.packed: confirms a near-duplicate without folding again
    stored: StoredForm | None = None  # what the writer inserts besides the article


@dataclass(frozen=True)
class StoredForm:
    """A record's tags, manifest fields and removed lines as the library stores them
    (JSON strings), made where the record is prepared: the writer only inserts them."""

    countries: tuple[tuple[str, int, str], ...]  # (code, mentions, offsets)
    topics: tuple[tuple[str, int, str], ...]  # (slug, mentions, offsets)
    meta: str
    removed: str


@dataclass(frozen=True)
class PreparedFile:
    kind: str
    packed: bytes  # the file's bytes as stored (see originals_repo.pack)
    size: int
    sha256: str
    records: tuple[PreparedRecord, ...]


def _date(value: str | None) -> str | None:
    return (stamp_date(value) or date_line(value)) if value else None


def details(parsed: ParsedArticle, fields: dict, meta: dict) -> dict:
    """Outlet, author, date and URL: the source's own fields first (an export, a page's
    metadata), then what the text says, then what the manifest adds."""
    meta = meta or {}
    return {
        "outlet": fields.get("outlet") or meta.get("outlet"),
        "author": fields.get("author") or parsed.author or meta.get("author"),
        "published": _date(fields.get("date")) or parsed.published or meta.get("date"),
        "url": fields.get("url") or meta.get("url"),
    }


def parse_record(record: formats.Record, name: str) -> ParsedArticle:
    return parse_article(record.text, name, title=record.fields.get("title"))


def prepare_record(record: formats.Record, name: str, meta: dict | None, lexicons,
                   imported_at: str) -> PreparedRecord:
    return with_text_rows(parsed_record(record, name, meta, lexicons, imported_at))


def parsed_record(record: formats.Record, name: str, meta: dict | None, lexicons,
                  imported_at: str) -> PreparedRecord:
    """Everything but what ``text_rows`` makes: the record parsed and tagged, its article
    without its identity hash, index row and sketch."""
    parsed = parse_record(record, name)
    info = details(parsed, record.fields, meta or {})
    article = articles_repo.NewArticle(
        title=parsed.title, title_derived=parsed.title_derived,
        section_label=parsed.section_label, body=parsed.body, blocks=parsed.blocks,
        language=parsed.language, body_hash="", source_file=name, imported_at=imported_at, **info)
    tags = tagging.tag_article(parsed.title, parsed.tagging_body, lexicons)
    removed = tuple((r.number, r.role, r.text) for r in parsed.removed)
    stored = StoredForm(articles_repo.tag_rows(tags.countries), articles_repo.tag_rows(tags.topics),
                        originals_repo.meta_json(meta), originals_repo.removed_json(removed))
    return PreparedRecord(name, record.number, article, tags, removed, dict(meta or {}), stored=stored)


def text_rows(title: str, body: str) -> tuple[str, tuple[str, ...], tuple[int, ...], bytes]:
    """What an article's words give: its identity hash, search index row, sketch keys and
    packed shingles. Pure and word-bound: the import can make it in a process of its own,
    whose word caches then serve every article (see ``importer``)."""
    folded = folded_text(body)
    shingles = near_duplicates.text_shingles(folded)
    return (identity_hash(folded), index_store.article_row(title, body, folded), near_duplicates.bottom(shingles),
            near_duplicates.packed(shingles))


def text_rows_or_error(title: str, body: str):
    """``text_rows``, or the ImportRejected that rejects the record."""
    try:
        return text_rows(title, body)
    except Exception as exc:
        return rejection(exc)


def with_text_rows(record: PreparedRecord, rows=None) -> PreparedRecord:
    """The record completed with its ``text_rows`` (made here when not given); a record
    whose rows could not be made is rejected."""
    if record.article is None:
        return record
    if rows is None:
        rows = text_rows(record.article.title, record.article.body)
    if isinstance(rows, ImportRejected):
        return PreparedRecord(record.name, record.record, error=rows)
    body_hash, index_row, keys, shingles = rows
    return replace(record, article=replace(record.article, body_hash=body_hash, index_row=index_row),
                   keys=keys, shingles=shingles)


def rejection(exc: Exception) -> ImportRejected:
    """What rejects a record on which preparing failed."""
    if isinstance(exc, ImportRejected):
        return exc
    # A fault of ours on one record must not stop the others.
    return ImportRejected("unparsed", f"could not be parsed ({type(exc).__name__}: {exc})")


def prepare_file(data: bytes, name: str, meta: dict | None = None, lexicons=None,
                 imported_at: str | None = None, rows: bool = True) -> PreparedFile:
    """Read, parse and tag every record of one file (nothing is written); raises
    ImportRejected when the file as a whole cannot be read. ``rows=False`` leaves each
    article's ``text_rows`` to be added (``with_text_rows``)."""
    kind = formats.format_of(name)
    stamp = imported_at or now_iso()
    prepare = prepare_record if rows else parsed_record
    prepared = []
    for record in formats.records(data, kind):
        label = name if kind in (formats.TEXT, formats.HTML) else f"{name}#{record.number}"
        if isinstance(record, formats.BadRecord):
            prepared.append(PreparedRecord(label, record.number, error=record.error))
            continue
        try:
            prepared.append(prepare(record, label, meta, lexicons, stamp))
        except Exception as exc:
            prepared.append(PreparedRecord(label, record.number, error=rejection(exc)))
    return PreparedFile(kind, originals_repo.pack(data), len(data),
                        hashlib.sha256(data).hexdigest(), tuple(prepared))


def for_transfer(prepared: PreparedFile) -> PreparedFile:
    """The file as a worker sends it to the writer: each article's blocks already in
    their stored form (a string), so no Block object is pickled, and its tags, removed
    lines and manifest fields only in their stored form."""
    return replace(prepared, records=tuple(
        replace(r, article=replace(r.article, blocks=(),
                                   structure=articles_repo.structure_of(r.article.blocks)),
                tags=None, removed=(), meta={})
        if r.article is not None else r for r in prepared.records))
