"""What the full-text index stores for a text: one field per level of matching.

For each text (a title, a body, an excerpt) the index keeps four space-separated fields:

- ``words``: each folded word as written, one token per word, so phrases match on
  positions;
- ``bare``: what each word leaves after a proclitic chain (وكازاخستان gives
  كازاخستان), only for words that carry one: a query for the bare word finds every
  attached form, a query for the attached form stays exact. The index stores it after
  the words, so the words keep their positions for phrases;
- ``stems``: one light stem per word (``dossier.text.stems``), again one token per word,
  so gender, number, possessive and broken-plural forms meet, in phrases too; then the
  stems of the words' bare forms (لوزراء also gives وزير);
- ``keys``: the spelling-variant keys of each word and its bare forms, for words long
  enough to have one (``dossier.text.variants``); not of a form that still carries the
  article (الروهينغا gives the key of روهينغا alone): a query looks for a name by the
  key of its bare form, so that key was always there beside it (``word_keys``).

It is a pure function of the text, so it can run in the import's worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from dossier.text.clitics import clitic_stems, without_article
from dossier.text.folding import folded_words
from dossier.text.stems import stems_of
from dossier.text.variants import variant_key


@dataclass(frozen=True)
class IndexText:
    words: str
    bare: str
    stems: str
    keys: str


def word_keys(word: str) -> tuple[str, ...]:
    """The variant keys the index holds for a folded word: those of the word and of its
    bare forms that carry no article, each once, in the order of ``clitic_stems``."""
    forms = [form for form in clitic_stems(word) if without_article(form) == form]
    return tuple(dict.fromkeys(filter(None, map(variant_key, forms))))


class _Derived(dict):
    """Folded word -> its ``bare``, ``stems`` and ``keys`` entries, worked out on first use.

    Words repeat a great deal in a corpus: the rules run once per distinct word and the
    rest is C-level lookups and joins.
    """

    def __missing__(self, word: str) -> tuple[str, str, str, str]:
        if len(self) > 400_000:
            self.clear()
        stems = stems_of(word)
        derived = (" ".join(clitic_stems(word)[1:]), stems[0], " ".join(word_keys(word)),
                   " ".join(stems[1:]))
        self[word] = derived
        return derived


_DERIVED = _Derived()
_BARE, _STEM, _KEY, _MORE_STEMS = (itemgetter(i) for i in range(4))


def index_text(text: str, folded: str | None = None) -> IndexText:
    """The four index fields of ``text`` (empty entries only add spaces, which the
    tokenizer skips); ``folded`` is ``folding.folded_text(text)`` when the caller has
    it already (the same words as ``folded_words``, in one cheaper pass)."""
    words = folded_words(text) if folded is None else folded.split()
    derived = list(map(_DERIVED.__getitem__, words))
    stems = " ".join(map(_STEM, derived))
    more = " ".join(map(_MORE_STEMS, derived))
    return IndexText(" ".join(words), " ".join(map(_BARE, derived)),
                     stems + " " + more if more.strip() else stems, " ".join(map(_KEY, derived)))
