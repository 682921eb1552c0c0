"""The import's worker processes: they start on every platform's terms and die with
their parent."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, SEEDS
from dossier.ingest import importer, worker_pool
from dossier.library import Library

linux_only = pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits on process ends with pidfds")


def _folder(tmp_path, copies=3):
    folder = tmp_path / "many"
    folder.mkdir()
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt")) * copies):
        text = seed.read_text(encoding="utf-8")
        (folder / f"{n:02d}.txt").write_text(text + f"\nنسخة {n}\n", encoding="utf-8")
    return folder


def test_spawned_workers_give_the_same_library(tmp_path, monkeypatch):
    # What Windows does (no fork there).
    monkeypatch.setattr(worker_pool, "start_method", lambda: "spawn")
    monkeypatch.setattr(importer, "_BATCH", 4)
    folder = _folder(tmp_path)
    with Library(tmp_path / "one.sqlite", seed=False) as one, \
            Library(tmp_path / "two.sqlite", seed=False) as two:
        serial = one.import_paths([folder])
        parallel = two.import_paths([folder], workers=2)
        assert [(r.status, r.title) for r in serial.results] == \
            [(r.status, r.title) for r in parallel.results]
        assert parallel.imported == serial.imported > 5


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as handle:
            found += [int(p) for p in handle.read().split()]
    return found


def _ended_within(pids: list[int], seconds: float) -> bool:
    """True when every process in ``pids`` has ended within ``seconds`` (no polling)."""
    fds = []
    for pid in pids:
        try:
            fds.append(os.pidfd_open(pid))
        except ProcessLookupError:
            continue  # already gone
    try:
        pending = list(fds)
        while pending:
            ready, _, _ = select.select(pending, [], [], seconds)
            if not ready:
                return False
            pending = [fd for fd in pending if fd not in ready]
        return True
    finally:
        for fd in fds:
            os.close(fd)


@linux_only
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_die_with_a_killed_parent(tmp_path, method):
    folder = _folder(tmp_path)
    script = textwrap.dedent(f"""
        import os, sys, threading
        sys.path.insert(0, {str(ROOT)!r})
        from dossier.ingest import importer, worker_pool
        from dossier.library import Library
        worker_pool.start_method = lambda: {method!r}
        importer._BATCH = 2

        def progress(done, total, label):
            # Workers are running: name them, then wait to be killed.
            children = []
            for task in os.listdir("/proc/self/task"):
                with open(f"/proc/self/task/{{task}}/children") as handle:
                    children += handle.read().split()
            print(" ".join(children), flush=True)
            threading.Event().wait()

        if __name__ == "__main__":
            lib = Library({str(tmp_path / 'lib.sqlite')!r}, seed=False)
            lib.import_paths([{str(folder)!r}], progress=progress, workers=2)
    """)
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(tmp_path / "run.py")], stdout=subprocess.PIPE,
                              text=True)
    try:
        line = parent.stdout.readline()
        workers = [int(p) for p in line.split()]
        assert len(workers) >= 2, line
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        parent.stdout.close()
    assert _ended_within(workers, 20), "workers outlived their parent"


def _collector_thresholds():
    import gc

    return gc.get_threshold()


def test_workers_and_the_import_collect_cycles_rarely_and_put_the_thresholds_back(tmp_path, monkeypatch):
    import gc

    before = gc.get_threshold()
    with worker_pool.worker_pool(1) as pool:
        assert pool.submit(_collector_thresholds).result() == worker_pool._BULK_GC_THRESHOLDS
    seen = []
    monkeypatch.setattr(importer, "_store_batch",
                        lambda db, prepared, known, _real=importer._store_batch:
                        seen.append(gc.get_threshold()) or _real(db, prepared, known))
    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        report = lib.import_paths([_folder(tmp_path, copies=1)])
    assert report.imported > 0
    assert seen and set(seen) == {worker_pool._BULK_GC_THRESHOLDS}
    assert gc.get_threshold() == before != worker_pool._BULK_GC_THRESHOLDS
