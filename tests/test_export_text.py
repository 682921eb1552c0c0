"""Text read back from the PDF by two extractors: poppler (pdftotext) and pypdf.

Each quote's words must come back in logical order with tashkeel and ZWNJ exact and
lam-alef words whole, and justified lines must reach both edges of the text block
(positions read back from the PDF).
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from dossier.export import export_briefing
from export_fixtures import (LAM_ALEF_WORDS, PERSIAN, URDU, VOCALISED, note_briefing,
                             quotes_briefing)

_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_EDGE_PUNCT = "«»“”\"'()[].,:;،؛۔!؟?—-۝"


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", _CONTROLS.sub("", text))
    out = []
    for word in text.split():
        word = word.strip(_EDGE_PUNCT + "0123456789")
        if word:
            out.append(word)
    return out


def contains_in_order(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def poppler_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pypdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


QUOTES = VOCALISED + PERSIAN + URDU + (" ".join(LAM_ALEF_WORDS),)


@pytest.fixture(scope="module")
def quotes_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("text") / "quotes.pdf"
    export_briefing(quotes_briefing(QUOTES), path)
    return path


@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_every_quote_reads_back_whole_in_logical_order(quotes_pdf, extract):
    got = words(extract(quotes_pdf))
    for quote in QUOTES:
        assert contains_in_order(got, words(quote)), quote


@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_tashkeel_zwnj_and_lam_alef_exact(quotes_pdf, extract):
    text = unicodedata.normalize("NFC", _CONTROLS.sub("", extract(quotes_pdf)))
    for word in ("اللَّهِ", "الرَّحْمَٰنِ", "يُحْسِنُهُ", "امْرِئٍ", "كُفُوًا", "إِلَّا",
                 "می‌خواهند", "همکاری‌های", "منطقه‌ای", "الأرض", "البلاغة"):
        assert unicodedata.normalize("NFC", word) in text, word
    # No backwards lam-alef (the old failure: الأرض read as األرض).
    assert "األرض" not in text and "البالغة" not in text


def test_justified_lines_reach_both_edges(tmp_path):
    note = " ".join(VOCALISED * 6)
    path = tmp_path / "note.pdf"
    export_briefing(note_briefing(note), path)
    html = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    left, right = 62.0, 595.28 - 62.0
    lines = []
    for page in html.split("<page ")[1:]:
        for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page):
            x0, y0, x1, _ = map(float, m.groups())
            if 70 < y0 < 842 - 70 and x1 - x0 > 200:  # body lines, not header, footer, heading
                lines.append((x0, x1))
    assert len(lines) > 12
    flush = [abs(x0 - left) < 0.6 and abs(x1 - right) < 0.6 for x0, x1 in lines]
    # Every line but the note's last meets both edges.
    assert all(flush[:-1])


MIXED_LINES = (
    "وقعت أوزبكستان وكازاخستان مذكرة (COP-14) بقيمة 1.3 مليار دولار",
    "وتبلغ نسبة التمويل 15% من الميزانية ضمن خطة 2025-2030 للفترة المقبلة",
    "قال المتحدث إن WASP-19b كوكب حار وإن التقرير في example.org منشور",
    "مشاريع بقيمة 1.3 مليار دولار (1.18 مليار يورو) ضمن الخطة.",
    "ملاحظة: <b>ليست وسماً</b> & 3 < 5 و a > b تبقى كما هي.",
)


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("mixed") / "mixed.pdf"
    export_briefing(quotes_briefing(MIXED_LINES), path)
    return path


def test_runs_of_both_directions_keep_the_spaces_between_them(mixed_pdf):
    # A number or a Latin name inside an Arabic sentence comes back as its own word, in
    # its place: not glued to the Arabic word before it ("بقيمة1.3"), and markup-like
    # text comes back as typed ("<b>", not "b>").
    got = " ".join(pypdf_text(mixed_pdf).split())
    for number, line in enumerate(MIXED_LINES, start=1):
        # Punctuation between runs stays in place, up to the note marker after the quote.
        assert f"{line} [{number}]" in got
    # poppler wraps the runs in embedding controls and keeps its own order inside them
    # (and turns the signs around "b" in "<b>" about); the words on either side of each
    # run still come apart.
    poppler = words(_CONTROLS.sub(" ", poppler_text(mixed_pdf)))
    for line in MIXED_LINES[:-1]:
        assert contains_in_order(poppler, words(line))


def test_guillemets_and_brackets_around_arabic_come_back_in_place(tmp_path):
    # pypdf takes « » [ ] for left-to-right letters: written as runs of their own, they
    # come back around their Arabic words, for both extractors.
    line = "قال المصدر «الاتفاقية الجديدة» في ختام القمة [الثانية] أمس"
    path = tmp_path / "quoted.pdf"
    export_briefing(quotes_briefing((line,)), path)
    assert line in " ".join(pypdf_text(path).split())
    assert contains_in_order(words(_CONTROLS.sub(" ", poppler_text(path))), words(line))


NUMBER_LINES = (
    "بلغ عدد الضحايا ١٥ شخصا في عام ٢٠٢٦ حسب التقرير",
    "ارتفع المؤشر ١٢٫٥٪ خلال الربع الأول من العام",
    "در سال ۱۴۰۲ بیش از ۱۲۵ هزار نفر به تاشکند سفر کردند",
    "للاتصال: \u2066+971 4 123 4567\u2069 شكرا",
)
NUMBERS = ("١٥", "٢٠٢٦", "١٢٫٥", "۱۴۰۲", "۱۲۵", "+971 4 123 4567")


def test_arabic_indic_numbers_and_an_isolated_phone_number_keep_their_order(tmp_path):
    # pypdf reads Arabic-Indic digits as neutral and turned a number inside Arabic text
    # around (١٥ as ٥١), and put the isolate's "+" before the colon.
    path = tmp_path / "numbers.pdf"
    export_briefing(quotes_briefing(NUMBER_LINES), path)
    got = " ".join(_CONTROLS.sub("", pypdf_text(path)).split())
    for number, line in enumerate(NUMBER_LINES, start=1):
        assert f"{_CONTROLS.sub('', line)} [{number}]" in got
    poppler = " ".join(_CONTROLS.sub(" ", poppler_text(path)).split())
    for token in NUMBERS:
        assert token in poppler, token
    # Around them, the words in order (poppler places a percent sign by its own rule).
    def lettered(text):
        return [w for w in words(text) if not re.search("[0-9٠-٩۰-۹]", w)]
    for line in NUMBER_LINES:
        assert contains_in_order(lettered(poppler), lettered(_CONTROLS.sub(" ", line)))
