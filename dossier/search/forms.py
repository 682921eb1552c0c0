"""What a query word is looked for as: its readings, its stem, its spelling-variant keys.

One ``TermForms`` per query term serves both the index query (``dossier.search.fts``)
and the highlighter (``dossier.search.matcher``), so what is counted is what is shown.

Levels, from the best match down:
- exact: the word as typed, or a reading of it after a chain with the article
  (الحكومة also looks for حكومة; the index holds حكومة for للحكومة and والحكومة);
- stem: the light stem of the word (``dossier.text.stems``), which also covers the
  broken plurals of the table, and for the adjective of a transcribed name the stems of
  its other spellings that the library holds (السوفياتي: سوفيت, سوفييت);
- variant: the spelling-variant key (``dossier.text.variants``), only for a word that
  reads as a foreign name: one the library's texts rarely write with the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dossier.search.query import Term
from dossier.text.acronyms import other_forms
from dossier.text.clitics import clitic_readings, without_article
from dossier.text.stems import position_stems, stem
from dossier.text.variants import MIN_KEY, MIN_NAME, consonant_count, dropped_letter_keys, variant_key

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
    places: tuple[str, ...]  # the stems its written forms hold at their place (for phrases)
    stems: tuple[str, ...]  # stem level: of the word and of its readings
    keys: tuple[str, ...]  # variant level; empty when the word is not name-like
    splits: tuple[tuple[str, str], ...]  # variant keys of the name written in two words


@dataclass(frozen=True)
class TermForms:
    term: Term
    words: tuple[WordForms, ...]
    joined_key: str | None  # a two-word phrase may be one name written apart
    also: tuple["TermForms", ...] = ()  # other forms of an acronym (OPEC: أوبك)


NameTest = Callable[[str], bool]
# The stems of other spellings of a word that the library holds (see the engine).
Spellings = Callable[[str], tuple[str, ...]]


_HA_END = "\u0647"

# What a chain without the article must leave to be taken off a typed word: و ب ك ل ف
# also begin words (بيليه is not ب + يليه, كهرباء not ك + هرباء).
_BARE_QUERY_MIN = 5


def readings(word: str) -> tuple[str, ...]:
    """The typed word and what it leaves after a chain that holds the article, or after any
    chain when what is left is long enough and not a function word of its own."""
    found = [word]
    for stem_, article in clitic_readings(word)[1:]:
        if stem_ in found or stem_ in _FUNCTION_WORDS:
            continue
        if article or len(stem_) >= _BARE_QUERY_MIN:
            found.append(stem_)
    return tuple(found)


def _keys(word: str, exact: tuple[str, ...]) -> tuple[str, ...]:
    """The variant keys of the word's readings (the word as typed, and what a chain
    leaves: وطاجيكستان is looked for as طاجكستان too); never of a reading that drops a
    letter that may be the word's own (بيليه is not ب + يليه), nor of one that still
    carries the article: the index holds the key of the bare form alone (see
    ``index_text``), which the reading without the article asks for. Then, for the name
    without its article, the keys that drop one inner letter of a long name, and for a
    land in ستان the keys of its people's adjective (قرغيزستان: قيرغيزي, قيرغيزيا)."""
    keys: list[str] = []
    bare = [form for form in exact if without_article(form) == form]
    for form in bare:
        key = variant_key(form)
        # A final ه is mostly ta marbuta: a three-letter key ending in it is a native
        # noun's as often as a name's (بيليه, بولاية).
        least = MIN_KEY + 1 if key and key.endswith("\u0647") else MIN_KEY
        if key and len(key) >= least and key not in keys:
            keys.append(key)
    for form in bare:
        keys.extend(k for k in dropped_letter_keys(variant_key(form) or "") if k not in keys)
    # A land is looked for by its people from the name as typed, or after a typed
    # conjunction: no land in ستان begins with و or ف, while ك, ب begin كازاخستان, باكستان.
    land = word[1:] if word[:1] in _CONJUNCTIONS and word[1:] in bare else without_article(word)
    keys.extend(k for k in _people_keys(land) if k not in keys)
    return tuple(keys)


_CONJUNCTIONS = "\u0648\u0641"
_LAND = "\u0633\u062a\u0627\u0646"  # ستان
# The people's name a land in ستان leaves must be this long to be looked for by its key
# (باكستان leaves باك, whose key meets بكى, "he wept").
_MIN_PEOPLE = 4


def _people_keys(form: str) -> tuple[str, ...]:
    """For a land in ستان: the keys of its people's adjective, which are also those of the
    land written in يا (قيرغيزيا). Not of the people's name alone: its skeleton is too
    short to be one name's (طاجيك meets تأجيج, قرغيز a bakery's name)."""
    if not form.endswith(_LAND):
        return ()
    people = form[: -len(_LAND)]
    if len(people) < _MIN_PEOPLE:
        return ()
    keys = (variant_key(people + ending) for ending in ("\u064a", "\u064a\u0647"))
    return tuple(dict.fromkeys(key for key in keys if key and consonant_count(key) >= MIN_KEY))


# No name is longer: a longer word is not cut, which would cost a key per letter.
MAX_SPLIT_NAME = 48


def _splits(word: str) -> tuple[tuple[str, str], ...]:
    """Keys of each way to cut a long name in two (نزارباييف as نزار باييف)."""
    if len(word) > MAX_SPLIT_NAME:
        return ()
    found = []
    for cut in range(MIN_NAME, len(word) - MIN_NAME + 1):
        left, right = variant_key(word[:cut]), variant_key(word[cut:])
        if left and right and (left, right) not in found:
            found.append((left, right))
    return tuple(found)


def word_forms(word: str, name_like: NameTest, final_ha: bool = False,
               spellings: Spellings | None = None) -> WordForms:
    exact = readings(word)
    is_name = name_like(word)
    stems = tuple(dict.fromkeys(stem(reading) for reading in exact))
    if final_ha:
        # A typed ه is the word's own: a stem that took it off is another word (بيليه, بيل).
        stems = tuple(one for one in stems if one.endswith(_HA_END))
    if spellings is not None:
        stems += tuple(one for one in spellings(word) if one not in stems)
    return WordForms(
        typed=word, readings=exact, places=position_stems(word), stems=stems,
        keys=_keys(word, exact) if is_name else (),
        splits=_splits(without_article(word)) if is_name else (),
    )


def term_forms(term: Term, name_like: NameTest, acronyms: bool = True,
               spellings: Spellings | None = None) -> TermForms:
    words = tuple(word_forms(word, name_like, index in term.final_ha, spellings)
                  for index, word in enumerate(term.words))
    joined = None
    if len(term.words) == 2 and all(name_like(w) for w in term.words):
        joined = variant_key(without_article(term.words[0]) + without_article(term.words[1]))
    also = tuple(term_forms(Term(form), never_name, acronyms=False)
                 for form in other_forms(term.words)) if acronyms else ()
    return TermForms(term, words, joined, also)


# The most phrases of stems one quoted phrase is looked for as (its words' readings
# multiplied out); past it, later words keep only their first reading.
MAX_PHRASES = 16


def phrase_stems(forms: TermForms) -> list[tuple[str, ...]]:
    """The rows of stems a phrase's words may hold in a text, one per mix of readings."""
    rows: list[tuple[str, ...]] = [()]
    for word in forms.words:
        places = word.places if len(rows) * len(word.places) <= MAX_PHRASES else word.places[:1]
        rows = [row + (place,) for row in rows for place in places]
    return rows


def never_name(_word: str) -> bool:
    return False
