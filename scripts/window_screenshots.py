"""Screenshots of the main window, offscreen, on a library of real articles.

    python scripts/window_screenshots.py [--corpus PATH] [--out docs/screenshots]

A new library with the seeds and the sample briefing, plus 300 articles of the real-press
corpus with their outlets and dates when ``--corpus`` is given (ANT Corpus v2.1). The
window browses with a country ticked and a date range, an article with an excerpt open in
the reader; at 1366x768, 900x600 and 1920x1080, in Arabic and in English:
window-LANG-WxH.png; and at 1366x768 the reader's find bar on a word:
window-find-LANG.png.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = [(1366, 768), (900, 600), (1920, 1080)]


def add_corpus(library, corpus: Path, folder: Path, count: int = 300) -> None:
    """Corpus articles as files, with their outlets and dates in a manifest, imported."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import iter_documents

    from dossier.ingest.importer import import_paths
    from dossier.ingest.parse import load_manifest

    folder.mkdir()
    manifest = {}
    for n, doc in enumerate(iter_documents(corpus, limit=count)):
        name = f"{doc.docno}.txt"
        (folder / name).write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
        manifest[name] = {"outlet": doc.outlet, "date": doc.published, "url": doc.url or None}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    import_paths(library.db, [folder], manifest=load_manifest(folder), lexicons=library._lexicons)


def settle(window) -> None:
    """Let the workers answer and the window show it."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        window.loader.wait()
        window.browser.wait_for_search()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)


def stage(window, library) -> None:
    """A country ticked, a date range, the sample briefing's first article open."""
    nav = window.navigation
    countries = nav.models["countries"]
    settle(window)
    if countries.rowCount():
        nav.choose("countries", {countries.facet(0).key})
    nav.dates.set_range("2018-01-01", None)
    settle(window)
    briefing = library.briefings.get(library.briefings.list()[0].id)
    item = next(i for s in briefing.sections for i in s.items if i.excerpt is not None)
    window.open_article(item.excerpt.article_id)
    window.reader.scroll_to_offset(max(0, item.excerpt.start - 200))
    settle(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = tmp
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
            add_corpus(library, args.corpus, Path(tmp) / "corpus")
        args.out.mkdir(parents=True, exist_ok=True)
        i18n = I18n(app)
        for language in ("ar", "en"):
            i18n.set_language(language)
            for width, height in SIZES:
                settings = Settings.at(str(Path(tmp) / f"{language}{width}.ini"))
                window = MainWindow(library, settings, i18n)
                window.resize(width, height)
                window.show()
                stage(window, library)
                window.grab().save(str(args.out / f"window-{language}-{width}x{height}.png"))
                if (width, height) == SIZES[0]:
                    window.reader.setFocus()
                    window.find_bar.open_bar()
                    window.find_bar.text.setText("آسيا")
                    settle(window)
                    window.grab().save(str(args.out / f"window-find-{language}.png"))
                window.close()
                window.deleteLater()
                QApplication.processEvents()
        library.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
