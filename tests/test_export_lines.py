"""Property tests of the line layout: wrapping and per-line visual order.

References: the Rust bidi engine shipped in python-bidi (levels from its debug output,
visual order from get_display, which resolves paired brackets but does not mirror), and
its pure-Python get_display (mirrors, but has no paired-bracket rule), used on text
without brackets.
"""

from __future__ import annotations

import re

from bidi.algorithm import get_display as python_display
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier.export.bidi_lines import wrap
from dossier.export.fonts import REGULAR, metrics
from dossier.export.shaping import shape
from dossier.export.uba import resolve_levels, visual_line

ARABIC = "وقعتأوزبكستانمذكرةبقيمةمليارلا"
LATIN = "COPIFASabcxyz"
DIGITS = "0123456789٠١٢"
BRACKETS = "()[]{}<>«»“”"
PUNCT = ".,-+%٪/:،؛"
MARKS = "\u064e\u064f\u0650\u0651\u064b"

piece = st.one_of(
    st.text(ARABIC + MARKS, min_size=1, max_size=6),
    st.text(LATIN, min_size=1, max_size=6),
    st.text(DIGITS, min_size=1, max_size=4),
    st.sampled_from(list(BRACKETS)),
    st.sampled_from(list(PUNCT)),
    st.just(" "),
)


mixed = st.lists(piece, min_size=1, max_size=25).map("".join)
no_brackets = mixed.map(lambda s: re.sub(r"[()\[\]{}]", "", s))


def rust_levels(text: str, rtl: bool) -> list[int]:
    """Per-character levels from the Rust engine's debug dump (it reports per byte)."""
    dump = get_display_inner(text, "R" if rtl else "L", True)
    block = dump.split("levels:")[1].split("paragraphs:")[0]
    per_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+)", block)]
    levels, pos = [], 0
    for ch in text:
        levels.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    return levels


def unmirror_against(ours: str, reference: str) -> bool:
    return len(ours) == len(reference) and all(
        a == b or MIRRORED.get(a) == b for a, b in zip(ours, reference))


@settings(max_examples=300, deadline=None)
@given(mixed.map(str.strip).filter(bool), st.booleans())
def test_levels_match_rust_engine(text, rtl):
    assert resolve_levels(text, rtl) == rust_levels(text, rtl)


@settings(max_examples=300, deadline=None)
@given(mixed.map(str.strip).filter(bool), st.booleans())
def test_visual_order_matches_rust_engine_up_to_mirroring(text, rtl):
    ours = visual_line(text, rtl)
    reference = get_display_inner(text, "R" if rtl else "L", False)
    assert unmirror_against(ours, reference)


@settings(max_examples=300, deadline=None)
@given(no_brackets.map(str.strip).filter(bool), st.booleans())
def test_visual_order_and_mirroring_match_python_engine(text, rtl):
    assert visual_line(text, rtl) == python_display(text, base_dir="R" if rtl else "L")


@settings(max_examples=300, deadline=None)
@given(mixed.map(str.strip).filter(bool))
def test_brackets_mirror_exactly_where_drawn_right_to_left(text):
    levels = resolve_levels(text, True)
    shown = visual_line(text, True)
    odd_mirrored = sum(1 for ch, lvl in zip(text, levels) if lvl & 1 and ch in MIRRORED)
    changed = sum(1 for a, b in zip(shown, get_display_inner(text, "R", False)) if a != b)
    assert changed == odd_mirrored


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(ARABIC + MARKS, min_size=1, max_size=12),
                          st.text(LATIN + DIGITS + PUNCT + BRACKETS, min_size=1, max_size=40)),
                min_size=1, max_size=60),
       st.sampled_from([60.0, 150.0, 400.0]))
@example(words=["000000000:00000000F0"], width=60.0)  # the rest after a URL break overflowed
def test_wrapped_lines_give_back_the_paragraph(words, width):
    paragraph = " ".join(words)
    font = metrics(REGULAR)
    wrapped = wrap(paragraph, font, 12, width)
    # Nothing lost, nothing doubled, lines in logical order.
    assert "".join(line.text.replace(" ", "") for line in wrapped.lines) == \
        font.drawable(shape(paragraph)).replace(" ", "")
    for line in wrapped.lines:
        assert line.width <= width + 0.01 or len(line.text) == 1
        assert line.text == line.text.strip()
    assert [line.last for line in wrapped.lines] == [False] * (len(wrapped.lines) - 1) + [True]


def test_known_lines():
    memo, plan, worth = "مذكرة"[::-1], "خطة"[::-1], "بقيمة"[::-1]
    assert visual_line("مذكرة (IFAS) 2025", True) == f"2025 (IFAS) {memo}"
    # A line that starts with a number keeps the paragraph's right-to-left direction.
    assert visual_line("2025-2030 خطة", True) == f"{plan} 2025-2030"
    assert visual_line("(COP-14) بقيمة 1.3", True) == f"1.3 {worth} (COP-14)"
    assert visual_line("3 < 5", True) == "5 > 3"
    assert visual_line("An English (line) 2025.", False) == "An English (line) 2025."
