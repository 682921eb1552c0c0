"""The interface language: our translation catalogue, Qt's own, and the layout direction.

Qt's own catalogue (qtbase_ar.qm, shipped with PySide6) names the standard buttons,
the file dialog's columns and tools, and the edit menus of text fields. A few labels
this Qt shows are worded differently from what that catalogue holds ("&Look in:");
``qtbase_gaps_ar`` beside ours gives them. Sizes and dates in the file dialog follow
the system's regional format, as Qt means them to.

Arabic is the default and reads right to left; English reads left to right. Switching
installs the other catalogue, which makes Qt send every widget a LanguageChange event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths

CATALOGUE = "dossier"
QT_GAPS = "qtbase_gaps"


def catalogue_dir():
    return paths.resources_dir() / "i18n"


def qt_catalogue_dir() -> str:
    """Where Qt's own catalogues are (shipped with PySide6)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


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
            if qt_own.load(f"qtbase_{language}", qt_catalogue_dir()):
                self._installed.append(qt_own)
            # What Qt's catalogue lacks in the wording this Qt shows (file dialog labels).
            gaps = QTranslator(self.app)
            if gaps.load(f"{QT_GAPS}_{language}", str(catalogue_dir())):
                self._installed.append(gaps)
            if loaded:
                self._installed.append(ours)
            for translator in self._installed:
                self.app.installTranslator(translator)
        self.language = language
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(self.direction_for(language))
        return loaded
