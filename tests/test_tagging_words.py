"""The tagger's reading of words: the fast split gives exactly what the plain expression
gives, and words keep their offsets, written forms and the text between them."""

from __future__ import annotations

from dossier.tagging import words
from dossier.tagging.tagger import _country_matcher

_PLANE = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)


def test_the_split_by_ranges_reads_every_character_as_the_plain_expression_does():
    # Side by side, every character of the plane once next to its neighbours and once alone.
    for text in (_PLANE, " ".join(_PLANE), "ـ" + "٣".join(_PLANE[::7]) + "a"):
        assert words._PLANE_PIECES.split(text) == words._PIECES.split(text)


def test_a_text_beyond_the_plane_is_split_by_the_plain_expression():
    text = "وصل 𝐀𝐁 الوفد إلى مصر𝟙𝟚 أمس"
    read = words.WordReader((_country_matcher(),)).words(text)
    assert read.pieces == words._PIECES.split(text)
    every = [(i, i) for i in range(len(read.folded))]
    assert [text[start:end] for start, end in read.spans(every)] == words.WORD.findall(text)


def test_words_keep_their_offsets_written_forms_and_gaps():
    text = "قالت موسكو، ثم   طهران."
    read = words.WordReader((_country_matcher(),)).words(text)
    assert read.folded == ["قالت", "موسكو", "ثم", "طهران"]
    assert [read.written(i) for i in range(4)] == ["قالت", "موسكو", "ثم", "طهران"]
    assert [read.gap_before(i) for i in range(4)] == ["", " ", "، ", "   "]
    # Asked for in any order, across several words.
    pairs = [(3, 3), (1, 1), (0, 1), (2, 3), (1, 1)]
    assert [text[start:end] for start, end in read.spans(pairs)] == [
        "طهران", "موسكو", "قالت موسكو", "ثم   طهران", "موسكو"]
    assert read.spans([]) == []
    assert [read.folded[i] for i in read.candidates] == ["موسكو", "طهران"]


def test_texts_within_the_plane_are_told_from_texts_beyond_it():
    assert words._within_plane("وصل الوفد \ud800 إلى مصر\uffff")  # a lone surrogate is within
    assert not words._within_plane("مصر𝟙")
    assert words._within_plane("")


def test_a_one_letter_term_is_found_past_the_quick_look_at_word_endings():
    from dossier.tagging.tagger import find_topic_mentions
    from dossier.tagging.topics import parse_lexicon

    lexicon = parse_lexicon("# ar: اختبار\n# en: Test\nx\nسد النهضة\n", "test")
    text = "قال x إن سد النهضة وسدود x أخرى"
    assert [text[s:e] for s, e in find_topic_mentions(text, [lexicon])["test"]] == ["x", "سد النهضة", "x"]
