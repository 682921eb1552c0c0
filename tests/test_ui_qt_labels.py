"""Qt's own labels speak the interface's language: the standard buttons of message boxes
and dialogs, the file dialog's labels, columns and buttons, and the edit menu of a text
field are Arabic in the Arabic interface, English in the English one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel, QLineEdit,
                               QMessageBox, QPushButton)

from dossier.ui import file_dialogs

pytest_plugins = ["ui_fixtures"]

LATIN = re.compile(r"[A-Za-z]")


def _visible_texts(dialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
            if w.text()]


def test_standard_buttons_are_arabic_in_the_arabic_interface(qtbot, i18n):
    i18n.set_language("ar")
    box = QMessageBox(QMessageBox.Icon.Question, "؟", "أأستبدل الملف؟")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "ألغِ"
    assert [b.text() for b in box.buttons() if LATIN.search(b.text())] == []
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "حسنًا"

    i18n.set_language("en")
    english = QMessageBox()
    english.setStandardButtons(QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_the_file_dialog_and_text_menus_are_arabic(qtbot, i18n, tmp_path):
    (tmp_path / "dossier.pdf").write_bytes(b"%PDF")
    i18n.set_language("ar")
    dialog = file_dialogs.file_dialog(None, "تصدير", str(tmp_path), "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = _visible_texts(dialog)
    assert "ا&عثر في:" in labels and "الملفّات من ال&نّوع:" in labels
    assert [text for text in labels if LATIN.search(text)] == []  # buttons and labels alike
    model = dialog.findChild(QFileSystemModel)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "الاسم" and not any(LATIN.search(h) for h in headers)

    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "ا&نسخ" in actions and not any(LATIN.search(a) for a in actions)

    i18n.set_language("en")  # the same dialog follows the switch
    qtbot.waitUntil(lambda: "&Look in:" in _visible_texts(dialog))
