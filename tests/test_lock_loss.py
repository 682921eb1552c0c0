"""A process that lost its locks on the library notices it and reopens, so its writes
reach the file other programs read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dossier.library import Library
from dossier.storage.lock_watch import locks_held

linux_only = pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="reads the kernel's lock table")


def _briefing_titles_seen_by_another_process(path) -> list[str]:
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
              "print('\\n'.join(r[0] for r in c.execute('SELECT title FROM briefings ORDER BY id'))); c.close()")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, timeout=60, check=True)
    return result.stdout.split("\n")


def _drop_locks_like_a_file_dialog(path) -> None:
    # Reading a file to guess its type, then closing it: POSIX drops every lock this
    # process holds on the file.
    fd = os.open(path, os.O_RDONLY)
    os.read(fd, 16)
    os.close(fd)


@linux_only
def test_locks_are_seen_and_their_loss_too(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        assert locks_held(lib.path) is True
        _drop_locks_like_a_file_dialog(lib.path)
        assert locks_held(lib.path) is False
        assert lib.ensure_locks() is True
        assert locks_held(lib.path) is True
        assert lib.ensure_locks() is False


@linux_only
def test_a_write_after_the_locks_were_lost_reaches_other_programs(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.briefings.create("قبل")
        _drop_locks_like_a_file_dialog(path)
        # Another program opens and closes the library: seeing no other user, it
        # checkpoints the log and deletes it.
        assert "قبل" in _briefing_titles_seen_by_another_process(path)
        lib.briefings.create("بعد")
        assert "بعد" in _briefing_titles_seen_by_another_process(path)
        assert [b.title for b in lib.briefings.list()][:2] == ["بعد", "قبل"]


@linux_only
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_importing_the_library_itself_is_refused_without_opening_it(tmp_path, suffix):
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.briefings.create("x")
        report = lib.import_paths([f"{lib.path}{suffix}"])
        assert report.results[0].code == "library"
        assert locks_held(lib.path) is True
