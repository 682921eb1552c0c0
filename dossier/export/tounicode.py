"""ToUnicode CMaps that give base letters back for the glyphs we draw.

The page draws Arabic as presentation forms (joined shapes such as U+FEE3 or the lam-alef
ligature U+FEFB). A PDF reader that copies or searches text looks each glyph up in the
font's ToUnicode CMap; mapping a form to itself would hand the reader U+FExx letters
nobody can search for. We map each form to its compatibility decomposition instead.

A ligature stands for several letters in one glyph. Text extractors split such a glyph
into its letters left to right and then reverse every right-to-left word they
reassemble, so the letters of a right-to-left ligature are listed last to first here to
come out in reading order.
"""

from __future__ import annotations

from functools import lru_cache
from unicodedata import bidirectional, normalize

_PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def is_presentation_form(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _PRESENTATION_RANGES)


@lru_cache(maxsize=None)
def base_letters(code: int) -> str:
    """What copying the glyph for `code` should give: its letters in the order extracted."""
    ch = chr(code)
    if not is_presentation_form(code):
        return ch
    letters = normalize("NFKC", ch).replace(" ", "")
    if not letters:
        return ch
    if len(letters) > 1 and bidirectional(letters[0]) in ("R", "AL"):
        letters = letters[::-1]
    return letters


def _utf16_hex(text: str) -> str:
    data = text.encode("utf-16-be")
    return data.hex().upper()


def build_cmap(name: str, subset: list[int]) -> str:
    """The text of a ToUnicode CMap for a one-byte font subset.

    `subset[i]` is the character drawn with code i; code 0 is the missing glyph and
    maps to nothing.
    """
    entries = [
        f"<{code:02X}> <{_utf16_hex(base_letters(char))}>"
        for code, char in enumerate(subset)
        if char
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <FF>",
        "endcodespacerange",
    ]
    # A bfchar block may hold at most 100 entries.
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)
