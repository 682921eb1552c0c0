"""Keeps None, True and False alive under a binding that releases them once too often.

PySide6 6.12.0 on Python 3.11 gives back one reference to None on every call of a
method that returns nothing, and to True or False when a signal carries them. From
Python 3.12 these objects are immortal and the slip is harmless; on 3.11 the count
runs down until the interpreter aborts ("deallocating None"), in a long session or at
exit. A very large count makes them as good as immortal, as they are on newer Pythons.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def needs_guard() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protect_singletons() -> bool:
    """Raise the reference counts once; True if it was needed and done."""
    global _done
    if _done or not needs_guard():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's layout.
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    _done = True
    return True
