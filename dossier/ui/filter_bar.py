"""The filter in force, shown as removable chips above the article list, with Clear.

The chips wrap onto more lines when the list is narrow, so each keeps its whole name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from .facet_list_model import COUNTRIES, TOPICS
from .flow_layout import FlowLayout

_CHIP_STYLE = {
    COUNTRIES: "background:#dbeafe; color:#1e3a8a;",
    TOPICS: "background:#dcfce7; color:#14532d;",
}
_OTHER_STYLE = "background:#f3e8ff; color:#581c87;"


class FilterBar(QWidget):
    """``removeRequested(kind, key)`` from a chip, ``clearRequested()`` from the button."""

    removeRequested = Signal(str, str)
    clearRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.caption = QLabel(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.clicked.connect(self.clearRequested)
        self._chips: list[QToolButton] = []
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.clear_button)
        self._entries: list[tuple[str, str, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show all articles again"))
        self._update_caption()

    def _update_caption(self) -> None:
        self.caption.setText(self.tr("Filter:") if self._entries else self.tr("All articles"))

    def set_chips(self, entries: list[tuple[str, str, str]]) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.hide()  # at once: deletion waits for the event loop
            chip.deleteLater()
        self._chips = []
        self._entries = list(entries)
        for position, (kind, key, label) in enumerate(entries, start=1):
            chip = QToolButton(self)
            chip.setText(f"{label}  ✕")
            chip.setToolTip(self.tr("Remove this condition"))
            chip.setStyleSheet(f"QToolButton {{ {_CHIP_STYLE.get(kind, _OTHER_STYLE)} "
                               "border-radius: 9px; padding: 1px 8px; border: none; }")
            chip.setProperty("filterKind", kind)
            chip.setProperty("filterKey", key)
            chip.clicked.connect(self._chip_clicked)
            self._layout.insertWidget(position, chip)
            self._chips.append(chip)
        self.clear_button.setEnabled(bool(entries))
        self._update_caption()

    def _chip_clicked(self) -> None:
        chip = self.sender()
        self.removeRequested.emit(chip.property("filterKind"), chip.property("filterKey"))

    def chip_texts(self) -> list[str]:
        return [label for _kind, _key, label in self._entries]
