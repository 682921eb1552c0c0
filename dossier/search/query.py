"""The analyst's search language, parsed into a small tree.

Words are ANDed; ``OR`` and ``NOT`` (also ``AND``) join them; ``"..."`` is a phrase;
``word*`` is a prefix; ``-word`` excludes. Anything else is literal text: an unbalanced
quote runs to the end, an operator where no operator can stand is a plain word, and
punctuation or SQL is only ever folded into words. Nothing here can raise on input
except ``QueryError`` for a query that asks for nothing to be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.text.folding import folded_words


class QueryError(ValueError):
    """A query that cannot be searched; ``code`` is stable, the message is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded; more than one is a phrase
    prefix: bool = False
    # The words typed with a final ه rather than ة (folding writes both ه): that ه is the
    # word's own letter (بيليه, اتجاه), not a feminine ending a stem may take off.
    final_ha: frozenset[int] = frozenset()


@dataclass(frozen=True)
class And:
    parts: tuple[object, ...]


@dataclass(frozen=True)
class Or:
    parts: tuple[object, ...]


@dataclass(frozen=True)
class Not:
    part: object


_LEXEME = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = {"AND", "OR", "NOT"}
_HA = "\u0647"


def _final_ha(text: str) -> frozenset[int]:
    """Which of the folded words of ``text`` end in a typed ه (ة is read as ت for this,
    so both spellings split into the same words)."""
    return frozenset(i for i, word in enumerate(folded_words(text.replace("\u0629", "\u062a")))
                     if word.endswith(_HA))


def _lex(text: str) -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = []
    for match in _LEXEME.finditer(text.replace("\u201c", '"').replace("\u201d", '"')):
        if match.group(1) is not None:
            words = tuple(folded_words(match.group(1)))
            if words:
                items.append(("term", Term(words, final_ha=_final_ha(match.group(1)))))
            continue
        raw = match.group(2)
        if raw in _OPERATORS:
            items.append(("op", raw))
            continue
        negate = raw.startswith("-") and len(raw) > 1
        if negate:
            raw = raw[1:]
        prefix = raw.endswith("*")
        words = tuple(folded_words(raw))
        if not words:
            continue
        term = Term(words, prefix=prefix and len(words) == 1, final_ha=_final_ha(raw))
        if negate:
            items.append(("op", "NOT"))
        items.append(("term", term))
    return items


def parse(text: str) -> object:
    """The query tree of ``text``; raises QueryError when nothing is asked for."""
    items = _lex(text)
    # Operators with nothing to join become plain words: "OR" alone searches "or".
    cleaned: list[tuple[str, object]] = []
    for index, (kind, value) in enumerate(items):
        if kind == "op":
            nxt = items[index + 1] if index + 1 < len(items) else None
            has_right = nxt is not None and (nxt[0] == "term" or (value != "NOT" and nxt[1] == "NOT"))
            has_left = bool(cleaned) and cleaned[-1][0] == "term"
            if value == "NOT" and has_right:
                cleaned.append((kind, value))
                continue
            if value in ("AND", "OR") and has_left and has_right:
                cleaned.append((kind, value))
                continue
            cleaned.append(("term", Term((value.lower(),))))
            continue
        cleaned.append((kind, value))
    if not cleaned:
        raise QueryError("empty", "Type a word to search for.")
    groups: list[list[object]] = [[]]
    negate = False
    for kind, value in cleaned:
        if kind == "op":
            if value == "OR":
                groups.append([])
            elif value == "NOT":
                negate = True
            continue
        groups[-1].append(Not(value) if negate else value)
        negate = False
    ors = []
    for group in groups:
        if not any(not isinstance(part, Not) for part in group):
            raise QueryError(
                "only_excluded", "A search needs at least one word to find, not only words to exclude."
            )
        ors.append(group[0] if len(group) == 1 else And(tuple(group)))
    return ors[0] if len(ors) == 1 else Or(tuple(ors))


def positive_terms(node: object) -> list[Term]:
    """The terms whose matches are shown (excluded words are not)."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    return [term for part in node.parts for term in positive_terms(part)]
