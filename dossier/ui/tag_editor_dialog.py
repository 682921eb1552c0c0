"""The countries and topics of one article, for the analyst to tick and untick.

Countries come first in the list with those the article has; a box finds a country by
its Arabic or English name or its code. Only what changed is returned.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QVBoxLayout)

from ..curation import COUNTRY, TOPIC
from ..text.folding import fold
from .tag_choice_model import TagChoiceModel


class _Finder(QSortFilterProxyModel):
    """Rows whose names or code contain the typed text (folded, so hamza forms match)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.needle:
            return True
        key, arabic, english = self.sourceModel().rows[row]
        return any(self.needle in fold(text) for text in (key, arabic, english))


class TagEditorDialog(QDialog):
    def __init__(self, countries: list, topics: list, article, english: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("tagEditorDialog")
        present = set(article.countries)
        rows = sorted(((c.code, c.name_ar, c.name_en) for c in countries),
                      key=lambda r: (r[0] not in present, fold(r[2] if english else r[1])))
        self.countries = TagChoiceModel(rows, present, english, self)
        self.topics = TagChoiceModel([(t.slug, t.name_ar, t.name_en) for t in topics],
                                     set(article.topics), english, self)
        self.finder = _Finder(self)
        self.finder.setSourceModel(self.countries)
        self.search = QLineEdit(self)
        self.search.setObjectName("countryFinder")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.finder.set_needle)
        self.country_view = QListView(self)
        self.country_view.setObjectName("countryChoices")
        self.country_view.setModel(self.finder)
        self.topic_view = QListView(self)
        self.topic_view.setObjectName("topicChoices")
        self.topic_view.setModel(self.topics)
        self.country_label, self.topic_label = QLabel(self), QLabel(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.country_label)
        left.addWidget(self.search)
        left.addWidget(self.country_view, 1)
        right.addWidget(self.topic_label)
        right.addWidget(self.topic_view, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(self.buttons)
        self.resize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Countries and topics of the article"))
        self.country_label.setText(self.tr("Countries (ticked: the article's)"))
        self.topic_label.setText(self.tr("Topics"))
        self.search.setPlaceholderText(self.tr("Find a country…"))

    def changes(self) -> list[tuple[str, str, bool]]:
        """(kind, key, present) for each country or topic ticked or unticked."""
        return ([(COUNTRY, key, present) for key, present in self.countries.changes()]
                + [(TOPIC, key, present) for key, present in self.topics.changes()])
