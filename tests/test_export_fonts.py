"""Glyph coverage of the bundled fonts and the base-letter ToUnicode maps."""

from __future__ import annotations

import unicodedata

import arabic_reshaper
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from arabic_reshaper.letters import LETTERS_ARABIC

from dossier.export.fonts import BOLD, REGULAR, metrics
from dossier.export.shaping import shape
from dossier.export.tounicode import base_letters, build_cmap


@pytest.mark.parametrize("name", [REGULAR, BOLD])
def test_every_form_the_reshaper_makes_has_a_glyph(name):
    font = metrics(name)
    forms = {form for letter in LETTERS_ARABIC.values() for form in letter if form}
    forms |= {chr(c) for c in range(0xFEF5, 0xFEFD)}  # lam-alef ligatures
    forms |= {chr(c) for c in range(0xFC5E, 0xFC64)}  # shadda with a vowel
    assert all(font.has(ord(ch)) for ch in forms)


@pytest.mark.parametrize("name", [REGULAR, BOLD])
def test_missing_presentation_forms_fall_back(name):
    font = metrics(name)
    missing = [c for c in range(0xFE70, 0xFEFD)
               if unicodedata.category(chr(c)) != "Cn" and not font.has(c)]
    # Amiri lacks only the tail fragment in this block; honorific ligatures
    # (U+FD40-FD4F) are missing too. None may draw as a box.
    assert missing == [0xFE73]
    for ch in ["\ufe73", "\ufd40", "\ufdfe", "\u0259", "\U0001F600"]:
        drawn = font.drawable(ch)
        assert drawn and all(font.has(ord(c)) for c in drawn)
    assert "\u200c" not in shape("مع\u200cها")


def test_shaping_keeps_tashkeel_and_joins_lam_alef():
    shaped = shape("لَا مُحَمَّدٌ")
    assert "\ufefb" in shaped  # lam-alef ligature
    assert "\u064e" in shaped and "\u064f" in shaped and "\ufc60" in shaped
    assert shape("<b> & 3 < 5") == "<b> & 3 < 5"


def test_base_letters_for_copy_and_search():
    assert base_letters(0xFEE3) == "م"
    assert base_letters(ord("A")) == "A"
    # Extractors reverse a right-to-left ligature's letters, so they are stored reversed.
    assert base_letters(0xFEFB) == "ال"
    assert base_letters(0xFC60) == unicodedata.normalize("NFKC", "\ufc60").strip()


def test_cmap_lists_every_code():
    subset = [0, 32, 0xFEE3, 0xFEFB] + [0x41] * 150
    cmap = build_cmap("AAAAAA+Amiri", subset)
    assert "<02> <0645>" in cmap and "<03> <06270644>" in cmap
    assert cmap.count("beginbfchar") == 2
    assert "<00>" not in cmap.split("endcodespacerange")[1]


def test_reshaper_default_would_drop_tashkeel():
    # Guards the configuration: the library default deletes harakat.
    assert "\u064e" not in arabic_reshaper.reshape("لَا")
    assert "\u064e" in shape("لَا")


@settings(max_examples=200, deadline=None)
@given(st.text("بتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىا\u064e\u064f\u0650\u0652\u064b \u0640", max_size=60))
def test_word_by_word_shaping_equals_whole_text(text):
    whole = arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False, "delete_tatweel": False, "arabic ligature allah": False,
    }).reshape(text)
    assert shape(text) == whole
