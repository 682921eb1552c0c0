"""Proclitic chains: the conjunction, preposition and article an Arabic word may carry.

A word may start with (و|ف)? (ب|ك|ل)? (ال)?, with ل + ال written لل. Searching,
indexing, tagging and highlighting all strip the same chains with the same minimum stem,
so a word the tagger reads as "ل + مصر" is the word search finds for مصر. Words here are
folded (see ``dossier.text.folding``).
"""

from __future__ import annotations

from functools import lru_cache

# The shortest stem a chain may leave: two letters, so بخط (ب + خط) and والسد are read
# as the words they carry, while a lone letter (الى = ال + ى) never is.
MIN_STEM = 2
ARTICLE = "\u0627\u0644"

_CONJUNCTIONS = ("", "\u0648", "\u0641")
_PREPOSITIONS = ("", "\u0628", "\u0643", "\u0644")


def _chains() -> tuple[tuple[str, bool], ...]:
    """Every non-empty chain as written, with whether it holds the article; longest first."""
    found: dict[str, bool] = {}
    for conj in _CONJUNCTIONS:
        for prep in _PREPOSITIONS:
            for article in ("", ARTICLE):
                chain = conj + ("\u0644\u0644" if prep == "\u0644" and article else prep + article)
                if chain:
                    found[chain] = bool(article)
    return tuple(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))


PROCLITICS: tuple[tuple[str, bool], ...] = _chains()
# The chains by their first letter, longest first: a word is checked only against those.
CHAINS_BY_START: dict[str, tuple[tuple[str, bool], ...]] = {
    start: tuple(item for item in PROCLITICS if item[0][0] == start)
    for start in {chain[0] for chain, _ in PROCLITICS}
}


@lru_cache(maxsize=262144)
def clitic_readings(word: str) -> tuple[tuple[str, bool], ...]:
    """The word itself, then each stem left after a chain, with whether it had ال.

    Longest chains first, so the barest stem comes right after the word itself.
    """
    chains = CHAINS_BY_START.get(word[:1])
    if chains is None or len(word) <= MIN_STEM:
        return ((word, False),)
    readings = [(word, False)]
    for chain, article in chains:
        if len(word) - len(chain) >= MIN_STEM and word.startswith(chain):
            readings.append((word[len(chain):], article))
    return tuple(readings)


@lru_cache(maxsize=262144)
def without_article(word: str) -> str:
    """The word without a chain that holds the article (والحكومة: حكومة), else as written.

    Only the article is taken for certain: a word may itself begin with و ف ب ك ل (وزير,
    كوليرا, لبنان), but ال before at least MIN_STEM letters is the article.
    """
    for stem, article in clitic_readings(word)[1:]:
        if article:
            return stem
    return word


@lru_cache(maxsize=262144)
def clitic_stems(word: str) -> tuple[str, ...]:
    """The folded word and each distinct stem left after a valid proclitic chain."""
    stems: list[str] = []
    for stem, _article in clitic_readings(word):
        if stem not in stems:
            stems.append(stem)
    return tuple(stems)


def clitic_pattern() -> str:
    """A regular expression for an optional chain, longest alternatives first."""
    return "(?:" + "|".join(chain for chain, _ in PROCLITICS) + ")?"
