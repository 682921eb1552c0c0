"""Opening a library file and running writes in one transaction each."""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from dossier import safe_output
from .schema import MIGRATIONS, SCHEMA_VERSION


class LibraryError(Exception):
    """A library that cannot be opened or used; the message is one line for the user."""


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the library at ``path``, migrated to the current schema."""
    path = Path(path)
    try:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are explicit (see ``transaction``), so no
        # library call can commit half of a write behind our back.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise LibraryError(f"cannot use write-ahead logging on {path}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: bulk imports merge index segments
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"cannot open library {path}: {exc}") from exc
    db = sqlite_utils.Database(conn)
    try:
        migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LibraryError(f"{path} is not a Dossier library: {exc}") from exc
    if str(path) != ":memory:":
        safe_output.protect(path)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"this library was written by a newer Dossier (schema {version} > {SCHEMA_VERSION})"
        )
    if version == SCHEMA_VERSION:
        return
    with transaction(db):
        # Another process may have migrated while we waited for the write lock.
        version = schema_version(db)
        for number in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


_SAVEPOINTS = itertools.count()


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it is committed, or none of it on any error.

    Nested use becomes a savepoint, so a service can call another service's writes.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"sp{next(_SAVEPOINTS)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
