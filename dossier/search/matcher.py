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
from dossier.text.folding import fold_with_map
from dossier.text.stems import may_have_stem, position_stem, stem
from dossier.text.variants import variant_key

_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def _analysis(word: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """A folded word's bare forms, stem and variant keys, as the index stores them."""
    forms = clitic_stems(word)
    return frozenset(forms), stem(word), frozenset(filter(None, map(variant_key, forms)))


_WORD_HITS: dict[tuple, dict[str, bool]] = {}


def _with_others(term: TermForms) -> list[TermForms]:
    return [term] + [found for other in term.also for found in _with_others(other)]


class Matcher:
    """A parsed query with its forms, ready to locate its wanted terms in any text.

    Whether a word matches a term is decided once per distinct word and remembered, so
    placing the matches of a page of hits costs little more than splitting the texts.
    """

    def __init__(self, node: object, forms: Callable[[Term], TermForms]):
        self.terms = [found for term in positive_terms(node) for found in _with_others(forms(term))]
        self._single = [t for t in self.terms if len(t.words) == 1]
        self._phrases = [t for t in self.terms if len(t.words) > 1]
        # Shared by every search of the same words (typing a query searches it again).
        self._hits = _WORD_HITS.setdefault(tuple(self._single), {})
        if len(_WORD_HITS) > 64:
            _WORD_HITS.clear()
            _WORD_HITS[tuple(self._single)] = self._hits

    def _matches_word(self, word: str) -> bool:
        found = self._hits.get(word)
        if found is None:
            found = any(_word_matches(term, word) for term in self._single)
            if len(self._hits) > 200_000:
                self._hits.clear()
            self._hits[word] = found
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every match of the query's wanted terms, in order."""
        folded = fold_with_map(text)
        words = _TOKEN.findall(folded.text)
        runs: set[tuple[int, int]] = set()
        if self._single:
            hits = {word for word in set(words) if self._matches_word(word)}
            if hits:
                runs.update((i, i) for i, word in enumerate(words) if word in hits)
            splits = [t for t in self._single if t.words[0].splits]
            if splits:
                runs.update(_split_matches(splits, [_analysis(word)[2] for word in words]))
        for term in self._phrases:
            runs.update(_phrase_matches(term, words))
        if not runs:
            return []
        places = [m.span() for m in _TOKEN.finditer(folded.text)]
        found = set()
        for first, last in runs:
            start = folded.source_span(*places[first])[0]
            end = folded.source_span(*places[last])[1]
            found.add((start, end))
        return sorted(found)


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


def _split_matches(terms: list[TermForms], words: list) -> list[tuple[int, int]]:
    """A name written in two words (نزار باييف for نزارباييف)."""
    return [(i, i + 1) for term in terms for i in range(len(words) - 1)
            if any(left in words[i] and right in words[i + 1]
                   for left, right in term.words[0].splits)]


def _phrase_matches(term: TermForms, words: list) -> list[tuple[int, int]]:
    """(first, last) word indexes of each match of a phrase: stems its words may hold, in a
    row (as the index holds them), or the one word a name written apart is also written as."""
    rows = {tuple(row) for row in phrase_stems(term)}
    size = len(term.words)
    firsts = {row[0] for row in rows}
    found = [(i, i + size - 1) for i in range(len(words) - size + 1)
             if position_stem(words[i]) in firsts
             and tuple(position_stem(w) for w in words[i:i + size]) in rows]
    if term.joined_key:
        found.extend((i, i) for i, word in enumerate(words) if term.joined_key in _analysis(word)[2])
    return found
