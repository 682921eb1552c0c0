"""Helpers for the window tests: showing the window, waiting for its workers, typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def show_active(qtbot, window) -> None:
    """Show the window and make it the active one, as an analyst's would be."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def settled(qtbot, window) -> None:
    """Counts and list are read on a worker; wait for the latest answer to be shown."""
    qtbot.waitUntil(lambda: not window.loader.busy
                    and window.browser.articles.filter == window.navigation.current_filter())


def type_text(widget, text: str) -> None:
    """Real key presses carrying any letters (QTest's own cannot carry Arabic)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))
