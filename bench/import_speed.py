"""Import speed on real press, against a floor of plain inserts and a plain FTS5 index.

    python bench/import_speed.py --corpus PATH [--limit N] [--rounds 3] [--workers 2] [--json]
    python bench/import_speed.py --corpus PATH --write-exports DIR     # then, timed from outside:
    python bench/import_speed.py --only import|floor --exports DIR

The corpus (``bench/corpus.py``) is first written, untimed, as JSON Lines exports in a
temporary folder: the form a media-monitoring service delivers, carrying title, text,
outlet, author, date and URL. Then, in each round, interleaved:

- import: ``Library.import_paths`` as ``dossier import`` runs it (worker processes read,
  parse, remove furniture, tag, make the search rows and sketches; one process writes
  the articles, their index entries, tags, originals and near-duplicate keys);
- floor: the same titles and bodies inserted into a plain table and a plain FTS5 index
  (unicode61), in transactions of the same size, in one process;
- index floor (``--index-floor``): the same, but the FTS5 table is the library's own
  (its columns and tokenizer) filled with the library's index rows, made beforehand and
  not timed: what storing what the search index holds costs by itself.

Prints, for each, the min and the median over the rounds in seconds (wall and CPU: this
process's and its worker processes'), their ratio (import / floor, pair by pair: min
and median), the peak memory of the largest process, articles imported,
near-duplicates linked, and the machine's load average before and after.
Targets: the whole corpus (31k articles) imported in under 60 s; ratio <= 4.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import iter_documents  # noqa: E402

from dossier.library import Library  # noqa: E402
from dossier.search import index_store  # noqa: E402

ROWS_PER_FILE = 100
_FLOOR_BATCH = 400


def write_exports(root: Path, folder: Path, limit: int | None) -> list[tuple[str, str]]:
    """The corpus as JSON Lines files in ``folder``; the (title, body) pairs, for the floor."""
    folder.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[str, str]] = []
    rows: list[str] = []

    def flush():
        if rows:
            (folder / f"export_{len(pairs) // ROWS_PER_FILE:05d}.jsonl").write_text(
                "\n".join(rows) + "\n", encoding="utf-8")
            rows.clear()

    for doc in iter_documents(root, limit=limit):
        rows.append(json.dumps({"title": doc.title, "text": doc.text, "outlet": doc.outlet,
                                "author": doc.author, "date": doc.time, "url": doc.url},
                               ensure_ascii=False))
        pairs.append((doc.title, doc.text))
        if len(rows) == ROWS_PER_FILE:
            flush()
    flush()
    return pairs


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the import's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> float:
    """The peak resident memory of the largest process so far (this one or a worker)."""
    return max(resource.getrusage(who).ru_maxrss for who in
               (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def time_import(folder: Path, db: Path, workers: int) -> tuple[float, object, float]:
    """(wall seconds, report, CPU seconds) of one import into a new library."""
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    lib = Library(db, seed=False)
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        report = lib.import_paths([folder], workers=workers)
        return time.perf_counter() - started, report, cpu_seconds() - cpu
    finally:
        lib.close()


def index_rows(pairs: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """The library's search index row of each (title, body)."""
    return [index_store.article_row(title, body) for title, body in pairs]


def time_floor(pairs: list[tuple[str, str]], db: Path, rows: list | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the floor; with ``rows``, of the index floor."""
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    started, cpu = time.perf_counter(), cpu_seconds()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    columns = index_store.ARTICLE_COLUMNS if rows else ("title", "body")
    options = f", content='', tokenize='{index_store.TOKENIZER}'" if rows else ""
    conn.execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5({', '.join(columns)}{options})")
    insert = f"INSERT INTO articles_fts (rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})"
    for start in range(0, len(pairs), _FLOOR_BATCH):
        conn.execute("BEGIN")
        for n, (title, body) in enumerate(pairs[start:start + _FLOOR_BATCH], start + 1):
            conn.execute("INSERT INTO articles (id, title, body) VALUES (?, ?, ?)", [n, title, body])
            conn.execute(insert, [n, *(rows[n - 1] if rows else (title, body))])
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started, cpu_seconds() - cpu


def _figures(name: str, seconds: list[float]) -> dict:
    return {f"{name}_min": round(min(seconds), 2), f"{name}_median": round(statistics.median(seconds), 2)}


def run(root: Path, limit: int | None, rounds: int, workers: int, exports: Path | None = None,
        index_floor: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if exports is None:
            exports = work / "exports"
            pairs = write_exports(root, exports, limit)
        else:
            pairs = _pairs_of(exports)
        rows = index_rows(pairs) if index_floor else None
        load_before = round(os.getloadavg()[0], 2)
        imports, floors, import_cpu, floor_cpu, report = [], [], [], [], None
        index_floors, index_floor_cpu = [], []
        for _ in range(rounds):
            seconds, report, cpu = time_import(exports, work / "import.sqlite", workers)
            imports.append(seconds)
            import_cpu.append(cpu)
            seconds, cpu = time_floor(pairs, work / "floor.sqlite")
            floors.append(seconds)
            floor_cpu.append(cpu)
            if rows:
                seconds, cpu = time_floor(pairs, work / "floor.sqlite", rows)
                index_floors.append(seconds)
                index_floor_cpu.append(cpu)
        ratios = [a / b for a, b in zip(imports, floors)]
        cpu_ratios = [a / b for a, b in zip(import_cpu, floor_cpu)]
        extra = {}
        if rows:
            extra.update(_figures("index_floor_s", index_floors))
            extra.update(_figures("index_floor_cpu_s", index_floor_cpu))
            extra["index_floor_ratio_median"] = round(statistics.median(
                [a / b for a, b in zip(index_floors, floors)]), 2)
        return extra | {
            "articles": report.imported, "duplicates": report.duplicates,
            "near_duplicates": report.near_duplicates, "rejected": report.rejected,
            "documents": len(pairs), "workers": workers, "rounds": rounds,
            "import_s_min": round(min(imports), 2), "import_s_median": round(statistics.median(imports), 2),
            "floor_s_min": round(min(floors), 2), "floor_s_median": round(statistics.median(floors), 2),
            "ratio_min": round(min(ratios), 2), "ratio_median": round(statistics.median(ratios), 2),
            "import_cpu_s_min": round(min(import_cpu), 2),
            "import_cpu_s_median": round(statistics.median(import_cpu), 2),
            "floor_cpu_s_min": round(min(floor_cpu), 2),
            "floor_cpu_s_median": round(statistics.median(floor_cpu), 2),
            "cpu_ratio_median": round(statistics.median(cpu_ratios), 2),
            "peak_mb": round(peak_mb(), 1),
            "load_before": load_before, "load_after": round(os.getloadavg()[0], 2),
        }


def _pairs_of(folder: Path) -> list[tuple[str, str]]:
    pairs = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            pairs.append((row["title"], row["text"]))
    return pairs


def one_part(part: str, exports: Path, workers: int) -> None:
    """One import or one floor over exports written before (for an outside timer, which
    then sees the whole processes: their start-up, their CPU, their children)."""
    with tempfile.TemporaryDirectory() as tmp:
        if part == "import":
            seconds, report, cpu = time_import(exports, Path(tmp) / "import.sqlite", workers)
            print(json.dumps({"import_s": round(seconds, 2), "cpu_s": round(cpu, 2), "articles": report.imported}))
        else:
            seconds, cpu = time_floor(_pairs_of(exports), Path(tmp) / "floor.sqlite")
            print(json.dumps({"floor_s": round(seconds, 2), "cpu_s": round(cpu, 2)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--write-exports", type=Path, help="only write the exports to this folder")
    parser.add_argument("--only", choices=["import", "floor"], help="run one part over --exports")
    parser.add_argument("--exports", type=Path, help="exports written by --write-exports (then no --corpus)")
    parser.add_argument("--index-floor", action="store_true", help="also time the index floor")
    parser.add_argument("--limit", type=int, help="a spread sample of N documents")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.write_exports:
        print(len(write_exports(args.corpus, args.write_exports, args.limit)), "documents")
        return
    if args.only:
        one_part(args.only, args.exports, args.workers)
        return
    figures = run(args.corpus, args.limit, args.rounds, args.workers, args.exports, args.index_floor)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")


if __name__ == "__main__":
    main()
