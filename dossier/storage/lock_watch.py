"""Noticing that this process lost its locks on the library file.

POSIX releases every lock a process holds on a file when the process closes *any*
descriptor of that file, even one SQLite never saw (a file dialog reading the file to
guess its type, say). SQLite's connection then believes it still holds its shared lock;
another program that opens and closes the library sees no other user, checkpoints the
write-ahead log and deletes it, and this process goes on writing into a deleted log:
its changes become invisible to everyone else.

In write-ahead-log mode an open connection always holds a read lock on the library
file. ``locks_held`` looks for it in the kernel's lock table (``/proc/locks``, Linux),
without opening the file; elsewhere it cannot tell and says so (None).
"""

from __future__ import annotations

import os
from pathlib import Path

_LOCK_TABLE = "/proc/locks"


def _device_and_inode(path: Path | str) -> tuple[str, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}", info.st_ino


def locks_held(path: Path | str) -> bool | None:
    """True if this process holds a POSIX lock on ``path``; None if it cannot be known."""
    if not os.path.exists(_LOCK_TABLE):
        return None
    wanted = _device_and_inode(path)
    if wanted is None:
        return None
    device, inode = wanted
    pid = str(os.getpid())
    try:
        with open(_LOCK_TABLE, encoding="ascii", errors="replace") as table:
            for line in table:
                fields = line.split()
                # "1: POSIX  ADVISORY  READ 6852 fe:00:2146371 128 128" (a "->" marks waiters)
                if len(fields) < 8 or fields[1] != "POSIX" or fields[4] != pid:
                    continue
                where = fields[5].rsplit(":", 1)
                if len(where) == 2 and where[0] == device and where[1] == str(inode):
                    return True
    except OSError:
        return None
    return False
