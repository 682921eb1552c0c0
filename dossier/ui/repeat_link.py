"""Under the reader's caption: which story an article repeats, or how often it is repeated,
with a link to open the original."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel


_TITLE_CHARS = 60


class RepeatLink(QLabel):
    """``openRequested(article_id)`` when the analyst follows the link."""

    openRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("repeatLink")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setWordWrap(True)
        self.linkActivated.connect(lambda link: self.openRequested.emit(int(link)))
        self.original: tuple[int, str, float] | None = None  # id, title, resemblance
        self.repeats = 0
        self.hide()

    def show_for(self, original: tuple[int, str, float] | None, repeats: int) -> None:
        self.original, self.repeats = original, repeats
        self.retranslate()

    def retranslate(self) -> None:
        if self.original is not None:
            article_id, title, resemblance = self.original
            text = self.tr("Repeats an earlier story (%1% alike): %2")
            shown = title if len(title) <= _TITLE_CHARS else title[:_TITLE_CHARS].rstrip() + "…"
            link = f'<a href="{article_id}">{_escape(shown)}</a>'
            self.setToolTip(title)
            self.setText(text.replace("%1", str(round(resemblance * 100))).replace("%2", link))
        elif self.repeats:
            self.setText(self.tr("This story is repeated by %1 other article(s)").replace("%1", str(self.repeats)))
        self.setVisible(self.original is not None or bool(self.repeats))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
