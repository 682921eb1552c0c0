"""Drives the real window over a library and prints, as JSON, how long the analyst waits.

    python bench/window_probe.py STARTED LIBRARY SETTINGS [startup|session|full]

Run by bench/startup.py in a fresh process (STARTED is the launch time). ``startup``
stops once the window is usable; ``session`` then leaves the list further down with an
article open, so the next launch with the same SETTINGS restores them; ``full`` then clicks countries in the pane with real
mouse events (tick and untick, timed until the list and every pane's counts are shown
and painted), scrolls the article list with wheel events and pages through it with Page
Down (each step timed with the paint it causes), and searches (timed from the end of the debounce to the hits painted).
"""

from __future__ import annotations

import json
import resource
import sys
import time

STARTED = float(sys.argv[1])

from PySide6.QtCore import QEventLoop, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from dossier.ui.app import run_app  # noqa: E402
from dossier.ui.settings import Settings  # noqa: E402

IMPORTED = time.time()
QUERIES = ["الحكومة", "ترامب", '"الأمم المتحدة"', "النفط OR الغاز", "اقتصاد*"]
COUNTRY_ROWS = (0, 1, 2, 8)  # the biggest countries (the slowest) and a smaller one
WHEEL_STEPS = 300
PAGE_STEPS = 40
SESSION_ROW = 120  # where a "session" run leaves the list, with that article open


def wait_until(condition, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    # A timer wakes the wait now and then, so a condition met without an event is seen.
    tick = QTimer()
    tick.start(20)
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tick.stop()


def settled(window) -> bool:
    return (not window.loader.busy
            and window.browser.articles.filter == window.navigation.current_filter())


def paint(*widgets) -> None:
    for widget in widgets:
        widget.repaint()


def click_countries(window) -> list[float]:
    nav = window.navigation
    view = nav.views["countries"]
    model = nav.models["countries"]
    times = []
    for row in COUNTRY_ROWS:
        if row >= model.rowCount():
            continue
        key = model.facet(row).key
        for _tick_or_untick in range(2):
            rect = view.visualRect(model.index(model.row_of(key), 0))
            started = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            wait_until(lambda: settled(window))
            paint(window.browser.article_view.viewport(),
                  *(v.viewport() for v in nav.views.values()))
            times.append(time.perf_counter() - started)
    return times


def scroll_list(window) -> list[float]:
    view = window.browser.article_view
    viewport = view.viewport()
    centre = QPointF(viewport.rect().center())
    steps = []
    for _ in range(WHEEL_STEPS):
        event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        started = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()  # the scroll and the paint of the rows it uncovers
        steps.append(time.perf_counter() - started)
    return steps


def page_list(window) -> list[float]:
    """Page Down through the list: every step paints a whole page of new rows."""
    view = window.browser.article_view
    view.setFocus()
    steps = []
    for _ in range(PAGE_STEPS):
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        QApplication.processEvents()
        steps.append(time.perf_counter() - started)
    return steps


def search(window) -> list[float]:
    browser = window.browser
    times = []
    for query in QUERIES:
        browser.search_box.setText(query)
        browser.debounce.stop()
        started = time.perf_counter()
        browser.run_search()
        wait_until(lambda: not browser.searching)
        paint(browser.result_view.viewport())
        times.append(time.perf_counter() - started)
    browser.search_box.clear()
    return times


def ready(window, mode: str) -> None:
    handle = window.windowHandle()
    if handle is None or not handle.isExposed() or window.browser.articles.rowCount() == 0:
        QTimer.singleShot(5, lambda: ready(window, mode))
        return
    QApplication.processEvents()
    figures = {"startup_s": time.time() - STARTED, "imports_s": IMPORTED - STARTED,
               "cpu_s": time.process_time(),
               "total": window.browser.articles.total()}
    if mode == "session":
        # A session to come back to: the list further down, an article open in the reader.
        articles, view = window.browser.articles, window.browser.article_view
        articles.fetch_to(SESSION_ROW)
        row = min(SESSION_ROW, articles.rowCount() - 1)
        view.scrollTo(articles.index(row, 0), view.ScrollHint.PositionAtTop)
        window.open_article(articles.summary(row).id)
        QApplication.processEvents()
    if mode == "full":
        wait_until(lambda: settled(window))
        figures["click_s"] = click_countries(window)
        figures["scroll_step_s"] = scroll_list(window)
        figures["page_step_s"] = page_list(window)
        figures["rows_after_scroll"] = window.browser.articles.rowCount()
        figures["search_s"] = search(window)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures), flush=True)
    window.close()


if __name__ == "__main__":
    mode = sys.argv[4] if len(sys.argv) > 4 else "startup"
    sys.exit(run_app(sys.argv[2], ready=lambda window: ready(window, mode),
                     settings=Settings.at(sys.argv[3])))
