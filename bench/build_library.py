"""Large libraries for the window benchmarks, built from real press articles.

    python bench/build_library.py --articles 100000 --corpus /data/ant

Each corpus article is prepared as an import would (parse, tag, index) in worker
processes and written by one. Beyond the corpus's size the articles come round again
with variation, so the library keeps the press's own mix of lengths, outlets, countries
and topics: the k-th round shuffles each article's paragraphs and moves its date k years
back (so the body is new to the duplicate check and a date range cuts the library).
Without a corpus, the seeds' sentences are shuffled into articles instead.

Libraries are cached in the temporary folder, keyed by size and source.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SEED_OUTLETS = ["الشرق الأوسط", "العربية نت", "الجزيرة نت", "سبوتنيك عربي", "يورونيوز عربي"]
_BATCH = 250


def _corpus_items(corpus: Path, count: int):
    """(name, text, meta) for ``count`` articles, going round the corpus as needed."""
    from corpus import corpus_files, iter_documents

    limit = count if count < len(corpus_files(corpus)) else None
    docs = [d for d in iter_documents(corpus, limit) if d.text.strip() and d.title.strip()]
    for n in range(count):
        doc = docs[n % len(docs)]
        round_ = n // len(docs)
        paragraphs = [p for p in doc.text.split("\n") if p.strip()]
        date = doc.published
        if round_:
            random.Random(f"{doc.docno}/{round_}").shuffle(paragraphs)
            if date:
                date = f"{int(date[:4]) - round_:04d}{date[4:]}"
        text = doc.title + "\n\n" + "\n".join(paragraphs) + "\n"
        meta = {"outlet": doc.outlet, "date": date, "url": doc.url or None,
                "author": doc.author or None}
        yield f"{doc.docno}-{round_}.txt", text, meta


def _seed_items(count: int):
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for piece in re.split(r"(?<=[.!؟])\s+|\n+", path.read_text(encoding="utf-8")):
            if len(piece.split()) >= 6:
                sentences.append(piece.strip())
    rng = random.Random(count)
    for n in range(count):
        title = " ".join(rng.choice(sentences).split()[:8]) + f" ({n})"
        body = "\n".join(" ".join(rng.sample(sentences, rng.randint(1, 3)))
                         for _ in range(rng.randint(3, 6)))
        meta = {"outlet": rng.choice(SEED_OUTLETS),
                "date": f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        yield f"synthetic_{n:06d}.txt", title + "\n\n" + body + "\n", meta


def _prepare_batch(batch):
    from dossier.ingest.importer import prepare
    from dossier.tagging import topics

    lexicons = _prepare_batch.lexicons = getattr(_prepare_batch, "lexicons", None) or topics.load_lexicons([])
    out = []
    for name, text, meta in batch:
        meta = {k: v for k, v in meta.items() if v}
        out.append(prepare(text.encode("utf-8"), name, meta, lexicons, "2025-01-01T00:00:00"))
    return out


def _batches(items):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def build(path: Path, count: int, corpus: Path | None, workers: int = 2) -> float:
    """Write ``count`` articles to a new library at ``path``; seconds taken."""
    from dossier.ingest.importer import store
    from dossier.library import Library
    from dossier.storage.database import transaction

    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    for stale in path.parent.glob(partial.name + "*"):
        stale.unlink()
    items = _corpus_items(corpus, count) if corpus else _seed_items(count)
    seen: set[str] = set()
    context = multiprocessing.get_context("fork")
    with Library(partial, seed=False) as lib, context.Pool(workers) as pool:
        for prepared in pool.imap(_prepare_batch, _batches(items), chunksize=1):
            with transaction(lib.db):
                for article, tags in prepared:
                    if article.body_hash in seen:
                        continue
                    seen.add(article.body_hash)
                    store(lib.db, article, tags)
        with transaction(lib.db):
            # Marked as set up, so the app does not add the seeds on first launch.
            lib.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')")
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return time.perf_counter() - started


def cached(count: int, corpus: Path | None) -> tuple[Path, float | None]:
    """The cached library of ``count`` articles (built first if missing), migrated to
    the current schema, so no timed run pays for a migration."""
    from dossier.library import Library

    folder = Path(tempfile.gettempdir()) / "dossier-bench-window"
    folder.mkdir(exist_ok=True)
    source = "corpus" if corpus else "seeds"
    path = folder / f"library-{count}-{source}.sqlite"
    seconds = None if path.exists() else build(path, count, corpus)
    Library(path, seed=False).close()
    return path, seconds


def default_corpus(given: Path | None) -> Path | None:
    for candidate in (given, Path("/work/corpus")):
        if candidate is not None and candidate.is_dir():
            return candidate
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    path, seconds = cached(args.articles, default_corpus(args.corpus))
    print(path, f"built in {seconds:.0f} s" if seconds else "(cached)")


if __name__ == "__main__":
    main()
