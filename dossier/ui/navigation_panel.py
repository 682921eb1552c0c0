"""The navigation panes: countries, topics and sources, each with its article counts.

Ticks in one pane are alternatives (any of them); panes combine (all of them). Each
pane counts under the other panes' ticks, so a count says what ticking it would show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from ..storage.filters import ArticleFilter
from .facet_list_model import COUNTRIES, COUNT, NAME, SOURCES, TOPICS, FacetListModel


class NavigationPanel(QWidget):
    """Three facet panes; ``filterChanged(ArticleFilter)`` when any tick changes."""

    filterChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.models = {kind: FacetListModel(kind, self) for kind in (COUNTRIES, TOPICS, SOURCES)}
        self.views: dict[str, QTreeView] = {}
        self.captions: dict[str, QLabel] = {}
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
            view.setSelectionMode(QTreeView.SelectionMode.NoSelection)
            # Amiri's widest glyph (a whole-phrase ligature) would set a huge minimum.
            view.header().setMinimumSectionSize(24)
            view.header().setStretchLastSection(False)
            view.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            view.header().setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
            view.clicked.connect(lambda index, m=model: m.toggle(index.row()))
            model.chosenChanged.connect(self._chosen_changed)
            lay.addWidget(caption)
            lay.addWidget(view)
            self.views[kind], self.captions[kind] = view, caption
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self._quiet = False
        self.retranslate()

    def retranslate(self) -> None:
        self.captions[COUNTRIES].setText(self.tr("Countries"))
        self.captions[TOPICS].setText(self.tr("Topics"))
        self.captions[SOURCES].setText(self.tr("Sources"))

    def set_language(self, language: str) -> None:
        for model in self.models.values():
            model.set_language(language)

    def current_filter(self) -> ArticleFilter:
        return ArticleFilter(countries=self.models[COUNTRIES].chosen(),
                             topics=self.models[TOPICS].chosen(),
                             outlets=self.models[SOURCES].chosen())

    def apply_facets(self, facets: dict) -> None:
        """New counts (read for the current filter by the window's loader)."""
        for kind, values in facets.items():
            self.models[kind].set_facets(values)

    def choose(self, kind: str, keys) -> None:
        self.models[kind].set_chosen(keys)

    def unchoose(self, kind: str, key: str) -> None:
        model = self.models[kind]
        model.set_chosen(set(model.chosen()) - {key})

    def clear(self) -> None:
        self._quiet = True
        try:
            for model in self.models.values():
                model.clear_chosen()
        finally:
            self._quiet = False
        self._chosen_changed()

    def chips(self) -> list[tuple[str, str, str]]:
        """(kind, key, label) of every tick, for the filter bar."""
        return [(kind, key, model.label_of(key))
                for kind, model in self.models.items() for key in model.chosen()]

    def _chosen_changed(self) -> None:
        if self._quiet:
            return
        self.filterChanged.emit(self.current_filter())
