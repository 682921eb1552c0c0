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
from dataclasses import dataclass

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
        return "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", ch))
    if code < 0x0590:
        if code < 0x80:
            return ch.lower()
        # Latin and other scripts: drop accents, compare case-blind.
        decomposed = unicodedata.normalize("NFKD", ch)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ch


def fold(text: str) -> str:
    """The folded form of ``text`` (for indexing and for queries)."""
    return "".join(_fold_char(ch) for ch in text)


@dataclass(frozen=True)
class Folded:
    """Folded text with, for each folded character, the offset of its source character."""

    text: str
    origin: tuple[int, ...]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text covering folded characters [start, end)."""
        if start >= len(self.origin):
            return self.source_length, self.source_length
        src_start = self.origin[start]
        src_end = self.origin[end] if end < len(self.origin) else self.source_length
        return src_start, max(src_end, src_start + 1)


def fold_with_map(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return Folded("".join(out), tuple(origin), len(text))


@dataclass(frozen=True)
class Token:
    text: str  # folded
    start: int  # offsets in the original text
    end: int


def tokens(text: str) -> list[Token]:
    """Folded word tokens of ``text`` with their offsets in the original."""
    folded = fold_with_map(text)
    result = []
    for match in _TOKEN.finditer(folded.text):
        start, end = folded.source_span(match.start(), match.end())
        result.append(Token(match.group(), start, end))
    return result


def folded_words(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


_MIN_STEM = 3


def clitic_stems(word: str) -> list[str]:
    """The folded word and each bare form left after a valid proclitic chain.

    The chain is (و|ف)? (ب|ك|ل)? (ال)?, with ل + ال written لل. A stem must keep at
    least three letters, so short function words are never stripped to nothing.
    """
    if not _ARABIC_LETTER.match(word):
        return [word]
    stems = [word]
    for conj in ("", "\u0648", "\u0641"):
        for prep in ("", "\u0628", "\u0643", "\u0644"):
            for article in ("", "\u0627\u0644"):
                if not (conj or prep or article):
                    continue
                prefix = conj + prep + article
                if prep == "\u0644" and article:
                    prefix = conj + "\u0644\u0644"
                if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
                    stem = word[len(prefix):]
                    if stem not in stems:
                        stems.append(stem)
    return stems
