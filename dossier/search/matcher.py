"""Where a query matched in a text: offsets in the original text, for highlights and snippets.

The same forms the index query used (``dossier.search.forms``) are compared with each
word of the text, so a stemmed or spelling-variant match is highlighted on the word as
the writer spelled it, clitics and tashkeel included.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from dossier.search.forms import TermForms, phrase_stems
from dossier.search.index_text import word_keys
from dossier.search.query import Term, positive_terms
from dossier.text.clitics import clitic_stems
from dossier.text.folding import fold_with_map, spaced_words, word_places, words_from
from dossier.text.stems import may_have_stem, position_stem, stem

@lru_cache(maxsize=65536)
def _analysis(word: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """A folded word's bare forms, stem and variant keys, as the index stores them."""
    forms = clitic_stems(word)
    return frozenset(forms), stem(word), frozenset(word_keys(word))


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


def _verdicts(key: tuple) -> _WordVerdicts:
    found = _VERDICTS.get(key)
    if found is None:
        if len(_VERDICTS) > 64:
            _VERDICTS.clear()
        found = _VERDICTS[key] = _WordVerdicts()
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
        self._verdicts = _verdicts(tuple(self._single))
        self._split_starts = _verdicts(("split", tuple(self._splits)))
        # For each phrase: which words may begin it.
        self._starts = [(term, _verdicts(("phrase", term))) for term in self._phrases]

    def _matches_word(self, word: str) -> bool:
        return any(_word_matches(term, word) for term in self._single)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every match of the query's wanted terms, in order."""
        folded = fold_with_map(text, spaced=True)
        spaced = folded.text
        distinct = set(spaced_words(spaced))
        found: set[tuple[int, int]] = set()  # in the folded text
        if self._single:
            hits = self._verdicts.hits(distinct, self._matches_word)
            if hits:
                found.update(word_places(spaced, hits))
        if self._splits:
            found.update(_split_matches(self._splits, spaced, distinct, self._split_starts))
        for term, starts in self._starts:
            found.update(_phrase_matches(term, spaced, distinct, starts))
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


def _split_matches(terms: list[TermForms], spaced: str, distinct: set[str],
                   verdicts: _WordVerdicts) -> list[tuple[int, int]]:
    """A name written in two words (نزار باييف for نزارباييف)."""
    pairs = [pair for term in terms for pair in term.words[0].splits]
    lefts = {left for left, _ in pairs}
    found = []
    for start, _end in word_places(spaced, verdicts.hits(
            distinct, lambda word: not _analysis(word)[2].isdisjoint(lefts))):
        two = words_from(spaced, start, 2)
        if len(two) == 2 and any(left in _analysis(two[0][0])[2] and right in _analysis(two[1][0])[2]
                                 for left, right in pairs):
            found.append((start, two[1][2]))
    return found


def _phrase_matches(term: TermForms, spaced: str, distinct: set[str],
                    verdicts: _WordVerdicts) -> list[tuple[int, int]]:
    """Offsets of each match of a phrase: stems its words may hold, in a row (as the index
    holds them), or the one word a name written apart is also written as."""
    rows = {tuple(row) for row in phrase_stems(term)}
    size = len(term.words)
    firsts = {row[0] for row in rows}
    found = []
    for start, _end in word_places(spaced, verdicts.hits(distinct, lambda w: position_stem(w) in firsts)):
        following = words_from(spaced, start, size)
        if len(following) == size and tuple(position_stem(w) for w, _, _ in following) in rows:
            found.append((start, following[-1][2]))
    if term.joined_key:
        found.extend(word_places(spaced, {w for w in distinct if term.joined_key in _analysis(w)[2]}))
    return found
