"""Folding's two fast paths agree with the plain rules: words split from the spaced
translation are the words of the folded text, and folded offsets map back to the
characters the reader sees."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.text.folding import (
    fold, fold_with_map, folded_text, folded_words, source_words, spaced_words, word_places, words_from)

_TOKEN = re.compile(r"[^\W_]+")

TEXTS = [
    # Alarabia, AL-culture-68-20121013: harakat, parentheses and a clitic chain.
    "وباعَ ألفرد نوبل حقوقَ استخدام (الديناميت) للحكومةِ الفرنسية بربع مليون فرنك",
    # A hashtag joins words with _; tatweel, bidi marks, Arabic-Indic digits, a ligature.
    "#كيم_جونج_اون يلتقي\u200f الرئيـــس في ٢٠١٨، ﻻ \ufeffبد",
    # A character beyond the Basic Multilingual Plane between two words.
    "قمة\U0001F600سنغافورة",
    "F-16 و MH17 Ünïcode",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_spaced_words_are_the_folded_words(text):
    expected = _TOKEN.findall(fold(text))
    assert folded_words(text) == expected
    assert spaced_words(fold_with_map(text, spaced=True).text) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_map_back_to_the_source_word(text):
    for spaced in (False, True):
        folded = fold_with_map(text, spaced=spaced)
        for match in _TOKEN.finditer(folded.text):
            start, end = folded.source_span(*match.span())
            assert _TOKEN.findall(fold(text[start:end])) == [match.group()]


def test_spaced_folding_keeps_offsets_and_blanks_what_is_not_a_word():
    text = "#الذكاء_الاصطناعي، اليوم!"
    plain, spaced = fold_with_map(text), fold_with_map(text, spaced=True)
    assert len(plain.text) == len(spaced.text)
    assert spaced.text.split() == ["الذكاء", "الاصطناعي", "اليوم"]


@pytest.mark.parametrize("text", TEXTS)
def test_word_places_and_following_words_agree_with_the_tokens(text):
    spaced = fold_with_map(text, spaced=True).text
    tokens = list(_TOKEN.finditer(fold(text)))
    for match in tokens:
        assert match.span() in word_places(spaced, {match.group()})
        following = words_from(spaced, match.start(), 2)
        index = tokens.index(match)
        assert [w for w, _, _ in following] == [m.group() for m in tokens[index:index + 2]]


def test_folding_by_replacement_is_folding_by_the_table():
    from dossier.text.folding import _FOLD, _FOLD_SPACED, _TABLE

    # Replacing one character after another is safe only if no replacement is changed again.
    for code, value in _TABLE.items():
        assert _FOLD(value) == value
        assert _FOLD_SPACED(_FOLD_SPACED(chr(code))) == _FOLD_SPACED(chr(code))
    for text in TEXTS:
        by_table = text.translate(_TABLE)
        assert fold(text) == by_table
        assert fold_with_map(text, spaced=True).text == "".join(
            ch if ch.isalnum() else " " for ch in by_table)


# Characters where folding each source word on its own differs from folding the whole
# text (a Latin accent, ﷼), marks, controls, letters, digits, and one past the BMP.
_MIXED = st.text(alphabet=st.one_of(
    st.sampled_from(list("اأإآىيئةؤکیـَُِّْ٠٩ a.،:_-\n\u0301\u0483\ufdfc\ufe70\u200c\u202b\u0610ﻻ")),
    st.characters()))


def _each_source_word_folded(text):
    return [word for raw in source_words(text) for word in _TOKEN.findall(fold(raw))]


@pytest.mark.parametrize("text", TEXTS + ["e\u0301x ﷼1 a\u0483b", "مُحمّد، (أحمد) «قال»: ٢٠١٨!"])
def test_folded_text_is_each_source_word_folded(text):
    assert folded_text(text).split() == _each_source_word_folded(text)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_folded_text_is_each_source_word_folded_on_any_text(text):
    assert folded_text(text) == " ".join(_each_source_word_folded(text))
