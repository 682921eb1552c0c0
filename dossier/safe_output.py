"""Writing an output file (PDF, Word, briefing file) without harming anything else.

    with replacing(target) as tmp:   # a temporary path beside the target
        render_into(tmp)
    # now moved into place; on any error the target is left as it was

What is refused, with a one-line ``OutputError``: the library this process has open, or
its ``-wal``, ``-shm`` and ``-journal`` files, under any name (compared by device and
inode, and by resolved path); anything that is not a regular file (a folder, a FIFO, a
device, a symbolic link: ``os.replace`` would replace the link, not its file, and a
device such as /dev/null would be swapped for the output); any SQLite database.

A replaced file keeps its permission bits; a new file gets those of the umask, as any
program's new file does. The temporary file is locked while it is written, so an export
killed outright leaves a file that the next export into the same folder recognises as
abandoned (its lock is free) and removes.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:  # Windows: abandoned files are recognised by age instead
    fcntl = None

TEMP_SUFFIX = ".dossier-part"
_STALE_AGE_S = 24 * 3600  # without locks, a temporary file this old is abandoned
_SQLITE_MAGIC = b"SQLite format 3\x00"
_COMPANIONS = ("", "-wal", "-shm", "-journal")

_guard = threading.Lock()
_protected: dict[str, int] = {}  # resolved library path -> how many open connections


class OutputError(Exception):
    """The output cannot be written where asked; the message is one line for the user."""


def protect(library: Path | str) -> None:
    """Refuse every output onto this library file and its companions until released."""
    key = os.path.realpath(library)
    with _guard:
        _protected[key] = _protected.get(key, 0) + 1


def release(library: Path | str) -> None:
    key = os.path.realpath(library)
    with _guard:
        if _protected.get(key, 0) > 1:
            _protected[key] -= 1
        else:
            _protected.pop(key, None)


def _protected_files() -> list[str]:
    with _guard:
        return [base + suffix for base in _protected for suffix in _COMPANIONS]


def _is_protected(target: Path, info: os.stat_result | None) -> bool:
    resolved = os.path.realpath(target)
    for name in _protected_files():
        if resolved == name:
            return True
        if info is None:
            continue
        try:
            other = os.stat(name)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def is_library_file(path: Path | str) -> bool:
    """Whether ``path`` (links followed) is an open library or one of its companions.
    Decided by name and ``stat`` alone: opening it could release the library's locks."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        info = None
    return _is_protected(Path(path), info)


def _looks_like_sqlite(target: Path) -> bool:
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        return os.read(fd, len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


def check_target(path: Path | str) -> tuple[Path, os.stat_result | None]:
    """The absolute target and its current state (None if absent); raises OutputError."""
    target = Path(path).expanduser().absolute()
    if not target.name:
        raise OutputError(f"Cannot write {target}: it names no file")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:
        raise OutputError(f"Cannot write {target}: {getattr(exc, 'strerror', None) or exc}") from None
    # Identity first: opening the library's own files here would drop this process's
    # locks on them (POSIX closes release every lock the process holds on a file).
    if _is_protected(target, info):
        raise OutputError(f"Cannot write {target}: it is the library itself")
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise OutputError(f"Cannot write {target}: it is a link; name the file itself")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"Cannot write {target}: it is not a regular file")
        if _looks_like_sqlite(target):
            raise OutputError(f"Cannot write {target}: it is a database, not replaced")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"Cannot write {target}: folder {folder} does not exist")
    return target, info


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _guard:  # no way to read the umask without setting it elsewhere
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def clean_stale(folder: Path | str) -> list[Path]:
    """Remove temporary files left in ``folder`` by outputs that were killed; returns them."""
    removed = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".") and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return removed
    for name in names:
        path = Path(folder) / name
        if _abandoned(path):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def _abandoned(path: Path) -> bool:
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        if fcntl is None:
            return time.time() - os.fstat(fd).st_mtime > _STALE_AGE_S
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # another export is writing it now
        return True
    finally:
        os.close(fd)  # flock locks belong to this descriptor alone: nothing else is released


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path``, moved onto it when the block ends without error."""
    target, info = check_target(path)
    clean_stale(target.parent)
    stem = target.name[:80]
    try:
        fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise OutputError(f"Cannot write {target}: {exc.strerror or exc}") from None
    tmp = Path(name)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield tmp
        _finish(fd, tmp, target, info)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"Cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def _finish(fd: int, tmp: Path, target: Path, before: os.stat_result | None) -> None:
    mode = stat.S_IMODE(before.st_mode) if before is not None else 0o666 & ~_umask()
    os.chmod(tmp, mode)
    if before is not None and hasattr(os, "chown"):
        try:  # an administrator replacing a user's file leaves it theirs
            os.chown(tmp, before.st_uid, before.st_gid)
        except OSError:
            pass
    with open(tmp, "rb") as written:
        os.fsync(written.fileno())
    # The target may have changed while the output was made: check it again.
    check_target(target)
    os.replace(tmp, target)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` as the whole of ``path`` by the rules above; returns the target."""
    with replacing(path) as tmp:
        tmp.write_bytes(data)
    return Path(path).expanduser().absolute()
