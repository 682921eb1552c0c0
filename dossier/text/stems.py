"""Light stems: the part of a folded word that gender, number and possessive endings leave.

Three stemmers can be chosen from (``bench/search_quality.py`` measures them side by side):

- ``light10``: the published light10 rules of Larkey, Ballesteros and Connell ("Light
  Stemming for Arabic Information Retrieval", 2007): remove و when three or more letters
  remain; remove one of ال وال بال كال فال لل when two or more remain; then go once
  through the suffixes ها ان ات ون ين يه ية ه ة ي, right to left, removing each found
  when two or more letters remain.
- ``dossier`` (the default): the same idea on top of the shared proclitic chains (the
  article always; the other clitics through each bare form of the word), with a
  stem of at least three letters (light10's two-letter stems merge unrelated words, بيان
  and بي), the possessive endings the analyst's sentences carry (هم هما كم نا ...), the ت
  that ta marbuta becomes before them (حكومتهم, حكومة), and the news words' broken plurals
  (``dossier.text.plurals``) mapped to their singulars.
- ``snowball``: the Snowball Arabic stemmer (PyStemmer), when it is installed.

Every function takes and returns folded text (``dossier.text.folding``).
"""

from __future__ import annotations

from functools import lru_cache

from dossier.text.clitics import clitic_readings, clitic_stems, without_article
from dossier.text.folding import fold
from dossier.text.plurals import singular, table as plural_table

# Stems shorter than this are not cut further: three letters is the Arabic root.
STEM_MIN = 3

_LIGHT10_ARTICLES = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
                     "\u0641\u0627\u0644", "\u0627\u0644", "\u0644\u0644")
# ها ان ات ون ين يه ية ه ة ي, folded (ة is ه): repeats drop out.
_LIGHT10_SUFFIXES = ("\u0647\u0627", "\u0627\u0646", "\u0627\u062a", "\u0648\u0646",
                     "\u064a\u0646", "\u064a\u0647", "\u0647", "\u064a")

# Possessive and object endings, longest first: هما كما هم هن كم كن نا ها ه ي.
_POSSESSIVES = ("\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646",
                "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0647\u0627")
# Gender and number, longest first: يات ات ان ين ون يه يا ه ي ا. Not the feminine
# duals تين تان (nor يتين يتان): a dual in the text is most often a pair named as one
# (الكوريتين, the two Koreas), which a search for one Korea or for Korean does not want;
# so the dual keeps its ت and meets only its other case (الكوريتان). The final يا and ا
# put a country beside its adjective (روسيا, الروسي).
_ENDINGS = ("\u064a\u0627\u062a",
            "\u0627\u062a", "\u0627\u0646",
            "\u064a\u0646", "\u0648\u0646", "\u064a\u0647", "\u064a\u0627", "\u0647",
            "\u064a", "\u0627")
_TA = "\u062a"
_YA = "\u064a"
_AN = "\u0627\u0646"
_ST = "\u0633\u062a"


def light10(word: str) -> str:
    """Larkey et al.'s light10 stem, as published."""
    if word.startswith("\u0648") and len(word) - 1 >= 3:
        word = word[1:]
    for article in _LIGHT10_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
            break
    for suffix in _LIGHT10_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def strip_endings(word: str) -> str:
    """Remove one possessive ending and then one gender or number ending."""
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
            word = word[: -len(suffix)]
            # Ta marbuta is written ت before a possessive: حكومتهم is حكومة + هم.
            if word.endswith(_TA) and len(word) - 1 >= STEM_MIN + 1:
                word = word[:-1]
            break
    for suffix in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
            word = word[: -len(suffix)]
            # A nisba on a name in ان: الإيراني is إيران + ي, and إيران loses its ان.
            if suffix[0] == _YA and word.endswith(_AN) and len(word) - 2 >= STEM_MIN:
                word = word[:-2]
            elif suffix != _AN:
                return word
            # A land in ستان is named after its people: أوزبكستان and الأوزبكي, أفغانستان
            # and الأفغاني meet (as روسيا and الروسي do).
            if word.endswith(_ST) and len(word) - 2 >= STEM_MIN:
                word = word[:-2]
                if word.endswith(_AN) and len(word) - 2 >= STEM_MIN:
                    word = word[:-2]
            return word
    return word


@lru_cache(maxsize=262144)
def dossier_stem(word: str) -> str:
    """The default stem of a folded word: the article off, broken plural to singular,
    endings off. Other clitics stay: the index also stems each of a word's bare forms
    (``stems_of``), since و ف ب ك ل may begin the word itself (وزير, كوليرا)."""
    bare = without_article(word)
    one = singular(bare)
    if one is None:
        bare = strip_endings(bare)
        one = singular(bare)
        if one is None:
            return bare
    return strip_endings(one)


@lru_cache(maxsize=1)
def _plurals_by_stem() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for plural, one in plural_table().items():
        found.setdefault(strip_endings(one), []).append(plural)
    return {key: tuple(value) for key, value in found.items()}


def plural_forms(word_stem: str) -> tuple[str, ...]:
    """The broken plurals (folded, clitic-free) whose stem is ``word_stem``."""
    return _plurals_by_stem().get(word_stem, ())


def may_have_stem(word: str, word_stem: str) -> bool:
    """A quick test that ``stem(word)`` can be ``word_stem``: the stem, or one of its broken
    plurals, is inside the word. Lets a highlighter skip most words without stemming them."""
    return word_stem in word or any(plural in word for plural in plural_forms(word_stem))


_snowball = None


def snowball(word: str) -> str:
    """The Snowball Arabic stem (needs PyStemmer)."""
    global _snowball
    if _snowball is None:
        import Stemmer

        _snowball = Stemmer.Stemmer("arabic")
    return _snowball.stemWord(word)


def _folded_snowball(word: str) -> str:
    return fold(snowball(word))


STEMMERS = {"dossier": dossier_stem, "light10": light10, "snowball": _folded_snowball}
_active = dossier_stem


def stem(word: str) -> str:
    """The stem the index and queries use (``dossier`` unless a benchmark chose another)."""
    return _active(word)


def position_stem(word: str) -> str:
    """The stem a word stands for at its place in a text, for phrases: the stem of what its
    longest proclitic chain leaves (three letters at least), so وحظر السفر and بأسعار
    النفط hold the same stems in a row as حظر السفر and أسعار النفط."""
    return _position_stem(word, _active)


@lru_cache(maxsize=262144)
def _position_stem(word: str, stemmer) -> str:
    for form, _article in clitic_readings(word)[1:]:
        if len(form) >= STEM_MIN:
            return stemmer(form)
    return stemmer(word)


def position_stems(word: str) -> tuple[str, ...]:
    """Every stem a text's word may hold at its place when it is ``word`` with or without
    a chain: the word's own position stem and those of each reading of it (a typed وزير is
    و + زير as well as وزير, and the text's لوزير holds وزير); and what each reading holds
    when the text writes it bare (a typed الكهربائية is كهربائية in سيارة كهربائية, which
    holds the stem of ك + هربائية there)."""
    found = [position_stem(word)]
    for form, _article in clitic_readings(word):
        if len(form) >= STEM_MIN or form == word:
            for one in (stem(form), position_stem(form)):
                if one not in found:
                    found.append(one)
    return tuple(found)


def stems_of(word: str) -> tuple[str, ...]:
    """The word's position stem, then the stems of the word and of its other bare forms
    (لوزراء: وزير, then لوزراء)."""
    found = [position_stem(word), stem(word)]
    for form in clitic_stems(word)[1:]:
        found.append(stem(form))
    return tuple(dict.fromkeys(found))


def set_stemmer(name: str) -> None:
    """Use another stemmer (for measuring them side by side); call before indexing."""
    global _active
    _active = lru_cache(maxsize=262144)(STEMMERS[name])
