"""The tagger's reading of words: the fast split and the batched folding give exactly
what the plain expression and word-by-word folding give."""

from __future__ import annotations

from dossier.tagging import words
from dossier.tagging.tagger import _country_matcher
from dossier.text.folding import fold

_PLANE = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)


def test_the_split_by_ranges_reads_every_character_as_the_plain_expression_does():
    # Side by side, every character of the plane once next to its neighbours and once alone.
    for text in (_PLANE, " ".join(_PLANE), "ـ" + "٣".join(_PLANE[::7]) + "a"):
        assert words._PLANE_PIECES.split(text) == words._PIECES.split(text)


def test_a_text_beyond_the_plane_is_split_by_the_plain_expression():
    text = "وصل 𝐀𝐁 الوفد إلى مصر𝟙𝟚 أمس"
    read = words.WordReader((_country_matcher(),)).words(text)
    assert read.pieces == words._PIECES.split(text)
    assert [text[a:b] for a, b in zip(read.bounds()[::2], read.bounds()[1::2])] == words.WORD.findall(text)


def test_folding_many_words_joined_by_a_line_break_folds_each_word():
    # Folding changes characters one by one, and nothing folds into a line break.
    assert "\n" not in fold(_PLANE.replace("\n", ""))
    sample = ["الإمارات", "مُحَمَّد", "ﻻ", "ﷺ", "ـــ", "Ça", "٢٠١٨"]
    assert fold("\n".join(sample)).split("\n") == [fold(word) for word in sample]


def test_words_keep_their_offsets_written_forms_and_gaps():
    text = "قالت موسكو، ثم   طهران."
    read = words.WordReader((_country_matcher(),)).words(text)
    assert read.folded == ["قالت", "موسكو", "ثم", "طهران"]
    assert [read.written(i) for i in range(4)] == ["قالت", "موسكو", "ثم", "طهران"]
    assert [read.gap_before(i) for i in range(4)] == ["", " ", "، ", "   "]
    bounds = read.bounds()
    assert text[bounds[2]:bounds[3]] == "موسكو"
    assert [read.folded[i] for i in read.candidates] == ["موسكو", "طهران"]
