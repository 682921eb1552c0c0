"""What a query word is looked for as: its readings, its stem, its spelling-variant keys.

One ``TermForms`` per query term serves both the index query (``dossier.search.fts``)
and the highlighter (``dossier.search.matcher``), so what is counted is what is shown.

Levels, from the best match down:
- exact: the word as typed, or a reading of it after a chain with the article
  (الحكومة also looks for حكومة; the index holds حكومة for للحكومة and والحكومة);
- stem: the light stem of the word (``dossier.text.stems``), which also covers the
  broken plurals of the table;
- variant: the spelling-variant key (``dossier.text.variants``), only for a word that
  reads as a foreign name: one the library's texts rarely write with the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dossier.search.query import Term
from dossier.text.clitics import clitic_readings
from dossier.text.stems import STEM_MIN, stem
from dossier.text.variants import MIN_NAME, variant_key

# Words a chain may leave that are function words in their own right: والي is not و +
# إلى, كان is not ك + أن. A typed word is still found as typed.
_FUNCTION_WORDS = frozenset(
    "الي علي التي الذي الذين هذا هذه ذلك تلك هولاء الان ايضا حتي عند منذ لدي انه انها الا "
    "اما لكن كان كانت يكون بين فيه فيها منها عنه عليه عليها اليه اليها لها له هو هي هم ما "
    "لا لم لن ان او ام من عن في مع".split()
)


@dataclass(frozen=True)
class WordForms:
    typed: str
    readings: tuple[str, ...]  # exact level: typed first
    stem: str
    keys: tuple[str, ...]  # variant level; empty when the word is not name-like
    splits: tuple[tuple[str, str], ...]  # variant keys of the name written in two words


@dataclass(frozen=True)
class TermForms:
    term: Term
    words: tuple[WordForms, ...]
    joined_key: str | None  # a two-word phrase may be one name written apart


NameTest = Callable[[str], bool]


def readings(word: str) -> tuple[str, ...]:
    """The typed word and what it leaves after a chain that holds the article, or after any
    chain when what is left is long enough and not a function word of its own."""
    found = [word]
    for stem_, article in clitic_readings(word)[1:]:
        if stem_ in found or stem_ in _FUNCTION_WORDS:
            continue
        if article or len(stem_) >= STEM_MIN:
            found.append(stem_)
    return tuple(found)


def article_free(word: str) -> str:
    """The word without a chain that holds the article (والحكومة: حكومة), else as typed."""
    for stem_, article in clitic_readings(word)[1:]:
        if article:
            return stem_
    return word


def _keys(forms: tuple[str, ...]) -> tuple[str, ...]:
    keys: list[str] = []
    for form in forms:
        key = variant_key(form)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def _splits(word: str) -> tuple[tuple[str, str], ...]:
    """Keys of each way to cut a long name in two (نزارباييف as نزار باييف)."""
    found = []
    for cut in range(MIN_NAME, len(word) - MIN_NAME + 1):
        left, right = variant_key(word[:cut]), variant_key(word[cut:])
        if left and right and (left, right) not in found:
            found.append((left, right))
    return tuple(found)


def word_forms(word: str, name_like: NameTest) -> WordForms:
    exact = readings(word)
    is_name = name_like(word)
    return WordForms(
        typed=word, readings=exact, stem=stem(word),
        keys=_keys(exact) if is_name else (),
        splits=_splits(article_free(word)) if is_name else (),
    )


def term_forms(term: Term, name_like: NameTest) -> TermForms:
    words = tuple(word_forms(word, name_like) for word in term.words)
    joined = None
    if len(term.words) == 2 and all(name_like(w) for w in term.words):
        joined = variant_key(article_free(term.words[0]) + article_free(term.words[1]))
    return TermForms(term, words, joined)


def never_name(_word: str) -> bool:
    return False
