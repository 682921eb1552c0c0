"""What can go wrong with a library file, as one-line errors for the user.

SQLite reports faults by code; ``translate`` turns the ones a user can meet (another
program writing, a full disk, a read-only file, a damaged file, a file that is not a
database) into these errors, each with a message that says what happened and what
to do. Anything else stays a plain SQLite error: a bug, not a fault of the file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class LibraryError(Exception):
    """A library that cannot be opened or used; the message is one line for the user."""


class LibraryBusy(LibraryError):
    """Another program held the library's write lock for longer than we wait."""


class LibraryFull(LibraryError):
    """The disk (or the file system's quota) is full; the write was undone."""


class LibraryReadOnly(LibraryError):
    """The library file, its folder or its log files cannot be written.

    ``reason`` says why when it is known: one of ``READ_ONLY_REASONS``.
    """

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.reason = reason


# Why a library can only be read, as the user is told it.
READ_ONLY_REASONS = {
    "mount": "it is on a read-only file system",
    "file": "the file's permissions do not allow writing",
    "folder": "its folder's permissions do not allow writing, and the log of changes is kept beside the file",
}


def read_only_refusal(path: Path | str, reason: str) -> LibraryReadOnly:
    """The one line for a write to a library that was opened for reading only."""
    return LibraryReadOnly(f"the library {path} is open for reading only "
                           f"({READ_ONLY_REASONS[reason]}); nothing was changed", reason)


class LibraryDamaged(LibraryError):
    """The file is a damaged database; ``dossier check`` says more."""


class NotALibrary(LibraryError):
    """The file is not a Dossier library (another program's database, or no database)."""


class LibraryTooNew(LibraryError):
    """The library was written by a newer Dossier."""


# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def translate(exc: BaseException, path: Path | str | None) -> LibraryError | None:
    """The user's error for a SQLite fault, or None when it is not one of those."""
    if isinstance(exc, LibraryError):
        return exc
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    name = f"the library {path}" if path is not None else "the library"
    detail = str(exc)
    if code in (_BUSY, _LOCKED):
        return LibraryBusy(f"{name} is busy: another program is writing to it; try again in a moment")
    if code == _FULL:
        return LibraryFull(f"the disk holding {name} is full; nothing of this change was written")
    if code == _READONLY:
        return LibraryReadOnly(f"{name} is read-only (check the permissions of the file and its folder)")
    if code == _CORRUPT:
        return LibraryDamaged(f"{name} is damaged ({detail})")
    if code == _NOTADB:
        return NotALibrary(f"{path} is not a Dossier library (it is not a database); it was left untouched")
    if code == _CANTOPEN:
        if path is not None and _read_only_place(Path(path)):
            return LibraryReadOnly(f"{name} is read-only (check the permissions of the file and its folder)")
        return LibraryError(f"cannot open {name} ({detail})")
    if code == _IOERR:
        if "disk" in detail.lower() and "full" in detail.lower():
            return LibraryFull(f"the disk holding {name} is full; nothing of this change was written")
        return LibraryError(f"cannot read or write {name} ({detail})")
    return None


def _read_only_place(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    return read_only_reason(path) is not None or not _can_write(folder)


def read_only_reason(path: Path) -> str | None:
    """Why the existing library at ``path`` cannot be written ("mount", "file",
    "folder"), or None when it can (or does not exist yet).

    Only ``stat``-like calls: opening the library's file from this process could
    release the locks its connections hold. In write-ahead-log mode a writer also
    needs the -wal and -shm files beside it, so a folder that cannot be written makes
    the library read-only unless both are already there and writable.
    """
    if not path.exists():
        return None
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "mount"
    except (OSError, AttributeError):  # no statvfs (Windows): permissions say it
        pass
    if not _can_write(path):
        return "file"
    folder = path.parent if str(path.parent) else Path(".")
    logs = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if not _can_write(folder) and not all(log.exists() and _can_write(log) for log in logs):
        return "folder"
    return None


def _can_write(path: Path) -> bool:
    # The effective ids decide (a set-uid launcher), where the platform can tell.
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)
