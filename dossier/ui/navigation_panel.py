"""The navigation panes: countries, topics and sources, each with its article counts, and
the range of publication dates.

Ticks in one pane are alternatives (any of them); panes combine (all of them). Each
pane counts under the other panes' ticks, so a count says what ticking it would show.
The panes work from the keyboard: arrows move, Space or Enter ticks the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from ..storage.filters import ArticleFilter
from .date_range_view import DateRangeView
from .facet_list_model import COUNTRIES, COUNT, NAME, SOURCES, TOPICS, FacetListModel

DATES = "dates"  # the kind of the date-range chips
DATE_FROM, DATE_TO = "from", "to"
_TICK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)


def _isolated(date: str) -> str:
    """A date kept left to right beside Arabic words (else bidi reads 2018-01-01 as
    01-01-2018: its numbers turn Arabic, and the hyphens between them do not join them)."""
    return f"\u2066{date}\u2069"


class _TickByKey(QObject):
    """Space or Enter on a pane ticks its current row."""

    def eventFilter(self, view, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in _TICK_KEYS
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            index = view.currentIndex()
            if index.isValid():
                view.model().toggle(index.row())
            return True
        return False


class NavigationPanel(QWidget):
    """Three facet panes; ``filterChanged(ArticleFilter)`` when any tick changes."""

    filterChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.models = {kind: FacetListModel(kind, self) for kind in (COUNTRIES, TOPICS, SOURCES)}
        self.views: dict[str, QTreeView] = {}
        self.captions: dict[str, QLabel] = {}
        self._keys = _TickByKey(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("navigationSplitter")
        self.splitter.setChildrenCollapsible(False)
        for kind, model in self.models.items():
            box = QWidget(self.splitter)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 4, 0, 0)
            lay.setSpacing(2)
            caption = QLabel(box)
            caption.setObjectName(f"{kind}Caption")
            caption.setStyleSheet("font-weight: bold; padding: 2px 4px;")
            view = QTreeView(box)
            view.setObjectName(f"{kind}View")
            view.setModel(model)
            view.setRootIsDecorated(False)
            view.setUniformRowHeights(True)
            view.setHeaderHidden(True)
            view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
            view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            view.installEventFilter(self._keys)
            # Amiri's widest glyph (a whole-phrase ligature) would set a huge minimum.
            view.header().setMinimumSectionSize(24)
            view.header().setStretchLastSection(False)
            view.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            # A fixed width for the counts: fitting them to their contents would read
            # every row each time the counts change.
            view.header().setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
            view.clicked.connect(lambda index, m=model: m.toggle(index.row()))
            model.chosenChanged.connect(self._chosen_changed)
            lay.addWidget(caption)
            lay.addWidget(view)
            self.views[kind], self.captions[kind] = view, caption
        self.dates = DateRangeView(self)
        self.dates.rangeChanged.connect(self._chosen_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.dates)
        self._quiet = False
        self.fit_columns()
        self.retranslate()

    def fit_columns(self) -> None:
        """Room for six-digit counts in the views' current font."""
        for view in self.views.values():
            view.header().resizeSection(COUNT, view.fontMetrics().horizontalAdvance("000000") + 12)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.captions[COUNTRIES].setText(self.tr("Countries"))
        self.captions[TOPICS].setText(self.tr("Topics"))
        self.captions[SOURCES].setText(self.tr("Sources"))
        self.dates.retranslate()

    def set_names(self, countries, topics) -> None:
        """The catalogue's names, so a remembered tick reads right before its count comes."""
        self.models[COUNTRIES].set_names({c.code: (c.name_ar, c.name_en) for c in countries})
        self.models[TOPICS].set_names({t.slug: (t.name_ar, t.name_en) for t in topics})

    def set_language(self, language: str) -> None:
        for model in self.models.values():
            model.set_language(language)

    def current_filter(self) -> ArticleFilter:
        date_from, date_to = self.dates.date_range()
        return ArticleFilter(countries=self.models[COUNTRIES].chosen(),
                             topics=self.models[TOPICS].chosen(),
                             outlets=self.models[SOURCES].chosen(),
                             date_from=date_from, date_to=date_to,
                             hide_repeats=getattr(self, "hide_repeats", False))

    def set_hide_repeats(self, hide: bool) -> None:
        """Leave out the stories that repeat another (see ui/article_curation.py)."""
        self.hide_repeats = bool(hide)
        self.filterChanged.emit(self.current_filter())

    def set_filter(self, flt: ArticleFilter) -> None:
        """Tick what ``flt`` names (a remembered filter), with one ``filterChanged``."""
        self._quiet = True
        try:
            for kind, keys in ((COUNTRIES, flt.countries), (TOPICS, flt.topics), (SOURCES, flt.outlets)):
                self.models[kind].set_chosen(keys)
            self.dates.set_range(flt.date_from, flt.date_to)
        finally:
            self._quiet = False
        self._chosen_changed()

    def apply_facets(self, facets: dict) -> None:
        """New counts (read for the current filter by the window's loader)."""
        for kind, values in facets.items():
            view, model = self.views[kind], self.models[kind]
            current = view.currentIndex()
            key = model.facet(current.row()).key if current.isValid() else None
            scroll = view.verticalScrollBar().value()
            model.set_facets(values)
            # New counts reorder the rows: the keyboard's place stays on its value.
            row = model.row_of(key) if key is not None else -1
            view.verticalScrollBar().setValue(scroll)
            if row >= 0:
                view.setCurrentIndex(model.index(row, NAME))

    def choose(self, kind: str, keys) -> None:
        self.models[kind].set_chosen(keys)

    def unchoose(self, kind: str, key: str) -> None:
        if kind == DATES:
            date_from, date_to = self.dates.date_range()
            self.dates.set_range(None if key == DATE_FROM else date_from,
                                 None if key == DATE_TO else date_to)
            return
        model = self.models[kind]
        model.set_chosen(set(model.chosen()) - {key})

    def clear(self) -> None:
        self._quiet = True
        try:
            for model in self.models.values():
                model.clear_chosen()
            self.dates.clear()
        finally:
            self._quiet = False
        self._chosen_changed()

    def chips(self) -> list[tuple[str, str, str]]:
        """(kind, key, label) of every tick, for the filter bar."""
        chips = [(kind, key, model.label_of(key))
                 for kind, model in self.models.items() for key in model.chosen()]
        date_from, date_to = self.dates.date_range()
        if date_from:
            chips.append((DATES, DATE_FROM, self.tr("from %1").replace("%1", _isolated(date_from))))
        if date_to:
            chips.append((DATES, DATE_TO, self.tr("to %1").replace("%1", _isolated(date_to))))
        return chips

    def _chosen_changed(self) -> None:
        if self._quiet:
            return
        self.filterChanged.emit(self.current_filter())
