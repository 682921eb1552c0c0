"""The words of a text as the tagger reads them, and which of them may match a rule.

Tagging runs on every article of an import, and most of its words match nothing. So a
text is cut into words by one split, which keeps the text between them (the gaps), and
offsets are added up only when a match needs them. Each distinct word is folded once per
process and looked at once by every matcher of a ``WordReader``; after that the words
that some rule may match are picked by set look-ups alone, so the per-word work in
Python is left to the few words that do match.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, count
from typing import Protocol, Sequence

from dossier.text.clitics import PROCLITICS
from dossier.text.folding import fold

# Letters with their marks, tatweel and joiners; digit runs apart, so COP29 gives "cop".
_LETTERS = r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d])+"
_DIGITS = r"\d+"
WORD = re.compile(f"{_LETTERS}|{_DIGITS}")
# The same words as a group: a split gives the gaps and the words in turn.
_PIECES = re.compile(f"({WORD.pattern})")


def _plane_classes(*patterns: str) -> list[str]:
    """For each pattern (a run of one kind of character), the characters of the Basic
    Multilingual Plane it matches, as a class of ranges."""
    # No lone surrogate inside a range: the plane is read in two parts around them.
    planes = ["".join(map(chr, range(low, high))) for low, high in ((0, 0xD800), (0xE000, 0x10000))]
    classes = []
    for pattern in patterns:
        runs = [(m.group()[0], m.group()[-1]) for plane in planes for m in re.finditer(pattern, plane)]
        classes.append("[" + "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}"
                                     for a, b in runs) + "]")
    return classes


# The same split with the classes written as ranges, which the expression engine tests by
# a table look-up instead of a character's Unicode category: about twice as fast, and
# exact for a text within the Basic Multilingual Plane (news text, in practice).
_PLANE_PIECES = re.compile("({}++|{}++)".format(*_plane_classes(_LETTERS, _DIGITS)))
_BEYOND_PLANE = re.compile("[\U00010000-\U0010ffff]")
# Folding changes characters one by one and never makes a line break, so many words
# joined by one fold in a single call (a test checks the break survives).
_SEPARATOR = "\n"
# A rule is found through a stem left after a proclitic chain: the word without at
# most this many first letters.
_LONGEST_CHAIN = max(len(chain) for chain, _ in PROCLITICS)

CACHE_LIMIT = 500_000  # the whole corpus of 2018 holds 228,000 distinct words


class Words:
    """The words of one text. ``pieces`` alternates the text between words (even
    indices) and the words as written (odd): word ``i`` is ``pieces[2 * i + 1]`` and
    the text just before it ``pieces[2 * i]``. ``folded`` holds the folded words and
    ``candidates`` the indices of the words some rule of the reader may match."""

    __slots__ = ("pieces", "folded", "candidates", "_bounds")

    def __init__(self, pieces: list[str], folded: list[str], candidates: list[int]) -> None:
        self.pieces = pieces
        self.folded = folded
        self.candidates = candidates
        self._bounds: list[int] | None = None

    def bounds(self) -> list[int]:
        """Where each piece ends in the text: word ``i`` spans ``bounds[2 * i]`` to
        ``bounds[2 * i + 1]``."""
        if self._bounds is None:
            self._bounds = list(accumulate(map(len, self.pieces)))
        return self._bounds

    def written(self, i: int) -> str:
        return self.pieces[2 * i + 1]

    def gap_before(self, i: int) -> str:
        """The text between word ``i - 1`` (or the start) and word ``i``."""
        return self.pieces[2 * i]


class Rules(Protocol):
    def heads(self) -> set[str]: ...

    def rules(self, word: str) -> tuple: ...


class WordReader:
    """Reads texts into ``Words`` for a fixed set of matchers (built before the first
    read), remembering each distinct word's folded form and whether any matcher has a
    rule for it."""

    def __init__(self, matchers: Sequence[Rules]) -> None:
        self._matchers = tuple(matchers)
        self._folded: dict[str, str] = {}
        self._candidates: set[str] = set()
        self._heads: frozenset[str] | None = None

    def words(self, text: str) -> Words:
        pieces = (_PIECES if _BEYOND_PLANE.search(text) else _PLANE_PIECES).split(text)
        raw = pieces[1::2]
        try:
            folded = list(map(self._folded.__getitem__, raw))
        except KeyError:
            self._learn(raw)
            folded = list(map(self._folded.__getitem__, raw))
        candidates = list(compress(count(), map(self._candidates.__contains__, folded)))
        return Words(pieces, folded, candidates)

    def _learn(self, raw: list[str]) -> None:
        known, candidates = self._folded, self._candidates
        missing = set(raw).difference(known)
        if len(known) + len(missing) > CACHE_LIMIT:  # bounded memory over a long import
            known.clear()
            candidates.clear()
            missing = set(raw)
        missing = list(missing)
        if self._heads is None:
            self._heads = frozenset().union(*(matcher.heads() for matcher in self._matchers))
        heads = self._heads
        for word, form in zip(missing, fold(_SEPARATOR.join(missing)).split(_SEPARATOR)):
            known[word] = form
            # Only a word with a head among its stems can have rules: most words are
            # ruled out by these look-ups before any reading of their clitics.
            if form not in candidates and any(form[cut:] in heads for cut in range(_LONGEST_CHAIN + 1)):
                if any([matcher.rules(form) for matcher in self._matchers]):
                    candidates.add(form)
