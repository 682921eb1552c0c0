"""Spelling-variant keys for foreign proper names.

Names from other languages are written in Arabic in several ways: g as ق, ك, ج or غ
(قيرغيزستان, قرغيزستان), t as ت or ط, s as س or ص, long vowels written or not (ترامب,
ترمب; السوفيتي, السوفياتي; بوتين, بوتن), a doubled ي (توكاييف, توكايف), and a space
inside the name (نزارباييف, نزار باييف). The key keeps the first letter and the
consonant skeleton after it, with those letters merged, so every such spelling of a
name gets one key. Words are folded first (``dossier.text.folding``).

Native words share keys far more often than names do (كاتب, كتب), so search uses the
key only for words the library writes like names (``dossier.search.forms``), and ranks
its matches below the typed spelling and its stems.

Also here: the keys of a long name's misspellings that drop one letter, and for the
adjective of a transcribed name (السوفياتي), whose skeleton is too short to be trusted
(بصفتي has it too), the spellings of its stem that write one more or one fewer ا or ي,
which search looks for among the stems the library holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The letters merged: ق ك ج غ -> ك ; ط -> ت ; ص -> س.
_MERGE = str.maketrans({"\u0642": "\u0643", "\u062c": "\u0643", "\u063a": "\u0643",
                        "\u0637": "\u062a", "\u0635": "\u0633"})
_FINAL_YA = "\u0627\u064a\u0649"
_VOWELS = re.compile("[\u0627\u0648\u064a\u0621]")
_REPEATS = re.compile(r"(.)\1+")
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
# Shortest word given a key; a query word's key needs MIN_KEY letters to be used alone
# (a shorter skeleton matches too many words), a part of a name written apart less.
MIN_NAME = 4
MIN_KEY = 3


def skeleton(word: str) -> str:
    """The first letter, the merged consonants after it and the last letter, repeats
    collapsed; a final ا, ى or ي is one letter (روسيا, روسي), a final و stays apart
    (موسكو is not موسيقى)."""
    # Repeats collapse before letters merge: جوجل keeps two g's (not كل, as in قليل).
    merged = _REPEATS.sub(r"\1", word).translate(_MERGE)
    body, tail = merged[1:], ""
    if body[-1:] and body[-1] in _FINAL_YA:
        body, tail = body[:-1], "\u064a"
    elif body[-1:] == "\u0648":
        body, tail = body[:-1], "\u0648"
    return merged[:1] + _VOWELS.sub("", body) + tail


# A key at least this long also finds the spellings that drop one of its inner letters:
# the press misspells long names that way (قيرغستان, قرغيستان for قرغيزستان), while a
# skeleton of six letters left after the drop is still one name's. (Six is too few: long
# native words have such keys too, and المستوطنين without its س is الموتطنين.)
MIN_DROP_KEY = 7
_TA_MARBUTA = "\u0647"


def dropped_letter_keys(key: str) -> tuple[str, ...]:
    """The key with one inner letter left out (never the first or the last), for a key
    of at least MIN_DROP_KEY letters."""
    if len(key) < MIN_DROP_KEY:
        return ()
    return tuple(dict.fromkeys(key[:i] + key[i + 1:] for i in range(1, len(key) - 1)
                               if key[i] != key[i - 1]))


def consonant_count(key: str) -> int:
    """The letters of a key that stand for the name's consonants: a final ه is most often
    ta marbuta, the feminine ending of a native word (معلمة), not a letter of a name."""
    return len(key) - 1 if key.endswith(_TA_MARBUTA) else len(key)


_NISBA_ENDINGS = ("\u064a\u0647", "\u064a")  # ية (folded) and ي
_LONG_VOWELS = frozenset("\u0627\u0648\u064a")
# A foreign name is written with its vowels (سوفيات, سينما); an Arabic word of three
# root letters leaves most of its vowels unwritten.
MIN_WRITTEN_VOWELS = 2
MIN_ADJECTIVE_KEY = 4


def transcribed_adjective(word: str) -> bool:
    """Whether a folded word without the article is the adjective (nisba) of a transcribed
    name: what the ending leaves writes MIN_WRITTEN_VOWELS long vowels after its first
    letter, and the word's key has four letters or more (السوفياتي, السوفيتية, السينمائي). Such
    adjectives always take the article, so the library's use of it cannot tell them."""
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            break
    else:
        return False
    key = variant_key(base + _YA)  # both genders alike (السوفياتي, السوفيتية)
    return (key is not None and consonant_count(key) >= MIN_ADJECTIVE_KEY
            and sum(letter in _LONG_VOWELS for letter in base[1:]) >= MIN_WRITTEN_VOWELS)


_ALEF, _YA = "\u0627", "\u064a"
# Spellings of a transcribed stem differ in at most this many edits (سوفيات, سوفيت, سوفييت).
VOWEL_EDITS = 2


def _one_vowel_apart(word: str) -> set[str]:
    """The word with one ا left out or written (never first, never beside another ا), or
    one ي doubled or a doubled ي written once. Other vowels stay: leaving out و or ي
    makes other words (سوفت is SoftBank's, not سوفيت)."""
    found = set()
    for i in range(1, len(word)):
        if word[i] == _ALEF:
            found.add(word[:i] + word[i + 1:])
        elif word[i - 1] != _ALEF:
            found.add(word[:i] + _ALEF + word[i:])
        if word[i] == _YA:
            found.add(word[:i] + _YA + word[i:] if word[i - 1] != _YA else word[:i] + word[i + 1:])
    return {one for one in found if _YA * 3 not in one}


# A shorter stem is not respelled: its respellings are other words (إيران's stem اير
# would give ايار, May).
MIN_RESPELLED = 5


def vowel_spellings(stem: str) -> set[str]:
    """Spellings of a transcribed stem within VOWEL_EDITS of it (``_one_vowel_apart``):
    سوفيات gives سوفيت and سوفييت among others. None for a stem under MIN_RESPELLED."""
    if len(stem) < MIN_RESPELLED:
        return set()
    found, frontier = set(), {stem}
    for _ in range(VOWEL_EDITS):
        frontier = {other for word in frontier for other in _one_vowel_apart(word)} - found - {stem}
        found |= frontier
    return {word for word in found if len(word) >= MIN_RESPELLED}


@lru_cache(maxsize=262144)
def variant_key(word: str) -> str | None:
    """The variant key of a folded word (clitics not removed), or None for a word too
    short or not Arabic."""
    if len(word) < MIN_NAME or not _ARABIC_WORD.fullmatch(word):
        return None
    return skeleton(word)
