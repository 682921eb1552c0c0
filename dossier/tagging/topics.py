"""Topic lexicons: plain text files the analyst can read and extend.

One UTF-8 file per topic, named after the topic's slug (``water.txt``)::

    # ar: المياه
    # en: Water
    # Any other line starting with # is a comment.
    الموارد المائية
    سد
    !الأمن المائي

One term or phrase per line, in Arabic (Latin acronyms such as COP are allowed). Terms
are matched on folded text with the clitic rules of ``dossier.tagging.tagger``, so one spelling
covers وللموارد المائية and tashkeel. A line starting with ! names a phrase that
contains a term but is not evidence for the topic (الأمن الغذائي is not security).

A term may be followed by companion words (+word: the term counts only when one of
them stands within a few words of it) and veto words (-word: it never counts beside
one of them)::

    نووي +طاقة +محطة +مفاعل -تخصيب -اتفاق

Bundled lexicons live in ``resources/topics``. Files in extra folders add terms to a
topic of the same slug, or define a new topic (then both name headers are required).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dossier.ingest.errors import ImportRejected
from dossier.ingest.files import read_file
from dossier.text.folding import fold
from dossier.model import Topic
from dossier.paths import resources_dir

_SLUG = re.compile(r"[a-z][a-z0-9_-]*\Z")
_HEADER = re.compile(r"#\s*(ar|en)\s*:(.*)\Z")
# Letters, their marks, digits, spaces, hyphens and apostrophes; anything else (a comma,
# a slash) usually means several terms were put on one line.
# A lexicon is a few kilobytes; anything far larger in the folder is a stray file.
MAX_LEXICON_BYTES = 256 * 1024
_TERM = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d' \-])+\Z")


@dataclass(frozen=True)
class Lexicon:
    slug: str
    name_ar: str
    name_en: str
    terms: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    # (term, companion words, veto words) for the terms that have them.
    contexts: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    def context_of(self, term: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        for known, needs, vetoes in self.contexts:
            if known == term:
                return needs, vetoes
        return (), ()

    @property
    def topic(self) -> Topic:
        return Topic(self.slug, self.name_ar, self.name_en)


def parse_lexicon(text: str, slug: str) -> Lexicon:
    """The lexicon in ``text``; ValueError, naming the line, when the file is malformed.

    Name headers may be missing (an extension of a bundled topic); ``load_lexicons``
    insists on them for a new topic.
    """
    if not _SLUG.match(slug):
        raise ValueError(f"topic {slug!r}: a slug is lower-case latin letters, digits, - or _")
    names: dict[str, str] = {}
    terms: list[str] = []
    exclusions: list[str] = []
    contexts: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            header = _HEADER.match(line)
            if header:
                key, value = header.group(1), header.group(2).strip()
                if not value:
                    raise ValueError(f"topic {slug!r}, line {number}: empty '# {key}:' name")
                if key in names:
                    raise ValueError(f"topic {slug!r}, line {number}: second '# {key}:' name")
                names[key] = value
            continue
        exclude = line.startswith("!")
        words = line.lstrip("!").split()
        needs = tuple(w[1:] for w in words if w.startswith("+") and len(w) > 1)
        vetoes = tuple(w[1:] for w in words if w.startswith("-") and len(w) > 1)
        term = " ".join(w for w in words if not w.startswith(("+", "-")))
        if not term or not _TERM.match(term) or not fold(term).strip(" -'"):
            raise ValueError(
                f"topic {slug!r}, line {number}: {raw.strip()!r} is not a term "
                "(one term or phrase per line, letters and digits only)")
        target = exclusions if exclude else terms
        if term not in target:
            target.append(term)
        if needs or vetoes:
            contexts.append((term, needs, vetoes))
    if not terms:
        raise ValueError(f"topic {slug!r}: the file has no terms")
    return Lexicon(slug, names.get("ar", ""), names.get("en", ""), tuple(terms), tuple(exclusions),
                   tuple(contexts))


def _merge(base: Lexicon, extra: Lexicon) -> Lexicon:
    terms = base.terms + tuple(t for t in extra.terms if t not in base.terms)
    exclusions = base.exclusions + tuple(t for t in extra.exclusions if t not in base.exclusions)
    # The analyst's own companions for a term replace the bundled ones.
    overridden = {term for term, _n, _v in extra.contexts}
    contexts = tuple(c for c in base.contexts if c[0] not in overridden) + extra.contexts
    return Lexicon(base.slug, base.name_ar or extra.name_ar, base.name_en or extra.name_en,
                   terms, exclusions, contexts)


def _read_dir(folder: Path) -> list[tuple[Path, Lexicon]]:
    result = []
    for path in sorted(Path(folder).glob("*.txt")):
        try:
            # Regular files only, size-bounded, opened without waiting: a FIFO or a huge
            # file dropped into the analyst's folder must neither block nor fill memory.
            text = read_file(path, MAX_LEXICON_BYTES).decode("utf-8")
        except ImportRejected as error:
            raise ValueError(f"{path}: {error.message}") from None
        except UnicodeDecodeError as error:
            raise ValueError(f"{path}: not UTF-8 text ({error.reason})") from error
        try:
            result.append((path, parse_lexicon(text, path.stem)))
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from error
    return result


def bundled_dir() -> Path:
    return resources_dir() / "topics"


def load_lexicons(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> tuple[Lexicon, ...]:
    """The bundled lexicons, extended or joined by the files in ``extra_dirs``."""
    by_slug: dict[str, Lexicon] = {}
    for folder in (bundled_dir(), *extra_dirs):
        for path, lexicon in _read_dir(Path(folder)):
            if lexicon.slug in by_slug:
                by_slug[lexicon.slug] = _merge(by_slug[lexicon.slug], lexicon)
            elif not (lexicon.name_ar and lexicon.name_en):
                raise ValueError(f"{path}: a new topic needs '# ar:' and '# en:' name lines")
            else:
                by_slug[lexicon.slug] = lexicon
    return tuple(by_slug.values())
