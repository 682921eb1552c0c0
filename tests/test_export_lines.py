"""Bidi and line layout: UAX #9 conformance, explicit controls, wrapping by shaped width.

Reference for the bidi levels and order: the Unicode Character Database's own
conformance file BidiCharacterTest.txt (Debian package unicode-data, installed by
scripts/bootstrap.sh for the tests), every line with one paragraph, plus the line
orders ICU gives for isolates, recorded in tests/data/bidi_icu.tsv.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier.export.fonts import REGULAR, drawable, face
from dossier.export.paragraph_layout import wrap
from dossier.export.uba import (_X9_REMOVED, CONTROLS, _matching_pdis, _resolve, bidi_class,
                                first_strong, line_levels, paragraph_levels, visual_indices,
                                visual_line)

CONFORMANCE = Path("/usr/share/unicode/BidiCharacterTest.txt")
ICU_CASES = Path(__file__).parent / "data" / "bidi_icu.tsv"
_SEPARATORS = set("\u2029\n\r\x1c\x1d\x1e\x85")


def _conformance_cases(every: int = 3):
    """One line in `every` of the file (over 30,000 cases), to keep the suite fast."""
    lines = [line for line in CONFORMANCE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    for line in lines[::every]:
        fields = line.split(";")
        text = "".join(chr(int(c, 16)) for c in fields[0].split())
        if _SEPARATORS.intersection(text):
            continue
        yield text, int(fields[1]), int(fields[2]), fields[3].split(), [int(x) for x in fields[4].split()]


@pytest.mark.skipif(not CONFORMANCE.exists(), reason="unicode-data is not installed")
def test_bidi_character_conformance():
    tested = failed = 0
    for text, direction, want_base, want_levels, want_order in _conformance_cases():
        types = [bidi_class(c) for c in text]
        if direction == 2 and first_strong(types, match=_matching_pdis(types)) is None:
            continue  # the document's default (right to left) differs from the file's on purpose
        if unicodedata.unidata_version < "15" and any(unicodedata.category(c) == "Cn" for c in text):
            continue
        tested += 1
        base, levels = paragraph_levels(text, None if direction == 2 else direction)
        levels = line_levels(text, levels, base)
        got = ["x" if bidi_class(c) in _X9_REMOVED else str(lvl) for c, lvl in zip(text, levels)]
        kept = [i for i, c in enumerate(text) if bidi_class(c) not in _X9_REMOVED]
        order = [kept[k] for k in visual_indices([levels[i] for i in kept])]
        if (base, got, order) != (want_base, want_levels, want_order):
            failed += 1
    assert tested > 30_000 and failed == 0


def test_isolates_display_as_icu_displays_them():
    rows = [line.split("\t") for line in ICU_CASES.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) >= 700
    # ICU's output keeps ALM (U+061C) even when asked to drop bidi controls; we never draw it.
    wrong = [(text, want) for text, rtl, want in
             ((r[0].encode().decode("unicode_escape"), r[1] == "rtl",
               r[2].encode().decode("unicode_escape").replace("\u061c", "")) for r in rows)
             if visual_line(text, rtl) != want]
    assert wrong == []


def test_an_isolated_phone_number_keeps_its_order():
    memo = "للاتصال"
    text = f"{memo}: \u2066+971 4 123 4567\u2069 شكرا"
    shown = visual_line(text, True)
    assert "+971 4 123 4567" in shown
    assert not CONTROLS.intersection(shown)
    # Without the isolate, the number's parts are laid out right to left.
    assert "+971 4 123 4567" not in visual_line(f"{memo}: +971 4 123 4567 شكرا", True)


def test_override_and_marks_are_honoured():
    assert visual_line("\u202eabc\u202c", False) == "cba"
    assert visual_line("\u202dابت\u202c", True) == "ابت"
    # An RLM after a Latin word keeps the following digits with the Arabic text.
    assert visual_line("نص abc\u200f 12", True) != visual_line("نص abc 12", True)


ARABIC = "وقعتأوزبكستانمذكرةبقيمةمليارلا"
MARKS = "\u064e\u064f\u0650\u0651\u064b"
LATIN = "COPIFASabcxyz"
OTHER = "0123456789٠١٢()[]{}<>«»“”.,-+%٪/:،؛"
CONTROL = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u200c\u200d"


@settings(max_examples=300, deadline=None)
@given(st.text(ARABIC + MARKS + LATIN + OTHER + " \t\u00ad\u05d0$#!", min_size=16, max_size=80),
       st.sampled_from([None, 0, 1]))
def test_folded_stretches_resolve_as_every_character_does(text, base):
    # Paragraphs are resolved over stretches that resolve alike; the result must be the
    # rules applied to every character (conformance file and ICU cases cover the rest).
    assert paragraph_levels(text, base) == _resolve(text, base)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.text(ARABIC + MARKS, min_size=1, max_size=12),
                          st.text(LATIN + OTHER + CONTROL, min_size=1, max_size=40)),
                min_size=1, max_size=60),
       st.sampled_from([60.0, 150.0, 400.0]))
@example(words=["000000000:00000000F0"], width=60.0)  # the rest after a URL break overflowed
def test_wrapped_lines_give_back_the_paragraph(words, width):
    paragraph = " ".join(words)
    wrapped = wrap(paragraph, REGULAR, 12, width)
    kept = "".join(c for c in drawable(REGULAR, paragraph) if c not in CONTROLS and c != " ")
    if not kept:
        assert wrapped.lines == ()
        return
    # Nothing lost, nothing doubled, lines in logical order.
    got = "".join(p.key[0] for line in wrapped.lines for p in line.pieces if not p.space)
    assert got == kept
    for line in wrapped.lines:
        texts = [p.key[0] for p in line.pieces if not p.space]
        assert line.width <= width + 0.01 or len(texts) == 1 and len(texts[0]) <= 2 or \
            len(line.pieces) == 1
        assert not line.pieces[0].space and not line.pieces[-1].space
    assert [line.last for line in wrapped.lines] == [False] * (len(wrapped.lines) - 1) + [True]


def test_levels_once_per_paragraph_then_lines_reordered():
    # A line that begins with a number range keeps the paragraph's direction.
    text = "أعلنت الخطة للفترة 2025-2030 خطة جديدة"
    wrapped = wrap(text, REGULAR, 12, 70)
    assert wrapped.base == 1 and len(wrapped.lines) > 2
    starts = [line for line in wrapped.lines if line.pieces[0].key[0].startswith("2025")]
    # Arabic context makes the digits Arabic numbers (W2): 2025 stays at the right.
    assert starts and starts[0].visual(1)[-1].key[0] == "2025"


def test_a_long_url_is_cut_with_linear_shaping():
    # A percent-encoded link of a real outlet, as a sources list carries it: cutting it
    # must not shape every prefix (that was quadratic: seconds for a page of links).
    url = "https://news.example/world/1172678-" + "%D8%A7%D9%84%D8%AC%D8%AD%D9%8A%D9%85-" * 60
    shaper = face(REGULAR)
    calls = 0
    original = shaper.shape

    def counting(*key):
        nonlocal calls
        calls += 1
        return original(*key)

    shaper.shape = counting
    try:
        wrapped = wrap(f"المصدر: {url}", REGULAR, 10.5, 300)
    finally:
        shaper.shape = original
    lines = len(wrapped.lines)
    assert lines > 10
    assert calls <= 3 * lines + 5
    got = "".join(p.key[0] for line in wrapped.lines for p in line.pieces if not p.space)
    assert got == f"المصدر:{url}"
    assert all(line.width <= 300.01 for line in wrapped.lines)
