"""Screenshots of the briefing composer in writing mode, offscreen, on a real library.

    python scripts/composer_screenshots.py [--corpus PATH] [--out docs/screenshots]

A new library with the seeds and the sample briefing (plus 40 articles of the real-press
corpus when ``--corpus`` is given), the main window in writing mode with an excerpt of
the briefing selected and its article open, at 1366x768, 900x600 and 1920x1080, in
Arabic and in English: composer-LANG-WxH.png; and at 1366x768 the briefing's fields and
the library's excerpts (searched): composer-fields-LANG.png, composer-excerpts-LANG.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = [(1366, 768), (900, 600), (1920, 1080)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = tmp
        from PySide6.QtCore import QCoreApplication, QEventLoop
        from PySide6.QtWidgets import QApplication

        from dossier.library import Library
        from dossier.ui.app import application
        from dossier.ui.i18n import I18n
        from dossier.ui.main_window import MainWindow
        from dossier.ui.settings import Settings

        QApplication([])
        app = application()
        library = Library(Path(tmp) / "library.sqlite")
        if args.corpus is not None:
            from window_screenshots import add_corpus

            add_corpus(library, args.corpus, Path(tmp) / "corpus", count=40)
        args.out.mkdir(parents=True, exist_ok=True)
        i18n = I18n(app)
        for language in ("ar", "en"):
            i18n.set_language(language)
            for width, height in SIZES:
                window = MainWindow(library, Settings.at(str(Path(tmp) / f"{language}{width}.ini")), i18n)
                window.resize(width, height)
                window.show()
                window.set_compose_mode(True)
                panel = window.briefing
                model = panel.outline_model
                index = model.index(1, 0, model.index(0, 0))  # the second excerpt of the first section
                panel.outline.setCurrentIndex(index)
                panel.jump_to_current()
                for _ in range(5):
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                shots = [(f"composer-{language}-{width}x{height}.png", None)]
                if (width, height) == (1366, 768):
                    shots += [(f"composer-fields-{language}.png", 1), (f"composer-excerpts-{language}.png", 2)]
                for name, tab in shots:
                    if tab is not None:
                        panel.tabs.setCurrentIndex(tab)
                        if tab == 2:
                            panel.excerpt_list.search_box.setText("كازاخستان")
                            panel.excerpt_list.reload()
                            panel.excerpt_list.view.setCurrentIndex(panel.excerpt_list.model.index(0, 0))
                        for _ in range(3):
                            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                    path = args.out / name
                    window.grab().save(str(path))
                    print(path)
                window.close()
                window.deleteLater()
                QCoreApplication.processEvents()
        library.close()


if __name__ == "__main__":
    main()
