"""kill -9 during an import and during an export: nothing half written, nothing left.

A few kills on small inputs here (``DOSSIER_CRASH_KILLS`` to change it); the figures of
20 kills on 20,000 articles come from ``bench/crash_safety.py``.
"""

from __future__ import annotations

import os
import random
import sqlite3

import pytest

from crash_harness import (briefing_file, command, leftover_temporaries, library_state, pdf_pages,
                           run_and_kill, timed_run, write_articles)

KILLS = int(os.environ.get("DOSSIER_CRASH_KILLS", "3"))
pytestmark = [
    pytest.mark.skipif(not hasattr(os, "pidfd_open") or not os.path.exists("/proc/self/task"),
                       reason="follows processes through /proc and pidfds (Linux)"),
    pytest.mark.slow,
]


def test_import_killed_at_random_moments(tmp_path):
    folder = tmp_path / "articles"
    count = write_articles(folder, 900)
    reference = tmp_path / "reference.sqlite"
    full_s = timed_run(command(reference, "import", str(folder)))
    expected = library_state(reference).articles
    rng = random.Random(11)
    for n in range(KILLS):
        db = tmp_path / f"lib-{n}.sqlite"  # a new library each time: the kill lands anywhere
        kill = run_and_kill(command(db, "import", str(folder)), rng.uniform(0.3, full_s))
        assert kill.orphans == [], "workers outlived the killed import"
        assert "Traceback" not in kill.stderr
        if db.exists():
            state = library_state(db, reference)
            assert state.whole, state
    timed_run(command(db, "import", str(folder)))  # the last one's job, finished
    state = library_state(db, reference)
    assert state.whole and state.articles == expected, state
    assert count + 5 >= expected


def test_export_killed_at_random_moments(tmp_path):
    db = tmp_path / "lib.sqlite"
    folder = tmp_path / "articles"
    write_articles(folder, 40)
    timed_run(command(db, "import", str(folder)))
    spec = tmp_path / "big.json"
    briefing_file(db, spec, 400)
    timed_run(command(db, "briefing", "import", str(spec)))
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    full_s = timed_run(command(db, "export", "2", "-o", str(target)))
    whole = target.read_bytes()
    pages = pdf_pages(target)
    assert pages and pages > 20
    rng = random.Random(7)
    for _ in range(KILLS):
        kill = run_and_kill(command(db, "export", "2", "-o", str(target)), rng.uniform(0.3, full_s))
        assert kill.orphans == [] and "Traceback" not in kill.stderr
        assert pdf_pages(target) == pages  # the old file or a whole new one, never a part
        assert len(leftover_temporaries(target.parent)) <= 1
    timed_run(command(db, "export", "2", "-o", str(target)))
    assert leftover_temporaries(target.parent) == []
    assert pdf_pages(target) == pages and len(target.read_bytes()) == len(whole)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
