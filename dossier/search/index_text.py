"""What the full-text index stores for a text, and how a word is matched against it.

The index holds folded words, each followed by its bare forms after proclitics
(وكازاخستان is stored as وكازاخستان كازاخستان), so a query for the bare word finds
every attached form while a query for the attached form stays exact.
"""

from __future__ import annotations

from dossier.text.clitics import clitic_stems
from dossier.text.folding import fold_source_word, map_words, source_words


_EXPANDED: dict[str, str] = {}


def _expand(raw: str) -> str:
    return " ".join(stem for word in fold_source_word(raw) for stem in clitic_stems(word))


def index_text(text: str) -> str:
    """The folded, clitic-expanded words of ``text``, space separated."""
    return map_words(source_words(text), _EXPANDED, _expand)
