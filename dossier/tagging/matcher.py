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

from dossier.text.clitics import ARTICLE as _ARTICLE, MIN_STEM, clitic_readings
from dossier.text.folding import fold

_SUFFIXES = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان", "يا")
# Letters with their marks, tatweel and joiners; digit runs apart, so COP29 gives "cop".
_WORD = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d])+|\d+")
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
        self._cache: dict[str, tuple[Rule, ...]] = {}
        self._matching: set[str] = set()  # the cached words that have rules

    def add(self, head: str, rest: Sequence[str], value: str | None, kind: str,
            article: int = 0, exclude: bool = False, context: Context | None = None,
            derive: bool = True) -> None:
        """Index a form by its first word. ``derive``: a one-word form also matches with
        nisba endings (كازاخستاني from كازاخستان); never a place's (الرياض is Riyadh,
        الرياضي "sporting") nor a word that needs context to be read."""
        rule = Rule(value, kind, tuple(_bare(word) for word in rest), article, exclude, context)
        derived = derive and not rest and not (context and context.exact)
        self._forms.setdefault(head, []).append((rule, False))
        for key in _with_endings(head, self._accusative)[1:] if derived else ():
            self._forms.setdefault(key, []).append((rule, True))

    def _rules(self, word: str) -> tuple[Rule, ...]:
        found = self._cache.get(word)
        if found is None:
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
            found = tuple(sorted(rules, key=lambda rule: (-len(rule.rest), rules[rule], not rule.exclude)))
            self._cache[word] = found
            if found:
                self._matching.add(word)
        return found

    def scan(self, text: str, words: Words | None = None) -> list[tuple[str, str, int, int]]:
        """(value, kind, start, end) for each mention, in text order."""
        return [hit[:4] for hit in self.scan_indexed(text, words)]

    def scan_indexed(self, text: str, words: Words | None = None
                     ) -> list[tuple[str, str, int, int, int, int]]:
        """(value, kind, start, end, first word, last word) for each mention, in text order."""
        spans, words = words or words_of(text)
        found: list[tuple[str, str, int, int, int, int]] = []
        covered: dict[str | None, int] = {}
        cache = self._cache
        distinct = set(words)
        missing = distinct.difference(cache)
        if len(cache) + len(missing) > _CACHE_LIMIT:  # bounded memory over a long import
            cache.clear()
            self._matching.clear()
            missing = distinct
        for word in missing:
            self._rules(word)
        # Most words match nothing: pick the few that do before the per-word work.
        matching = distinct & self._matching
        for i in [i for i, word in enumerate(words) if word in matching]:
            rules = cache[words[i]]
            decided: set[str | None] = set()
            for rule in rules:
                key = None if self._exclusive else rule.value
                if key in decided or covered.get(key, 0) > i:
                    continue
                last = i + len(rule.rest)
                if rule.rest and not self._phrase_at(text, spans, words, i, rule.rest):
                    continue
                if rule.context is not None and not (
                        rule.context.allows(words, i, last)
                        and not text[spans[last][1] - 1] in rule.context.not_final):
                    continue
                decided.add(key)
                covered[key] = last + 1
                if not rule.exclude and rule.value is not None:
                    found.append((rule.value, rule.kind, spans[i][0], spans[last][1], i, last))
        return found

    @staticmethod
    def _phrase_at(text: str, spans: list[tuple[int, int]], words: list[str], i: int,
                   rest: tuple[str, ...]) -> bool:
        if i + len(rest) >= len(words):
            return False
        for offset, expected in enumerate(rest, start=1):
            if _bare(words[i + offset]) != expected:
                return False
            gap = text[spans[i + offset - 1][1]:spans[i + offset][0]]
            if gap.strip(_GAP_OK):
                return False
        return True


_FOLDED: dict[str, str] = {}
_CACHE_LIMIT = 500_000  # the whole corpus of 2018 holds 228,000 distinct words
Words = tuple[list[tuple[int, int]], list[str]]


_GROUP, _SPAN = re.Match.group, re.Match.span


def words_of(text: str) -> Words:
    """The words of ``text``: their offsets, and their folded forms."""
    # C-level maps over the matches and a dict of folded words: this runs on every
    # word of every imported article.
    matches = list(_WORD.finditer(text))
    raw = list(map(_GROUP, matches))
    missing = set(raw).difference(_FOLDED)
    if len(_FOLDED) + len(missing) > _CACHE_LIMIT:
        _FOLDED.clear()
        missing = set(raw)
    for word in missing:
        _FOLDED[word] = fold(word)
    return list(map(_SPAN, matches)), list(map(_FOLDED.__getitem__, raw))




def split_form(form: str) -> tuple[str, list[str], int]:
    """Head word, following words and article rule of a gazetteer form (see gazetteer)."""
    article = -1 if form.endswith("!") else 0
    words = fold(form.rstrip("!")).split()
    head = words[0]
    if form.startswith(_ARTICLE):
        article, head = 1, head[2:]
    return head, words[1:], article
