"""Shaping with HarfBuzz and Amiri's own features, and the glyph-code font of the PDF."""

from __future__ import annotations

from dossier.export.cid_font import CidFont
from dossier.export.fonts import BOLD, REGULAR, drawable, face
from dossier.export.run_codes import carried_texts


def test_lam_alef_is_two_glyphs_and_marks_are_anchored():
    f = face(REGULAR)
    run = f.shape("إِلَّا", True, "Arab")
    # Lam and alef stay separate glyphs; the marks are positioned by GPOS anchors.
    texts = carried_texts(f, run)
    assert "".join(t for t in reversed(texts) if t) == "إِلَّا"
    marks = [g for g in run.glyphs if f.glyph_class(g.gid) == 3]
    assert marks and all(g.advance == 0 and (g.x_offset or g.y_offset) for g in marks)
    # Every character is carried exactly once, in logical order.
    assert sorted("".join(texts)) == sorted("إِلَّا")


def test_shadda_with_a_vowel_takes_no_width():
    f = face(REGULAR)
    bare = f.shape("محمد", True, "Arab").width
    assert f.shape("مُحَمَّدٌ", True, "Arab").width == bare


def test_persian_ligatures_and_zwnj():
    f = face(REGULAR)
    joined = f.shape("میخواهم", True, "Arab")
    apart = f.shape("می\u200cخواهم", True, "Arab")
    assert [g.gid for g in joined.glyphs] != [g.gid for g in apart.glyphs]
    assert "\u200c" in "".join(g.text for g in apart.glyphs)


def test_latin_runs_get_latin_punctuation():
    f = face(REGULAR)
    latin = f.shape("example.org", False, "Latn").glyphs[7].gid
    arabic = f.shape("مثال.", True, "Arab").glyphs[0].gid
    assert latin != arabic  # Amiri's round Latin full stop, not the Arabic diamond


def test_missing_characters_fall_back():
    # ə is Noto Serif's to draw: kept. A ligature sign no face has: its letters in Amiri.
    assert drawable(REGULAR, "G\u00fcnd\u0259m") == "G\u00fcnd\u0259m"
    assert drawable(BOLD, "\ufdfa").strip() and "?" not in drawable(REGULAR, "\ufb50")
    # A letter no face has stays itself (it is drawn as a box and reported).
    assert drawable(REGULAR, "\u0d85") == "\u0d85"


def test_codes_copy_as_their_text():
    font = CidFont(face(REGULAR), "DA1")
    a = font.code(10, "ب", 300)
    assert font.code(10, "ب", 300) == a
    assert font.code(10, "", 300) != a  # the same glyph may copy as different text
    cmap = font._to_unicode("AAAAAA+Amiri")
    assert f"<{a:04X}> <0628>" in cmap
