"""Writing prepared articles: a batch's rows in a few statements, in the caller's
transaction.

The writer is the import's one serial stage, so it does as little as it can per
article: the worker processes made the search rows and every JSON string; the ids a
batch gets are known beforehand (SQLite gives a new row one more than the largest id),
so the articles, their tags and their links to their files go in with one statement
each; exact duplicates are looked up for the whole batch at once, and the near-duplicate
keys are read once for the batch and written once, in key order.

What is stored is what storing the articles one by one would store, in the same order:
the same ids, the same duplicates, the same near-duplicate links (a new article's
candidates are the library's and those of the batch's articles before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dossier.ingest import near_duplicates
from dossier.ingest.files import display_name
from dossier.ingest.preparing import PreparedFile, PreparedRecord
from dossier.storage import articles_repo, originals_repo, repeats_repo

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str
    article_id: int | None = None
    title: str | None = None
    code: str | None = None  # why a file was rejected
    message: str | None = None
    near_duplicate_of: int | None = None  # the story this one repeats
    resemblance: float | None = None


class FileRow:
    """The file's row, written with its first stored article (and only then)."""

    def __init__(self, path: Path, prepared: PreparedFile):
        self.path, self.prepared, self.file_id = path, prepared, None

    def id(self, db, imported_at: str) -> int:
        if self.file_id is None:
            p = self.prepared
            self.file_id = originals_repo.add_file(db, display_name(self.path.name), p.kind, p.packed,
                                                   p.size, p.sha256, imported_at)
        return self.file_id


@dataclass(frozen=True)
class Entry:
    """One prepared record to store, with its label in the results and its file."""

    label: str
    record: PreparedRecord
    file: FileRow


def write(db, entries: list, seen: dict[str, int]) -> tuple[list[FileResult], dict[str, int]]:
    """Store the entries (a FileResult among them is passed through) in the caller's
    transaction: their results, and the new articles by identity hash, which the caller
    adds to ``seen`` (the articles this import stored before) once it commits."""
    stored = [e for e in entries if isinstance(e, Entry)]
    in_library = articles_repo.ids_by_hash(db, {e.record.article.body_hash for e in stored} - seen.keys())
    new: dict[str, int] = {}
    outcome: dict[int, FileResult] = {}
    rows, article_id = [], articles_repo.next_id(db)
    for e in stored:
        article = e.record.article
        existing = new.get(article.body_hash) or seen.get(article.body_hash) or in_library.get(article.body_hash)
        if existing:
            outcome[id(e)] = FileResult(e.label, DUPLICATE, article_id=existing, title=article.title)
            continue
        new[article.body_hash] = article_id
        rows.append((article_id, e))
        article_id += 1
    _insert(db, rows)
    repeats = _link_repeats(db, rows)
    for article_id, e in rows:
        repeat = repeats.get(article_id)
        outcome[id(e)] = FileResult(e.label, IMPORTED, article_id=article_id, title=e.record.article.title,
                                    near_duplicate_of=repeat[0] if repeat else None,
                                    resemblance=repeat[1] if repeat else None)
    return [outcome[id(e)] if isinstance(e, Entry) else e for e in entries], new


def _insert(db, rows: list[tuple[int, Entry]]) -> None:
    """The articles with their index entries, sources, tags and links to their files."""
    articles, countries, topics, originals = [], [], [], []
    sources: dict[tuple, int | None] = {}
    for article_id, e in rows:
        article, form = e.record.article, e.record.stored
        key = (article.outlet, article.author, article.url, article.published)
        if key not in sources:
            sources[key] = articles_repo.source_id(db, article)
        articles.append((article_id, sources[key], article))
        countries.extend((article_id, *row) for row in form.countries)
        topics.extend((article_id, *row) for row in form.topics)
        originals.append((article_id, e.file.id(db, article.imported_at), e.record.record,
                          form.meta, form.removed))
    articles_repo.insert_many(db, articles)
    articles_repo.add_auto_tags(db, "article_countries", "code", countries)
    articles_repo.add_auto_tags(db, "article_topics", "slug", topics)
    originals_repo.link_many(db, originals)


def _link_repeats(db, rows: list[tuple[int, Entry]]) -> dict[int, tuple[int, float]]:
    """Link each new article to the story it repeats, in order; store their sketch keys."""
    postings = repeats_repo.KeyPostings(db, [k for _, e in rows for k in e.record.keys])
    found = {}
    for article_id, e in rows:
        repeat = _repeat_of(db, article_id, e.record, postings)
        if repeat is not None:
            repeats_repo.link(db, article_id, *repeat)
            found[article_id] = repeat
        postings.add(article_id, e.record.keys)
    postings.write(db)
    return found


def _repeat_of(db, article_id: int, record: PreparedRecord, postings) -> tuple[int, float] | None:
    candidates = postings.candidates(record.keys, near_duplicates.MIN_SHARED, other_than=article_id)
    if not candidates:
        return None
    mine = (near_duplicates.unpacked(record.shingles) if record.shingles
            else near_duplicates.body_shingles(record.article.body))
    for candidate in candidates:
        other = db.execute("SELECT body FROM articles WHERE id = ?", [candidate]).fetchone()
        resemblance = other and near_duplicates.is_repeat(mine, near_duplicates.body_shingles(other[0]))
        if resemblance is not None:
            return repeats_repo.root(db, candidate), resemblance
    return None
