"""Find countries and topics in an article and decide which ones it is tagged with.

Matching works on folded words (see ``dossier.text.folding``), so hamza forms, tashkeel and
tatweel never hide a mention. A form matches a whole word only, after a valid proclitic
chain (و|ف)? (ب|ك|ل)? (ال)? with ل + ال written لل, and may end in a nisba or plural
ending ي/ية/يين/يون/يات/يتين/يتان. Phrases match word by word; the words after the
first may carry or drop the article. At each word the longest phrase wins, which lets
phrases such as اتفاق باريس block a match (Paris there is not France).

Mentions keep offsets into the original text, covering the whole surface word(s).

Thresholds (why: a facet should list the articles an analyst would want, and a word in
passing should not put an article under a topic):
- Country: names and demonyms count 1, places (capitals, cities) count 0.5. A country is
  tagged at 1: one naming of the country or its adjective is enough, a lone city (a
  conference held in Dubai) is not. Title mentions count like body mentions.
- Topic: tagged when its terms occur at least TOPIC_MIN_MENTIONS (3) times and at least
  once per TOPIC_CHARS_PER_MENTION (800) characters of body, about once a paragraph, so
  a long article needs more evidence than a short one; and at least TOPIC_MIN_TERMS (2)
  different terms, so one repeated word (a name, a place) is not enough. A title
  mention counts TOPIC_TITLE_WEIGHT (2) times: a title says what the article is about.
- Offsets in a ``Tagging`` are into the body only; a tag earned in the title alone has
  an empty tuple of offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from dossier.text.clitics import ARTICLE as _ARTICLE, MIN_STEM, clitic_readings
from dossier.text.folding import fold
from dossier.tagging.gazetteer import COUNTRY_FORMS, GUARDS, NOT_COUNTRIES, PLACE, REGIONS

TOPIC_MIN_MENTIONS = 3
TOPIC_MIN_TERMS = 2
TOPIC_CHARS_PER_MENTION = 800
TOPIC_TITLE_WEIGHT = 2
_PLACE_WEIGHT = 0.5

_SUFFIXES = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان")
# Letters with their marks, tatweel and joiners; digit runs apart, so COP29 gives "cop".
_WORD = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d])+|\d+")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_GAP_OK = " \t\u00a0-\u2010\u2011"


def _bare(word: str) -> str:
    return word[2:] if word.startswith(_ARTICLE) and len(word) - 2 >= MIN_STEM else word


def _with_endings(word: str) -> list[str]:
    if not _ARABIC.match(word):
        return [word]
    base = word[:-1] if word.endswith("ي") else word
    return [word] + [base + suffix for suffix in _SUFFIXES]


@dataclass(frozen=True)
class Context:
    """Words that confirm (``needs``: at least one) or refute (``vetoes``: any) a match
    when they stand within ``window`` words of it; folded, without the article."""

    needs: frozenset[str] = frozenset()
    vetoes: frozenset[str] = frozenset()
    window: int = 6
    not_final: str = ""  # letters the word as written must not end in

    @classmethod
    def of(cls, needs=(), vetoes=(), window: int = 6, not_final: str = "") -> "Context | None":
        if not needs and not vetoes and not not_final:
            return None
        return cls(frozenset(_bare(fold(w)) for w in needs),
                   frozenset(_bare(fold(w)) for w in vetoes), window, not_final)

    @property
    def exact(self) -> bool:
        """Whether the word is ambiguous as it stands (its derived forms are not taken)."""
        return bool(self.needs or self.vetoes)

    def allows(self, words: list[str], first: int, last: int) -> bool:
        near = words[max(0, first - self.window):first] + words[last + 1:last + 1 + self.window]
        stems = {_bare(stem) for word in near for stem, _ in clitic_readings(word)}
        if self.vetoes and not self.vetoes.isdisjoint(stems):
            return False
        return not self.needs or not self.needs.isdisjoint(stems)


@dataclass(frozen=True)
class _Rule:
    value: str | None
    kind: str
    rest: tuple[str, ...]
    article: int  # 1: the article is required, -1: refused, 0: either
    exclude: bool
    context: Context | None = None


class _Matcher:
    """An index of phrases by their first word; one pass over the words of a text."""

    def __init__(self, exclusive: bool) -> None:
        self._exclusive = exclusive
        self._heads: dict[str, list[_Rule]] = {}
        self._cache: dict[str, tuple[_Rule, ...]] = {}

    def add(self, head: str, rest: Sequence[str], value: str | None, kind: str,
            article: int = 0, exclude: bool = False, context: Context | None = None) -> None:
        rule = _Rule(value, kind, tuple(_bare(word) for word in rest), article, exclude, context)
        # A guarded word is ambiguous as it stands: its derived forms are not taken.
        keys = _with_endings(head) if not rest and not (context and context.exact) else [head]
        for key in keys:
            self._heads.setdefault(key, []).append(rule)

    def _rules(self, word: str) -> tuple[_Rule, ...]:
        found = self._cache.get(word)
        if found is None:
            # The longest phrase first; for equal phrases the reading that strips the
            # fewest letters, so a whole word (فقمة, a seal) beats a clitic one (ف + قمة).
            rules: dict[_Rule, int] = {}
            for stem, article in clitic_readings(word):
                for rule in self._heads.get(stem, ()):
                    if rule.article == 1 and not article or rule.article == -1 and article:
                        continue
                    rules.setdefault(rule, len(word) - len(stem))
            found = tuple(sorted(rules, key=lambda rule: (-len(rule.rest), rules[rule])))
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = found
        return found

    def scan(self, text: str, words: _Words | None = None) -> list[tuple[str, str, int, int]]:
        """(value, kind, start, end) for each mention, in text order."""
        spans, words = words or _words(text)
        found: list[tuple[str, str, int, int]] = []
        covered: dict[str | None, int] = {}
        cache = self._cache
        for word in set(words).difference(cache):
            self._rules(word)
        # Most words match nothing: pick the few that do before the per-word work.
        for i in [i for i, word in enumerate(words) if cache.get(word) != ()]:
            rules = self._rules(words[i])
            if not rules:
                continue
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
                    found.append((rule.value, rule.kind, spans[i][0], spans[last][1]))
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
_Words = tuple[list[tuple[int, int]], list[str]]


def _words(text: str) -> _Words:
    """The words of ``text``: their offsets, and their folded forms."""
    matches = list(_WORD.finditer(text))
    known = _FOLDED.get
    raw = [m.group() for m in matches]
    return [m.span() for m in matches], [known(w) or _fold_word(w) for w in raw]


def _fold_word(word: str) -> str:
    folded = _FOLDED.get(word)
    if folded is None:
        folded = fold(word)
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        _FOLDED[word] = folded
    return folded


def _split_form(form: str) -> tuple[str, list[str], int]:
    """Head word, following words and article rule of a gazetteer form (see gazetteer)."""
    article = -1 if form.endswith("!") else 0
    words = fold(form.rstrip("!")).split()
    head = words[0]
    if form.startswith(_ARTICLE):
        article, head = 1, head[2:]
    return head, words[1:], article


_GUARDS = {(code, fold(form)): guard for (code, form), guard in GUARDS.items()}


@lru_cache(maxsize=1)
def _country_matcher() -> _Matcher:
    matcher = _Matcher(exclusive=True)
    for entry in COUNTRY_FORMS:
        code = entry.country.code
        for kind, forms in (("name", entry.names), ("demonym", entry.demonyms), (PLACE, entry.places)):
            for form in forms:
                head, rest, article = _split_form(form)
                guard = _GUARDS.get((code, fold(form.rstrip("!"))))
                context = guard and Context.of(guard.needs, guard.vetoes, guard.window, guard.not_final)
                matcher.add(head, rest, code, kind, article, context=context)
    # Phrases that name no state, regions included, block the forms they contain.
    for phrase in NOT_COUNTRIES + REGIONS:
        head, rest, article = _split_form(phrase)
        matcher.add(head, rest, None, "", article, exclude=True)
    return matcher


def find_country_mentions(text: str) -> list[tuple[str, int, int]]:
    """(code, start, end) for each country mention in ``text``, sorted by start."""
    return [(code, start, end) for code, _kind, start, end in _country_matcher().scan(text)]


def _lexicon_heads(term: str) -> tuple[list[str], list[str]]:
    words = fold(term).split()
    head = words[0]
    # In a lexicon the article is always optional: الطاقة also finds طاقة and لطاقة.
    heads = [head, head[2:]] if head.startswith(_ARTICLE) and len(head) >= 5 else [head]
    return heads, words[1:]


@lru_cache(maxsize=8)
def _topic_matcher(lexicons: tuple) -> _Matcher:
    matcher = _Matcher(exclusive=False)
    for lexicon in lexicons:
        for terms, exclude in ((lexicon.terms, False), (lexicon.exclusions, True)):
            for term in terms:
                heads, rest = _lexicon_heads(term)
                for head in heads:
                    matcher.add(head, rest, lexicon.slug, term, exclude=exclude)
    return matcher


def _topic_hits(text: str, lexicons: Iterable, words: _Words | None = None
                ) -> list[tuple[str, str, int, int]]:
    """(slug, term, start, end): the term is kept to count how many different ones occur."""
    return _topic_matcher(tuple(lexicons)).scan(text, words)


def find_topic_mentions(text: str, lexicons) -> dict[str, list[tuple[int, int]]]:
    """For each topic with at least one term in ``text``, the (start, end) of each term."""
    result: dict[str, list[tuple[int, int]]] = {}
    for slug, _kind, start, end in _topic_hits(text, lexicons):
        result.setdefault(slug, []).append((start, end))
    return result


@dataclass(frozen=True)
class Tagging:
    """The countries and topics an article is tagged with, and their evidence in the body."""

    countries: dict[str, tuple[tuple[int, int], ...]]
    topics: dict[str, tuple[tuple[int, int], ...]]

    @property
    def country_mentions(self) -> tuple[tuple[str, int, int], ...]:
        """(code, start, end) of every body mention of a tagged country, by start."""
        return tuple(sorted(((code, start, end) for code, spans in self.countries.items()
                             for start, end in spans), key=lambda m: (m[1], m[2], m[0])))


def _default_lexicons() -> tuple:
    from dossier.tagging.topics import load_lexicons

    global _BUNDLED
    if _BUNDLED is None:
        _BUNDLED = load_lexicons()
    return _BUNDLED


_BUNDLED: tuple | None = None


def tag_article(title: str, body: str, lexicons=None) -> Tagging:
    """Tag an article by the thresholds in the module docstring; offsets are into ``body``."""
    lexicons = _default_lexicons() if lexicons is None else tuple(lexicons)
    countries = _country_matcher()
    parts = ((title, False, _words(title)), (body, True, _words(body)))
    score: dict[str, float] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for text, in_body, words in parts:
        for code, kind, start, end in countries.scan(text, words):
            score[code] = score.get(code, 0.0) + (_PLACE_WEIGHT if kind == PLACE else 1.0)
            if in_body:
                spans.setdefault(code, []).append((start, end))
    tagged_countries = {code: tuple(spans.get(code, ())) for code in sorted(score)
                        if score[code] >= 1.0}

    counts: dict[str, int] = {}
    terms: dict[str, set[str]] = {}
    topic_spans: dict[str, list[tuple[int, int]]] = {}
    for text, in_body, words in parts:
        for slug, term, start, end in _topic_hits(text, lexicons, words):
            counts[slug] = counts.get(slug, 0) + (1 if in_body else TOPIC_TITLE_WEIGHT)
            terms.setdefault(slug, set()).add(term)
            if in_body:
                topic_spans.setdefault(slug, []).append((start, end))
    needed = max(TOPIC_MIN_MENTIONS, -(-len(body) // TOPIC_CHARS_PER_MENTION))
    tagged_topics = {slug: tuple(topic_spans.get(slug, ())) for slug in sorted(counts)
                     if counts[slug] >= needed and len(terms[slug]) >= TOPIC_MIN_TERMS}
    return Tagging(tagged_countries, tagged_topics)
