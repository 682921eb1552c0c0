"""Killing the command line (kill -9) at random moments of an import and of an export,
and checking what it left: the tests run a few kills on small inputs, and
``bench/crash_safety.py`` runs many on large ones for the figures.

After each kill of an import (each on a new library): the file passes
``integrity_check``; every article has its search index entry, and the same tag and
original-file rows as in a clean import of the same files (no half article); no worker
process outlives the killed one. Run again, the import finishes the job: the library
holds each file's article once. After each kill of an export: the target is the old file
or a whole new one (never part of one); the next export removes what the killed
one left; no process is left.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEMP_SUFFIX = ".dossier-part"


def write_articles(folder: Path, count: int, corpus: Path | None = None) -> int:
    """``count`` article files: real corpus documents, else variants of the seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    if corpus is not None:
        sys.path.insert(0, str(ROOT))
        from bench.corpus import iter_documents

        for n, doc in enumerate(iter_documents(corpus, limit=count)):
            (folder / f"{n:05d}.txt").write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
        return len(list(folder.glob("*.txt")))
    # Short articles (about 1.5 KB) made of the seeds' own paragraphs, so that many
    # files, several batches and the worker processes fit in a quick test.
    paragraphs = [line for p in sorted(SEEDS.glob("*.txt"))
                  for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 200]
    for n in range(count):
        body = "\n\n".join(paragraphs[(n + k) % len(paragraphs)] for k in range(3))
        (folder / f"{n:05d}.txt").write_text(
            f"تقرير رقم {n} عن كازاخستان\n\n{body}\n\nملاحظة المحرر رقم {n}.\n", encoding="utf-8")
    return count


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "dossier", "--db", str(db), *args]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def timed_run(args: list[str]) -> float:
    started = time.monotonic()
    result = subprocess.run(args, capture_output=True, text=True, env=_env(), cwd=ROOT)
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise AssertionError(f"{args[4:]} failed: {result.stderr[-500:]}")
    return time.monotonic() - started


def descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    children = [int(p) for p in handle.read().split()]
            except OSError:
                continue
            found += children
            pending += children
    return found


def survivors(pids: list[int], seconds: float) -> list[int]:
    """Those of ``pids`` still running after ``seconds`` (waited on, not polled)."""
    fds = {}
    for pid in pids:
        try:
            fds[os.pidfd_open(pid)] = pid
        except ProcessLookupError:
            pass
    try:
        pending = list(fds)
        deadline = time.monotonic() + seconds
        while pending and time.monotonic() < deadline:
            ready, _, _ = select.select(pending, [], [], max(0.0, deadline - time.monotonic()))
            pending = [fd for fd in pending if fd not in ready]
        return [fds[fd] for fd in pending]
    finally:
        for fd in fds:
            os.close(fd)


@dataclass
class Kill:
    delay_s: float
    finished_first: bool = False  # the run ended before the kill came
    orphans: list[int] = field(default_factory=list)
    stderr: str = ""


def run_and_kill(args: list[str], delay_s: float) -> Kill:
    """Start ``args``; kill -9 it after ``delay_s`` unless it ended; who outlived it."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=_env(), cwd=ROOT)
    kill = Kill(delay_s)
    try:
        proc.wait(timeout=delay_s)  # the random moment; an early end is recorded
        kill.finished_first = True
    except subprocess.TimeoutExpired:
        family = descendants(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kill.orphans = survivors(family, 20)
    kill.stderr = proc.stderr.read()
    proc.stderr.close()
    return kill


@dataclass
class LibraryState:
    integrity: str
    articles: int
    unindexed: int  # articles without their search index entry, or entries without articles
    incomplete: int  # articles whose tag or original-file rows differ from a clean import's
    unknown: int  # articles a clean import of the same files does not have
    duplicates: int

    @property
    def whole(self) -> bool:
        return self.integrity == "ok" and not (self.unindexed or self.incomplete or self.unknown
                                               or self.duplicates)


# Per article (by its body's hash), what a whole one has besides its own row.
_ROWS_OF = """
    SELECT a.body_hash,
        (SELECT group_concat(code) FROM (SELECT code FROM {db}.article_countries
            WHERE article_id = a.id AND choice = 'auto' ORDER BY code)),
        (SELECT group_concat(slug) FROM (SELECT slug FROM {db}.article_topics
            WHERE article_id = a.id AND choice = 'auto' ORDER BY slug)),
        {originals}
    FROM {db}.articles a"""


def _has_table(conn, db: str, name: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {db}.sqlite_master WHERE name = ?", [name]).fetchone() is not None


def _rows(conn, db: str) -> dict:
    originals = ("(SELECT count(*) FROM {db}.originals WHERE article_id = a.id)"
                 if _has_table(conn, db, "originals") else "0").format(db=db)
    return {row[0]: row[1:] for row in conn.execute(_ROWS_OF.format(db=db, originals=originals))}


def library_state(db: Path, reference: Path | None = None) -> LibraryState:
    """The library's health, and each article compared with a clean import's (if given)."""
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
        indexed = {r[0] for r in conn.execute("SELECT rowid FROM articles_fts")}
        duplicates = conn.execute("SELECT count(*) - count(DISTINCT body_hash) FROM articles").fetchone()[0]
        incomplete = unknown = 0
        if reference is not None:
            conn.execute("ATTACH DATABASE ? AS ref", [str(reference)])
            mine, theirs = _rows(conn, "main"), _rows(conn, "ref")
            unknown = sum(1 for key in mine if key not in theirs)
            incomplete = sum(1 for key, rows in mine.items() if key in theirs and rows != theirs[key])
    finally:
        conn.close()
    return LibraryState(integrity, len(ids), len(ids ^ indexed), incomplete, unknown, duplicates)


def leftover_temporaries(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(TEMP_SUFFIX)]


def pdf_pages(path: Path) -> int | None:
    """The page count of a whole PDF, or None for a partial or broken one."""
    from pypdf import PdfReader

    try:
        return len(PdfReader(str(path), strict=True).pages)
    except Exception:  # noqa: BLE001 - any failure to read means not a whole PDF
        return None


def briefing_file(db: Path, path: Path, items: int) -> None:
    """A briefing file of ``items`` quotes: sentences of the library's articles."""
    import json
    import re

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, body FROM articles ORDER BY id").fetchall()
    conn.close()
    quotes = []
    for article_id, body in rows:
        for sentence in re.split(r"(?<=[.!؟])\s+", body):
            if len(sentence.split()) >= 8 and "\n" not in sentence:
                quotes.append({"article": article_id, "quote": sentence.strip(),
                               "note": "ملاحظة المحلل على هذا المقتطف."})
    sections = [{"heading": f"القسم {n + 1}", "items": quotes[n * 40:(n + 1) * 40]}
                for n in range(max(1, min(items, len(quotes)) // 40))]
    data = {"title": "موجز اختبار الأعطال", "date": "2026-01-15", "sections": sections}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
