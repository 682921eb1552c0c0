"""The interface language: our translation catalogue, Qt's own, and the layout direction.

Arabic is the default and reads right to left; English reads left to right. Switching
installs the other catalogue, which makes Qt send every widget a LanguageChange event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths

CATALOGUE = "dossier"


def catalogue_dir():
    return paths.resources_dir() / "i18n"


class I18n:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication | None = None):
        self.app = app or QCoreApplication.instance()
        self.language = "en"
        self._installed: list[QTranslator] = []

    @staticmethod
    def direction_for(language: str) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight

    def set_language(self, language: str) -> bool:
        """Install ``language`` (``ar`` or ``en``); False if our catalogue could not load."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        loaded = True
        if language == "en":
            # English has no translations, only the plural forms of counted strings
            # ("%n excerpt(s)" as "1 excerpt", "6 excerpts").
            plurals = QTranslator(self.app)
            if plurals.load(f"{CATALOGUE}_en", str(catalogue_dir())):
                self._installed.append(plurals)
                self.app.installTranslator(plurals)
        else:
            ours = QTranslator(self.app)
            loaded = ours.load(f"{CATALOGUE}_{language}", str(catalogue_dir()))
            qt_own = QTranslator(self.app)
            # Qt's catalogue translates the standard dialogs and the undo actions' texts.
            if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_own)
            if loaded:
                self._installed.append(ours)
            for translator in self._installed:
                self.app.installTranslator(translator)
        self.language = language
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(self.direction_for(language))
        return loaded
