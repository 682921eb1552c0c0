"""Broken plurals of news words (سفراء is the plural of سفير) from a plain data file.

The table (``resources/text/broken_plurals.txt``) lists a singular and its plurals per
line. Both sides are folded and stripped of the article the way stems are, so the
plural with the article (السفراء, للسفراء) maps to the same singular.
"""

from __future__ import annotations

from functools import lru_cache
from dossier.paths import resources_dir
from dossier.text.clitics import without_article
from dossier.text.folding import fold


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Folded plural -> folded singular."""
    text = (resources_dir() / "text" / "broken_plurals.txt").read_text("utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        words = [without_article(fold(word)) for word in line.split("#", 1)[0].split()]
        for plural in words[1:]:
            if plural != words[0]:
                found.setdefault(plural, words[0])
    return found


def singular(word: str) -> str | None:
    """The singular of a folded broken plural without the article, or None."""
    return table().get(word)
