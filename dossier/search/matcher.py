"""Where a query matched in a text: offsets in the original text, for highlights and snippets.

The same forms the index query used (``dossier.search.forms``) are compared with each
word of the text, so a stemmed or spelling-variant match is highlighted on the word as
the writer spelled it, clitics and tashkeel included.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from dossier.search.forms import TermForms, phrase_stems
from dossier.search.query import Term, positive_terms
from dossier.text.clitics import clitic_stems
from dossier.text.folding import fold_with_map, spaced_words
from dossier.text.stems import may_have_stem, position_stem, stem
from dossier.text.variants import variant_key

_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def _analysis(word: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """A folded word's bare forms, stem and variant keys, as the index stores them."""
    forms = clitic_stems(word)
    return frozenset(forms), stem(word), frozenset(filter(None, map(variant_key, forms)))


class _WordVerdicts:
    """The words of texts known to match a query's single-word terms, and those known not to.

    Kept as two sets so a text's distinct words are sorted out with set operations, and
    shared by every search of the same words (typing a query searches it again).
    """

    LIMIT = 200_000

    def __init__(self):
        self.yes: set[str] = set()
        self.no: set[str] = set()

    def hits(self, words: set[str], test: Callable[[str], bool]) -> set[str]:
        unknown = words - self.yes - self.no
        if unknown:
            if len(self.yes) + len(self.no) > self.LIMIT:
                self.yes.clear()
                self.no.clear()
            for word in unknown:
                (self.yes if test(word) else self.no).add(word)
        return words & self.yes


_VERDICTS: dict[tuple, _WordVerdicts] = {}


def _places(spaced: str, words: set[str]) -> list[tuple[int, int]]:
    """Where each of ``words`` stands as a whole word in a text folded with spaces."""
    padded = f" {spaced} "
    found = []
    for word in words:
        needle = f" {word} "
        at = padded.find(needle)
        while at != -1:
            found.append((at, at + len(word)))  # padded offset + 1 is the text's offset
            at = padded.find(needle, at + len(word) + 1)
    return found


def _with_others(term: TermForms) -> list[TermForms]:
    return [term] + [found for other in term.also for found in _with_others(other)]


class Matcher:
    """A parsed query with its forms, ready to locate its wanted terms in any text.

    Whether a word matches a term is decided once per distinct word and remembered; the
    matching words are then found in the text by plain string search, so placing the
    matches of a page of hits costs little more than reading the texts once.
    """

    def __init__(self, node: object, forms: Callable[[Term], TermForms]):
        self.terms = [found for term in positive_terms(node) for found in _with_others(forms(term))]
        self._single = [t for t in self.terms if len(t.words) == 1]
        self._splits = [t for t in self._single if t.words[0].splits]
        self._phrases = [t for t in self.terms if len(t.words) > 1]
        key = tuple(self._single)
        self._verdicts = _VERDICTS.get(key)
        if self._verdicts is None:
            if len(_VERDICTS) > 64:
                _VERDICTS.clear()
            self._verdicts = _VERDICTS[key] = _WordVerdicts()

    def _matches_word(self, word: str) -> bool:
        return any(_word_matches(term, word) for term in self._single)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every match of the query's wanted terms, in order."""
        folded = fold_with_map(text, spaced=True)
        words = spaced_words(folded.text)
        found: set[tuple[int, int]] = set()  # in the folded text
        if self._single:
            hits = self._verdicts.hits(set(words), self._matches_word)
            if hits:
                found.update(_places(folded.text, hits))
        runs: set[tuple[int, int]] = set()
        if self._splits or self._phrases:
            if self._splits:
                runs.update(_split_matches(self._splits, words))
            for term in self._phrases:
                runs.update(_phrase_matches(term, words))
        if runs:
            places = [m.span() for m in _TOKEN.finditer(folded.text)]
            found.update((places[first][0], places[last][1]) for first, last in runs)
        return sorted({folded.source_span(start, end) for start, end in found})


def _word_matches(term: TermForms, word: str) -> bool:
    """The index's test, with cheap substring checks first (most words match nothing)."""
    wanted = term.words[0]
    if term.term.prefix:
        return any(reading in word for reading in wanted.readings) and any(
            form.startswith(reading) for form in clitic_stems(word) for reading in wanted.readings)
    if any(reading in word for reading in wanted.readings) and not set(
            clitic_stems(word)).isdisjoint(wanted.readings):
        return True
    for form in clitic_stems(word):
        for wanted_stem in wanted.stems:
            if may_have_stem(form, wanted_stem) and stem(form) == wanted_stem:
                return True
    return bool(wanted.keys) and not _analysis(word)[2].isdisjoint(wanted.keys)


def _split_matches(terms: list[TermForms], words: list[str]) -> list[tuple[int, int]]:
    """A name written in two words (نزار باييف for نزارباييف)."""
    pairs = [pair for term in terms for pair in term.words[0].splits]
    lefts = {left for left, _ in pairs}
    keys = {word: _analysis(word)[2] for word in set(words)}
    starts = {word for word, found in keys.items() if not found.isdisjoint(lefts)}
    if not starts:
        return []
    return [(i, i + 1) for i in range(len(words) - 1) if words[i] in starts
            and any(left in keys[words[i]] and right in keys[words[i + 1]] for left, right in pairs)]


def _phrase_matches(term: TermForms, words: list) -> list[tuple[int, int]]:
    """(first, last) word indexes of each match of a phrase: stems its words may hold, in a
    row (as the index holds them), or the one word a name written apart is also written as."""
    rows = {tuple(row) for row in phrase_stems(term)}
    size = len(term.words)
    firsts = {row[0] for row in rows}
    distinct = set(words)
    starts = {word for word in distinct if position_stem(word) in firsts}
    found = [(i, i + size - 1) for i, word in enumerate(words[:len(words) - size + 1])
             if word in starts and tuple(map(position_stem, words[i:i + size])) in rows]
    if term.joined_key:
        joined = {word for word in distinct if term.joined_key in _analysis(word)[2]}
        found.extend((i, i) for i, word in enumerate(words) if word in joined)
    return found
