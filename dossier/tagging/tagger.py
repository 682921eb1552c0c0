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
- Country: one naming of the country or its adjective is enough. A city only says where
  something happens (a conference held in Dubai) and tags nothing. A capital or seat of
  government counts when the text uses it for the state (see ``_acts_as_state``):
  "طهران ترفض", "قالت موسكو", "بين واشنطن وبكين", "قرار أنقرة". Title mentions count
  like body mentions.
- Topic: tagged when its terms occur at least TOPIC_MIN_MENTIONS (4) times and at least
  once per TOPIC_CHARS_PER_MENTION (800) characters of body, about once a paragraph, so
  a long article needs more evidence than a short one; and at least TOPIC_MIN_TERMS (2)
  different terms, so one repeated word (a name, a place) is not enough. A title
  mention counts TOPIC_TITLE_WEIGHT (2) times: a title says what the article is about.
- Offsets in a ``Tagging`` are into the body only; a tag earned in the title alone has
  an empty tuple of offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from dossier.text.clitics import ARTICLE as _ARTICLE
from dossier.text.folding import fold
from dossier.tagging.matcher import Context, Matcher, split_form as _split_form
from dossier.tagging.words import Words, WordReader
from dossier.tagging.gazetteer import (
    CAPITAL, COUNTRY_FORMS, DEMONYM, GUARDS, NAME, NOT_COUNTRIES, PLACE, REGIONS)

TOPIC_MIN_MENTIONS = 4
TOPIC_MIN_TERMS = 2
TOPIC_CHARS_PER_MENTION = 800
TOPIC_TITLE_WEIGHT = 2

# Words before a capital that make it the state: its decision, position, government...
# Not اتفاق, محادثات, مفاوضات: before a city they name talks by their venue (اتفاق
# فيينا، محادثات أستانا، اتفاق أوسلو), not the state.
_STATE_NOUNS = frozenset(fold(w) for w in (
    "قرار موقف رد حكومة سلطات سياسة اتهامات تصريحات مطالب دعوة علاقات بين رفض إعلان "
    "تهديد تهديدات ضغوط عقوبات").split())
# Words that look like verbs of the state but are not (تايمز in "واشنطن تايمز").
_NOT_VERBS = frozenset(fold(w) for w in "تايمز تحت تجاه تماما وقت بيت ليست ترامب".split())
# Only spaces join a capital to the verb or state it goes with: across a full stop,
# comma or line the next word opens another clause ("في جاكرتا. تطلع أمريكي").
_JOINING = frozenset(" \t\u00a0")
# Particles after which a verb comes before its subject: "ما تنفيه طهران".
_BEFORE_VERB = frozenset(fold(w) for w in (
    "ما التي الذي الذين اللتي حيث حين فيما بينما كما عندما أن لم لا لن قد إذ وهو وهي "
    "بعدما كلما ربما طالما").split())

_GUARDS = {(code, fold(form)): guard for (code, form), guard in GUARDS.items()}


@lru_cache(maxsize=1)
def _country_matcher() -> Matcher:
    matcher = Matcher(exclusive=True)
    for entry in COUNTRY_FORMS:
        code = entry.country.code
        for kind, forms in ((NAME, entry.names), (DEMONYM, entry.demonyms),
                            (CAPITAL, entry.capitals), (PLACE, entry.places)):
            for form in forms:
                head, rest, article = _split_form(form)
                guard = _GUARDS.get((code, fold(form.rstrip("!"))))
                context = guard and Context.of(guard.needs, guard.vetoes, guard.window,
                                               guard.not_final, exact=bool(guard.needs))
                matcher.add(head, rest, code, kind, article, context=context,
                            derive=kind in (NAME, DEMONYM))
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
def _topic_matcher(lexicons: tuple) -> Matcher:
    matcher = Matcher(exclusive=False, accusative=True)
    for lexicon in lexicons:
        for terms, exclude in ((lexicon.terms, False), (lexicon.exclusions, True)):
            for term in terms:
                heads, rest = _lexicon_heads(term)
                context = Context.of(*lexicon.context_of(term))
                for head in heads:
                    matcher.add(head, rest, lexicon.slug, term, exclude=exclude, context=context)
    return matcher


def _topic_hits(text: str, lexicons: Iterable) -> list[tuple[str, str, int, int]]:
    """(slug, term, start, end): the term is kept to count how many different ones occur."""
    return _topic_matcher(tuple(lexicons)).scan(text)


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


@lru_cache(maxsize=8)
def _matchers(lexicons: tuple) -> tuple[WordReader, Matcher, Matcher]:
    """One reader for both matchers: one look at each word finds the candidates of both."""
    countries, topics = _country_matcher(), _topic_matcher(lexicons)
    return WordReader((countries, topics)), countries, topics


def _readers(lexicons: tuple) -> tuple[WordReader, Matcher, Matcher]:
    # An import tags every article with the same tuple of lexicons: known by identity,
    # it is not hashed again (a lexicon's hash goes over all its terms).
    if lexicons is not _LAST[0]:
        _LAST[:] = [lexicons, _matchers(lexicons)]
    return _LAST[1]


_LAST: list = [None, None]


def _default_lexicons() -> tuple:
    from dossier.tagging.topics import load_lexicons

    global _BUNDLED
    if _BUNDLED is None:
        _BUNDLED = load_lexicons()
    return _BUNDLED


_BUNDLED: tuple | None = None


def _joined(words: Words, right: int) -> bool:
    """Whether words ``right - 1`` and ``right`` stand in one clause: only spaces
    between them."""
    return _JOINING.issuperset(words.gap_before(right))


def _verb_before(words: Words, at: int) -> bool:
    """Whether word ``at`` is a present-tense verb whose subject follows (تنفيه طهران،
    تقول موسكو، تتهمه أنقرة): ت and at least three more letters, not a noun in ة or ات
    nor a verbal noun of the تفعيل shape (تقرير، تقديم); and it opens its clause or
    follows a particle (ما، التي، حيث، فيما...), so the capital after it is its subject,
    not its object (بريطانيا تقصف بيروت)."""
    folded = words.folded
    word, written = folded[at], words.written(at)
    if (len(word) < 4 or not word.startswith("ت") or word in _NOT_VERBS
            or written.endswith(("ة", "ات")) or len(word) == 5 and word[3] == "ي" and word[4] != "ه"):
        return False
    return at == 0 or not _joined(words, at) or folded[at - 1] in _BEFORE_VERB


def _acts_as_state(words: Words, hits: list, n: int) -> bool:
    """Whether the capital of ``hits[n]`` stands for its state: the subject of a verb
    ("طهران ترفض", "قالت موسكو", "ما تنفيه طهران"), the owner of a decision ("قرار
    أنقرة"), or coordinated with another state ("واشنطن وبكين", "بين واشنطن وموسكو"); in
    each case in the same clause, with only spaces between."""
    folded = words.folded
    _code, _kind, first, last = hits[n]
    after = folded[last + 1] if last + 1 < len(folded) and _joined(words, last + 1) else ""
    joined_before = first > 0 and _joined(words, first)
    before = folded[first - 1] if joined_before else ""
    if len(after) >= 3 and after.startswith("ت") and after not in _NOT_VERBS:
        return True
    if (len(before) >= 3 and before.endswith("ت") and not before.endswith(("ات", "يت"))
            and before not in _NOT_VERBS):
        return True
    if before and _verb_before(words, first - 1):
        return True
    if before in _STATE_NOUNS or (before[:1] in "وبل" and before[1:] in _STATE_NOUNS):
        return True
    neighbours = [hits[m] for m in (n - 1, n + 1) if 0 <= m < len(hits)]
    return any(other[1] != PLACE and (other[3] == first - 1 and _joined(words, first)
                                      or other[2] == last + 1 and _joined(words, last + 1))
               for other in neighbours)


def _evidence(words: Words, hits: list[tuple[str, str, int, int]]) -> set[str]:
    """The countries that the mentions ``hits`` in ``words`` are evidence for."""
    return {code for n, (code, kind, _first, _last) in enumerate(hits)
            if kind in (NAME, DEMONYM) or kind == CAPITAL and _acts_as_state(words, hits, n)}


def _spans_by_value(words: Words, hits: list[tuple[str, str, int, int]], wanted
                    ) -> dict[str, tuple[tuple[int, int], ...]]:
    """The spans of the ``hits`` whose value is ``wanted``, by value, in ``wanted``'s
    order; offsets are added up for those alone."""
    kept = [hit for hit in hits if hit[0] in wanted]
    if not kept:
        return {value: () for value in wanted}
    spans: dict[str, list[tuple[int, int]]] = {value: [] for value in wanted}
    for (value, *_), span in zip(kept, words.spans([(first, last) for *_, first, last in kept])):
        spans[value].append(span)
    return {value: tuple(found) for value, found in spans.items()}


def tag_article(title: str, body: str, lexicons=None) -> Tagging:
    """Tag an article by the thresholds in the module docstring; offsets are into ``body``."""
    lexicons = _default_lexicons() if lexicons is None else tuple(lexicons)
    reader, countries, topics = _readers(lexicons)
    title_words, body_words = reader.words(title), reader.words(body)

    title_hits, body_hits = countries.matches(title_words), countries.matches(body_words)
    evidence = _evidence(title_words, title_hits) | _evidence(body_words, body_hits)
    tagged_countries = _spans_by_value(body_words, body_hits, sorted(evidence))

    counts: dict[str, int] = {}
    terms: dict[str, set[str]] = {}
    body_hits = topics.matches(body_words)
    for hits, weight in ((topics.matches(title_words), TOPIC_TITLE_WEIGHT), (body_hits, 1)):
        for slug, term, _first, _last in hits:
            counts[slug] = counts.get(slug, 0) + weight
            terms.setdefault(slug, set()).add(term)
    needed = max(TOPIC_MIN_MENTIONS, -(-len(body) // TOPIC_CHARS_PER_MENTION))
    tagged = [slug for slug in sorted(counts)
              if counts[slug] >= needed and len(terms[slug]) >= TOPIC_MIN_TERMS]
    return Tagging(tagged_countries, _spans_by_value(body_words, body_hits, tagged))
