"""Loading the real-press corpus (``bench/corpus.py``) into a library, as an import does.

Each document is tagged and given its search-index row in forked worker processes (as
``dossier import`` does), and one process writes. Reused by the benchmarks that need a
library of real articles (search speed, search quality, import speed).

    lib = Library(path, seed=False)
    figures = import_corpus(lib, Path("/data/ant"), paths=None, workers=2)
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from corpus import Document, corpus_files, read_document

from dossier.clock import now_iso
from dossier.ingest.importer import store
from dossier.ingest.parse import body_hash
from dossier.model import PARAGRAPH, Block
from dossier.search import index_store
from dossier.storage.articles_repo import NewArticle
from dossier.storage.database import transaction
from dossier.tagging import tagger

_CHUNK = 400


@dataclass(frozen=True)
class CorpusImport:
    articles: int
    duplicates: int
    seconds: float
    ids: dict[str, int]  # DOCNO -> article id


def _blocks(text: str) -> tuple[Block, ...]:
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(PARAGRAPH, offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(blocks)


def new_article(doc: Document, stamp: str) -> NewArticle:
    """A corpus document as the importer would store it."""
    body = doc.text.strip()
    return NewArticle(
        title=doc.title or body[:80], title_derived=not doc.title, section_label=None,
        body=body, blocks=_blocks(body), language="ar", body_hash=body_hash(body),
        source_file=doc.path, imported_at=stamp, outlet=doc.outlet, author=doc.author or None,
        url=doc.url or None, published=doc.published,
        index_row=index_store.article_row(doc.title or body[:80], body),
    )


def _prepare(job: tuple[list[Path], Path, str]) -> list:
    paths, root, stamp = job
    prepared = []
    for path in paths:
        doc = read_document(path, root)
        article = new_article(doc, stamp)
        prepared.append((doc.docno, article, tagger.tag_article(article.title, article.body)))
    return prepared


def import_corpus(lib, root: Path, paths: list[Path] | None = None, workers: int = 2) -> CorpusImport:
    """Import the corpus documents ``paths`` (all when None) into the open library."""
    root = Path(root)
    files = paths if paths is not None else corpus_files(root)
    stamp = now_iso()
    jobs = [(files[i:i + _CHUNK], root, stamp) for i in range(0, len(files), _CHUNK)]
    ids: dict[str, int] = {}
    seen: set[str] = set()
    duplicates = 0
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context) as pool:
        for prepared in pool.map(_prepare, jobs):
            with transaction(lib.db):
                for docno, article, tags in prepared:
                    if article.body_hash in seen:
                        duplicates += 1
                        continue
                    seen.add(article.body_hash)
                    ids[docno] = store(lib.db, article, tags)
    return CorpusImport(len(ids), duplicates, time.perf_counter() - started, ids)
