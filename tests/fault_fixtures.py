"""Real faults for tests: a small file system that fills up or turns read-only.

A tmpfs needs the right to mount (root in a container that allows it); elsewhere the
tests that need one are skipped with the reason.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, path: Path):
        self.path = path

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def writable(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(self.path)], check=True)

    def fill(self, leave: int = 0) -> Path:
        """Fill the disk up, then free ``leave`` bytes; the filler file is returned."""
        filler = self.path / "filler"
        # Unbuffered: a short last write leaves nothing to flush (and fail) at close.
        with open(filler, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
        return filler


def _mount(path: Path, size: str) -> str | None:
    if os.name != "posix" or shutil.which("mount") is None or os.geteuid() != 0:
        return "needs root and mount to make a small file system"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return f"cannot mount a tmpfs here: {result.stderr.strip()}"
    return None


@pytest.fixture
def small_disk(tmp_path, request):
    """A tmpfs of 3 MiB (``@pytest.mark.parametrize`` with indirect for another size)."""
    size = getattr(request, "param", "3m")
    where = tmp_path / "disk"
    where.mkdir()
    reason = _mount(where, size)
    if reason:
        pytest.skip(reason)
    try:
        yield SmallDisk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
