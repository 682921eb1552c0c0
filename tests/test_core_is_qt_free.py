"""The core never loads Qt: it can run in the CLI, in tests and in workers alike."""

import subprocess
import sys


def test_core_and_export_do_not_import_qt():
    code = (
        "import sys, dossier.library, dossier.cli, dossier.export, dossier.briefing.briefing_file, dossier.text.folding, dossier.search.engine, dossier.ingest.importer, dossier.tagging.tagger;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
