"""The companion face: letters Amiri lacks drawn from Noto Serif, and characters no
bundled face has drawn as a visible box, copied as themselves and reported.

Read back with both extractors (poppler's pdftotext and pypdf), the fonts listed by
pdffonts, and the box looked for in the rendered page (pdftoppm).
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from dossier.export import export_briefing
from dossier.export.fonts import BOLD, COMPANION, REGULAR, companion_words, face, run_faces
from dossier.export.paragraph_layout import wrap
from export_fixtures import note_briefing, quotes_briefing

# Central Asian names as their own sources spell them: Azerbaijani ə (Amiri has none),
# Turkmen ü, Uzbek Latin oʻ (U+02BB) and Kazakh Cyrillic.
NAMES = ("Gündəm", "Əliyev", "Türkmenistan", "Oʻzbekiston", "Қазақстан")
MIXED = ("نشرت صحيفة Gündəm مقابلة مع Əliyev عن العلاقات مع Türkmenistan "
         "وجمهورية Қазақстан وعن Oʻzbekiston أيضا.")
LATIN = "Gündəm, Əliyev, Türkmenistan, Oʻzbekiston, Қазақстан and the Azərbaycan Respublikası."
NO_FACE = "\u0d85"  # SINHALA LETTER AYANNA: in no bundled face
BOXED = f"حرف لا تملكه الخطوط {NO_FACE} في وسط الجملة"


def poppler_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pypdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def words(text: str) -> str:
    """The words of extracted text, one space apart: poppler wraps left-to-right runs in
    embedding controls, dropped here."""
    return " ".join(re.sub("[\u202a-\u202e]", " ", unicodedata.normalize("NFC", text)).split())


def fonts(path) -> list[str]:
    rows = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                          text=True).stdout.splitlines()[2:]
    return [row.split()[0].split("+")[-1] for row in rows]


@pytest.fixture(scope="module")
def names_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("companion") / "names.pdf"
    return export_briefing(quotes_briefing((MIXED, LATIN, BOXED), title="أسماء Gündəm"), path)


@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_names_amiri_lacks_read_back_exactly(names_pdf, extract):
    text = words(extract(names_pdf.path))
    for name in NAMES:
        assert name in text, name
    assert "?" not in text.replace("؟", "")
    # The left-to-right quote comes back in order, with its punctuation, up to the line
    # that ends it (where poppler moves the note marker's brackets about).
    assert LATIN.rsplit(" ", 1)[0] in text


def test_companion_regular_and_bold_are_embedded_as_needed(names_pdf, tmp_path):
    # The heading (bold) and the quotes (regular) both need the companion.
    assert {"Amiri-Regular", "Amiri-Bold", "NotoSerif", "NotoSerif-Bold"} <= set(fonts(names_pdf.path))
    # Arabic text alone never embeds it.
    arabic_only = export_briefing(note_briefing("ملاحظة عربية فقط عن المياه في آسيا الوسطى."),
                                  tmp_path / "arabic.pdf")
    assert {name for name in fonts(arabic_only.path)} == {"Amiri-Regular", "Amiri-Bold"}


def test_a_character_no_face_has_is_a_box_reported_and_copied(names_pdf):
    assert names_pdf.missing == (NO_FACE,)
    assert "U+0D85" in names_pdf.missing_note() and "\n" not in names_pdf.missing_note()
    assert BOXED in words(pypdf_text(names_pdf.path))
    poppler = words(poppler_text(names_pdf.path))
    assert all(part in poppler for part in BOXED.split(NO_FACE)) and NO_FACE in poppler
    # Something is drawn where the character stands: a box, not a blank.
    bbox = subprocess.run(["pdftotext", "-bbox", str(names_pdf.path), "-"], check=True,
                          capture_output=True, text=True).stdout
    page_number = next(i for i, page in enumerate(bbox.split("<page ")[1:], start=1) if NO_FACE in page)
    page = bbox.split("<page ")[page_number]
    x0, y0, x1, y1 = (float(v) for v in re.search(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">' + NO_FACE, page).groups())
    dpi = 150
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page_number), "-l", str(page_number),
                          "-x", str(int(x0 * dpi / 72)), "-y", str(int(y0 * dpi / 72)),
                          "-W", str(max(1, int((x1 - x0) * dpi / 72))), "-H", str(max(1, int((y1 - y0) * dpi / 72))),
                          str(names_pdf.path)], check=True, capture_output=True).stdout
    pixels = pgm.split(b"\n", 3)[3]
    assert min(pixels) < 100  # dark strokes of the box on the light quote shading


def test_latin_phrase_keeps_one_face():
    words = ["قال", "Azərbaycan", "Respublikası", "وزير", "Respublikası"]
    assert companion_words(REGULAR, words) == [False, True, True, False, False]
    lines = wrap("Azərbaycan Respublikası", REGULAR, 12, 400).lines
    assert {piece.face.ps_name for piece in lines[0].pieces if not piece.space} == {"NotoSerif"}
    # Cyrillic goes to the companion whole; an Arabic run keeps Amiri around a sign
    # only the companion has.
    assert run_faces(REGULAR, "Қазақстан", False) == [("Қазақстан", COMPANION[REGULAR])]
    assert [f for _, f in run_faces(BOLD, "عن\u2116", True)] == [BOLD, COMPANION[BOLD]]


def test_companion_letters_stand_as_tall_as_amiri():
    amiri, noto = face(REGULAR), face(COMPANION[REGULAR])
    # Drawn at the size factor, Noto's x-height and capitals fall between Amiri's.
    assert 0.8 < noto.size_factor < 0.95
    line = wrap("Türkmenistan", REGULAR, 12, 400).lines[0]
    shaped_in_noto = wrap("Gündəm Türkmenistan", REGULAR, 12, 400).lines[0].pieces[-1]
    assert shaped_in_noto.face is noto and line.pieces[0].face is amiri
    # The same word is about as wide in either face once scaled.
    assert 0.85 < shaped_in_noto.units / line.pieces[0].units < 1.25


def test_the_command_line_warns_in_one_line(capsys, library, tmp_path):
    from conftest import run_cli

    briefing_id = library.briefings.list()[0].id
    section = library.briefings.get(briefing_id).sections[0]
    library.briefings.add_note(section.id, f"ملاحظة فيها {NO_FACE} ونص Gündəm.")
    library.close()
    out_file = tmp_path / "out.pdf"
    code, out, err = run_cli(capsys, "--db", tmp_path / "library.sqlite", "export", briefing_id,
                             "-o", out_file)
    assert code == 0 and "wrote" in out
    assert err.count("\n") == 1 and "warning" in err and "U+0D85" in err and "boxes" in err
    # Names Amiri lacks are no warning: the companion draws them.
    assert "Gündəm" in words(poppler_text(out_file))
