"""Library benchmark: import articles, then time searches that rank every match.

    python bench/library.py --articles 50000 [--json] [--keep DIR]   # synthetic
    python bench/library.py --corpus /path/to/ant [--limit N] [--json]  # real press
        [--keep DIR [--reuse]]  # --reuse: time the searches on the library kept in DIR

The synthetic corpus is built from the seeds' sentences; the real one is the ANT corpus
(``bench/corpus.py``). Prints articles, import_s, db_mb, index_mb, peak_rss_mb, and the
search p50/p95 in ms over a query mix, without and with a country filter: each round
times every query once, and the figures are the min and the median over the rounds,
with the machine's load average; the same for the CPU time of each search (less
disturbed by other work on a busy machine).
Targets: search p95 under 50 ms with and without the filter; peak memory under 500 MB.
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
sys.path.insert(0, str(ROOT / "bench"))

from corpus import corpus_files  # noqa: E402
from corpus_import import import_corpus  # noqa: E402

from dossier.library import Library  # noqa: E402
from dossier.storage.filters import ArticleFilter  # noqa: E402

QUERIES = [
    "كازاخستان", "أوزبكستان", "طاجيكستان", "آسيا الوسطى", '"آسيا الوسطى"', "المياه",
    "الطاقة", "التجارة", "طشقند", "أستانا", "COP-14", "IFAS", "الرئيس توكاييف",
    "كازاخستان AND المياه", "الطاقة OR المياه", "كازاخستان NOT روسيا", "الاستثمار*",
    '"مليار دولار"', "البيئة", "أذربيجان", "سمرقند", "الأمن الغذائي", "النقل",
    "التعاون الإقليمي", "مذكرة تعاون",
]


# What an analyst types into the real corpus (2018 news): words with and without
# clitics, plurals, names in several spellings, phrases, operators, prefixes, Latin, digits.
REAL_QUERIES = [
    "الحكومة", "للحكومة", "النفط", "ترامب", "ترمب", "بوتين", "السفراء", "مشاريع",
    "الإيرانية", "قتلى", '"وزير الخارجية"', '"مليار دولار"', "سوريا AND روسيا",
    "إيران OR العراق", "الانتخابات NOT العراق", "اقتصاد*", "كأس العالم", "FIFA", "2018",
    "٢٠١٨", "السوفياتي", "نتنياهو", "الاتحاد الأوروبي", "اللاجئين", "الصين",
    "كوريا الشمالية", "البنك المركزي", "الدوري الإسباني", "محمد صلاح", "أردوغان",
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


def _quantiles(timings: list[float]) -> tuple[float, float]:
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18]


def time_searches(lib, queries: list[str], flt=None, rounds: int = 3) -> dict:
    """p50/p95 in ms per round (each query once, after one untimed pass): min and median;
    the same for the process's CPU time per search, which a busy machine disturbs less."""
    for query in queries:
        lib.search(query, flt, limit=50)
    figures: dict[str, list[float]] = {key: [] for key in ("p50", "p95", "cpu_p50", "cpu_p95")}
    for _ in range(rounds):
        timings, cpu = [], []
        for query in queries:
            begin, begin_cpu = time.perf_counter(), time.process_time()
            lib.search(query, flt, limit=50)
            timings.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        for prefix, values in (("", timings), ("cpu_", cpu)):
            p50, p95 = _quantiles(values)
            figures[prefix + "p50"].append(p50)
            figures[prefix + "p95"].append(p95)
    return {f"{key}_ms_{how}": round(fn(values), 1) for key, values in figures.items()
            for how, fn in (("min", min), ("median", statistics.median))}


def _sizes(lib, work: Path) -> tuple[float, float]:
    index_bytes = sum(lib.db.execute(
        "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?", [pattern]).fetchone()[0]
        for pattern in ("articles_fts%", "excerpts_fts%"))
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in work.glob("bench.sqlite*")) / 1e6, index_bytes / 1e6


def _search_figures(lib, queries: list[str], rounds: int) -> dict:
    top = max(lib.country_facets(), key=lambda f: f.count, default=None)
    figures = {f"search_{k}": v for k, v in time_searches(lib, queries, None, rounds).items()}
    if top is not None:
        flt = ArticleFilter(countries=(top.key,))
        figures["filter_country"] = top.key
        figures.update({f"filtered_{k}": v for k, v in time_searches(lib, queries, flt, rounds).items()})
    return figures


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def run_corpus(root: Path, limit: int | None, keep: Path | None, rounds: int,
               reuse: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if reuse and (work / "bench.sqlite").exists():
            # Searches only, on the library a previous run kept (for changes on the query side).
            lib = Library(work / "bench.sqlite", seed=False)
            figures = {"articles": lib.db.execute("SELECT count(*) FROM articles").fetchone()[0],
                       "reused": True}
        else:
            for stale in work.glob("bench.sqlite*"):
                stale.unlink()
            lib = Library(work / "bench.sqlite", seed=False)
            files = corpus_files(root)
            if limit:
                files = files[:: max(1, len(files) // limit)][:limit]
            load_before = load_average()
            imported = import_corpus(lib, root, files, workers=os.cpu_count() or 1)
            figures = {"articles": imported.articles, "import_s": round(imported.seconds, 2),
                       "load_at_import": load_before}
        figures.update(_search_figures(lib, REAL_QUERIES, rounds))
        figures["searches_per_round"] = len(REAL_QUERIES)
        figures["load_at_search"] = load_average()
        figures["db_mb"], figures["index_mb"] = (round(v, 1) for v in _sizes(lib, work))
        figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
        lib.close()
        return figures


def run(count: int, keep: Path | None, rounds: int) -> dict:
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
        figures = {"articles": report.imported, "import_s": round(import_s, 2)}
        figures.update(_search_figures(lib, QUERIES, rounds))
        figures["load_at_search"] = load_average()
        figures["db_mb"], figures["index_mb"] = (round(v, 1) for v in _sizes(lib, work))
        figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
        lib.close()
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the corpus and library in this folder")
    parser.add_argument("--corpus", type=Path, help="the real-press corpus folder instead")
    parser.add_argument("--limit", type=int, help="with --corpus: this many documents, spread")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of the query mix")
    parser.add_argument("--reuse", action="store_true",
                        help="with --corpus and --keep: search the library kept there, no import")
    args = parser.parse_args()
    if args.corpus:
        figures = run_corpus(args.corpus, args.limit, args.keep, args.rounds, args.reuse)
    else:
        figures = run(args.articles, args.keep, args.rounds)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:15} {value}")


if __name__ == "__main__":
    main()
