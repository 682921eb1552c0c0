"""The app on the desktop: its icon, its menu entry, and opening an exported file."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from dossier.export import ExportOptions
from dossier.ui.briefing_dialogs import BriefingDialogs

pytest_plugins = ["ui_fixtures"]


def test_app_and_window_carry_the_icon(make_window, ui_app):
    from dossier.ui.app import icon_path

    assert icon_path().is_file()
    icon = ui_app.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert image.width() == 32 and image.pixelColor(16, 16).alpha() == 255  # drawn, not empty
    window = make_window()
    assert window.windowIcon().cacheKey() == icon.cacheKey()


def _entry(folder: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(folder / "applications" / "dossier.desktop", encoding="utf-8")
    return parser


def test_desktop_entry_and_icon_are_installed_once(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = ROOT / "scripts" / "desktop_entry.sh"
    first = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, check=True)
    assert "desktop menus" in first.stderr
    entry = _entry(data)["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "dossier"
    assert entry["Exec"] == f'"{ROOT / "dossier.sh"}"'
    assert entry["Name[ar]"] and entry["Terminal"] == "false"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "dossier.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "dossier.svg").read_bytes()
    stamp = (data / "applications" / "dossier.desktop").stat().st_mtime_ns
    again = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, check=True)
    assert again.stderr == ""  # nothing changed, nothing written
    assert (data / "applications" / "dossier.desktop").stat().st_mtime_ns == stamp
    assert sorted(p.name for p in data.rglob("*") if p.is_file()) == ["dossier.desktop", "dossier.svg"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        checked = subprocess.run([validate, str(data / "applications" / "dossier.desktop")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


class _Answers(BriefingDialogs):
    """The export's questions answered; opening the file is the real desktop's."""

    def __init__(self, path: Path):
        self.path = path
        self.errors: list[tuple[str, str]] = []

    def export_options(self, parent, options):
        return ExportOptions()

    def save_file(self, parent, caption, suggested, name_filter):
        return str(self.path)

    def confirm(self, parent, title, text):
        return True  # "Open it now?"

    def error(self, parent, title, text):
        self.errors.append((title, text))


def _export(qtbot, window, answers) -> None:
    if not window.has_panel():
        pytest.skip("the briefing composer is not available")
    window.briefing.dialogs = answers
    window.menus.export_pdf.trigger()
    with qtbot.waitSignal(window.briefing.export_run.finished, timeout=60_000):
        pass


def test_open_pdf_with_no_viewer_says_so(qtbot, make_window, tmp_path):
    window = make_window(language="en")
    answers = _Answers(tmp_path / "brief.pdf")
    # The test platform has no desktop services: opening the file fails, as on a machine
    # with no PDF viewer.
    assert not QDesktopServices.openUrl(QUrl.fromLocalFile(str(tmp_path / "probe.pdf")))
    _export(qtbot, window, answers)
    assert (tmp_path / "brief.pdf").is_file()
    assert len(answers.errors) == 1
    title, text = answers.errors[0]
    assert title == "No program to open it"
    assert "no program to open PDF files" in text and str(tmp_path / "brief.pdf") in text


class _Viewer(QObject):
    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_open_pdf_with_a_viewer_opens_it(qtbot, make_window, tmp_path):
    window = make_window(language="en")
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        answers = _Answers(tmp_path / "brief.pdf")
        _export(qtbot, window, answers)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert viewer.opened == [str(tmp_path / "brief.pdf")] and answers.errors == []
