"""The window under faults: errors nobody caught reach a dialog, a busy library refuses
an edit within a bounded wait, lost locks are noticed, a bad library is named."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from conftest import ROOT
from dossier.storage.database import LibraryBusy
from dossier.storage.lock_watch import locks_held

pytest_plugins = ["ui_fixtures"]


class Shown:
    def __init__(self):
        self.dialogs: list[tuple[str, str, bool]] = []

    def __call__(self, title, text, is_bug):
        self.dialogs.append((title, text, is_bug))


@pytest.fixture
def reporter(ui_app):
    from dossier.ui.error_reporter import ErrorReporter

    shown = Shown()
    reporter = ErrorReporter(show=shown)
    reporter.install()
    yield shown
    reporter.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_and_logged(qtbot, reporter):
    from dossier import logs

    logs.setup_logging()

    def broken():
        raise ZeroDivisionError("a bug in a slot")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    title, text, is_bug = reporter.dialogs[0]
    assert is_bug and "ZeroDivisionError" in text and str(logs.log_path()) in text
    assert "Traceback" in logs.log_path().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_on_another_thread_reaches_the_dialog(qtbot, reporter):
    def broken():
        raise RuntimeError("from a thread")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    assert "from a thread" in reporter.dialogs[0][1]


@pytest.mark.qt_no_exception_capture
def test_a_library_fault_is_a_warning_with_its_line(qtbot, reporter):
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(LibraryBusy("the library is busy")))
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    title, text, is_bug = reporter.dialogs[0]
    assert "busy" in text and "Nothing was changed" in text and is_bug is False


def test_an_edit_on_a_busy_library_fails_within_a_bounded_wait(qtbot, make_window, library):
    window = make_window()
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")
    other = sqlite3.connect(library.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('held', '1')")
    try:
        briefing_id = window.briefing.current_briefing_id()
        sections = len(library.briefings.get(briefing_id).sections)
        steps = window.briefing.undo_stack.count()
        started = time.monotonic()
        window.briefing.outline_edits.add_section()
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert waited < 5
    assert len(library.briefings.get(briefing_id).sections) == sections
    assert window.briefing.undo_stack.count() == steps


@pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="reads the kernel's lock table")
def test_the_window_notices_lost_locks_when_it_is_activated(qtbot, make_window, library):
    window = make_window()
    fd = os.open(library.path, os.O_RDONLY)  # what a type-sniffing dialog did
    os.close(fd)
    assert locks_held(library.path) is False
    with qtbot.waitSignal(window.loader.loaded, timeout=10_000):  # everything read again
        window.refresh_if_changed()
    assert locks_held(library.path) is True


def test_a_library_that_cannot_be_opened_is_named_in_a_dialog(ui_app, ui_settings, tmp_path, capsys):
    from dossier.ui.app import run_app

    ui_settings.set_language("en")  # leaves the application's language as the other tests expect

    other = tmp_path / "contacts.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    shown = []
    code = run_app(other, settings=ui_settings, show_error=lambda title, text: shown.append(text))
    assert code == 1 and "not a Dossier library" in shown[0]
    assert "not a Dossier library" in capsys.readouterr().err


def test_two_imports_and_the_window_at_once(qtbot, make_window, library, tmp_path):
    import shutil
    import subprocess
    import sys

    from crash_harness import command, write_articles

    window = make_window()
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")
    every = tmp_path / "every"
    write_articles(every, 700)
    names = sorted(p.name for p in every.iterdir())
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder, chosen in zip(folders, (names[:450], names[250:])):
        folder.mkdir()
        for name in chosen:
            shutil.copy(every / name, folder / name)
    before = library.article_count()
    briefing_id = window.briefing.current_briefing_id()
    sections = len(library.briefings.get(briefing_id).sections)
    steps = window.briefing.undo_stack.count()
    imports = [subprocess.Popen(command(library.path, "import", str(folder)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                cwd=ROOT) for folder in folders]
    editing = QTimer()
    editing.timeout.connect(window.briefing.outline_edits.add_section)
    editing.start(150)
    try:
        qtbot.waitUntil(lambda: all(p.poll() is not None for p in imports), timeout=300_000)
    finally:
        editing.stop()
    errors = [p.stderr.read() for p in imports]
    for p in imports:
        p.stderr.close()
    assert [p.returncode for p in imports] == [0, 0], errors
    assert not any("Traceback" in e for e in errors)
    assert library.article_count() == before + 700
    added = window.briefing.undo_stack.count() - steps
    assert added > 0
    assert len(library.briefings.get(briefing_id).sections) == sections + added
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
