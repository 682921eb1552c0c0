"""Importing article files into the library: one file at a time, never half written.

Each file is read, decoded, parsed and tagged before anything is written (see
``preparing``). Writes are grouped into transactions of many files for speed (see
``storing``); when one of them fails, its files are written again one record at a time,
each in a savepoint, so a record that fails leaves nothing behind while the batch goes
on. An export (JSON Lines, CSV) holds many articles: each row gets its own
result, named ``file.jsonl#12``.

What is written for an article: the article and its search index entry, its tags, the
file it came from (once per file, as read) with its record number and removed lines,
and its near-duplicate keys. An exact duplicate (same words) is not stored again; a
near-duplicate (the same story with other furniture, a few words changed, the same wire
story elsewhere) is stored and linked to the story it repeats.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from dossier.clock import now_iso
from dossier.ingest import formats, preparing, storing
from dossier.ingest.files import collect, display_name, read_file
from dossier.ingest.preparing import for_transfer, prepare_file
from dossier.ingest.storing import DUPLICATE, IMPORTED, REJECTED, FileResult
from dossier.ingest.worker_pool import rare_collections, worker_pool
from dossier.ingest.parse import ImportRejected
from dossier.storage import articles_repo
from dossier.storage.database import LibraryError, transaction
from dossier.storage.errors import translate

Progress = Callable[[int, int, str], object]

_BATCH = 400  # files in a job at most
_JOB_BYTES = 1 << 20  # about 200 articles of real press
# With worker processes, the writer commits this many jobs at once: each commit writes
# every index page it touched (the near-duplicate keys and the hashes fall anywhere),
# so fewer, larger transactions write the same pages fewer times.
_JOBS_PER_COMMIT = 4
# While a transaction writes, the search index holds this much in memory before it
# writes a segment out (SQLite's default is 1 MiB): fewer segments, fewer merges.
_INDEX_HASH_BYTES = 32 << 20


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
    def near_duplicates(self) -> int:
        return sum(1 for r in self.results if r.near_duplicate_of is not None)

    @property
    def article_ids(self) -> list[int]:
        return [r.article_id for r in self.results if r.status == IMPORTED]


def prepare(data: bytes, name: str, meta: dict | None = None, lexicons=None,
            imported_at: str | None = None) -> tuple[articles_repo.NewArticle, object]:
    """Decode, parse and tag a one-article file's bytes (nothing is written)."""
    record = prepare_file(data, name, meta, lexicons, imported_at).records[0]
    if record.error is not None:
        raise record.error
    return record.article, record.tags


def store(db: sqlite_utils.Database, article: articles_repo.NewArticle, tags) -> int:
    """Write one prepared article with its tags; the caller holds the transaction."""
    article_id = articles_repo.insert(db, article)
    articles_repo.set_auto_tags(db, article_id, "article_countries", "code", tags.countries, new=True)
    articles_repo.set_auto_tags(db, article_id, "article_topics", "slug", tags.topics, new=True)
    return article_id


def _prepare_path(path: Path, meta: dict | None, lexicons, stamp: str, rows: bool = True):
    try:
        limit = formats.MAX_EXPORT_BYTES if formats.format_of(path.name) in (formats.JSONL, formats.CSV) else None
        data = read_file(path) if limit is None else read_file(path, limit)
        return path, prepare_file(data, display_name(path.name), meta, lexicons, stamp, rows), None
    except ImportRejected as exc:
        return path, None, exc


def _prepare_chunk(job, rows: bool = True) -> list:
    chunk, metas, lexicons, stamp = job
    return [_prepare_path(p, m, lexicons, stamp, rows) for p, m in zip(chunk, metas)]


def _parse_chunk_to_send(job) -> list:
    """What a parsing worker runs: a job's files parsed and tagged, made cheap to send
    back; their ``text_rows`` are made by another worker."""
    return [(path, prepared and for_transfer(prepared), error)
            for path, prepared, error in _prepare_chunk(job, rows=False)]


def _texts(prepared: list) -> list[tuple[str, str]]:
    """The (title, body) of every article of a parsed job, in order."""
    return [(r.article.title, r.article.body) for _, p, _ in prepared if p is not None
            for r in p.records if r.article is not None]


def _rows_of_texts(texts: list[tuple[str, str]]) -> list:
    """What a rows worker runs: the ``text_rows`` of a job's articles."""
    return [preparing.text_rows_or_error(title, body) for title, body in texts]


def _with_rows(prepared: list, rows: list) -> list:
    """A parsed job completed with the rows of its articles (in ``_texts`` order)."""
    rows = iter(rows)
    return [(path, p and replace(p, records=tuple(
        preparing.with_text_rows(r, next(rows)) if r.article is not None else r for r in p.records)), error)
        for path, p, error in prepared]


def _jobs(files: list[Path]) -> list[list[Path]]:
    """Files in jobs of about _JOB_BYTES (at most _BATCH files): an export of thousands of
    rows is split from the pages around it, so every worker has a share of the work."""
    jobs: list[list[Path]] = []
    current: list[Path] = []
    size = 0
    for path in files:
        try:
            size += os.stat(path).st_size
        except (OSError, ValueError):
            size += 1  # reported when it is read
        current.append(path)
        if size >= _JOB_BYTES or len(current) >= _BATCH:
            jobs.append(current)
            current, size = [], 0
    if current:
        jobs.append(current)
    return jobs


def _prepared_chunks(files: list[Path], manifest: dict, lexicons, stamp: str, workers: int):
    """Batches of prepared files, in order; spread over worker processes when asked."""
    jobs = [(chunk, [manifest.get(p.name) for p in chunk], lexicons, stamp) for chunk in _jobs(files)]
    if workers < 2 or len(jobs) < 2:
        for job in jobs:
            yield job[0], _prepare_chunk(job)
        return
    if lexicons is None:
        from dossier.tagging.topics import load_lexicons
        jobs = [(c, m, load_lexicons(), t) for c, m, _, t in jobs]
    # Workers need nothing from this process but their job: only callers without
    # threads of their own (the command line) ask for them; the window imports in one
    # process. How they start and end: dossier/ingest/worker_pool.py. A few jobs run
    # ahead of the writer, no more, so a slow disk never piles up prepared articles.
    # The writer takes _JOBS_PER_COMMIT jobs at a time: so many more run ahead of it.
    yield from _staged(jobs, workers)


def _staged(jobs: list, workers: int):
    """The jobs prepared in two stages, each in worker processes of its own: parsing and
    tagging, then the text rows (``preparing.text_rows``). Each stage's word caches (the
    tagger's; the folding, stems and variant keys of the index) are then built in one
    process only, not once in every worker. A parsed job goes on to its rows as soon as
    it is done, whatever the writer is doing. Jobs are yielded in order."""
    depth = 2 * workers + _JOBS_PER_COMMIT
    with worker_pool(max(1, workers // 2)) as parsers, worker_pool(workers - workers // 2) as rows_pool:

        def start(job) -> tuple:
            parsed, rows = parsers.submit(_parse_chunk_to_send, job), Future()
            parsed.add_done_callback(lambda done: _chain(done, rows, rows_pool))
            return job, parsed, rows

        ahead = deque(start(job) for job in jobs[:depth])
        for n in range(len(jobs)):
            job, parsed, rows = ahead.popleft()
            if n + depth < len(jobs):
                ahead.append(start(jobs[n + depth]))
            yield job[0], _with_rows(parsed.result(), rows.result())


def _chain(parsed: Future, rows: Future, rows_pool) -> None:
    """Runs when a job is parsed: its rows are asked for, and ``rows`` gets them."""
    try:
        asked = rows_pool.submit(_rows_of_texts, _texts(parsed.result()))
    except BaseException as exc:  # parsing failed, or the pool is shutting down
        rows.set_exception(exc)
        return
    asked.add_done_callback(lambda done: _copy(done, rows))


def _copy(done: Future, into: Future) -> None:
    if done.cancelled():
        into.cancel()
    elif done.exception() is not None:
        into.set_exception(done.exception())
    else:
        into.set_result(done.result())


def _commits(chunks, jobs_per_commit: int):
    """The prepared jobs grouped as the writer commits them: (last file, prepared files)."""
    group: list = []
    for n, (chunk, prepared) in enumerate(chunks, 1):
        group.extend(prepared)
        if n % jobs_per_commit == 0:
            yield chunk[-1], group
            group = []
    if group:
        yield chunk[-1], group


def import_paths(db: sqlite_utils.Database, paths: Iterable[Path | str],
                 progress: Progress | None = None, manifest: dict | None = None,
                 lexicons=None, workers: int = 1) -> ImportReport:
    """Import files and folders; every file gets a result, the batch never stops early.

    ``workers`` > 1 reads, parses and tags in that many worker processes while this one
    writes; use it only from a process that runs no other threads.
    """
    collected = collect(paths, formats.SUFFIXES)
    files = collected.files
    results: list[FileResult] = [FileResult(r.path, REJECTED, code=r.error.code, message=r.error.message)
                                 for r in collected.refused]
    total = len(files) + len(results)
    seen: dict[str, int] = {}
    with rare_collections():
        chunks = _prepared_chunks(files, manifest or {}, lexicons, now_iso(), workers)
        # In one process (the window) every job is committed and reported as it is done.
        for last, prepared in _commits(chunks, _JOBS_PER_COMMIT if workers > 1 else 1):
            results.extend(_store_batch(db, prepared, seen))
            if progress is not None:
                progress(len(results), total, display_name(last))
    return ImportReport(tuple(results))


def import_file_bytes(db: sqlite_utils.Database, data: bytes, name: str, lexicons=None,
                      meta: dict | None = None) -> ImportReport:
    """Import bytes that are not (or no longer) a file: text pasted by the analyst."""
    try:
        prepared = (Path(name), prepare_file(data, name, meta, lexicons), None)
    except ImportRejected as exc:
        prepared = (Path(name), None, exc)
    return ImportReport(tuple(_store_batch(db, [prepared], {})))


def _store_batch(db, prepared: list, seen: dict[str, int]) -> list[FileResult]:
    """Write a batch in one transaction; if any write fails, redo it file by file.

    No savepoint per file on the fast path: the full-text index flushes its pending
    terms at every savepoint, which would make a bulk import several times slower.
    """
    try:
        with transaction(db), _index_in_bulk(db, _records(prepared) >= _BULK_RECORDS):
            results, new = storing.write(db, _entries(prepared), seen)
        seen.update(new)
        return results
    except LibraryError:
        raise  # a full disk or a busy library stops the import: no file is at fault
    except Exception:
        pass
    return [_store_alone(db, entry, seen) for entry in _entries(prepared)]


def _entries(prepared: list) -> list:
    """What a batch stores, in order: an Entry per record to store, a FileResult per file
    or record that cannot be read."""
    entries: list = []
    for path, file, error in prepared:
        name = display_name(path)
        if error is not None:
            entries.append(FileResult(name, REJECTED, code=error.code, message=error.message))
            continue
        row = storing.FileRow(path, file)
        for record in file.records:
            label = name if len(file.records) == 1 else f"{name}#{record.record}"
            if record.error is not None:
                entries.append(FileResult(label, REJECTED, code=record.error.code, message=record.error.message))
            else:
                entries.append(storing.Entry(label, record, row))
    return entries


def _store_alone(db, entry, seen: dict[str, int]) -> FileResult:
    """One record in a savepoint of its own: a database refusal rejects it alone."""
    if isinstance(entry, FileResult):
        return entry
    file_id = entry.file.file_id
    try:
        with transaction(db):
            results, new = storing.write(db, [entry], seen)
        seen.update(new)
        return results[0]
    except Exception as exc:  # a database refusal for one file must not stop the batch
        if translate(exc, None) is not None:
            raise
        entry.file.file_id = file_id  # the file's row went with the failed savepoint
        return FileResult(entry.label, REJECTED, code="storage", message=f"could not store it: {exc}")


@contextmanager
def _index_in_bulk(db, bulk: bool):
    """Within the caller's transaction: the search index keeps more pending terms in
    memory, and its setting is put back before the transaction ends (so it is never
    left changed, whatever happens: a rollback undoes both)."""
    if not bulk:
        yield
        return
    row = db.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchone()
    _set_index_hash(db, _INDEX_HASH_BYTES)
    yield
    _set_index_hash(db, _DEFAULT_INDEX_HASH if row is None else int(row[0]))


_DEFAULT_INDEX_HASH = 1 << 20  # SQLite's own
_BULK_RECORDS = 100


def _records(prepared: list) -> int:
    return sum(len(p.records) for _, p, _ in prepared if p is not None)


def _set_index_hash(db, size: int) -> None:
    db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', ?)", [size])
