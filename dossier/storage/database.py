"""Opening a library file and running writes in one transaction each.

Opening never changes a file before it is known to be a Dossier library: the checks
are reads (the header's application id and schema version, the table names), and a
file that is another program's database, or no database, is refused untouched. Only a
new, empty file becomes a library. Reads never take the write lock.

A library this process cannot write (a read-only mount, the file's or its folder's
permissions) is opened for reading: browsing, search, reading and export work, and
every write is refused with one line saying why. Nothing is created beside such a
file. When it has no -wal or -shm beside it (it was closed cleanly), it is opened
``immutable``: SQLite then reads the file alone, with no lock and no log files (in
``mode=ro`` it would still create both in a folder it may write, and could not open
at all where it may not). When a log is there, a writer is at work or one stopped
before folding its changes in, and those changes live only in the log: ``immutable``
would ignore them, so the file is opened ``mode=ro``, which reads the log through
the existing -shm as any reader does.

Every fault SQLite reports on the way (busy, full disk, read-only, damaged) becomes a
one-line ``LibraryError`` (see errors.py), raised after the write was undone.
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from dossier import safe_output
from .errors import (LibraryBusy, LibraryDamaged, LibraryError, LibraryFull, LibraryReadOnly,
                     LibraryTooNew, NotALibrary, READ_ONLY_REASONS, read_only_reason, read_only_refusal,
                     translate)
from .lock_watch import locks_held
from .schema import APPLICATION_ID, LEGACY_TABLES, MIGRATIONS, SCHEMA_VERSION

__all__ = ["connect", "ensure_locks", "transaction", "migrate", "schema_version", "LibraryError", "LibraryBusy",
           "LibraryDamaged", "LibraryFull", "LibraryReadOnly", "LibraryTooNew", "NotALibrary"]

log = logging.getLogger(__name__)

# How long a write waits for another program's write to end before "library is busy".
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str, busy_timeout_ms: int | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the library at ``path``, migrated to the current schema."""
    path = Path(path)
    memory = str(path) == ":memory:"
    read_only = None
    if not memory:
        _check_place(path)
        read_only = read_only_reason(path)
    immutable = bool(read_only) and _immutable(path)
    conn, new = _open(path, busy_timeout_ms, check=True, read_only=read_only, immutable=immutable)
    with _closed_on_fault(conn, path):
        db = sqlite_utils.Database(conn)
        if read_only:
            _check_readable(db, new, path, read_only)
        else:
            migrate(db, new)
    db._read_only, db._immutable = read_only, immutable
    if not memory:
        db._library_path = path
        db._busy_timeout_ms = busy_timeout_ms
        safe_output.protect(path)
    return db


def read_only(db: sqlite_utils.Database) -> str | None:
    """Why this library was opened for reading only (errors.READ_ONLY_REASONS), or None."""
    return getattr(db, "_read_only", None)


def _immutable(path: Path) -> bool:
    """No log beside the file: it was closed cleanly, the file alone holds it all."""
    return not any(os.path.exists(f"{path}{suffix}") for suffix in ("-wal", "-shm"))


def _check_readable(db: sqlite_utils.Database, new: bool, path: Path, reason: str) -> None:
    """A read-only file must already be a library of this version: it cannot be changed."""
    if new:
        raise LibraryReadOnly(
            f"{path} is empty and cannot be written, so it cannot become a library", reason)
    if schema_version(db) < SCHEMA_VERSION:
        raise LibraryReadOnly(
            f"the library {path} was written by an earlier Dossier and must be updated once, "
            f"but it cannot be written ({READ_ONLY_REASONS[reason]}); it was left untouched", reason)


def _open(path: Path, busy_timeout_ms: int | None, check: bool, read_only: str | None = None,
          immutable: bool = False) -> tuple[sqlite3.Connection, bool]:
    """A connection set up for the library; with ``check``, only to a Dossier library."""
    try:
        # Autocommit mode: transactions are explicit (see ``transaction``), so no
        # library call can commit half of a write behind our back.
        if read_only:
            # See the module's note for the choice of mode.
            mode = "immutable=1" if immutable else "mode=ro"
            conn = sqlite3.connect(f"{Path(os.path.abspath(path)).as_uri()}?{mode}", uri=True,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise translate(exc, path) or LibraryError(f"cannot open library {path}: {exc}") from None
    with _closed_on_fault(conn, path):
        timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        conn.execute("PRAGMA foreign_keys = ON")
        new = _identify(conn, path) if check else False
        if read_only:
            return conn, new
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise LibraryError(f"cannot use write-ahead logging on {path}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: bulk imports merge index segments
    return conn, new


@contextmanager
def _closed_on_fault(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """Close the connection on any error, raised as the user's LibraryError if it is one."""
    try:
        yield
    except BaseException as exc:
        conn.close()
        error = translate(exc, path)
        if error is None:
            raise
        raise error from (None if error is exc else exc)


def ensure_locks(db: sqlite_utils.Database) -> bool:
    """Reopen the connection if this process lost its locks on the library (see
    lock_watch.py); True when it did. Writes call it first, so they never go into a
    log that another program has deleted."""
    path = getattr(db, "_library_path", None)
    if path is None or db.conn.in_transaction or locks_held(path) is not False:
        return False
    if getattr(db, "_immutable", False):
        return False  # an immutable read holds no locks by design
    log.warning("the locks on %s were lost (a file of it was opened and closed outside "
                "SQLite); reopening the library", path)
    # Every connection of this process to the file must close before a new one takes
    # fresh locks: SQLite shares one lock state per file within a process.
    db.conn.close()
    db.conn, _ = _open(path, db._busy_timeout_ms, check=False, read_only=read_only(db))
    db.conn.execute("PRAGMA recursive_triggers = on")  # as sqlite_utils set up the first
    return True


def _check_place(path: Path) -> None:
    """A folder, or a file that SQLite would otherwise create beside a missing folder."""
    if path.is_dir():
        raise NotALibrary(f"{path} is a folder, not a library file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:
        raise LibraryError(f"cannot open library {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        # A device or a FIFO: SQLite would write pages into it.
        raise NotALibrary(f"{path} is not a regular file, so it cannot be a library")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot create the folder for library {path}: {exc.strerror or exc}") from None


def _identify(conn: sqlite3.Connection, path: Path) -> bool:
    """True for a new library (an empty database); raises for anything not ours."""
    # Reads only, through SQLite: opening the file any other way from this process
    # would release the locks its other connections hold on it.
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise LibraryTooNew(f"the library {path} was written by a newer Dossier "
                                f"(schema {version}, this one reads up to {SCHEMA_VERSION}); "
                                "it was left untouched")
        return False
    if app_id == 0 and version == 0 and not tables:
        return True
    # Libraries of the first version carry no application id: known by their tables.
    if app_id == 0 and version >= 1 and LEGACY_TABLES <= tables:
        if version > SCHEMA_VERSION:
            raise LibraryTooNew(f"the library {path} was written by a newer Dossier "
                                f"(schema {version}, this one reads up to {SCHEMA_VERSION}); "
                                "it was left untouched")
        return False
    raise NotALibrary(f"{path} is not a Dossier library (another program's database); "
                      "it was left untouched")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, new: bool = False) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"this library was written by a newer Dossier (schema {version} > {SCHEMA_VERSION})"
        )
    if version == SCHEMA_VERSION:
        return
    with transaction(db):
        # Another process may have migrated while we waited for the write lock.
        version = schema_version(db)
        if version == 0 and not new:
            raise NotALibrary("the file changed while it was opened; it was left untouched")
        for number in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


_SAVEPOINTS = itertools.count()


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it is committed, or none of it on any error.

    Nested use becomes a savepoint, so a service can call another service's writes.
    A fault of the file (busy, full, read-only, damaged) is raised as its LibraryError.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"sp{next(_SAVEPOINTS)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back on its own (full disk)
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    if read_only(db):
        raise read_only_refusal(db._library_path, read_only(db))
    ensure_locks(db)
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc, _name(conn)) or exc
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as exc:
        _rollback(conn)
        error = translate(exc, _name(conn))
        if error is None or error is exc:
            raise
        raise error from exc


def _rollback(conn: sqlite3.Connection) -> None:
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the original error says more; SQLite undoes the rest when the file reopens


def _name(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return os.path.basename(row[2]) if row and row[2] else None
