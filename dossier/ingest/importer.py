"""Importing article files into the library: one file at a time, never half written.

Each file is read, decoded, parsed and tagged before anything is written; its rows
are then written in a savepoint, so a file that fails leaves nothing behind while the
batch goes on. Writes are grouped into transactions of many files for speed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from dossier.clock import now_iso
from dossier.tagging import tagger as tagging
from dossier.ingest.files import collect, display_name, read_file
from dossier.ingest.worker_pool import worker_pool
from dossier.ingest.parse import ImportRejected, body_hash, decode, parse_article
from dossier.search import index_store
from dossier.storage import articles_repo
from dossier.storage.database import LibraryError, transaction
from dossier.storage.errors import translate

Progress = Callable[[int, int, str], object]

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"
_BATCH = 400


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str
    article_id: int | None = None
    title: str | None = None
    code: str | None = None  # why a file was rejected
    message: str | None = None


@dataclass(frozen=True)
class ImportReport:
    results: tuple[FileResult, ...] = field(default=())

    def _count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def imported(self) -> int:
        return self._count(IMPORTED)

    @property
    def duplicates(self) -> int:
        return self._count(DUPLICATE)

    @property
    def rejected(self) -> int:
        return self._count(REJECTED)

    @property
    def article_ids(self) -> list[int]:
        return [r.article_id for r in self.results if r.status == IMPORTED]


def prepare(data: bytes, name: str, meta: dict | None = None, lexicons=None,
            imported_at: str | None = None) -> tuple[articles_repo.NewArticle, object]:
    """Decode, parse and tag one file's bytes (nothing is written)."""
    parsed = parse_article(decode(data), name)
    meta = meta or {}
    article = articles_repo.NewArticle(
        title=parsed.title, title_derived=parsed.title_derived,
        section_label=parsed.section_label, body=parsed.body, blocks=parsed.blocks,
        language=parsed.language, body_hash=body_hash(parsed.body), source_file=name,
        imported_at=imported_at or now_iso(),
        outlet=meta.get("outlet"), author=parsed.author or meta.get("author"),
        url=meta.get("url"), published=parsed.published or meta.get("date"),
        index_row=index_store.article_row(parsed.title, parsed.body),
    )
    return article, tagging.tag_article(parsed.title, parsed.body, lexicons)


def store(db: sqlite_utils.Database, article: articles_repo.NewArticle, tags) -> int:
    """Write one prepared article with its tags; the caller holds the transaction."""
    article_id = articles_repo.insert(db, article)
    articles_repo.set_auto_tags(db, article_id, "article_countries", "code", tags.countries, new=True)
    articles_repo.set_auto_tags(db, article_id, "article_topics", "slug", tags.topics, new=True)
    return article_id


def _prepare_path(path: Path, meta: dict | None, lexicons, stamp: str):
    try:
        article, tags = prepare(read_file(path), display_name(path.name), meta, lexicons, stamp)
        return path, article, tags, None
    except ImportRejected as exc:
        return path, None, None, exc


def _prepare_chunk(job) -> list:
    chunk, metas, lexicons, stamp = job
    return [_prepare_path(p, m, lexicons, stamp) for p, m in zip(chunk, metas)]


def _prepared_chunks(files: list[Path], manifest: dict, lexicons, stamp: str, workers: int):
    """Batches of prepared files, in order; spread over worker processes when asked."""
    jobs = [(chunk, [manifest.get(p.name) for p in chunk], lexicons, stamp)
            for chunk in (files[i:i + _BATCH] for i in range(0, len(files), _BATCH))]
    if workers < 2 or len(jobs) < 2:
        for job in jobs:
            yield job[0], _prepare_chunk(job)
        return
    if lexicons is None:
        from dossier.tagging.topics import load_lexicons
        jobs = [(c, m, load_lexicons(), t) for c, m, _, t in jobs]
    # Workers need nothing from this process but their job: only callers without
    # threads of their own (the command line) ask for them; the window imports in one
    # process. How they start and end: dossier/ingest/worker_pool.py.
    with worker_pool(workers) as pool:
        for job, prepared in zip(jobs, pool.map(_prepare_chunk, jobs)):
            yield job[0], prepared


def import_paths(db: sqlite_utils.Database, paths: Iterable[Path | str],
                 progress: Progress | None = None, manifest: dict | None = None,
                 lexicons=None, workers: int = 1) -> ImportReport:
    """Import files and folders; every file gets a result, the batch never stops early.

    ``workers`` > 1 reads, parses and tags in that many worker processes while this one
    writes; use it only from a process that runs no other threads.
    """
    collected = collect(paths)
    files = collected.files
    results: list[FileResult] = [FileResult(r.path, REJECTED, code=r.error.code, message=r.error.message)
                                 for r in collected.refused]
    total = len(files) + len(results)
    seen: dict[str, int] = {}
    for chunk, prepared in _prepared_chunks(files, manifest or {}, lexicons, now_iso(), workers):
        results.extend(_store_batch(db, prepared, seen))
        if progress is not None:
            progress(len(results), total, display_name(chunk[-1]))
    return ImportReport(tuple(results))


def _store_batch(db, prepared: list, seen: dict[str, int]) -> list[FileResult]:
    """Write a batch in one transaction; if any write fails, redo it file by file.

    No savepoint per file on the fast path: the full-text index flushes its pending
    terms at every savepoint, which would make a bulk import several times slower.
    """
    batch_seen = dict(seen)
    try:
        with transaction(db):
            results = [_store_one(db, p, a, t, e, batch_seen, isolate=False)
                       for p, a, t, e in prepared]
        seen.update(batch_seen)
        return results
    except LibraryError:
        raise  # a full disk or a busy library stops the import: no file is at fault
    except Exception:
        pass
    results = []
    for path, article, tags, error in prepared:
        with transaction(db):
            results.append(_store_one(db, path, article, tags, error, seen, isolate=True))
    return results


def _store_one(db, path: Path, article, tags, error, seen: dict[str, int],
               isolate: bool) -> FileResult:
    name = display_name(path)
    if error is not None:
        return FileResult(name, REJECTED, code=error.code, message=error.message)
    existing = seen.get(article.body_hash) or articles_repo.find_by_hash(db, article.body_hash)
    if existing:
        return FileResult(name, DUPLICATE, article_id=existing, title=article.title)
    if isolate:
        try:
            with transaction(db):
                article_id = store(db, article, tags)
        except Exception as exc:  # a database refusal for one file must not stop the batch
            if translate(exc, None) is not None:
                raise
            return FileResult(name, REJECTED, code="storage", message=f"could not store it: {exc}")
    else:
        article_id = store(db, article, tags)
    seen[article.body_hash] = article_id
    return FileResult(name, IMPORTED, article_id=article_id, title=article.title)
