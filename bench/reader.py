"""Reader benchmark: how long the window is blocked opening articles of awkward shapes.

    python bench/reader.py --corpus /data/ant [--json] [--runs 3] [--shapes para200k,word1m]

Each shape is an article built from real press text (the corpus's articles joined until
the size is reached) with its country mentions found by the tagger, as an import would:
- ``paraN``: the text as one paragraph of N characters;
- ``parasN``: the same text in paragraphs of about 600 characters;
- ``wordN``: one word of N letters (no place to break a line).
For each it reports ``open_s`` (show_article), ``first_paint_s`` (until the reader has
painted once) and ``longest_step_s`` (the longest the event loop was blocked while the
rest was laid out), min and median over the runs, and the machine's load.
Runs offscreen when there is no display.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = {"k": 1000, "m": 1000_000}
DEFAULT_SHAPES = "para100k,para200k,paras200k,word1m"


def _size(text: str) -> int:
    return int(text[:-1]) * SIZES[text[-1]] if text[-1] in SIZES else int(text)


def real_text(corpus: Path, size: int) -> str:
    from corpus import iter_documents

    parts, total = [], 0
    for doc in iter_documents(corpus):
        text = " ".join(doc.text.split())
        if text:
            parts.append(text)
            total += len(text) + 1
        if total >= size:
            break
    return " ".join(parts)[:size]


def make_article(shape: str, corpus: Path):
    from dossier.model import PARAGRAPH, Article, Block
    from dossier.tagging.tagger import find_country_mentions

    kind = shape.rstrip("0123456789km")
    size = _size(shape[len(kind):])
    if kind == "word":
        body = "ب" * size
    else:
        body = real_text(corpus, size)
    blocks = [Block(PARAGRAPH, 0, len(body))]
    if kind == "paras":
        blocks, start = [], 0
        while start < len(body):
            end = body.find(" ", start + 600)
            end = len(body) if end < 0 else end
            blocks.append(Block(PARAGRAPH, start, end))
            start = end + 1
    mentions = tuple(find_country_mentions(body))
    return Article(id=1, title="مقال طويل", body=body, blocks=tuple(blocks), language="ar",
                   source=None, source_file=None, body_hash="", imported_at="",
                   section_label=None, countries=(), topics=(), mentions=mentions)


def _paint_watch_class():
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        """Notes when the reader paints."""

        def __init__(self):
            super().__init__()
            self.times: list[float] = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False
    return PaintWatch


def _PaintWatch():
    return _paint_watch_class()()


def measure(article) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dossier.ui.app import application
    from dossier.ui.reader_view import ReaderView

    app = application()
    reader = ReaderView()
    reader.resize(640, 720)
    reader.show()
    QApplication.processEvents()
    started = time.perf_counter()
    reader.show_article(article, [])
    opened = time.perf_counter()
    painter = _PaintWatch()
    painted = painter.times
    reader.viewport().installEventFilter(painter)
    reader.viewport().update()
    longest, last = 0.0, [time.perf_counter()]

    def tick():
        nonlocal longest
        now = time.perf_counter()
        longest = max(longest, now - last[0])
        last[0] = now
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(0)
    deadline = time.perf_counter() + 600
    # Until the layout is complete (the scroll range stops growing) and painted once.
    steady, previous = 0, -1
    while time.perf_counter() < deadline and (steady < 20 or not painted):
        app.processEvents()
        maximum = reader.verticalScrollBar().maximum()
        steady = steady + 1 if maximum == previous else 0
        previous = maximum
    timer.stop()
    done = {"open_s": opened - started,
            "first_paint_s": (painted[0] - started) if painted else None,
            "longest_step_s": longest,
            "blocks": reader.document().blockCount()}
    reader.close()
    reader.deleteLater()
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/corpus"))
    parser.add_argument("--shapes", default=DEFAULT_SHAPES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = {"load": os.getloadavg()[0]}
    for shape in args.shapes.split(","):
        article = make_article(shape, args.corpus)
        runs = [measure(article) for _ in range(max(1, args.runs))]
        entry = {"chars": len(article.body), "mentions": len(article.mentions),
                 "blocks": runs[0]["blocks"]}
        for key in ("open_s", "first_paint_s", "longest_step_s"):
            values = [r[key] for r in runs if r[key] is not None]
            entry[key] = {"min": round(min(values), 3), "median": round(statistics.median(values), 3)}
        figures[shape] = entry
    figures["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:12} {value}")


if __name__ == "__main__":
    main()
