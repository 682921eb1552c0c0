"""Start-up benchmark: launch the window on a library of N synthetic articles.

    python bench/startup.py --articles 20000 [--json] [--runs 3]

Builds the library once (cached in the temp folder, keyed by N) from the seeds'
sentences shuffled into new articles, then starts the app in a fresh process and
times launch to a shown, usable window (panes counted, first page of the list
loaded): startup_s, the best of the runs, and that process's peak_rss_mb.
Target: under 2 s for 20,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUTLETS = ["الشرق الأوسط", "العربية نت", "الجزيرة نت", "سبوتنيك عربي", "يورونيوز عربي",
           "الأهرام", "القدس العربي", "وكالة الأنباء الكويتية", "روسيا اليوم", "الخليج"]


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for piece in re.split(r"(?<=[.!؟])\s+|\n+", path.read_text(encoding="utf-8")):
            piece = piece.strip()
            if len(piece.split()) >= 6:
                sentences.append(piece)
    return sentences


def synthetic_article(n: int, sentences: list[str], rng: random.Random) -> str:
    title = " ".join(rng.choice(sentences).split()[:8]) + f" ({n})"
    lines = [title, ""]
    for part in range(rng.randint(3, 6)):
        if part and rng.random() < 0.3:
            lines.append(" ".join(rng.choice(sentences).split()[:5]))  # a subheading
        lines.append(" ".join(rng.sample(sentences, rng.randint(1, 3))))
    return "\n".join(lines) + "\n"


def build_library(path: Path, count: int) -> float:
    """Write ``count`` articles in one transaction (the importer's own prepare and store)."""
    from dossier.ingest.importer import prepare, store
    from dossier.library import Library
    from dossier.storage.database import transaction

    rng = random.Random(count)
    sentences = seed_sentences()
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for stale in path.parent.glob(partial.name + "*"):
        stale.unlink()
    with Library(partial, seed=False) as lib:
        with transaction(lib.db):
            for n in range(count):
                data = synthetic_article(n, sentences, rng).encode("utf-8")
                meta = {"outlet": rng.choice(OUTLETS),
                        "date": f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
                article, tags = prepare(data, f"synthetic_{n:06d}.txt", meta, lib._lexicons)
                store(lib.db, article, tags)
            # Marked as set up, so the app does not add the seeds on first launch.
            lib.db.execute("INSERT INTO meta (key, value) VALUES ('seeded', '1')")
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    return time.perf_counter() - started


def cached_library(count: int) -> tuple[Path, float | None]:
    folder = Path(tempfile.gettempdir()) / "dossier-bench-startup"
    folder.mkdir(exist_ok=True)
    path = folder / f"library-{count}.sqlite"
    if path.exists():
        return path, None
    return path, build_library(path, count)


CHILD = """
import json, resource, sys, time
started = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from dossier.ui.app import run_app
from dossier.ui.settings import Settings

def ready(window):
    handle = window.windowHandle()
    if handle is None or not handle.isExposed() or window.browser.articles.rowCount() == 0:
        QTimer.singleShot(5, lambda: ready(window))
        return
    QApplication.processEvents()
    shown = time.time() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"startup_s": shown, "peak_rss_mb": rss,
                      "rows": window.browser.articles.rowCount(),
                      "total": window.browser.articles.total()}), flush=True)
    window.close()

sys.exit(run_app(sys.argv[2], ready=ready, settings=Settings.at(sys.argv[3])))
"""


def launch(path: Path) -> dict:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, repr(started), str(path),
                              str(Path(tmp) / "settings.ini")],
                             env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"the app did not start:\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path, build_s = cached_library(args.articles)
    runs = [launch(path) for _ in range(max(args.runs, 1))]
    best = min(runs, key=lambda r: r["startup_s"])
    figures = {
        "articles": best["total"],
        "startup_s": round(best["startup_s"], 3),
        "startup_runs_s": [round(r["startup_s"], 3) for r in runs],
        "peak_rss_mb": round(best["peak_rss_mb"], 1),
        "rows_loaded": best["rows"],
        "library_build_s": round(build_s, 1) if build_s is not None else "cached",
        "library": str(path),
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:16} {value}")


if __name__ == "__main__":
    main()
