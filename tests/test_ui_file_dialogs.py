"""The window's file dialogs never open the library's files, so SQLite keeps its locks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit, QMessageBox

from dossier.storage.lock_watch import locks_held, our_locks
from dossier.ui import file_dialogs

pytest_plugins = ["ui_fixtures"]
linux_only = pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="reads the kernel's lock table")

UI = Path(__file__).resolve().parent.parent / "dossier" / "ui"


def _our_locks(path: Path) -> list[tuple[str, str, int, int]]:
    """This process's locks on ``path`` and its -wal/-shm, from its descriptors' fdinfo:
    one consistent read per descriptor (the global /proc/locks is read in pieces, and
    other programs' locking shifts entries between them; see lock_watch.py)."""
    found = []
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            found += [(name.name, *lock) for lock in our_locks(name) or ()]
    return sorted(found)


def _list_folder(qtbot, dialog: QFileDialog, folder: Path) -> None:
    """Show the dialog on ``folder`` and make it read everything a user would see."""
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000,
                          check_params_cb=lambda loaded: Path(loaded) == folder):
        dialog.setDirectory(str(folder))
        dialog.show()
    qtbot.waitExposed(dialog)
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) >= 3)  # the library, its log and index
    names = []
    for row in range(model.rowCount(root)):
        for column in range(model.columnCount(root)):
            index = model.index(row, column, root)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, Qt.ItemDataRole.DecorationRole)
        names.append(model.data(model.index(row, 0, root)))
    dialog.grab()
    assert "library.sqlite" in names  # the dialog did list the library's files


@linux_only
@pytest.mark.parametrize("kind", ["open", "folder", "save"])
def test_a_dialog_listing_the_library_folder_keeps_the_locks(qtbot, ui_app, library, kind):
    library.briefings.create("قبل الحوار")  # the log file exists and is in use
    before = _our_locks(library.path)
    assert before and locks_held(library.path)
    dialog = file_dialogs.file_dialog(None, "test", "", "All files (*)")
    if kind == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    elif kind == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    _list_folder(qtbot, dialog, library.path.parent)
    # Typing a path lists the folder again through the completer.
    edit = dialog.findChild(QLineEdit)
    QTest.keyClicks(edit, str(library.path.parent / "libr"))
    QApplication.processEvents()
    dialog.selectFile(str(library.path))
    QApplication.processEvents()
    assert _our_locks(library.path) == before
    dialog.reject()


def test_no_dialog_bypasses_the_safe_factory():
    # Qt's static helpers build dialogs whose icon provider reads files.
    offenders = [p.name for p in UI.glob("*.py") if p.name != "file_dialogs.py"
                 and "QFileDialog." in p.read_text(encoding="utf-8")]
    assert offenders == []


def _answer_next_modal(qtbot, answer) -> None:
    def act():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, act)
            return
        answer(widget)
    QTimer.singleShot(0, act)


def test_saving_over_a_file_asks_first(qtbot, ui_app, tmp_path):
    existing = tmp_path / "dossier.pdf"
    existing.write_bytes(b"%PDF old")
    asked = []

    def replace_yes(box):
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def choose_existing(dialog):
        assert isinstance(dialog, QFileDialog)
        assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
        dialog.selectFile(str(existing))
        _answer_next_modal(qtbot, replace_yes)
        dialog.accept()

    _answer_next_modal(qtbot, choose_existing)
    chosen = file_dialogs.save_file_name(None, "Export PDF", str(tmp_path / "new.pdf"), "PDF (*.pdf)")
    assert chosen == str(existing)
    assert asked and "dossier.pdf" in asked[0]
