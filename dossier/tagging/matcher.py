"""Matching gazetteer forms and lexicon terms in folded text, with their context.

Matching works on folded words (see ``dossier.text.folding``), so hamza forms, tashkeel and
tatweel never hide a mention. A form matches a whole word only, after a valid proclitic
chain (see ``dossier.text.clitics``), and may end in a nisba or plural ending
ي/ية/يين/يون/يات/يتين/يتان, or the accusative يا (مسؤولا إيرانيا). A topic term may also
take the accusative alif of any noun (هجوما انتحاريا). A word that is itself a listed one-word form
is read as that form, never as another form with an ending (برازيليا is Brasilia). Phrases match word by word; the words after the first may
carry or drop the article. At each word the longest phrase wins, which lets phrases
such as اتفاق باريس block a match (Paris there is not France).

A rule may carry a ``Context``: words that must (``needs``) or must not (``vetoes``)
stand within a few words of the match. The gazetteer guards ambiguous names with it
(مالي needs جمهورية, شمال, باماكو...), and topic lexicons use it for companion and veto
words (نووي with طاقة or محطة is energy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from dossier.tagging import words as _words
from dossier.tagging.words import Words, WordReader
from dossier.text.clitics import ARTICLE as _ARTICLE, MIN_STEM, clitic_readings
from dossier.text.folding import fold

_SUFFIXES = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان", "يا")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_GAP_OK = " \t\u00a0-\u2010\u2011"


def _bare(word: str) -> str:
    return word[2:] if word.startswith(_ARTICLE) and len(word) - 2 >= MIN_STEM else word


def _with_endings(word: str, accusative: bool = False) -> list[str]:
    if not _ARABIC.match(word):
        return [word]
    base = word[:-1] if word.endswith("ي") else word
    forms = [word] + [base + suffix for suffix in _SUFFIXES]
    # The indefinite accusative writes an alif after the word (هجوما); not after a
    # ta marbuta, an alif or a final ya (folded ه, ا, ي), where it is not written so.
    if accusative and word[-1] not in "هاي":
        forms.append(word + "ا")
    return forms


def _context_words(words) -> frozenset[str]:
    """Folded context words without the article, with their nisba forms (بيئي: البيئية)."""
    return frozenset(form for w in words for form in _with_endings(_bare(fold(w))))


@dataclass(frozen=True)
class Context:
    """Words that confirm (``needs``: at least one) or refute (``vetoes``: any) a match
    when they stand within ``window`` words of it; folded, without the article."""

    needs: frozenset[str] = frozenset()
    vetoes: frozenset[str] = frozenset()
    window: int = 6
    not_final: str = ""  # letters the word as written must not end in
    exact: bool = False  # the word is ambiguous as it stands: no derived forms are taken

    @classmethod
    def of(cls, needs=(), vetoes=(), window: int = 6, not_final: str = "",
           exact: bool = False) -> "Context | None":
        if not needs and not vetoes and not not_final:
            return None
        return cls(_context_words(needs), _context_words(vetoes), window, not_final, exact)

    def allows(self, words: list[str], first: int, last: int) -> bool:
        near = words[max(0, first - self.window):first] + words[last + 1:last + 1 + self.window]
        stems = _near_stems(tuple(near))
        if self.vetoes and not self.vetoes.isdisjoint(stems):
            return False
        return not self.needs or not self.needs.isdisjoint(stems)


@lru_cache(maxsize=262144)
def _word_stems(word: str) -> frozenset[str]:
    """A folded word's readings without their proclitics and article."""
    return frozenset(_bare(stem) for stem, _ in clitic_readings(word))


def _near_stems(near: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*map(_word_stems, near))


@dataclass(frozen=True)
class Rule:
    value: str | None
    kind: str
    rest: tuple[str, ...]
    article: int  # 1: the article is required, -1: refused, 0: either
    exclude: bool
    context: Context | None = None


# A rule as ``scan_indexed`` tries it: the key it decides (None for every rule of an
# exclusive matcher, else its value), its following words and the first of them, their
# number, its context, the value it tags with (None for an exclusion) and its kind.
_Step = tuple[str | None, tuple[str, ...], str | None, int, Context | None, str | None, str]


def _article_fits(rule: Rule, article: bool) -> bool:
    """Whether a reading with (or without) the article may match the rule."""
    return not (rule.article == 1 and not article or rule.article == -1 and article)


class Matcher:
    """An index of phrases by their first word; one pass over the words of a text."""

    def __init__(self, exclusive: bool, accusative: bool = False) -> None:
        self._exclusive = exclusive
        self._accusative = accusative  # derived forms also take the accusative alif
        # Each key's rules, with whether the key is the form made by adding an ending
        # (روسيين from روسي): such a key never stands for a word that is itself a listed
        # one-word form (برازيليا is Brasilia, not برازيلي + يا).
        self._forms: dict[str, list[tuple[Rule, bool]]] = {}
        self._cache: dict[str, tuple[_Step, ...]] = {}
        self._reader: WordReader | None = None

    def add(self, head: str, rest: Sequence[str], value: str | None, kind: str,
            article: int = 0, exclude: bool = False, context: Context | None = None,
            derive: bool = True) -> None:
        """Index a form by its first word. ``derive``: a one-word form also matches with
        nisba endings (كازاخستاني from كازاخستان); never a place's (الرياض is Riyadh,
        الرياضي "sporting") nor a word that needs context to be read."""
        rule = Rule(value, kind, tuple(_bare(word) for word in rest), article, exclude, context)
        derived = derive and not rest and not (context and context.exact)
        self._reader = None
        self._forms.setdefault(head, []).append((rule, False))
        for key in _with_endings(head, self._accusative)[1:] if derived else ():
            self._forms.setdefault(key, []).append((rule, True))

    def heads(self) -> set[str]:
        """The words a rule is found through: a word has rules only if one of its
        stems is one of these."""
        return set(self._forms)

    def rules(self, word: str) -> tuple[_Step, ...]:
        """The rules that may match at a folded word, in the order they are tried, as
        the steps ``scan_indexed`` takes."""
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= _words.CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[word] = tuple(
                (None if self._exclusive else rule.value, rule.rest, rule.rest[0] if rule.rest else None,
                 len(rule.rest), rule.context, None if rule.exclude else rule.value, rule.kind)
                for rule in self._rules(word))
        return found

    def _rules(self, word: str) -> tuple[Rule, ...]:
        # The longest phrase first; for equal phrases the reading that strips the
        # fewest letters, so a whole word (فقمة, a seal) beats a clitic one (ف + قمة);
        # then an exclusion before a form it spells out (مجريات is not Hungarian).
        rules: dict[Rule, int] = {}
        for stem, article in clitic_readings(word):
            entries = self._forms.get(stem)
            if not entries:
                continue
            fitting = [(rule, derived) for rule, derived in entries if _article_fits(rule, article)]
            if any(not derived and not rule.rest for rule, derived in fitting):
                fitting = [(rule, derived) for rule, derived in fitting if not derived]
            for rule, _derived in fitting:
                rules.setdefault(rule, len(word) - len(stem))
        return tuple(sorted(rules, key=lambda rule: (-len(rule.rest), rules[rule], not rule.exclude)))

    def words(self, text: str) -> Words:
        """The words of ``text``, with the ones this matcher may match picked out."""
        if self._reader is None:
            self._reader = WordReader((self,))
        return self._reader.words(text)

    def scan(self, text: str, words: Words | None = None) -> list[tuple[str, str, int, int]]:
        """(value, kind, start, end) for each mention, in text order. ``words``, when
        given, are ``text``'s from a reader that knows this matcher."""
        return [hit[:4] for hit in self.scan_indexed(text, words)]

    def scan_indexed(self, text: str, words: Words | None = None
                     ) -> list[tuple[str, str, int, int, int, int]]:
        """(value, kind, start, end, first word, last word) for each mention, in text order."""
        if words is None:
            words = self.words(text)
        found = self.matches(words)
        spans = words.spans([(first, last) for _value, _kind, first, last in found])
        return [(value, kind, start, end, first, last)
                for (value, kind, first, last), (start, end) in zip(found, spans)]

    def matches(self, words: Words) -> list[tuple[str, str, int, int]]:
        """(value, kind, first word, last word) for each mention, in text order; the
        words come from a reader that knows this matcher."""
        folded = words.folded
        found: list[tuple[str, str, int, int]] = []
        covered: dict[str | None, int] = {}
        cache = self._cache
        for i in words.candidates:
            steps = cache.get(folded[i])
            if steps is None:
                steps = self.rules(folded[i])
            if not steps:  # a word only the other matchers of its reader know
                continue
            decided: set[str | None] = set()
            following = None  # the next word without its article, for phrases
            for key, rest, second, length, context, value, kind in steps:
                if second is not None:
                    # Many phrases share a first word: most fail on their second word,
                    # told apart by one comparison.
                    if following is None:
                        following = _bare(folded[i + 1]) if i + 1 < len(folded) else ""
                    if second != following:
                        continue
                if key in decided or covered.get(key, 0) > i:
                    continue
                last = i + length
                if rest and not self._phrase_at(words, i, rest):
                    continue
                if context is not None and not (
                        context.allows(folded, i, last) and words.written(last)[-1] not in context.not_final):
                    continue
                decided.add(key)
                covered[key] = last + 1
                if value is not None:
                    found.append((value, kind, i, last))
        return found

    @staticmethod
    def _phrase_at(words: Words, i: int, rest: tuple[str, ...]) -> bool:
        folded = words.folded
        if i + len(rest) >= len(folded):
            return False
        for offset, expected in enumerate(rest, start=1):
            if _bare(folded[i + offset]) != expected or words.gap_before(i + offset).strip(_GAP_OK):
                return False
        return True


def split_form(form: str) -> tuple[str, list[str], int]:
    """Head word, following words and article rule of a gazetteer form (see gazetteer)."""
    article = -1 if form.endswith("!") else 0
    words = fold(form.rstrip("!")).split()
    head = words[0]
    if form.startswith(_ARTICLE):
        article, head = 1, head[2:]
    return head, words[1:], article
