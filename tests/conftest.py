"""Shared fixtures: real library files in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    # Never read or write the real user's library, settings or lexicons.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DOSSIER_DB", raising=False)


@pytest.fixture
def library(tmp_path):
    """A new library with the seeds and the sample briefing, as on first run."""
    from dossier.library import Library

    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def empty_library(tmp_path):
    from dossier.library import Library

    lib = Library(tmp_path / "empty.sqlite", seed=False)
    yield lib
    lib.close()


def seed_id(lib, prefix: str) -> int:
    """The id of the seed article whose file name starts with ``prefix`` (e.g. "004")."""
    for summary in lib.articles():
        if summary.source_file and summary.source_file.startswith(prefix):
            return summary.id
    raise LookupError(prefix)


def show_window(window, qtbot, width: int, height: int, writing: bool = False):
    """Show a main window at a size, in writing mode or not, laid out and at rest."""
    from PySide6.QtWidgets import QApplication

    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.set_compose_mode(writing)
    QApplication.processEvents()
    # The start-up's last read (the browse index, after the first paint) is done.
    qtbot.waitUntil(lambda: window.loader.index is not None and not window.loader.busy)
    return window


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """The dossier command run in this process: exit code, stdout, stderr."""
    from dossier.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
