"""The exported PDF read back with poppler: text in logical order, pages, outline, metadata, fonts."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest

from dossier.export import ExportOptions, export_briefing
from export_fixtures import (HARD_EXCERPTS, LONG_URL, MARKUP_NOTE, empty_briefing,
                             hard_cases_briefing, sample_briefing)

_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_LETTERS = re.compile(r"[^\W\d_]")
_LETTERS_AND_MARKS = re.compile(r"[^\W\d_]|[\u064b-\u065f\u0670]")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def body_text(pdf, page_height: float = 842) -> str:
    """pdftotext of the page bodies only (running header and footer cropped away)."""
    return run("pdftotext", "-r", "72", "-x", "0", "-y", "58", "-W", "700",
               "-H", str(int(page_height - 58 - 48)), str(pdf), "-")


def squeeze(text: str, marks: bool = False) -> str:
    """The letters of a text in order, for comparing what pdftotext gives back.

    Whitespace, punctuation and digits are dropped: inside an Arabic line poppler places
    them by its own heuristic, not by the text's order (`1997.` comes back as `.1997`,
    `15%` as `%15`, a mid-line `2025-2030` as `2030-2025`). Latin and number tokens are
    checked whole in the raw text instead. Tashkeel is kept only when asked, as a vowel
    on a lam-alef ligature comes back after the alef.
    """
    text = unicodedata.normalize("NFC", _CONTROLS.sub("", text))
    pattern = _LETTERS_AND_MARKS if marks else _LETTERS
    return "".join(pattern.findall(text))


def pdf_info(pdf) -> dict[str, str]:
    info = {}
    for line in run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def _pdf_string(raw: bytes) -> str:
    """Decode a PDF literal string (escapes, optional UTF-16 BOM)."""
    out = bytearray()
    i = 0
    while i < len(raw):
        b = raw[i]
        if b == 0x5C:
            nxt = raw[i + 1 : i + 4]
            m = re.match(rb"[0-7]{1,3}", nxt)
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(raw[i + 1], raw[i + 1]))
            i += 2
            continue
        out.append(b)
        i += 1
    data = bytes(out)
    return data[2:].decode("utf-16-be") if data.startswith(b"\xfe\xff") else data.decode("latin-1")


def outline_titles(pdf) -> list[str]:
    """Titles of outline items: objects with both /Title and /Parent."""
    data = pdf.read_bytes()
    titles = []
    for obj in re.findall(rb"\d+ 0 obj\s*<<(.*?)>>\s*endobj", data, re.S):
        if b"/Parent" in obj:
            m = re.search(rb"/Title \(((?:\\.|[^\\)])*)\)", obj, re.S)
            if m:
                titles.append(_pdf_string(m.group(1)))
    return titles


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    result = export_briefing(sample_briefing(), path)
    return path, result


@pytest.fixture(scope="module")
def hard_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "hard.pdf"
    result = export_briefing(hard_cases_briefing(), path)
    return path, result


def test_sample_excerpts_read_back_in_logical_order(sample_pdf):
    path, _ = sample_pdf
    text = squeeze(body_text(path))
    briefing = sample_briefing()
    quotes = [i.excerpt.quote for s in briefing.sections for i in s.items if i.excerpt]
    assert quotes
    for quote in quotes:
        assert squeeze(quote) in text
    # Base letters only: no presentation forms leak into copied text.
    raw = run("pdftotext", str(path), "-")
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", raw)


def test_sample_pages_metadata_fonts_and_lang(sample_pdf):
    path, result = sample_pdf
    info = pdf_info(path)
    assert int(info["Pages"]) == result.pages >= 5
    assert info["Title"] == sample_briefing().info.title
    assert info["Author"] == "وحدة آسيا الوسطى"
    assert info["Subject"] == "المياه والطاقة في آسيا الوسطى"
    assert "التعاون البيئي" in info["Keywords"]
    assert "A4" in info["Page size"]
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts)
    # Amiri, and Noto Serif for what Amiri lacks (the Azerbaijani ə of a seed title).
    assert all("Amiri" in row or "NotoSerif" in row for row in fonts)
    assert b"/Lang (ar)" in path.read_bytes()


def test_outline_has_an_entry_per_section(sample_pdf):
    path, _ = sample_pdf
    titles = outline_titles(path)
    for section in sample_briefing().sections:
        assert section.heading in titles
    assert titles.index("الخلاصة والتقديرات الرئيسية") < titles.index("المحتويات")
    assert titles[-2:] == ["الهوامش", "المصادر"]


def test_summary_comes_before_contents_with_page_numbers(sample_pdf):
    path, result = sample_pdf
    pages = [run("pdftotext", "-f", str(n), "-l", str(n), str(path), "-")
             for n in range(1, result.pages + 1)]
    assert squeeze("21 نوفمبر 2026") in squeeze(pages[0]) and "2026" in pages[0]
    assert "الخلاصة" in pages[1] and "المحتويات" in pages[2]
    footer = _CONTROLS.sub("", pages[1]).split()
    assert footer[-4:-2] == ["صفحة", "2"] or footer[-3:] == ["صفحة", "2", f"من{result.pages}"] \
        or ("صفحة" in footer and f"{result.pages}" in "".join(footer[-3:]))
    toc = [line for line in _CONTROLS.sub("", pages[2]).splitlines() if line.strip()]
    section_page = next(i for i, p in enumerate(pages) if "التعاون البيئي" in p and i > 2) + 1
    entry = toc.index("التعاون البيئي")
    assert str(section_page) in toc[entry:entry + 8]


def test_hard_cases_mixed_runs_and_tashkeel(hard_pdf):
    path, _ = hard_pdf
    raw = body_text(path)
    text = squeeze(raw)
    for quote in HARD_EXCERPTS:
        assert squeeze(quote) in text, quote
    for token in ("COP-14", "IFAS", "1.3", "1.18", "Kambarata", "SEP-1", "Rogun", "15", "50",
                  "Central Asian leaders met in Tashkent (Uzbekistan) to sign a water accord."):
        assert token in raw, token
    # A line that begins with a number range keeps it whole.
    assert "2025-2030" in raw
    # Tashkeel kept exactly, each mark after its letter.
    assert squeeze(HARD_EXCERPTS[5], marks=True) in squeeze(raw, marks=True)


def test_hard_cases_markup_prints_literally_and_long_words_wrap(hard_pdf):
    path, _ = hard_pdf
    raw = body_text(path)
    from pypdf import PdfReader
    kept = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    # Markup is printed, not parsed: its characters all come back.
    assert "b>" in kept and "&" in raw and "3 < 5" in kept
    assert squeeze(MARKUP_NOTE) in squeeze(raw)
    assert squeeze(LONG_URL) in squeeze(raw)
    # Every text line stays inside the page: bounding boxes from poppler.
    html = run("pdftotext", "-bbox", str(path), "-")
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert max(right_edges) <= 595.3 - 40


def test_long_note_crosses_a_page_in_order(hard_pdf):
    path, _ = hard_pdf
    text = squeeze(body_text(path))
    long_note = hard_cases_briefing().sections[2].items[0].note
    assert squeeze(long_note) in text


def test_empty_section_and_no_item_briefing(tmp_path):
    hard = export_briefing(hard_cases_briefing(100), tmp_path / "h.pdf")
    assert "لا توجد مواد في هذا القسم" in run("pdftotext", str(hard.path), "-")
    empty = export_briefing(empty_briefing(), tmp_path / "e.pdf")
    text = run("pdftotext", str(empty.path), "-")
    assert "لا تتضمن هذه الإحاطة مواد بعد" in text
    assert int(pdf_info(empty.path)["Pages"]) == empty.pages


def test_letter_and_arabic_digits(tmp_path):
    result = export_briefing(sample_briefing(), tmp_path / "l.pdf",
                             ExportOptions(page_size="Letter", digits="arabic"))
    assert "612 x 792" in pdf_info(result.path)["Page size"]
    text = run("pdftotext", str(result.path), "-")
    assert "٢٠٢٦" in text and "٢١" in text
    assert re.search("صفحة\\s+[٠-٩]+\\s*من\\s*[٠-٩]+", _CONTROLS.sub("", text))


def test_export_does_not_load_qt():
    code = "import dossier.export, sys; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
