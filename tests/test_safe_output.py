"""Output files never land on the library, on what is not a regular file, or badly."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, run_cli as run
from dossier.safe_output import TEMP_SUFFIX, OutputError, clean_stale, replacing, write_bytes
from fault_fixtures import small_disk  # noqa: F401 (fixture)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and modes")



def _articles(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_pdf_export_onto_the_library_is_refused(capsys, tmp_path, suffix):
    db = tmp_path / "lib.sqlite"
    run(capsys, "--db", db, "briefings")
    code, _, err = run(capsys, "--db", db, "export", "1", "-o", f"{db}{suffix}")
    assert code == 1 and "library itself" in err and err.count("\n") == 1
    assert _articles(db) == 5


def test_briefing_file_export_onto_the_library_is_refused(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    code, _, err = run(capsys, "--db", db, "briefing", "export", "1", db)
    assert code == 1 and "library itself" in err
    assert _articles(db) == 5


@posix_only
def test_another_name_for_the_library_is_refused(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    run(capsys, "--db", db, "briefings")
    os.link(db, tmp_path / "hard.pdf")
    code, _, err = run(capsys, "--db", db, "export", "1", "-o", tmp_path / "hard.pdf")
    assert code == 1 and "library itself" in err
    assert _articles(db) == 5


@posix_only
def test_a_fifo_a_device_and_a_link_are_not_replaced(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    link = tmp_path / "link.pdf"
    (tmp_path / "elsewhere.pdf").write_bytes(b"keep")
    link.symlink_to(tmp_path / "elsewhere.pdf")
    targets = [fifo, link]
    try:  # a node like /dev/null, made where a mistake costs nothing
        os.mknod(tmp_path / "null.pdf", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(tmp_path / "null.pdf")
    except (PermissionError, AttributeError):
        pass
    for target in targets:
        code, _, err = run(capsys, "--db", db, "export", "1", "-o", target)
        assert code == 1 and err.count("\n") == 1, target
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.path.islink(link)
    assert (tmp_path / "elsewhere.pdf").read_bytes() == b"keep"
    if len(targets) == 3:
        assert stat.S_ISCHR(os.lstat(tmp_path / "null.pdf").st_mode)


def test_a_database_of_another_program_is_not_replaced(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(OutputError, match="database"):
        write_bytes(other, b"%PDF")
    assert other.read_bytes().startswith(b"SQLite format 3")


@posix_only
def test_a_replaced_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path):
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_bytes(kept, b"new")
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640 and kept.read_bytes() == b"new"
    old = os.umask(0o027)
    try:
        write_bytes(tmp_path / "new.pdf", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.pdf").st_mode) == 0o640
    write_bytes(tmp_path / "plain.pdf", b"x")
    assert stat.S_IMODE(os.stat(tmp_path / "plain.pdf").st_mode) == 0o666 & ~old


@posix_only
def test_a_killed_output_leaves_a_file_the_next_one_removes(tmp_path):
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from dossier.safe_output import replacing
        with replacing({str(tmp_path / 'out.pdf')!r}) as tmp:
            tmp.write_bytes(b"%PDF half")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    left = [n for n in os.listdir(tmp_path) if n.endswith(TEMP_SUFFIX)]
    assert len(left) == 1 and not (tmp_path / "out.pdf").exists()
    write_bytes(tmp_path / "other.pdf", b"%PDF whole")
    assert sorted(os.listdir(tmp_path)) == ["other.pdf"]


@posix_only
def test_an_output_being_written_is_not_taken_for_abandoned(tmp_path):
    with replacing(tmp_path / "a.pdf") as tmp:
        tmp.write_bytes(b"in progress")
        assert clean_stale(tmp_path) == []
        assert tmp.exists()
    assert (tmp_path / "a.pdf").read_bytes() == b"in progress"


def test_a_failed_output_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("stop")
    assert os.listdir(tmp_path) == ["a.json"] and target.read_bytes() == b"old"


def test_a_full_disk_during_export_is_one_line_and_keeps_the_old_file(capsys, tmp_path, small_disk):
    db = tmp_path / "lib.sqlite"
    target = small_disk.path / "dossier.pdf"
    target.write_bytes(b"%PDF old")
    small_disk.fill(leave=8 * 1024)
    code, _, err = run(capsys, "--db", db, "export", "1", "-o", target)
    assert code == 1 and err.count("\n") == 1 and "No space left" in err
    assert target.read_bytes() == b"%PDF old"
    assert [n for n in os.listdir(small_disk.path) if n.endswith(TEMP_SUFFIX)] == []
