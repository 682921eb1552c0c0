"""Starting the desktop app: the application object, the bundled fonts, the language, the window.

The window does not depend on the system's fonts: the bundled Amiri covers Arabic and
Latin, so text joins and reads the same on every machine.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths
from .settings import APPLICATION, ORGANISATION, Settings

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
FONT_FAMILY = "Amiri"
FONT_POINTS = 11
DESKTOP_ENTRY = "dossier"  # dossier.desktop


def register_fonts() -> str | None:
    """Register the bundled fonts; the family to use, or None if none could be loaded."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path(name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


def icon_path() -> Path:
    return paths.resources_dir() / "icons" / "dossier.svg"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, set up with our names and font (created if needed)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    # The icon on every window, and the desktop entry it belongs to (scripts/desktop_entry.sh).
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setDesktopFileName(DESKTOP_ENTRY)
    family = register_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINTS))
    return app


# How long an edit in the window waits for another program's write before it is
# refused with "library is busy": the window cannot answer while it waits.
WINDOW_BUSY_TIMEOUT_MS = 3_000


def run_app(db_path: str | Path | None = None, ready: Callable[[object], None] | None = None,
            settings: Settings | None = None, show_error: Callable[[str, str], None] | None = None) -> int:
    """Open the library and show the window; ``ready(window)`` runs once it is on screen.

    A library that cannot be opened is named in a dialog (``show_error(title, text)``)
    and on stderr; unexpected errors later are shown by the ErrorReporter.
    """
    from ..library import open_library
    from ..logs import setup_logging
    from ..storage.database import LibraryError
    from ..terminal_text import safe_text
    from .error_reporter import ErrorReporter
    from .i18n import I18n
    from .main_window import MainWindow

    setup_logging()
    app = application()
    settings = settings or Settings()
    i18n = I18n(app)
    i18n.set_language(settings.language())
    try:
        library = open_library(db_path, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    except LibraryError as exc:
        print(f"dossier: {safe_text(exc)}", file=sys.stderr)
        title = app.translate("App", "Dossier cannot open its library")
        (show_error or (lambda t, m: QMessageBox.critical(None, t, m)))(title, safe_text(exc))
        return 1
    reporter = ErrorReporter(app)
    reporter.install()
    window = MainWindow(library, settings, i18n)
    window.show()
    if ready is not None:
        QTimer.singleShot(0, lambda: ready(window))
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        library.close()
