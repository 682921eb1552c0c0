"""A library that cannot be written is opened for reading: browsing, search, reading and
export work, every write is refused with one line saying why, and nothing is written
beside the file (no -wal, no -shm).

Three real ways a library is read-only: a read-only file system (a tmpfs remounted
read-only, which needs root), and the permissions of the file or of its folder. Root
writes whatever the permissions say, so the command-line tests run the command in a
child process without that power (``setpriv`` drops CAP_DAC_OVERRIDE); the in-process
tests of permissions run only where permissions hold this process (another user, or
root under ``setpriv``), and say so when skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, run_cli
from dossier.library import Library
from dossier.storage.database import LibraryReadOnly
from fault_fixtures import small_disk  # noqa: F401 (fixture)
from read_only_fixtures import (listing, lock, make_library, permissions_bind, read_only_library,  # noqa: F401
                                 unlock)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_a_read_only_library_is_read_and_refuses_every_write(read_only_library, tmp_path):
    from dossier.export import export_briefing

    path, reason = read_only_library
    before = listing(path.parent)
    with Library(path) as lib:
        assert lib.read_only == reason
        assert lib.article_count() == 5
        page = lib.search("كازاخستان")
        assert page.total >= 1
        article = lib.article(page.hits[0].article_id)
        assert "كازاخستان" in article.title + article.body
        briefing = lib.briefings.get(lib.briefings.list()[0].id)
        notes = [item.note for section in briefing.sections for item in section.items]
        assert "قبل القفل" in notes  # what was written before the lock is all there
        pdf = tmp_path / "out" / "dossier.pdf"
        pdf.parent.mkdir()
        assert export_briefing(briefing, pdf).pages >= 1
        assert briefing.info.title.split()[0] in _pdf_text(pdf)

        section = briefing.sections[0].id
        writes = {
            "import": lambda: lib.import_paths([SEEDS]),
            "tag": lambda: lib.change_tags(article.id, [("country", "EG", True)]),
            "excerpt": lambda: lib.briefings.add_excerpt(section, article.id, 0, 30),
            "briefing edit": lambda: lib.briefings.update(briefing.info.id, title="عنوان آخر"),
            "new briefing": lambda: lib.briefings.create("موجز جديد"),
            "retag": lambda: lib.retag(),
        }
        for name, write in writes.items():
            with pytest.raises(LibraryReadOnly) as refused:
                write()
            message = str(refused.value)
            assert "open for reading only" in message and "nothing was changed" in message, name
            assert {"mount": "read-only file system", "file": "file's permissions",
                    "folder": "folder's permissions"}[reason] in message, name
            assert len(message.splitlines()) == 1
        assert lib.briefings.get(briefing.info.id) == briefing
    assert listing(path.parent) == before  # no -wal, no -shm, the file unchanged


def test_changes_left_in_the_log_are_read(small_disk):
    """A library whose last writes are still in its -wal (the writer stopped before
    folding them in) is read with them: ``immutable`` would silently drop them."""
    staging = small_disk.path.parent / "staging"
    staging.mkdir()
    path = staging / "lib.sqlite"
    make_library(path)
    with Library(path) as writer:
        writer.db.execute("PRAGMA wal_autocheckpoint = 0")
        writer.briefings.create("موجز في السجل وحده")
        assert os.path.getsize(f"{path}-wal") > 0
        for suffix in ("", "-wal", "-shm"):  # the files as a stopped writer leaves them
            shutil.copyfile(f"{path}{suffix}", small_disk.path / f"lib.sqlite{suffix}")
    copy = small_disk.path / "lib.sqlite"
    small_disk.read_only()
    before = listing(small_disk.path)
    with Library(copy) as lib:
        assert lib.read_only == "mount"
        assert "موجز في السجل وحده" in [info.title for info in lib.briefings.list()]
    assert listing(small_disk.path) == before


def test_an_empty_read_only_file_is_not_made_a_library(small_disk):
    (small_disk.path / "empty.sqlite").write_bytes(b"")
    small_disk.read_only()
    with pytest.raises(LibraryReadOnly, match="empty and cannot be written"):
        Library(small_disk.path / "empty.sqlite")
    assert os.listdir(small_disk.path) == ["empty.sqlite"]


def test_the_read_only_mount_in_the_command_line(capsys, small_disk, tmp_path):
    path = small_disk.path / "lib.sqlite"
    make_library(path)
    small_disk.read_only()
    code, out, err = run_cli(capsys, "--db", path, "search", "كازاخستان")
    assert code == 0 and "كازاخستان" in out, err
    code, _, err = run_cli(capsys, "--db", path, "import", SEEDS)
    assert code == 1 and err.count("\n") == 1 and "read-only file system" in err
    assert os.listdir(small_disk.path) == ["lib.sqlite"]


# The command line, in a child process that cannot override permissions.

def _without_override(folder: Path) -> list[str] | None:
    """The prefix that runs a command without root's power over permissions."""
    if permissions_bind(folder):
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--bounding-set", "-dac_override,-dac_read_search", "true"],
                           capture_output=True)
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"] if probe.returncode == 0 else None


# Runs each command through the CLI's main in one child process (one start-up for all).
_DRIVER = """
import contextlib, io, json, sys
from dossier.cli import main
results = []
for args in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    results.append([code, out.getvalue(), err.getvalue()])
sys.__stdout__.write(json.dumps(results))
"""


def _dossier(prefix: list[str], home: Path, commands: list[tuple]) -> list[tuple[int, str, str]]:
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "PYTHONPATH": str(ROOT)}
    argv = json.dumps([[str(a) for a in args] for args in commands])
    done = subprocess.run([*prefix, sys.executable, "-c", _DRIVER, argv], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return [tuple(result) for result in json.loads(done.stdout)]


@pytest.mark.parametrize("how", ["file", "folder"])
def test_the_command_line_reads_and_refuses_writes_by_permissions(tmp_path, how):
    prefix = _without_override(tmp_path)
    if prefix is None:
        pytest.skip("running as root without setpriv to drop its power over permissions")
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "lib.sqlite"
    make_library(path)
    spec = tmp_path / "brief.json"
    spec.write_text('{"title": "موجز", "sections": []}', encoding="utf-8")
    lock(folder, path, how)
    try:
        before = listing(folder)
        reads = [("articles",), ("search", "كازاخستان"), ("briefings",), ("briefing", "show", 1),
                 ("export", 1, "-o", tmp_path / "out.pdf"), ("check",)]
        why = {"file": "file's permissions", "folder": "folder's permissions"}[how]
        writes = [("import", SEEDS), ("tag", 1, "+EG"), ("retag",), ("briefing", "import", spec)]
        results = _dossier(prefix, tmp_path, [("--db", path, *args) for args in reads + writes])
        for args, (code, out, err) in zip(reads, results[:len(reads)]):
            assert code == 0 and out.strip(), (args, err)
        for args, (code, out, err) in zip(writes, results[len(reads):]):
            assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, (args, err)
            assert "open for reading only" in err and why in err, err
        assert _pdf_text(tmp_path / "out.pdf").strip()
        assert listing(folder) == before
    finally:
        unlock(folder, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM briefings").fetchone()[0] == 1
    conn.close()
