"""Writing mode: the composer takes most of the window beside the reader, while the
panes and the article list step aside; leaving it puts every column back as it was."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QSplitter, QWidget

COMPOSER_SHARE = 0.62  # of the width the reader and the composer share
COMPOSER_LEAST = 600  # in a narrow window, room for the binder and the editor side by side
READER_LEAST = 280


class ComposeMode(QObject):
    def __init__(self, splitter: QSplitter, aside: list[QWidget], reader: QWidget,
                 composer: QWidget, parent=None):
        super().__init__(parent)
        self.splitter = splitter
        self.aside = aside
        self.reader = reader
        self.composer = composer
        self.active = False
        self._normal: QByteArray | None = None

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        if active:
            self._normal = self.splitter.saveState()
            for widget in self.aside:
                widget.hide()
            width = sum(self.splitter.sizes())
            composer = max(int(width * COMPOSER_SHARE), min(COMPOSER_LEAST, width - READER_LEAST))
            sizes = [0] * self.splitter.count()
            sizes[self.splitter.indexOf(self.reader)] = width - composer
            sizes[self.splitter.indexOf(self.composer)] = composer
            self.splitter.setSizes(sizes)
        else:
            for widget in self.aside:
                widget.show()
            if self._normal is not None:
                self.splitter.restoreState(self._normal)

    def normal_state(self) -> QByteArray:
        """The columns as they are outside writing mode (what a restart should restore)."""
        return self._normal if self.active and self._normal is not None else self.splitter.saveState()
