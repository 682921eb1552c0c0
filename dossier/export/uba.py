"""Visual order of one finished line: the Unicode bidi algorithm (UAX #9), rules W1-L4.

The export lays out text in logical order and only reorders each line when it is drawn,
so this module works on a single line whose paragraph direction is already known. Bidi
control characters are stripped before text gets here, so a line is one isolating run
sequence at the paragraph level and rules X1-X10 reduce to that.

Unlike a plain reversal, this resolves paired brackets (N0), so `(IFAS) 2025` inside
Arabic keeps its brackets around IFAS, and mirrors brackets and other mirrored
characters drawn right to left (L4), which the compiled engine in python-bidi does not
do; that engine is used only for lines with nothing to mirror.
"""

from __future__ import annotations

from functools import lru_cache
from unicodedata import bidirectional, category

from bidi import get_display
from bidi.mirror import MIRRORED

_STRONG_AS_R = {"R": "R", "AL": "R", "EN": "R", "AN": "R", "L": "L"}
_NEUTRAL = {"B", "S", "WS", "ON", "BN"}
# Types that resolve to the paragraph direction wherever they stand in a right-to-left
# line: a line made only of these is simply reversed (the common Arabic case).
_PLAIN_RTL = frozenset({"R", "AL", "WS", "ON", "NSM", "CS", "ES", "ET", "S", "B", "BN"})
_BRACKET_DEPTH = 63
_MIRRORABLE = frozenset(MIRRORED)


@lru_cache(maxsize=None)
def _bidi_class(ch: str) -> str:
    return bidirectional(ch) or "L"


def _bracket_pairs(text: str, types: list[str]) -> list[tuple[int, int]]:
    """BD16: matching open/close bracket positions, sorted by the opening one."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if types[i] != "ON" or ch not in MIRRORED:
            continue
        cat = category(ch)
        if cat == "Ps":
            if len(stack) == _BRACKET_DEPTH:
                break
            stack.append((MIRRORED[ch], i))
        elif cat == "Pe":
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs


def _resolve_weak(types: list[str], sos: str) -> None:
    n = len(types)
    prev = sos
    for i in range(n):  # W1
        if types[i] == "NSM":
            types[i] = prev
        prev = types[i]
    last = sos
    for i in range(n):  # W2, W3
        t = types[i]
        if t in ("L", "R", "AL"):
            last = t
            if t == "AL":
                types[i] = "R"
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    for i in range(1, n - 1):  # W4
        t, before, after = types[i], types[i - 1], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    i = 0
    while i < n:  # W5
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < n and types[end] == "ET":
            end += 1
        if (i > 0 and types[i - 1] == "EN") or (end < n and types[end] == "EN"):
            types[i:end] = ["EN"] * (end - i)
        i = end
    last = sos
    for i in range(n):  # W6, W7
        t = types[i]
        if t in ("ES", "ET", "CS"):
            types[i] = "ON"
        elif t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"


def _resolve_brackets(text: str, types: list[str], original: list[str], e: str, sos: str) -> None:
    """N0: a bracket pair takes the direction of the text it encloses or surrounds."""
    for start, end in _bracket_pairs(text, types):
        inside = {_STRONG_AS_R.get(t) for t in types[start + 1 : end]}
        if e in inside:
            chosen = e
        elif (e == "R" and "L" in inside) or (e == "L" and "R" in inside):
            context = sos
            for t in reversed(types[:start]):
                if t in _STRONG_AS_R:
                    context = _STRONG_AS_R[t]
                    break
            chosen = context
        else:
            continue
        for pos in (start, end):
            types[pos] = chosen
            # Marks on a bracket follow the bracket's new direction.
            k = pos + 1
            while k < len(types) and original[k] == "NSM":
                types[k] = chosen
                k += 1


def _resolve_neutral(types: list[str], e: str, sos: str) -> None:
    """N1-N2: a run of neutrals between same-direction text takes it, else the paragraph's."""
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < n and types[end] in _NEUTRAL:
            end += 1
        before = _STRONG_AS_R[types[i - 1]] if i > 0 else sos
        after = _STRONG_AS_R[types[end]] if end < n else sos
        types[i:end] = [before if before == after else e] * (end - i)
        i = end


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """Embedding level of each character of a line (after rule L1)."""
    base = 1 if rtl else 0
    e = "R" if rtl else "L"
    original = [_bidi_class(ch) for ch in text]
    types = list(original)
    _resolve_weak(types, e)
    _resolve_brackets(text, types, original, e, e)
    _resolve_neutral(types, e, e)
    levels = []
    for t in types:  # I1, I2
        if base == 0:
            levels.append(1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            levels.append(2 if t == "L" or t in ("AN", "EN") else 1)
    k = len(text)
    while k > 0 and original[k - 1] in ("WS", "S", "B", "BN"):  # L1, line end
        k -= 1
        levels[k] = base
    for i, t in enumerate(original):  # L1, before segment separators
        if t in ("S", "B"):
            j = i
            while j >= 0 and original[j] in ("WS", "S", "B", "BN"):
                levels[j] = base
                j -= 1
    return levels


def reorder_by_levels(text: str, levels: list[int]) -> str:
    """L2 and L4: the characters in drawing order, mirrored where drawn right to left."""
    chars = [MIRRORED.get(ch, ch) if lvl & 1 else ch for ch, lvl in zip(text, levels)]
    if not chars:
        return ""
    order = list(range(len(chars)))
    lowest_odd = min(lvl for lvl in levels if lvl & 1) if any(l & 1 for l in levels) else None
    if lowest_odd is None:
        return "".join(chars)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        n = len(order)
        while i < n:
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < n and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return "".join(chars[k] for k in order)


def visual_line(text: str, rtl: bool) -> str:
    """A logical line in the order it is drawn left to right, brackets mirrored."""
    if rtl and _PLAIN_RTL.issuperset(map(_bidi_class, set(text))):
        return "".join(MIRRORED.get(ch, ch) for ch in reversed(text))
    if _MIRRORABLE.isdisjoint(text):
        # Nothing to mirror: the compiled engine gives the same order, much faster
        # (the property tests hold the two to the same result).
        return get_display(text, base_dir="R" if rtl else "L")
    return reorder_by_levels(text, resolve_levels(text, rtl))
