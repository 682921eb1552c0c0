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
    """The library file, its folder or its log files cannot be written."""


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
    """The file or its folder cannot be written (permissions, or a read-only mount).

    ``os.access`` looks at the file without opening it: opening the library's file
    from this process could release the locks its connections hold.
    """
    folder = path.parent if str(path.parent) else Path(".")
    return (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK)
