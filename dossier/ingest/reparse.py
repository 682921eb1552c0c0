"""Parsing articles again from their kept originals, when the rules have improved.

Each article with an original is parsed again from its file and record, as the import
did, and the new parse replaces the old one: title, body and its structure, removed
lines, date, author, automatic tags, search index entry and sketch. What the analyst
did stays: corrected details win over what parsing finds, added or removed tags stay,
and excerpts are anchored again by their quote (the occurrence nearest the old place).

An article keeps its current parse, and is reported, when the new one would lose an
excerpt (its quote is no longer in the body) or would make it a copy of another article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import sqlite_utils

from dossier.briefing.excerpts import QuoteNotFound, find_quote
from dossier.ingest import formats, near_duplicates
from dossier.ingest.errors import ImportRejected
from dossier.ingest.preparing import details, parse_record
from dossier.ingest.parse import identity_hash
from dossier.search import index_store
from dossier.storage import articles_repo, edits_repo, excerpts_repo, originals_repo, repeats_repo
from dossier.storage.database import transaction
from dossier.tagging import tagger as tagging
from dossier.text.folding import folded_text

Progress = Callable[[int, int, str], object]


@dataclass(frozen=True)
class ReparseReport:
    reparsed: int = 0  # articles whose text or details changed
    unchanged: int = 0
    without_original: int = 0  # imported before originals were kept
    kept: tuple[tuple[int, str], ...] = field(default=())  # (article id, why its parse was kept)


class _Files:
    """Files' records read once however many of their rows are parsed."""

    def __init__(self, db):
        self.db, self._records = db, {}

    def record(self, original) -> formats.Record:
        records = self._records.get(original.file_id)
        if records is None:
            data = originals_repo.file_bytes(self.db, original.file_id)
            records = {r.number: r for r in formats.records(data, original.format)
                       if isinstance(r, formats.Record)}
            self._records = {original.file_id: records}  # one file at a time in memory
        found = records.get(original.record)
        if found is None:
            raise ImportRejected("no_record", f"record {original.record} can no longer be read")
        return found


def _reanchor(db, article_id: int, body: str) -> list[tuple[int, object]] | str:
    anchors = []
    for excerpt in excerpts_repo.for_article(db, article_id):
        try:
            anchors.append((excerpt.id, find_quote(body, excerpt.quote, near=excerpt.start)))
        except QuoteNotFound:
            return f"excerpt {excerpt.id} would no longer be found in the text"
    return anchors


def reparse_article(db: sqlite_utils.Database, article_id: int, files: _Files, lexicons) -> str:
    """"reparsed", "unchanged", "no_original", or why the current parse was kept."""
    original = originals_repo.get(db, article_id)
    if original is None:
        return "no_original"
    current = articles_repo.get(db, article_id)
    record = files.record(original)
    parsed = parse_record(record, current.source_file)
    folded = folded_text(parsed.body)
    edits = edits_repo.get(db, article_id)
    info = details(parsed, record.fields, original.meta)
    shown = {**info, "title": parsed.title, **edits}
    removed = tuple((r.number, r.role, r.text) for r in parsed.removed)
    changed = False
    if parsed.body != current.body or parsed.blocks != current.blocks:
        new_hash = identity_hash(folded)
        other = articles_repo.find_by_hash(db, new_hash)
        if other not in (None, article_id):
            return f"it would become a copy of article {other}"
        anchors = _reanchor(db, article_id, parsed.body)
        if isinstance(anchors, str):
            return anchors
        articles_repo.replace_text(db, article_id, articles_repo.NewArticle(
            title=shown["title"], title_derived=parsed.title_derived and "title" not in edits,
            section_label=parsed.section_label, body=parsed.body, blocks=parsed.blocks,
            language=parsed.language, body_hash=new_hash, source_file=current.source_file,
            imported_at=current.imported_at, outlet=None, author=None, url=None, published=None,
            index_row=index_store.article_row(shown["title"], parsed.body)))
        for excerpt_id, anchor in anchors:
            excerpts_repo.set_bounds(db, excerpt_id, anchor.start, anchor.end, anchor.quote,
                                     anchor.prefix, anchor.suffix)
        tags = tagging.tag_article(shown["title"], parsed.tagging_body, lexicons)
        articles_repo.set_auto_tags(db, article_id, "article_countries", "code", tags.countries)
        articles_repo.set_auto_tags(db, article_id, "article_topics", "slug", tags.topics)
        repeats_repo.drop_keys(db, article_id)
        repeats_repo.add_keys(db, article_id, near_duplicates.bottom(near_duplicates.text_shingles(folded)))
        changed = True
    elif shown["title"] != current.title:
        articles_repo.set_title(db, article_id, shown["title"], parsed.title_derived and "title" not in edits)
        changed = True
    source = current.source
    now = (source.outlet, source.author, source.url, source.published) if source else (None,) * 4
    wanted = (shown["outlet"], shown["author"], shown["url"], shown["published"])
    if wanted != now:
        articles_repo.set_source(db, article_id, articles_repo.SourceFields(*wanted))
        changed = True
    if removed != original.removed:
        originals_repo.set_removed(db, article_id, removed)
        changed = True
    return "reparsed" if changed else "unchanged"


def reparse(db: sqlite_utils.Database, lexicons, progress: Progress | None = None,
            ids: list[int] | None = None) -> ReparseReport:
    """Parse the articles (all, or ``ids``) again from their originals; one transaction
    per article, so an interruption keeps what was done."""
    if ids is None:
        ids = [row[0] for row in db.execute(
            "SELECT a.id FROM articles a LEFT JOIN originals o ON o.article_id = a.id "
            "ORDER BY o.file_id, o.record, a.id")]
    counts = {"reparsed": 0, "unchanged": 0, "no_original": 0}
    kept: list[tuple[int, str]] = []
    files = _Files(db)
    for done, article_id in enumerate(ids, 1):
        try:
            with transaction(db):
                outcome = reparse_article(db, article_id, files, lexicons)
        except ImportRejected as exc:
            outcome = exc.message
        if outcome in counts:
            counts[outcome] += 1
        else:
            kept.append((article_id, outcome))
        if progress is not None and (done % 200 == 0 or done == len(ids)):
            progress(done, len(ids), "")
    return ReparseReport(counts["reparsed"], counts["unchanged"], counts["no_original"], tuple(kept))
