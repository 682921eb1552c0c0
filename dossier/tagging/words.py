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

from dossier.text.clitics import MIN_STEM, PROCLITICS
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
# a table look-up instead of a character's Unicode category, and opening on one class of
# both kinds, which lets the engine skip from word to word (the look-behind then says
# which kind the word is): more than twice as fast, and exact for a text within the Basic
# Multilingual Plane (news text, in practice).
_PLANE_LETTERS, _PLANE_DIGITS = _plane_classes(_LETTERS, _DIGITS)
_PLANE_PIECES = re.compile(
    f"([{_PLANE_LETTERS[1:-1]}{_PLANE_DIGITS[1:-1]}]"
    f"(?:(?<={_PLANE_LETTERS}){_PLANE_LETTERS}*+|(?<={_PLANE_DIGITS}){_PLANE_DIGITS}*+))")


def _within_plane(text: str) -> bool:
    # Two bytes a character in UTF-16 (lone surrogates let through as such): cheaper
    # than a search of the text for a character beyond the plane.
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


# A rule is found through a stem left after a proclitic chain: the word without its
# first letters, as many as a chain holds at most.
_CUTS = tuple(slice(cut, None) for cut in range(max(len(chain) for chain, _ in PROCLITICS) + 1))
assert MIN_STEM >= 2, "the look at a word's last letters assumes stems of two letters or more"

CACHE_LIMIT = 500_000  # the whole corpus of 2018 holds 228,000 distinct words


class Words:
    """The words of one text. ``pieces`` alternates the text between words (even
    indices) and the words as written (odd): word ``i`` is ``pieces[2 * i + 1]`` and
    the text just before it ``pieces[2 * i]``. ``folded`` holds the folded words and
    ``candidates`` the indices of the words some rule of the reader may match."""

    __slots__ = ("pieces", "folded", "candidates")

    def __init__(self, pieces: list[str], folded: list[str], candidates: list[int]) -> None:
        self.pieces = pieces
        self.folded = folded
        self.candidates = candidates

    def spans(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Offsets in the text of each (first word, last word) pair."""
        # Only the offsets asked for are found, each from the length of the text
        # between it and the one before: joining the pieces is one pass in C.
        pieces = self.pieces
        at = sorted({2 * first + 1 for first, _ in pairs} | {2 * last + 2 for _, last in pairs})
        stretches = (len("".join(pieces[a:b])) for a, b in zip([0, *at], at))
        offsets = dict(zip(at, accumulate(stretches)))
        return [(offsets[2 * first + 1], offsets[2 * last + 2]) for first, last in pairs]

    def written(self, i: int) -> str:
        return self.pieces[2 * i + 1]

    def gap_before(self, i: int) -> str:
        """The text between word ``i - 1`` (or the start) and word ``i``."""
        return self.pieces[2 * i]


class Rules(Protocol):
    def heads(self) -> set[str]: ...

    def rules(self, word: str) -> tuple: ...


class _Folds(dict):
    """Folded forms by word as written. A word never seen before is folded on first
    sight, within the one pass that looks up every word of a text, and the reader
    learns whether some rule may match it."""

    __slots__ = ("learn",)

    def __missing__(self, word: str) -> str:
        form = self[word] = fold(word)
        self.learn(form)
        return form


class WordReader:
    """Reads texts into ``Words`` for a fixed set of matchers (built before the first
    read), remembering each distinct word's folded form and whether any matcher has a
    rule for it."""

    def __init__(self, matchers: Sequence[Rules]) -> None:
        self._matchers = tuple(matchers)
        self._folded = _Folds()
        self._folded.learn = self._learn
        self._candidates: set[str] = set()
        self._heads: frozenset[str] | None = None
        self._tails: frozenset[str] = frozenset()

    def words(self, text: str) -> Words:
        pieces = (_PLANE_PIECES if _within_plane(text) else _PIECES).split(text)
        if len(self._folded) > CACHE_LIMIT:  # bounded memory over a long import
            self._folded.clear()
            self._candidates.clear()
        folded = list(map(self._folded.__getitem__, pieces[1::2]))
        candidates = list(compress(count(), map(self._candidates.__contains__, folded)))
        return Words(pieces, folded, candidates)

    def _learn(self, form: str) -> None:
        if self._heads is None:
            self._heads = frozenset().union(*(matcher.heads() for matcher in self._matchers))
            # A stem of four letters or more ends as some head does, a shorter one is a
            # head; and a stem is the word itself or at least MIN_STEM (two) letters:
            # the word's last four, three or two letters rule most words out at once.
            self._tails = frozenset(head[-4:] for head in self._heads)
        tails = self._tails
        # Only a word with a head among its stems can have rules: most words are ruled
        # out by these look-ups before any reading of their clitics.
        if ((form[-4:] in tails or form[-3:] in tails or form[-2:] in tails)
                and form not in self._candidates and not self._heads.isdisjoint(map(form.__getitem__, _CUTS))):
            if any([matcher.rules(form) for matcher in self._matchers]):
                self._candidates.add(form)
