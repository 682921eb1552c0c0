"""About Dossier: what it is, its version, and the bundled fonts' licences in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from .. import __version__, paths


LICENCE_FILES = ("OFL.txt", "OFL-NotoSerif.txt")  # Amiri's, then Noto Serif's


def licence_text() -> str:
    texts = []
    for name in LICENCE_FILES:
        try:
            texts.append(paths.font_path(name).read_text(encoding="utf-8"))
        except OSError:
            continue
    return "\n\n".join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setModal(False)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.blurb = QLabel(self)
        self.blurb.setWordWrap(True)
        self.font_note = QLabel(self)
        self.font_note.setWordWrap(True)
        self.licence = QPlainTextEdit(self)
        self.licence.setObjectName("licenceText")
        self.licence.setReadOnly(True)
        # The licence is English text whatever the interface language.
        self.licence.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.licence.setPlainText(licence_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.blurb, self.font_note):
            layout.addWidget(widget)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Dossier"))
        self.heading.setText(self.tr("Dossier %1").replace("%1", __version__))
        self.blurb.setText(self.tr("Browse Arabic press about Central Asia by country, topic and "
                                   "source; excerpt it; export right-to-left PDF briefings."))
        self.font_note.setText(self.tr("The interface and the exported briefings use the Amiri "
                                       "typeface, and the exported briefings Noto Serif for the "
                                       "letters Amiri lacks (such as Cyrillic), both distributed "
                                       "under the SIL Open Font License 1.1:"))
