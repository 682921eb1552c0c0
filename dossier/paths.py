"""Where things live: the bundled resources and seeds, and the library file."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

DB_ENV = "DOSSIER_DB"
_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    """A bundled folder: inside the installed package, else beside it in a checkout."""
    installed = Path(str(resources.files("dossier"))) / name
    if installed.is_dir():
        return installed
    return _CHECKOUT_ROOT / name


def resources_dir() -> Path:
    return _bundled("resources")


def seeds_dir() -> Path:
    return _bundled("seeds")


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name


def user_data_dir() -> Path:
    """The platform's per-user data folder for Dossier."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "dossier"


def default_library_path() -> Path:
    """The library file: $DOSSIER_DB if set, else library.sqlite in the user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "library.sqlite"
