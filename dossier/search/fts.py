"""The FTS5 MATCH expression for a parsed query, over the index's three levels.

The index (see ``index_text``) has, for titles and bodies alike, a column of words (the
words as written, then the bare forms of attached ones), a column of stems (one per
word, so phrases match on stems too) and a column of variant keys. A word is looked
for at every level at once; bm25 then adds up what matched, with the column weights
below, so the typed form outranks a stem and a stem outranks a spelling variant, and a
title outranks a body. Every token is quoted: user input never becomes FTS syntax.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dossier.search.forms import TermForms, WordForms, phrase_stems
from dossier.search.query import And, Not, Or, Term



@dataclass(frozen=True)
class Columns:
    """The column filters of one index's three levels, and its bm25 weights."""

    words: str
    stems: str
    keys: str
    weights: tuple[float, ...]


# Weights in the tables' column order: title over body, words over stems over keys.
ARTICLES = Columns("{title body}", "{title_stem body_stem}", "{title_key body_key}",
                   (10.0, 1.0, 4.0, 0.4, 2.0, 0.2))
EXCERPTS = Columns("{quote}", "{quote_stem}", "{quote_key}", (1.0, 0.4, 0.2))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _any(tokens, prefix: bool = False) -> str:
    star = "*" if prefix else ""
    quoted = [_quote(t) + star for t in tokens]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def _word(forms: WordForms, prefix: bool, cols: Columns) -> str:
    parts = [f"{cols.words}: {_any(forms.readings, prefix)}"]
    if not prefix:
        if forms.stems:
            parts.append(f"{cols.stems}: {_any(forms.stems)}")
        if forms.keys:
            parts.append(f"{cols.keys}: {_any(forms.keys)}")
        for left, right in forms.splits:
            parts.append(f"{cols.keys}: {_quote(left + ' ' + right)}")
    return "(" + " OR ".join(parts) + ")"


def _phrase(forms: TermForms, cols: Columns) -> str:
    words = " ".join(w.typed for w in forms.words)
    parts = [f"{cols.words}: {_quote(words)}"]
    parts.append(f"{cols.stems}: {_any(' '.join(row) for row in phrase_stems(forms))}")
    if forms.joined_key:
        parts.append(f"{cols.keys}: {_quote(forms.joined_key)}")
    return "(" + " OR ".join(parts) + ")"


def _term(term: TermForms, cols: Columns) -> str:
    if len(term.words) == 1:
        expression = _word(term.words[0], term.term.prefix, cols)
    else:
        expression = _phrase(term, cols)
    if not term.also:
        return expression
    return "(" + " OR ".join([expression] + [_term(other, cols) for other in term.also]) + ")"


def to_match(node: object, forms: Callable[[Term], TermForms], cols: Columns = ARTICLES) -> str:
    """The MATCH expression for a query tree; ``forms`` gives each term's forms."""
    if isinstance(node, Term):
        return _term(forms(node), cols)
    if isinstance(node, Or):
        return " OR ".join(f"({to_match(part, forms, cols)})" for part in node.parts)
    if isinstance(node, And):
        wanted = [p for p in node.parts if not isinstance(p, Not)]
        positive = [f"({to_match(p, forms, cols)})" for p in wanted]
        expression = " AND ".join(positive)
        bonus = _proximity(wanted, forms, cols)
        if bonus:
            # Always true for a row that matched; bm25 then counts the phrase's hits.
            expression = f"{expression} AND ({bonus} OR {positive[0]})"
        for part in node.parts:
            if isinstance(part, Not):
                expression = f"({expression}) NOT ({to_match(part.part, forms, cols)})"
        return expression
    raise TypeError(node)


def _proximity(parts: list, forms: Callable[[Term], TermForms], cols: Columns) -> str | None:
    """A bonus for words that stand together: their stems as one phrase."""
    if len(parts) < 2 or not all(isinstance(p, Term) and not p.prefix for p in parts):
        return None
    stems = [w.places[0] for part in parts for w in forms(part).words]
    return f"{cols.stems}: {_quote(' '.join(stems))}"
