"""The library: one SQLite file and the services over it, for the CLI and the UI alike."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, safe_output
from .tagging import gazetteer
from .tagging import topics
from .briefing.briefings import Briefings
from . import curation
from .clock import now_iso
from .model import Article, ArticleSummary, Country, Excerpt, Facet, Topic
from .search import index_store
from .search.engine import ExcerptHit, SearchPage, search_articles, search_excerpts
from .storage import articles_repo, catalog_repo, excerpts_repo, originals_repo, repeats_repo
from .storage.database import LibraryError, connect, ensure_locks, read_only, transaction
from .storage.errors import read_only_refusal
from .storage.filters import ArticleFilter

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .briefing.excerpt_library import ExcerptEntry
    from .ingest.importer import ImportReport, Progress
    from .ingest.reparse import ReparseReport
    from .storage.check import CheckReport

# Importing, re-parsing, re-tagging, the sample briefing and the check load their modules
# when first used: opening a library (the window's start-up) needs none of them.


class Library:
    """An open library file. Writes are transactions; several processes may share it."""

    def __init__(self, path: Path | str, seed: bool = True, busy_timeout_ms: int | None = None):
        self.path = Path(path)
        try:
            self._lexicons = topics.load_lexicons(self._extra_lexicon_dirs())
        except (ValueError, OSError) as exc:  # the analyst's own lexicon files
            raise LibraryError(f"cannot load the topic lexicons: {exc}") from exc
        self.db = connect(self.path, busy_timeout_ms)
        try:
            self.briefings = Briefings(self.db)
            self._sync_catalog()
            self.reindex_if_stale()
            if seed:
                self.seed_if_new()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _extra_lexicon_dirs() -> list[Path]:
        folder = paths.user_data_dir() / "topics"
        return [folder] if folder.is_dir() else []

    @property
    def read_only(self) -> str | None:
        """Why the library was opened for reading only ("mount", "file", "folder"), or None."""
        return read_only(self.db)

    def _refuse_if_read_only(self) -> None:
        # Before any work: an import would read every file only to be refused at the end.
        if self.read_only:
            raise read_only_refusal(self.path, self.read_only)

    def ensure_locks(self) -> bool:
        """Reopen the library if this process lost its file locks; True if it did."""
        return ensure_locks(self.db)

    def close(self) -> None:
        self.db.conn.close()
        safe_output.release(self.path)

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _sync_catalog(self) -> None:
        """Bring country and topic names up to date; writes only when they changed, so
        opening a library (a second window, a CLI call) takes no write lock. A library
        opened for reading shows the names it holds."""
        if self.read_only:
            return
        countries = list(gazetteer.COUNTRIES)
        topics_ = [Topic(lex.slug, lex.name_ar, lex.name_en) for lex in self._lexicons]
        if (set(catalog_repo.countries(self.db)) >= set(countries)
                and set(catalog_repo.topics(self.db)) >= set(topics_)):
            return
        with transaction(self.db):
            catalog_repo.sync_countries(self.db, countries)
            catalog_repo.sync_topics(self.db, topics_)

    def reindex_if_stale(self, progress: Progress | None = None) -> int:
        """Rebuild the search index after an upgrade changed what it holds; how many articles."""
        if not index_store.is_stale(self.db):
            return 0
        if self.read_only:
            # Searching works on the index as it is; the upgrade waits for a writable file.
            log.warning("the search index of %s is from an earlier version and the library "
                        "cannot be written; search uses it as it is", self.path)
            return 0
        with transaction(self.db):
            return index_store.rebuild(self.db, progress) if index_store.is_stale(self.db) else 0

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def seed_if_new(self) -> ImportReport | None:
        """On a new library: import the bundled seeds and create the sample briefing."""
        if self._meta("seeded") is not None or self.read_only:
            return None  # a read: opening a seeded library takes no write lock
        with transaction(self.db):
            if self._meta("seeded") is not None:
                return None
            from .briefing.sample import create_sample_briefing
            from .ingest.importer import import_paths
            from .ingest.parse import load_manifest

            folder = paths.seeds_dir()
            report = import_paths(self.db, [folder], manifest=load_manifest(folder),
                                  lexicons=self._lexicons)
            create_sample_briefing(self.db, date.today().isoformat())
            self.db.execute("INSERT INTO meta (key, value) VALUES ('seeded', '1')")
        return report

    # Articles
    def import_paths(self, items, progress: Progress | None = None, workers: int = 1) -> ImportReport:
        """Import files and folders (``workers`` > 1 only from a single-threaded process)."""
        self._refuse_if_read_only()
        from .ingest.importer import import_paths

        return import_paths(self.db, items, progress, lexicons=self._lexicons, workers=workers)

    def article_count(self, flt: ArticleFilter | None = None) -> int:
        return articles_repo.count(self.db, flt)

    def articles(self, flt: ArticleFilter | None = None, limit: int = -1,
                 offset: int = 0) -> list[ArticleSummary]:
        return articles_repo.summaries(self.db, flt, limit, offset)

    def article_summaries(self, ids: list[int]) -> list[ArticleSummary]:
        """Summaries of the articles ``ids``, in that order."""
        return articles_repo.summaries_for(self.db, ids)

    def article(self, article_id: int) -> Article | None:
        return articles_repo.get(self.db, article_id)

    def excerpts_for(self, article_id: int) -> list[Excerpt]:
        return excerpts_repo.for_article(self.db, article_id)

    def set_country(self, article_id: int, code: str, present: bool) -> None:
        """The analyst's own choice: kept through any re-tagging."""
        with transaction(self.db):
            articles_repo.set_manual_tag(self.db, article_id, "article_countries", "code", code, present)

    def set_topic(self, article_id: int, slug: str, present: bool) -> None:
        with transaction(self.db):
            articles_repo.set_manual_tag(self.db, article_id, "article_topics", "slug", slug, present)

    def retag(self, progress: Progress | None = None) -> int:
        """Tag every article again (after the lexicons changed); returns how many."""
        self._refuse_if_read_only()
        from .ingest.parse import tagging_text
        from .tagging import tagger as tagging

        ids = [row[0] for row in self.db.execute("SELECT id FROM articles ORDER BY id")]
        with transaction(self.db):
            for done, article_id in enumerate(ids, 1):
                title, body = self.db.execute(
                    "SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()
                tags = tagging.tag_article(title, tagging_text(body), self._lexicons)
                articles_repo.set_auto_tags(self.db, article_id, "article_countries", "code", tags.countries)
                articles_repo.set_auto_tags(self.db, article_id, "article_topics", "slug", tags.topics)
                if progress is not None and (done % 200 == 0 or done == len(ids)):
                    progress(done, len(ids), "")
        return len(ids)

    # The analyst's corrections (dossier/curation.py) and re-parsing (ingest/reparse.py)
    def edit_article(self, article_id: int, **changes) -> curation.DetailsChange:
        """Correct title, outlet, author, published or url; kept through any re-parse."""
        with transaction(self.db):
            return curation.edit_details(self.db, article_id, changes, now_iso())

    def undo_edit(self, change: curation.DetailsChange) -> None:
        with transaction(self.db):
            curation.undo_details(self.db, change)

    def change_tags(self, article_id: int, changes) -> list[curation.TagChange]:
        """(kind, key, present) for each change; kept through any re-tagging."""
        if articles_repo.get(self.db, article_id) is None:
            raise curation.CurationError(f"no article {article_id}")
        with transaction(self.db):
            return [curation.set_tag(self.db, article_id, kind, key, present)
                    for kind, key, present in changes]

    def undo_tags(self, changes) -> None:
        with transaction(self.db):
            for change in reversed(list(changes)):
                curation.undo_tag(self.db, change)

    def reparse(self, progress: Progress | None = None, ids: list[int] | None = None) -> ReparseReport:
        self._refuse_if_read_only()
        from .ingest.reparse import reparse

        return reparse(self.db, self._lexicons, progress, ids)

    def original(self, article_id: int) -> originals_repo.Original | None:
        """The file and record an article came from, and the lines parsing removed."""
        return originals_repo.get(self.db, article_id)

    def original_bytes(self, article_id: int) -> bytes | None:
        original = originals_repo.get(self.db, article_id)
        return None if original is None else originals_repo.file_bytes(self.db, original.file_id)

    def original_text(self, article_id: int) -> str | None:
        """The kept file as import read it (decoded, LF line ends); None when none is kept."""
        data = self.original_bytes(article_id)
        if data is None:
            return None
        from .ingest.decoding import decode
        from .ingest.errors import ImportRejected

        try:
            return decode(data, limit=max(len(data), 1))
        except ImportRejected:  # kept before the checks of today: shown as it is, never hidden
            return data.decode("utf-8", "replace")

    def repeat_of(self, article_id: int) -> tuple[int, float] | None:
        """The story this article repeats (its id and resemblance), if it is a repeat."""
        return repeats_repo.original_of(self.db, article_id)

    def repeats(self, article_id: int) -> list[tuple[int, float]]:
        return repeats_repo.repeats_of(self.db, article_id)

    def import_text(self, text: str, name: str = "pasted.txt") -> ImportReport:
        """Text the analyst pasted, imported as a page of its own."""
        self._refuse_if_read_only()
        from .ingest.importer import import_file_bytes

        return import_file_bytes(self.db, text.encode("utf-8"), name, self._lexicons)

    def check(self, repair: bool = False) -> CheckReport:
        """Integrity, references and search indexes; repairs what is safe when asked."""
        from .storage.check import check_library

        return check_library(self.db, repair)

    # Browsing
    def countries(self) -> list[Country]:
        return catalog_repo.countries(self.db)

    def topics(self) -> list[Topic]:
        return catalog_repo.topics(self.db)

    def country_facets(self, flt: ArticleFilter | None = None) -> list[Facet]:
        return catalog_repo.country_facets(self.db, flt)

    def topic_facets(self, flt: ArticleFilter | None = None) -> list[Facet]:
        return catalog_repo.topic_facets(self.db, flt)

    def outlet_facets(self, flt: ArticleFilter | None = None) -> list[Facet]:
        return catalog_repo.outlet_facets(self.db, flt)

    def sources(self) -> list[dict]:
        return catalog_repo.sources(self.db)

    # Search
    def search(self, query: str, flt: ArticleFilter | None = None, limit: int = 50,
               offset: int = 0, sort: str = "relevance") -> SearchPage:
        """A page of hits, ranked or by date, with the exact number of hits."""
        return search_articles(self.db, query, flt, limit, offset, sort)

    def search_excerpts(self, query: str, limit: int = 50, offset: int = 0) -> list[ExcerptHit]:
        return search_excerpts(self.db, query, limit, offset)

    def excerpt_entries(self, query: str = "", limit: int = 500) -> list[ExcerptEntry]:
        """Every excerpt with its article (newest first), or those a search finds."""
        from .briefing.excerpt_library import excerpt_entries

        return excerpt_entries(self.db, query, limit)


def open_library(path: Path | str | None = None, seed: bool = True,
                 busy_timeout_ms: int | None = None) -> Library:
    return Library(path or paths.default_library_path(), seed=seed, busy_timeout_ms=busy_timeout_ms)
