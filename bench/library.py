"""Library benchmark: import a synthetic corpus built from the seeds' sentences, then search.

    python bench/library.py --articles 50000 [--json] [--keep DIR]

Prints articles, import_s, search_p50_ms, search_p95_ms, peak_rss_mb, db_mb.
Targets: 50,000 articles imported in under 50 s; search p95 under 50 ms; peak memory
under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.library import Library  # noqa: E402

QUERIES = [
    "كازاخستان", "أوزبكستان", "طاجيكستان", "آسيا الوسطى", '"آسيا الوسطى"', "المياه",
    "الطاقة", "التجارة", "طشقند", "أستانا", "COP-14", "IFAS", "الرئيس توكاييف",
    "كازاخستان AND المياه", "الطاقة OR المياه", "كازاخستان NOT روسيا", "الاستثمار*",
    '"مليار دولار"', "البيئة", "أذربيجان", "سمرقند", "الأمن الغذائي", "النقل",
    "التعاون الإقليمي", "مذكرة تعاون",
]


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for piece in re.split(r"(?<=[.!؟])\s+|\n+", text):
            piece = piece.strip()
            if len(piece.split()) >= 6:
                sentences.append(piece)
    return sentences


def build_corpus(folder: Path, count: int, rng: random.Random) -> None:
    sentences = seed_sentences()
    for n in range(count):
        title = " ".join(rng.choice(sentences).split()[:8]) + f" ({n})"
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            paragraphs.append(" ".join(rng.sample(sentences, rng.randint(1, 3))))
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article_{n:06d}.txt").write_text(
            title + "\n\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int, keep: Path | None) -> dict:
    rng = random.Random(20261121)
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        build_corpus(corpus, count, rng)
        db_path = work / "bench.sqlite"
        for stale in work.glob("bench.sqlite*"):
            stale.unlink()
        lib = Library(db_path, seed=False)
        started = time.perf_counter()
        # As `dossier import` does: parsing and tagging on every core, one writer.
        report = lib.import_paths([corpus], workers=os.cpu_count() or 1)
        import_s = time.perf_counter() - started
        # One untimed pass first: the timed one measures a library in use, not a cold disk.
        for query in QUERIES:
            lib.search(query, limit=50)
        timings = []
        for query in QUERIES:
            begin = time.perf_counter()
            lib.search(query, limit=50)
            timings.append((time.perf_counter() - begin) * 1000)
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lib.close()
        db_mb = sum(p.stat().st_size for p in work.glob("bench.sqlite*")) / 1e6
        quantiles = statistics.quantiles(timings, n=20)
        return {
            "articles": report.imported,
            "import_s": round(import_s, 2),
            "search_p50_ms": round(statistics.median(timings), 2),
            "search_p95_ms": round(quantiles[18], 2),
            "searches": len(timings),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "db_mb": round(db_mb, 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the corpus and library in this folder")
    args = parser.parse_args()
    figures = run(args.articles, args.keep)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:15} {value}")


if __name__ == "__main__":
    main()
