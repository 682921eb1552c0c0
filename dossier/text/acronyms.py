"""Acronyms and codes typed in Latin letters, and the ways the Arabic press writes them.

A plain data file (``resources/text/acronyms.txt``) lists each entity's forms: OPEC,
أوبك, منظمة الدول المصدرة للنفط. A query for any form finds every form. Forms are kept as
folded words; one written with or without a hyphen or space (F-16, F16) is the same key.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.paths import resources_dir
from dossier.text.folding import folded_words


def key(words: tuple[str, ...]) -> str:
    """The words run together: F-16, F16 and f 16 are one key."""
    return "".join(words)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    text = (resources_dir() / "text" / "acronyms.txt").read_text("utf-8")
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms = tuple(tuple(folded_words(form)) for form in line.split("|") if folded_words(form))
        for form in forms:
            found.setdefault(key(form), forms)
    return found


def other_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The other forms of the entity the folded ``words`` name, or () if none is known."""
    forms = _table().get(key(words), ())
    return tuple(form for form in forms if form != words)
