"""A library this process cannot write, made three real ways: a read-only file system
(a tmpfs remounted read-only, which needs root), the file's permissions, and its
folder's permissions. Root writes whatever the permissions say: the permission cases
run only where permissions hold this process (another user, or root under ``setpriv``
with CAP_DAC_OVERRIDE dropped), and are skipped with that reason elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import seed_id
from dossier.library import Library
from fault_fixtures import small_disk  # noqa: F401 (fixture)

ROOT_IGNORES_PERMISSIONS = "root writes whatever the permissions say (the command-line tests cover it)"


def make_library(path: Path) -> None:
    """A library with the seeds, the sample briefing and one more excerpt, closed cleanly."""
    with Library(path) as lib:
        briefing = lib.briefings.list()[0].id
        section = lib.briefings.get(briefing).sections[0].id
        lib.briefings.add_excerpt(section, seed_id(lib, "004"), 0, 40, note="قبل القفل")
    assert sorted(os.listdir(path.parent)) == [path.name]


def listing(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {entry.name: (entry.stat().st_size, entry.stat().st_mtime_ns,
                         entry.read_bytes() if entry.is_file() else b"")
            for entry in folder.iterdir()}


def lock(folder: Path, path: Path, how: str) -> None:
    if how == "file":
        os.chmod(path, 0o444)
    else:
        os.chmod(folder, 0o555)


def unlock(folder: Path, path: Path) -> None:
    os.chmod(folder, 0o755)
    if path.exists():
        os.chmod(path, 0o644)


def permissions_bind(folder: Path) -> bool:
    """Whether this process is held by permissions (root is not, unless its power was dropped)."""
    probe = folder / "permissions-probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    try:
        return not os.access(probe, os.W_OK)
    finally:
        probe.unlink()


@pytest.fixture(params=["mount", "file", "folder"])
def read_only_library(request, tmp_path):
    """(path, reason) of a library this process cannot write."""
    how = request.param
    if how == "mount":
        disk = request.getfixturevalue("small_disk")
        path = disk.path / "lib.sqlite"
        make_library(path)
        disk.read_only()
        yield path, how
        disk.writable()
        return
    if not permissions_bind(tmp_path):
        pytest.skip(ROOT_IGNORES_PERMISSIONS)
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "lib.sqlite"
    make_library(path)
    lock(folder, path, how)
    yield path, how
    unlock(folder, path)
