"""Finding the files to import and reading them, safely.

Only regular files are read. Inside a folder given to import, a symbolic link is
followed only when it leads to a file inside that same folder (a ``notes.txt`` that
points at ``~/.ssh/id_rsa`` is refused) and links to folders are not entered, so a
walk never loops or leaves the folder; nor does it enter another file system mounted
inside the folder (``/proc`` under ``/``), which is reported. A file named directly is the user's own choice
and may be a link to anywhere, but it must still be a regular file.

A read never blocks: the file is opened without waiting (``O_NONBLOCK``, which makes a
FIFO or a device return at once instead of waiting for a writer) and checked with
``fstat`` on the open descriptor before any byte is read. Files that report a size of
zero (empty files, and the kernel's virtual files such as ``/proc/kmsg``) are refused
without a read.

A bad entry (unreadable folder, over-long or undecodable name, a vanished file) is
reported on its own and never stops the walk.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from dossier.ingest.errors import MAX_BYTES, ImportRejected
from dossier.safe_output import is_library_file

# The suffixes taken from a folder walk (lower case, with the dot). Formats add theirs.
ARTICLE_SUFFIXES: frozenset[str] = frozenset({".txt"})

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


@dataclass(frozen=True)
class Refusal:
    """A path that was found but will not be read, with the reason."""
    path: str
    error: ImportRejected


@dataclass(frozen=True)
class Collected:
    """The files to read, in a stable order, and what was refused on the way."""
    files: list[Path] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def display_name(path: Path | str) -> str:
    """The path as text that can be printed and stored: bytes a file name holds that
    are not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    text = os.fspath(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def collect(paths: Iterable[Path | str], suffixes: Iterable[str] = ARTICLE_SUFFIXES) -> Collected:
    """The files named, and those with one of ``suffixes`` under the folders named."""
    wanted = frozenset(s.lower() for s in suffixes)
    found = Collected()
    for raw in paths:
        if os.fspath(raw) == "":
            found.refused.append(Refusal("", ImportRejected("empty_path", "an empty path names no file")))
            continue
        path = Path(raw)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except (OSError, ValueError) as exc:
            is_dir = False  # reported when it is read, with the same wording as other files
            if isinstance(exc, ValueError):
                found.refused.append(Refusal(display_name(path), ImportRejected(
                    "bad_path", "the path cannot be used (it holds a NUL character)")))
                continue
        if is_dir:
            _walk(path, wanted, found)
        else:
            found.files.append(path)
    return found


def collect_files(paths: Iterable[Path | str], suffixes: Iterable[str] = ARTICLE_SUFFIXES) -> list[Path]:
    """Just the files to read (see ``collect`` for what is refused and why)."""
    return collect(paths, suffixes).files


def _walk(folder: Path, wanted: frozenset[str], found: Collected) -> None:
    root = os.path.realpath(folder)
    try:
        device = os.stat(folder).st_dev
    except OSError as exc:
        found.refused.append(Refusal(display_name(folder), ImportRejected(
            "unreadable", f"cannot list the folder: {_reason(exc)}")))
        return
    pending = [folder]
    files: list[Path] = []
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as exc:
            found.refused.append(Refusal(display_name(current), ImportRejected(
                "unreadable", f"cannot list the folder: {_reason(exc)}")))
            continue
        for entry in listed:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    # Another file system mounted inside (/proc under /, a network
                    # share, a removable disk) is not entered, like find -xdev.
                    if entry.stat(follow_symlinks=False).st_dev != device:
                        found.refused.append(Refusal(display_name(path), ImportRejected(
                            "other_filesystem", "a folder on another file system: not entered")))
                    else:
                        pending.append(path)
                    continue
                if Path(entry.name).suffix.lower() not in wanted:
                    continue
                if entry.is_symlink():
                    target = os.path.realpath(path)
                    if not _inside(target, root):
                        found.refused.append(Refusal(display_name(path), ImportRejected(
                            "outside_link", "a link to a file outside the folder imported")))
                        continue
                files.append(path)
            except OSError as exc:
                found.refused.append(Refusal(display_name(path), ImportRejected(
                    "unreadable", f"cannot read the file: {_reason(exc)}")))
    # Sorted by the raw name bytes: a stable order whatever the names' encoding.
    found.files.extend(sorted(files, key=os.fsencode))


def read_file(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of one regular file of at most ``limit`` bytes; raises ImportRejected."""
    if is_library_file(path):
        # Not even opened: closing it again would release this process's locks on it.
        raise ImportRejected("library", "this is the library itself")
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO or socket with no one at the other end
            raise ImportRejected("not_a_file", "not a regular file") from None
        raise ImportRejected("unreadable", f"cannot read the file: {_reason(exc)}") from None
    except ValueError:
        raise ImportRejected("bad_path", "the path cannot be used (it holds a NUL character)") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImportRejected("not_a_file", "not a regular file")
        if info.st_size > limit:
            raise ImportRejected(
                "too_large", f"the file is {info.st_size // 1024} KiB; the limit is {limit // 1024} KiB")
        if info.st_size == 0:
            raise ImportRejected("empty", "The file is empty.")
        return _read_at_most(fd, limit)
    except OSError as exc:
        raise ImportRejected("unreadable", f"cannot read the file: {_reason(exc)}") from None
    finally:
        os.close(fd)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        except BlockingIOError:
            raise ImportRejected("not_a_file", "the file cannot be read without waiting") from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:  # the file grew while it was read
            raise ImportRejected("too_large", f"the file is larger than {limit // 1024} KiB")
