"""Fixtures for the window tests: the application set up as at launch, a real library file
and settings in a temporary folder, and dialogs the tests answer themselves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


class AnsweringDialogs:
    """Stands in for the file choosers: returns what the test put in it."""

    def __init__(self):
        self.files: list[str] = []
        self.folder: str | None = None

    def choose_import_files(self, parent) -> list[str]:
        return list(self.files)

    def choose_import_folder(self, parent) -> str | None:
        return self.folder


@pytest.fixture
def ui_app(qapp):
    from dossier.ui.app import application

    return application()


@pytest.fixture
def ui_settings(tmp_path):
    from dossier.ui.settings import Settings

    return Settings.at(str(tmp_path / "settings.ini"))


@pytest.fixture
def i18n(ui_app):
    from dossier.ui.i18n import I18n

    translations = I18n(ui_app)
    yield translations
    translations.set_language("en")


@pytest.fixture
def make_window(qtbot, library, ui_settings, i18n):
    """Builds windows over the same library and settings (a second one is a restart)."""
    from dossier.ui.main_window import MainWindow

    made = []

    def make(dialogs=None, language: str | None = None):
        i18n.set_language(language or ui_settings.language())
        window = MainWindow(library, ui_settings, i18n, dialogs=dialogs)
        made.append(window)
        return window

    yield make
    # Windows go before the library closes and before the language is reset under them.
    for window in made:
        window.close()
        window.loader.wait()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
