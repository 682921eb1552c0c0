"""The import's worker processes: started the way the platform allows, and never left
behind.

Start method: ``fork`` on Linux, where the command line (a process without threads of
its own) gives its workers the code it has already imported; ``spawn`` elsewhere (Windows
has no fork, and macOS's system libraries are not safe across one).

A worker must die with the process that started it, however that one ends (kill -9
included): otherwise it waits for work forever. On Linux the kernel sends it SIGKILL
when its parent dies (``PR_SET_PDEATHSIG``). Everywhere, a watcher thread in the
worker ends it when the parent is gone: by the parent's sentinel where the worker
holds the only copy of it (spawned workers), else by noticing that its parent process
changed (forked workers inherit each other's pipes, so no pipe ever closes).

Ctrl-C is the parent's to handle: workers ignore SIGINT, and the parent cancels the
work not yet started instead of waiting for it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator

_PR_SET_PDEATHSIG = 1
_POLL_S = 0.5


def start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "spawn"


def _die_with_parent_on_linux() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watcher thread still ends the worker


def _watch(parent_pid: int, method: str) -> None:
    parent = multiprocessing.parent_process()
    if method != "fork" and parent is not None and parent.sentinel is not None:
        from multiprocessing.connection import wait

        wait([parent.sentinel])
    else:
        stop = threading.Event()
        while os.getppid() == parent_pid:
            stop.wait(_POLL_S)
    os._exit(1)


# An import makes millions of short-lived objects and keeps large word caches: at the
# interpreter's default thresholds its cyclic collector ran often enough, scanning the
# caches every time, to cost about a fifth of a worker's CPU, for a few hundred cycles
# found per thousand articles. Collections are made rarer, never switched off.
_BULK_GC_THRESHOLDS = (100_000, 50, 1000)


@contextmanager
def rare_collections() -> Iterator[None]:
    """Within the block, the cyclic garbage collector runs at _BULK_GC_THRESHOLDS; the
    thresholds it had are put back after."""
    before = gc.get_threshold()
    gc.set_threshold(*_BULK_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def worker_started(parent_pid: int, method: str) -> None:
    """Runs first in every worker (the pool's initializer)."""
    # What the worker inherited is never garbage: the collector need not scan it.
    gc.freeze()
    gc.set_threshold(*_BULK_GC_THRESHOLDS)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent_on_linux()
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid, method), name="parent-watch",
                     daemon=True).start()


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers end with this process; leaving the block early
    (an error, Ctrl-C) cancels the work not yet started."""
    method = start_method()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=worker_started, initargs=(os.getpid(), method))
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
