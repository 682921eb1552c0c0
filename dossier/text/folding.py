"""Arabic-aware folding and tokenising, shared by search and tagging.

Folding makes spellings that a reader treats as the same compare equal: hamza and
alef forms, alef maqsura, ta marbuta, tashkeel, tatweel, Arabic-Indic digits,
presentation forms, bidi controls, Latin case and accents. Every folded character
remembers the offset of the original character it came from, so matches found in
folded text map back to the text the analyst reads.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import islice
from dataclasses import dataclass
from typing import Callable

_MAP = {
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u06cc": "\u064a", "\u0626": "\u064a",
    "\u0629": "\u0647",
    "\u0624": "\u0648",
    "\u06a9": "\u0643",
}
_DELETE = set(
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, extended marks
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _fold_char(ch: str) -> str:
    if ch in _DELETE:
        return ""
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _MAP:
        return _MAP[ch]
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF or 0xFF00 <= code <= 0xFFEF:
        normal = unicodedata.normalize("NFKC", ch)
        if normal != ch:
            return "".join(_fold_char(c) for c in normal)
        return ch
    if 0x80 <= code < 0x0590:
        # Latin and other scripts: drop accents, compare case-blind.
        decomposed = unicodedata.normalize("NFKD", ch)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ch.lower()


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [range(0x41, 0x5B), range(0xC0, 0x0590), range(0x0600, 0x0700),
              range(0x2000, 0x2070), range(0xFB50, 0xFE00), range(0xFE70, 0xFF00),
              range(0xFF00, 0xFFF0)]
    for block in ranges:
        for code in block:
            ch = chr(code)
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
    return table


# The characters folding changes, and what each becomes; built once.
_TABLE = _build_table()


def _char_class(chars) -> str:
    """A regular-expression class for ``chars``, written as ranges: thousands of single
    characters would take the class a long time to compile at every start."""
    codes = sorted(map(ord, chars))
    parts, start = [], 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[i - 1] + 1:
            first, last = chr(codes[start]), chr(codes[i - 1])
            parts.append(re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}")
            start = i
    return "[" + "".join(parts) + "]"


class _Replacer:
    """Folding applied by replacing, one after the other, the characters of a text that
    it changes. Most characters of a text stay as they are, and str.replace runs at C
    speed where str.translate looks every character up; the replacements are folded
    already (a test checks it), so none is undone by a later one."""

    def __init__(self, pattern: str, replacement: Callable[[str], str]):
        self.pattern = re.compile(pattern)
        self.replacement = replacement
        self.known: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        for char in set(self.pattern.findall(text)):
            new = self.known.get(char)
            if new is None:
                new = self.known[char] = self.replacement(char)
            text = text.replace(char, new)
        return text


def _spaced(char: str) -> str:
    return "".join(ch if ch.isalnum() else " " for ch in _TABLE.get(ord(char), char))


_CHANGED = _char_class(chr(code) for code in _TABLE)
_FOLD = _Replacer(_CHANGED, lambda char: _TABLE[ord(char)])
# Folding that also writes every character that is not part of a word as a space, offsets
# unchanged: the words are then what str.split() gives (a word is what [^\W_]+ matches,
# which is exactly str.isalnum).
_FOLD_SPACED = _Replacer(rf"[^\w ]|[_{_CHANGED[1:]}", _spaced)
# A letter past the Basic Multilingual Plane is not folded: a text holding one is split
# with the regular expression instead.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Characters whose folded form is not exactly one character (deleted or expanded):
# only these shift offsets between the original and the folded text.
_UNEVEN = re.compile("[" + "".join(
    re.escape(chr(code)) for code, value in sorted(_TABLE.items()) if len(value) != 1
) + "]")


def fold(text: str) -> str:
    """The folded form of ``text`` (for indexing and for queries)."""
    return _FOLD(text)


@dataclass(frozen=True)
class Folded:
    """Folded text that can map its offsets back to the original text.

    ``shifts`` lists, for each character that folds to other than one character, the
    folded offset where the change happens and the cumulative offset difference after it.
    """

    text: str
    source_length: int
    shifts: tuple[tuple[int, int], ...] = ()

    def source_offset(self, folded_offset: int) -> int:
        index = bisect_right(self.shifts, (folded_offset, _BIG)) - 1
        delta = self.shifts[index][1] if index >= 0 else 0
        return min(folded_offset + delta, self.source_length)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text covering folded characters [start, end)."""
        src_start = self.source_offset(start)
        if end <= start:
            return src_start, src_start
        # The end is the offset just after the source character of the last folded one.
        last = self.source_offset(end - 1)
        index = bisect_right(self.shifts, (end - 1, _BIG)) - 1
        src_end = last + 1
        # Characters deleted right after the last one (e.g. its tashkeel) belong to it.
        next_index = index + 1
        if next_index < len(self.shifts) and self.shifts[next_index][0] == end:
            src_end = self.source_offset(end)
        return src_start, min(max(src_end, src_start), self.source_length)


_BIG = 1 << 62


def fold_with_map(text: str, spaced: bool = False) -> Folded:
    """``text`` folded, with what maps its offsets back; ``spaced``: every character that
    is not part of a word written as a space (see ``spaced_words``)."""
    shifts: list[tuple[int, int]] = []
    delta = 0  # source offset minus folded offset, after the characters seen so far
    for match in _UNEVEN.finditer(text):
        # Characters between uneven ones fold one to one: the folded text is as far on.
        folded_pos = match.start() - delta
        replacement = _TABLE[ord(match.group())]
        # Folded characters from here on come from one source character further on
        # for each character deleted, one less for each extra character produced.
        if replacement:
            for extra in range(1, len(replacement)):
                shifts.append((folded_pos + extra, delta - extra))
            folded_pos += len(replacement)
            delta -= len(replacement) - 1
        else:
            delta += 1
        shifts.append((folded_pos, delta))
    return Folded((_FOLD_SPACED if spaced else _FOLD)(text), len(text), tuple(shifts))


def spaced_words(spaced_text: str) -> list[str]:
    """The words of a text folded with ``spaced=True``: the same as ``folded_words``."""
    if _ASTRAL.search(spaced_text):
        return _TOKEN.findall(spaced_text)
    return spaced_text.split()


def word_places(spaced_text: str, words: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of each of ``words`` as a whole word of a text
    folded with ``spaced=True``: plain string search for the word between spaces."""
    if _ASTRAL.search(spaced_text):
        return [m.span() for m in _TOKEN.finditer(spaced_text) if m.group() in words]
    padded = f" {spaced_text} "
    found = []
    for word in words:
        needle = f" {word} "
        at = padded.find(needle)
        while at != -1:
            found.append((at, at + len(word)))  # the padded offset + 1 is the text's
            at = padded.find(needle, at + len(word) + 1)
    return found


def words_from(spaced_text: str, start: int, count: int) -> list[tuple[str, int, int]]:
    """The ``count`` words of a spaced folded text from offset ``start`` on, with their
    offsets (fewer at its end)."""
    return [(m.group(), *m.span()) for m in islice(_TOKEN.finditer(spaced_text, start), count)]


# A word in the original text: letters and digits with their marks, tatweel, joiners and
# the invisible controls that folding deletes (so they never split a word).
_SOURCE_WORD = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed"
    r"\u200c-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff])+"
)


def source_words(text: str) -> list[str]:
    """The words of ``text`` as written (with their marks), before folding."""
    return _SOURCE_WORD.findall(text)


# ``folded_text`` folds each word of the original text on its own, so a character between
# two source words always parts them, even where folding the whole text would not: one
# that folding deletes (a Latin combining accent) or turns into letters (﷼, "ريال").
_BREAKS = frozenset(
    chr(code) for code, value in _TABLE.items()
    if not _SOURCE_WORD.fullmatch(chr(code)) and (not value or _TOKEN.search(value))
)
# The marks most texts hold between words: written as spaces in the same pass as folding,
# so that splitting at whitespace nearly always gives the words straight away.
_COMMON_MARKS = frozenset('.،"():-/#_؟%,!–—؛«»+‘’*“”')
_FOLD_WORDS = _Replacer(
    _char_class([chr(code) for code in _TABLE] + sorted(_COMMON_MARKS)),
    lambda char: " " if char in _BREAKS or char in _COMMON_MARKS else _TABLE[ord(char)])


def folded_text(text: str) -> str:
    """The folded words of each source word of ``text`` (see ``source_words``), space
    separated: the words ``_TOKEN`` finds in each source word folded on its own."""
    spaced = _FOLD_WORDS(text)
    words = spaced.split()
    # Whitespace-separated runs of letters and digits only are exactly the tokens; a rarer
    # mark left inside a run sends the text to the regular expression.
    if not "".join(words).isalnum():
        words = _TOKEN.findall(spaced)
    return " ".join(words)


def folded_words(text: str) -> list[str]:
    """The folded words of ``text``: ``fold(text)`` split into words."""
    return _TOKEN.findall(_FOLD(text))
