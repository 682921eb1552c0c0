"""Writing mode: the composer takes most of the window beside the reader, while the
panes and the article list step aside; leaving it puts every column back as it was.

In a narrow window (under ``NARROW_WIDTH``) four columns do not fit: the usual layout
keeps the panes, the list and the reader, and the composer waits behind a toggle in the
reader's header that opens writing mode, so it is one click away and never squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

COMPOSER_SHARE = 0.62  # of the width the reader and the composer share
COMPOSER_LEAST = 600  # in a narrow window, room for the binder and the editor side by side
READER_LEAST = 280
# Under this window width the composer column would be squeezed under what its binder,
# tabs and placeholder need beside three other columns (measured: clipped at 900 px).
NARROW_WIDTH = 1100


class ComposeMode(QObject):
    toggled = Signal(bool)  # the analyst asked for writing mode on or off

    def __init__(self, splitter: QSplitter, aside: list[QWidget], reader: QWidget,
                 composer: QWidget, parent=None):
        super().__init__(parent)
        self.splitter = splitter
        self.aside = aside
        self.reader = reader
        self.composer = composer
        self.active = False
        self.narrow = False
        self._normal: QByteArray | None = None
        self.toggle = QToolButton()
        self.toggle.setObjectName("composerToggle")
        self.toggle.setCheckable(True)
        self.toggle.setVisible(False)
        self.toggle.clicked.connect(self.toggled)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Briefing"))
        self.toggle.setToolTip(self.tr("Show the briefing composer beside the reader, or hide it (Ctrl+Shift+B)"))

    def fit(self, width: int) -> None:
        """Follow the window's width: fold the composer away from the usual layout when
        it is narrow, put it back when there is room."""
        self.narrow = width < NARROW_WIDTH
        self.toggle.setVisible(self.narrow or self.active)
        self._place_composer()

    def _place_composer(self) -> None:
        shown = self.active or not self.narrow
        if self.composer.isHidden() == shown:
            self.composer.setVisible(shown)

    def set_active(self, active: bool) -> None:
        self.toggle.setChecked(active)
        if active == self.active:
            return
        self.active = active
        self.toggle.setVisible(self.narrow or active)
        if active:
            self._normal = self.splitter.saveState()
            for widget in self.aside:
                widget.hide()
            self._place_composer()
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
            self._place_composer()

    def normal_state(self) -> QByteArray:
        """The columns as they are outside writing mode (what a restart should restore)."""
        return self._normal if self.active and self._normal is not None else self.splitter.saveState()
