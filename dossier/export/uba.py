"""The Unicode bidi algorithm (UAX #9) for one paragraph, and the visual order of a line.

`paragraph_levels(text)` resolves embedding levels once for a whole paragraph: explicit
embeddings, overrides and isolates typed by an author (LRE RLE LRO RLO PDF LRI RLI FSI
PDI, rules X1-X10), weak and neutral types per isolating run sequence (W1-W7, N0 with
paired brackets, N1-N2) and implicit levels (I1-I2). Characters removed by X9 (the
embedding controls and boundary neutrals such as ZWNJ) get the level of the character
before them, so a joiner stays inside its word for shaping; `REMOVED` tells which.
Each wrapped line is then reordered on its own with `line_levels` (L1) and
`visual_indices` (L2). Mirroring (L4) is left to the shaper, which mirrors brackets in
right-to-left runs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from unicodedata import bidirectional, category

from bidi.mirror import MIRRORED

MAX_DEPTH = 125
_BRACKET_DEPTH = 63
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})
_ISOLATE_OPEN = frozenset({"LRI", "RLI", "FSI"})
_EMBED = frozenset({"LRE", "RLE", "LRO", "RLO"})
# Brackets that pair with their canonical equivalents (BD16).
_CANONICAL_BRACKET = {"\u2329": "\u3008", "\u232a": "\u3009"}
_X9_REMOVED = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN"})
# A paragraph made only of these, right to left, is level 1 throughout.
_PLAIN_RTL = frozenset({"R", "AL", "WS", "ON", "NSM", "CS", "ES", "ET", "S", "B", "BN"})
CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@lru_cache(maxsize=None)
def bidi_class(ch: str) -> str:
    return bidirectional(ch) or "L"


def _matching_pdis(types: list[str]) -> dict[int, int]:
    """BD9: each isolate initiator's matching PDI, where it has one."""
    match: dict[int, int] = {}
    stack: list[int] = []
    for i, t in enumerate(types):
        if t in _ISOLATE_OPEN:
            stack.append(i)
        elif t == "PDI" and stack:
            match[stack.pop()] = i
        elif t == "B":
            stack.clear()
    return match


def first_strong(types: list[str], start: int = 0, end: int | None = None,
                 match: dict[int, int] | None = None) -> str | None:
    """P2: the first L, R or AL, skipping isolated text; None when there is none."""
    end = len(types) if end is None else end
    i = start
    while i < end:
        t = types[i]
        if t == "L":
            return "L"
        if t in ("R", "AL"):
            return "R"
        if t in _ISOLATE_OPEN:
            i = match.get(i, end) if match is not None else end
        i += 1
    return None


def _explicit(types: list[str], base: int, match: dict[int, int]) -> list[int]:
    """X1-X8: levels from explicit controls; overrides rewrite `types` in place."""
    n = len(types)
    levels = [base] * n
    stack = [(base, None, False)]  # (level, override, isolate)
    overflow_isolate = overflow_embed = valid_isolate = 0
    for i in range(n):
        t = types[i]
        level, override, _ = stack[-1]
        if t in _EMBED or t in _ISOLATE_OPEN:
            isolate = t in _ISOLATE_OPEN
            if isolate:
                levels[i] = level
                if override:
                    types[i] = override
                if t == "FSI":
                    inner = first_strong(types, i + 1, match.get(i, n), match)
                    t = "RLI" if inner == "R" else "LRI"
            rtl = t in ("RLE", "RLO", "RLI")
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            if new <= MAX_DEPTH and overflow_isolate == 0 and overflow_embed == 0:
                if isolate:
                    valid_isolate += 1
                forced = "R" if t == "RLO" else "L" if t == "LRO" else None
                stack.append((new, forced, isolate))
            elif isolate:
                overflow_isolate += 1
            elif overflow_isolate == 0:
                overflow_embed += 1
            if not isolate:
                levels[i] = level
            continue
        if t == "PDI":
            if overflow_isolate:
                overflow_isolate -= 1
            elif valid_isolate:
                overflow_embed = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolate -= 1
            level, override, _ = stack[-1]
            levels[i] = level
            if override:
                types[i] = override
            continue
        if t == "PDF":
            if overflow_isolate:
                pass
            elif overflow_embed:
                overflow_embed -= 1
            elif not stack[-1][2] and len(stack) >= 2:
                stack.pop()
            levels[i] = stack[-1][0]
            continue
        if t == "B":
            levels[i] = base
            continue
        levels[i] = level
        if override and t != "BN":
            types[i] = override
    return levels


def _run_sequences(types: list[str], levels: list[int], match: dict[int, int]) -> list[list[int]]:
    """BD13: isolating run sequences over the characters X9 keeps."""
    kept = [i for i, t in enumerate(types) if t not in _X9_REMOVED]
    runs: list[list[int]] = []
    for i in kept:
        if runs and levels[runs[-1][-1]] == levels[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    by_start = {run[0]: run for run in runs}
    sequences = []
    for run in runs:
        if types[run[0]] == "PDI" and run[0] in match.values():
            continue  # continues the sequence of its initiator
        seq = list(run)
        while types[seq[-1]] in _ISOLATE_OPEN and seq[-1] in match:
            nxt = by_start.get(match[seq[-1]])
            if nxt is None:
                break
            seq.extend(nxt)
        sequences.append(seq)
    return sequences


def _weak(ts: list[str], sos: str) -> None:
    n = len(ts)
    prev = sos
    for i in range(n):  # W1
        if ts[i] == "NSM":
            ts[i] = "ON" if prev in ("LRI", "RLI", "FSI", "PDI") else prev
        prev = ts[i]
    last = sos
    for i in range(n):  # W2, W3
        t = ts[i]
        if t in ("L", "R", "AL"):
            last = t
            if t == "AL":
                ts[i] = "R"
        elif t == "EN" and last == "AL":
            ts[i] = "AN"
    for i in range(1, n - 1):  # W4
        t = ts[i]
        if t == "ES" and ts[i - 1] == ts[i + 1] == "EN":
            ts[i] = "EN"
        elif t == "CS" and ts[i - 1] == ts[i + 1] and ts[i - 1] in ("EN", "AN"):
            ts[i] = ts[i - 1]
    i = 0
    while i < n:  # W5
        if ts[i] != "ET":
            i += 1
            continue
        end = i
        while end < n and ts[end] == "ET":
            end += 1
        if (i > 0 and ts[i - 1] == "EN") or (end < n and ts[end] == "EN"):
            ts[i:end] = ["EN"] * (end - i)
        i = end
    last = sos
    for i in range(n):  # W6, W7
        t = ts[i]
        if t in ("ES", "ET", "CS"):
            ts[i] = "ON"
        elif t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            ts[i] = "L"


def _brackets(chars: str, ts: list[str], original: list[str], e: str, sos: str) -> None:
    """N0: a bracket pair takes the direction of the text it encloses or surrounds."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(chars):
        ch = _CANONICAL_BRACKET.get(ch, ch)
        if ts[i] != "ON" or ch not in MIRRORED:
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
    for start, end in sorted(pairs):
        inside = {_STRONG.get(t) for t in ts[start + 1:end]}
        if e in inside:
            chosen = e
        elif "L" in inside or "R" in inside:
            chosen = sos
            for t in reversed(ts[:start]):
                if t in _STRONG:
                    chosen = _STRONG[t]
                    break
            if chosen != e and chosen not in inside:
                chosen = e
        else:
            continue
        for pos in (start, end):
            ts[pos] = chosen
            k = pos + 1
            while k < len(ts) and original[k] == "NSM":
                ts[k] = chosen
                k += 1


def _neutral(ts: list[str], e: str, sos: str, eos: str) -> None:
    """N1-N2: neutrals between same-direction text take it, else the embedding's."""
    n = len(ts)
    i = 0
    while i < n:
        if ts[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < n and ts[end] in _NEUTRAL:
            end += 1
        before = _STRONG[ts[i - 1]] if i > 0 else sos
        after = _STRONG[ts[end]] if end < n else eos
        ts[i:end] = [before if before == after else e] * (end - i)
        i = end


class _ClassCodes(dict):
    """Code point -> one letter for its bidi class, filled as characters are met
    (a `str.translate` table: the whole paragraph is classified in one call)."""

    def __missing__(self, code_point: int) -> str:
        kind = bidi_class(chr(code_point))
        letter = "x" if kind in _EXPLICIT_KINDS else _CLASS_LETTER.get(kind, "o")
        self[code_point] = letter
        return letter


_EXPLICIT_KINDS = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
_CLASS_LETTER = {"L": "L", "R": "R", "AL": "A", "EN": "E", "AN": "n", "ET": "T", "WS": "W",
                 "NSM": "N", "BN": "b"}
_CLASS_CODES = _ClassCodes()
# Stretches that resolve as one character of a single class: strong letters of one
# direction with the spaces, marks and invisible joiners between them (N1 gives such
# spaces that direction, W1 gives the marks the letter's), and runs of one weak class.
_STRETCH = re.compile(r"[RA](?:[RAWNb]*[RA])?N*|L(?:[LWNb]*L)?N*|E+|n+|T+|W+|.", re.S)
_STAND_IN = {"R": "\u05d0", "A": "\u0627", "L": "a", "E": "0", "n": "\u0660", "T": "%", "W": " "}


def paragraph_levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """(paragraph level, level of each character), rules P2-I2.

    A paragraph without explicit controls is first folded into stretches that resolve
    alike (a clause of Arabic words, a Latin name, a number), each standing in as one
    character of its class; the rules then run over a few dozen stand-ins instead of
    every character, and each stretch's level goes back to its characters.
    """
    codes = text.translate(_CLASS_CODES)
    if "x" in codes or len(text) < 16:
        return _resolve(text, base)
    if base is None:
        first = re.search("[LRA]", codes)
        base = 0 if first is not None and first.group() == "L" else 1
    spans = [(m.start(), m.end(), m.group()) for m in _STRETCH.finditer(codes)]
    folded = "".join(text[start] if end - start == 1 else
                     _STAND_IN[(group.rstrip("NWb")[-1:] or group[0]) if group[0] in "RAL" else group[0]]
                     for start, end, group in spans)
    _, folded_levels = _resolve(folded, base)
    levels: list[int] = []
    for (start, end, _), level in zip(spans, folded_levels):
        levels += [level] * (end - start)
    return base, levels


def _resolve(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """(paragraph level, level of each character), rules P2-I2, one character at a time."""
    original = [bidi_class(ch) for ch in text]
    kinds = set(original)
    if base is None:
        match = _matching_pdis(original)
        base = 0 if first_strong(original, match=match) == "L" else 1
    if base == 1 and kinds <= _PLAIN_RTL:
        return 1, [1] * len(text)
    match = _matching_pdis(original)
    types = list(original)
    levels = _explicit(types, base, match)
    embedding = list(levels)  # sos and eos compare embedding levels, not resolved ones
    for seq in _run_sequences(types, levels, match):
        level = levels[seq[0]]
        first, last = seq[0], seq[-1]
        before = next((embedding[k] for k in range(first - 1, -1, -1)
                       if types[k] not in _X9_REMOVED), base)
        if types[last] in _ISOLATE_OPEN:
            after = base
        else:
            after = next((embedding[k] for k in range(last + 1, len(text))
                          if types[k] not in _X9_REMOVED), base)
        sos = "R" if max(level, before) & 1 else "L"
        eos = "R" if max(level, after) & 1 else "L"
        e = "R" if level & 1 else "L"
        ts = [types[k] for k in seq]
        orig = [original[k] for k in seq]
        _weak(ts, sos)
        _brackets("".join(text[k] for k in seq), ts, orig, e, sos)
        _neutral(ts, e, sos, eos)
        for k, t in zip(seq, ts):  # I1, I2
            if level & 1:
                levels[k] = level + 1 if t in ("L", "EN", "AN") else level
            else:
                levels[k] = level + 1 if t == "R" else level + 2 if t in ("AN", "EN") else level
    prev = base
    for i, t in enumerate(types):  # removed characters follow the one before them
        if t in _X9_REMOVED:
            levels[i] = prev
        prev = levels[i]
    return base, levels


_L1_RESET = frozenset({"WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})


def line_levels(text: str, levels: list[int], base: int) -> list[int]:
    """L1 for one line: separators and trailing white space go to the paragraph level."""
    out = list(levels)
    k = len(text)
    while k > 0 and bidi_class(text[k - 1]) in _L1_RESET:
        k -= 1
        out[k] = base
    for i, ch in enumerate(text):
        if bidi_class(ch) in ("S", "B"):
            out[i] = base
            j = i - 1
            while j >= 0 and bidi_class(text[j]) in _L1_RESET:
                out[j] = base
                j -= 1
    return out


def visual_indices(levels: list[int]) -> list[int]:
    """L2: positions of a line's items in drawing order (left to right)."""
    order = list(range(len(levels)))
    odd = [lvl for lvl in levels if lvl & 1]
    if not odd:
        return order
    lowest = min(odd)
    for level in range(max(levels), lowest - 1, -1):
        i, n = 0, len(order)
        while i < n:
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < n and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def visual_line(text: str, rtl: bool) -> str:
    """A one-line paragraph in drawing order, mirrored where drawn right to left
    (a reference for tests and for plain-text uses)."""
    base, levels = paragraph_levels(text, 1 if rtl else 0)
    levels = line_levels(text, levels, base)
    keep = [i for i, ch in enumerate(text) if ch not in CONTROLS]
    shown = [levels[i] for i in keep]
    return "".join(MIRRORED.get(text[keep[k]], text[keep[k]]) if shown[k] & 1 else text[keep[k]]
                   for k in visual_indices(shown))
